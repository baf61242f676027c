import { describe, expect, it } from 'vitest';
import { parseGold } from '../src/eval/gold.js';
import { type ByTopic, dice, emptyCounts, scoreArticle, speakerRight, stanceByTopic, summarize, words } from '../src/eval/score.js';
import type { Claim } from '../src/types.js';

const claim = (text: string, start: number, speaker: string | null, aliases: string[] = []): Claim => ({
  id: `t#${start}`, document: 't.txt', span: { start, end: start + text.length }, line: 1, kind: 'indirect', text, cueSpan: null, speakerSpan: null,
  cue: 'said', speaker: speaker ? { id: speaker, name: speaker, aliases, type: 'person', role: null, affiliation: null } : null,
  resolvedBy: 'name', via: null, viaChain: [], confidence: 0.9, rules: [],
});

describe('score', () => {
  it('compares words lower-cased with accents folded', () => {
    expect([...words('Bård said: “Ærlig”!')]).toEqual(['bard', 'said', 'ærlig']);
    expect(dice(words('a b c d'), words('a b c e'))).toBe(0.75);
  });

  it('accepts a name that holds a gold name as whole words, never a pronoun', () => {
    expect(speakerRight(claim('x', 0, 'Retired General Ola Dahl'), 'Ola Dahl', [])).toBe(true);
    expect(speakerRight(claim('x', 0, 'the Coastal Times'), 'Coastal Times', [])).toBe(true);
    expect(speakerRight(claim('x', 0, 'Dahlberg'), 'Dahl', [])).toBe(false);
    expect(speakerRight(claim('x', 0, 'he'), 'he', [])).toBe(false);
  });

  it('matches one to one, skips unnamed and ignored claims, and lets optional claims pass', () => {
    const text = 'Heading here\nThe bridge will close in June, said Ola Dahl. The ferry will run twice a day.';
    const gold = parseGold(JSON.stringify({
      ignore: ['Heading here'],
      claims: [
        { speaker: 'Ola Dahl', aliases: [], kind: 'indirect', text: 'The bridge will close in June' },
        { speaker: 'Ola Dahl', aliases: [], kind: 'indirect', text: 'The ferry will run twice a day', optional: true },
      ],
    }));
    const counts = emptyCounts();
    scoreArticle(text, [
      claim('The bridge will close in June', 13, 'Ola Dahl'),
      claim('The bridge will close', 13, 'Ola Dahl'),
      claim('The ferry will run twice a day', 60, 'Ola Dahl'),
      claim('Heading here', 0, 'Someone'),
      claim('unnamed', 50, null),
    ], gold, counts);
    expect(counts).toMatchObject({ found: 2, gold: 1, matched: 1, attributed: 1, kindRight: 1, stanceGold: 0, bandGold: 0 });
    expect(summarize(counts).endToEnd).toEqual({ precision: 0.5, recall: 1, f1: 0.667 });
  });

  it('counts stance over every gold stance, found or not, and positions invented where the gold has none', () => {
    const text = 'The ferry will stop, said Ola Dahl. A strike is likely, said Ola Dahl. The strike talk is over, said Ola Dahl.';
    const gold = parseGold(JSON.stringify({
      claims: [
        { speaker: 'Ola Dahl', kind: 'indirect', text: 'The ferry will stop', topic: 'strike', stance: 'unlikely' },
        { speaker: 'Ola Dahl', kind: 'indirect', text: 'A strike is likely', topic: 'strike', stance: 'likely' },
        { speaker: 'Ola Dahl', kind: 'indirect', text: 'The strike talk is over', topic: 'strike' },
      ],
    }));
    const on = (c: Claim, stance: 'likely' | null): Claim => ({ ...c, topics: [{ topic: 'strike', stance, band: null, range: null, phrase: null, commitment: 'flat', condition: null, direction: null, rule: null }] });
    const counts = emptyCounts();
    // The first gold stance is missed; the second found and right; the third has none but we give one.
    scoreArticle(text, [on(claim('A strike is likely', 36, 'Ola Dahl'), 'likely'), on(claim('The strike talk is over', 72, 'Ola Dahl'), 'likely')], gold, counts);
    const score = summarize(counts);
    expect([score.stance, score.stanceAll, score.invented]).toEqual([1, 0.5, 1]);
  });

  it('reads the stance on the gold\'s topic, and counts stance over every gold stance by question', () => {
    const text = 'A strike is likely, said Ola Dahl. The ferry will stop, said Ola Dahl.';
    const gold = parseGold(JSON.stringify({
      claims: [
        { speaker: 'Ola Dahl', kind: 'indirect', text: 'A strike is likely', topic: 'strike', stance: 'likely' },
        { speaker: 'Ola Dahl', kind: 'indirect', text: 'The ferry will stop', topic: 'ferry', stance: 'unlikely' },
      ],
    }));
    const stanceOn = (topic: string, stance: 'likely' | 'unlikely') => ({ topic, stance, band: null, range: null, phrase: null, commitment: 'flat' as const, condition: null, direction: null, rule: null });
    // The first claim bears on two topics, the gold's second: its stance there is the one read.
    const first: Claim = { ...claim('A strike is likely', 0, 'Ola Dahl'), topics: [stanceOn('ferry', 'unlikely'), stanceOn('strike', 'likely')] };
    const counts = emptyCounts();
    const byTopic: ByTopic = new Map();
    scoreArticle(text, [first], gold, counts, undefined, byTopic);
    expect(summarize(counts).stanceAll).toBe(0.5);
    expect(stanceByTopic(byTopic)).toEqual([
      { topic: 'ferry', right: 0, all: 1, stanceAll: 0 },
      { topic: 'strike', right: 1, all: 1, stanceAll: 1 },
    ]);
  });

  it('names the field of a malformed gold file', () => {
    expect(() => parseGold('{"claims": [{"text": "x", "kind": "quote"}]}')).toThrow(/claims\[0\]\.kind/);
    expect(() => parseGold('not json')).toThrow(/not valid JSON/);
  });
});
