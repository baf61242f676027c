// Word lists (estimative wording, a topic's actors, events and denials) found in text: the
// two ways of searching give the same hits, a long list takes no longer than a short one,
// and no character of the text or the list makes the search loop.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALTERNATION_MAX, wordsPattern } from '../src/pipeline/text/words.js';
import { foldCase } from '../src/letters.js';
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { compileTopics } from '../src/pipeline/classify/index.js';
import { parseTopics } from '../src/io/topics.js';

/** Both searches of a list: as one alternation, and by the phrases' heads. */
const both = (list: string[]) => [wordsPattern(list, false), wordsPattern(list, true)] as const;

/** Every hit from every place, as the topic search walks them. */
function allHits(list: string[], text: string, byHeads: boolean): Array<[number, string]> {
  const w = wordsPattern(list, byHeads);
  const out: Array<[number, string]> = [];
  for (let hit = w.find(text); hit; hit = w.find(text, hit.index + 1)) out.push([hit.index, hit.text]);
  return out;
}

describe('word lists', () => {
  const list = ['strike*', 'walk out', 'join the strike', 'dock*', 'union'];
  it.each([
    ['The union may strike.', [[4, 'union'], [14, 'strike']]],
    ['STRIKES spread; the Union met.', [[0, 'STRIKES'], [20, 'Union']]],
    // the longest phrase that starts at a place wins
    ['They will join the strike.', [[10, 'join the strike'], [19, 'strike']]],
    // white space of any kind and length inside a phrase
    ['Crews may walk\u00a0 out.', [[10, 'walk\u00a0 out']]],
    // "*" takes any ending, but a word must start and end where the list's does
    ['Dockers, docklands, a counterstrike and unionised crews.', [[0, 'Dockers'], [9, 'docklands']]],
    // an apostrophe before a word joins it to that word; one after it does not
    ["the union's vote, o'union", [[4, 'union']]],
  ])('%s', (text, hits) => {
    expect(allHits(list, text, false)).toEqual(hits);
    expect(allHits(list, text, true)).toEqual(hits);
  });

  it('by heads, finds what the alternation finds, from every place, in strings of awkward characters', () => {
    // Letters that case folding joins (ſ s S, K k, ß ẞ, σ ς Σ, ǅ ǆ Ǆ), some it does not (ı i,
    // İ), letters beyond the first plane, digits of other scripts, marks, spaces of all kinds.
    const alphabet = ['a', 'b', 'A', 's', 'S', 'ſ', 'k', 'K', 'K', 'ß', 'ẞ', 'é', 'É', 'σ', 'ς', 'Σ', 'ı', 'İ', 'i', 'I', '𐐀', '𐐨',
      "'", '’', '-', '.', '1', '٣', ' ', '\u00a0', '\n', ',', 'ǅ', 'ǆ', '\u0345', 'ι', '*'];
    let seed = 5;
    const pick = (n: number): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) % n;
    const word = (): string => {
      let w = '';
      for (let n = 1 + pick(4); n > 0; n--) w += alphabet[pick(alphabet.length)];
      return (pick(3) ? w : `${w}*`).trim() || 'a';
    };
    let hits = 0;
    for (let trial = 0; trial < 120; trial++) {
      const words = Array.from({ length: 1 + pick(40) }, word);
      const [alternation, heads] = both(words);
      for (let k = 0; k < 8; k++) {
        let s = '';
        for (let n = pick(30); n > 0; n--) s += pick(3) ? alphabet[pick(alphabet.length)] : words[pick(words.length)]!.replace(/\*/g, 'x');
        for (let from = 0; from <= s.length; from++) {
          const expected = alternation.find(s, from);
          if (expected) hits++;
          expect(heads.find(s, from), JSON.stringify([words, s, from])).toEqual(expected);
        }
        expect(heads.replace(s, '#')).toBe(alternation.replace(s, '#'));
      }
    }
    expect(hits).toBeGreaterThan(5_000); // the strings do hold hits
  });

  it('gives two characters the same fold whenever an expression with the flags i and u takes them for one', () => {
    const cased: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      if (c.toLowerCase() !== c || c.toUpperCase() !== c) cased.push(c);
    }
    const joined = cased.join('');
    const wrong: string[] = [];
    for (const c of cased) {
      for (const m of joined.matchAll(new RegExp(c.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&'), 'giu'))) {
        if (foldCase(m[0]) !== foldCase(c)) wrong.push(`${c} ${m[0]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(cased.length).toBeGreaterThan(2500);
    for (const c of cased) expect(foldCase(c).length).toBe(c.length);
  }, 60_000);

  it('never finds a hit before where it is asked to start, nor loops, with characters of two code units', () => {
    for (const byHeads of [false, true]) {
      expect(allHits(['🇺🇦'], 'x🇺🇦 🇺🇦 and 🇺🇦', byHeads)).toEqual([[6, '🇺🇦'], [15, '🇺🇦']]);
      expect(wordsPattern(['𐐨a'], byHeads).find('𐐨a', 1)).toBeNull(); // 1 is inside "𐐨"
    }
  });

  it('replaces a phrase that may be empty ("*" alone) without looping', () => {
    for (const [alternation, heads] of [both(['*'])]) expect(heads.replace('ab c', '#')).toBe(alternation.replace('ab c', '#'));
  });

  it('takes no longer for 20,000 words than a few times what it takes for a hundred', () => {
    let seed = 9;
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const made = (): string => Array.from({ length: 6 + ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) % 5) }, (_, i) => letters[(seed >> i) % 26]).join('');
    const words = Array.from({ length: 20_000 }, made);
    const text = 'The harbour board said on Monday that crews at the eastern quay would walk out again. '.repeat(300);
    const seconds = (list: string[]): number => {
      const w = wordsPattern(list);
      const t0 = performance.now();
      for (let hit = w.find(text); hit; hit = w.find(text, hit.index + 1)) { /* every hit */ }
      return (performance.now() - t0) / 1000;
    };
    seconds(words.slice(0, 100)); // warm-up
    expect(seconds(words)).toBeLessThan(seconds(words.slice(0, 100)) * 5 + 0.2);
    // Phrases that share their first word ("the …", and the text says "the" often): told
    // apart by their next word, not tried one by one.
    expect(seconds(words.map((w) => `the ${w}`))).toBeLessThan(seconds(words.slice(0, 100)) * 5 + 0.2);
  }, 60_000);
});

describe('a topic longer than the alternation takes', () => {
  it('gives every claim the same stances as the topic alone, with a thousand words of other lists added', () => {
    const text = readFileSync('fixtures/own/harbour-strike.txt', 'utf8');
    const own = JSON.parse(readFileSync('fixtures/own/strike-topic.json', 'utf8')) as Record<string, unknown>;
    const padding = Array.from({ length: 1_000 }, (_, i) => `zq${i.toString(36)}`);
    const padded = { ...own, actors: [...(own.actors as string[]), ...padding], events: [...(own.events as string[]), ...padding] };
    expect(padded.events.length).toBeGreaterThan(ALTERNATION_MAX);
    const stances = (topic: unknown) => analyze({ id: 'h', path: 'h', text }, getTagger(), compileTopics(parseTopics(JSON.stringify(topic), 't')))
      .claims.map((c) => c.topics ?? null);
    const alone = stances(own);
    expect(alone.filter(Boolean).length).toBeGreaterThan(3);
    expect(stances(padded)).toEqual(alone);
  });
});
