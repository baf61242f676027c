// Hand-written fast paths (issue 22) read text the way the regular expressions they replace
// did: each is checked against that expression on every span of strings of our own, with
// ASCII, accented letters, letters beyond the first plane, digits of other scripts and marks.
import { describe, expect, it } from 'vitest';
import { wordCount } from '../src/pipeline/attribute/context.js';
import { getTagger } from '../src/nlp/wink.js';
import { segment } from '../src/pipeline/segment.js';
import { detect } from '../src/pipeline/detect.js';
import { detached, hasWordChar, isSpace } from '../src/letters.js';

const SAMPLES = [
  'The harbour board met at 9:30 – twice.',
  'Ødegård said: “Not before spring.”',
  'snake_case and kebab-case, it’s all 1 word-ish',
  '𝐁𝐨𝐥𝐝 letters, 𝑖𝑡𝑎𝑙𝑖𝑐 ones',
  'Zahlen ٣٤ und ۵۶, Ω-Werte',
  'cafe\u0301 au lait',
  '   ',
  '',
];

/** The expression wordCount replaced. */
function wordCountByRegex(text: string, start: number, end: number, max: number): number {
  const part = text.slice(start, end);
  const word = /[\p{L}\p{N}]+/gu;
  let n = 0;
  while (n < max && word.exec(part)) n++;
  return n;
}

describe('wordCount', () => {
  it('counts as /[\\p{L}\\p{N}]+/u does, on every span and bound', () => {
    for (const text of SAMPLES) {
      for (let start = 0; start <= text.length; start++) {
        for (let end = start; end <= text.length; end++) {
          for (const max of [1, 3, 100]) {
            expect(wordCount(text, { start, end }, max), JSON.stringify([text.slice(start, end), max])).toBe(wordCountByRegex(text, start, end, max));
          }
        }
      }
    }
  });

  it('stops at the bound it is given', () => {
    expect(wordCount('one two three four', { start: 0, end: 18 }, 2)).toBe(2);
    expect(wordCount('one two three four', { start: 4, end: 18 }, 10)).toBe(3);
  });
});

describe('detached', () => {
  it('gives the same characters as the slice it copies, on every span (astral letters and marks too)', () => {
    for (const text of SAMPLES) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) {
          const copy = detached(text.slice(a, b));
          expect(copy).toBe(text.slice(a, b));
          expect(copy.length).toBe(b - a);
        }
      }
    }
  });
});

describe('hasWordChar', () => {
  it('answers as /\\w/ does, for every substring of our strings', () => {
    for (const text of [...SAMPLES, '– — ―', '«»“”', '_', '٣', 'é', '--', '(…)']) {
      for (let a = 0; a <= text.length; a++) {
        for (let b = a; b <= text.length; b++) expect(hasWordChar(text.slice(a, b)), JSON.stringify(text.slice(a, b))).toBe(/\w/.test(text.slice(a, b)));
      }
    }
  });
});

describe('detect: the fast pass over tokens finds the same cues', () => {
  const tag = getTagger();
  const cues = (text: string): string[] => {
    const doc = segment({ id: 'a', path: 'a', text }, tag(text));
    return detect(doc).cues.map((c) => `${c.type}:${c.lemma}`);
  };

  it('verbs of saying and belief, a phrasal cue, a noun cue, and a noun read as a verb', () => {
    expect(cues('The mayor said the ferry would run.')).toEqual(['speech:say']);
    expect(cues('The skipper went on to say that the nets were empty.')).toEqual(['speech:go on to say']);
    expect(cues('Analysts believe the talks will fail.')).toEqual(['belief:believe']);
    expect(cues('There were warnings of a storm.')).toEqual(['noun:warnings']);
    expect(cues('Some say the port will close.')).toEqual(['speech:say']);
  });

  it('a verb that is no cue, and a noun that is no verb form, give nothing', () => {
    expect(cues('The ferry left the harbour at noon.')).toEqual([]);
    expect(cues('The notes on the table were old.')).toEqual([]);
  });
});

describe('tokens: one shape wherever they are made', () => {
  const tag = getTagger();
  const FIELDS = ['start', 'end', 'text', 'normal', 'lemma', 'pos', 'givenName'];
  const tokensOf = (text: string) => segment({ id: 'a', path: 'a', text }, tag(text)).tokens;

  it('tagged, re-tagged as a name word, read as a given name: the same fields in the same order', () => {
    const texts = [
      'The new harbour chief, Lotte van Aken, said the quay would reopen.',
      '“Not this winter,” said May Eriksen of the ferry union.',
      'Fishing Minister Arne Dahl promised more patrols.',
    ];
    const all = texts.flatMap(tokensOf);
    for (const t of all) expect(Object.keys(t), t.text).toEqual(FIELDS);
    // The paths that copy a token were taken: a particle inside a name, a month as a given name.
    expect(all.find((t) => t.text === 'van')?.pos).toBe('PROPN');
    expect(all.find((t) => t.text === 'May')?.givenName).toBe(true);
  });

  it('a text read in pieces (past 256 K characters) gives tokens of the same shape, at their offsets', () => {
    const line = 'The harbour board met on Monday and the ferry ran late.\n';
    const text = line.repeat(Math.ceil((300 * 1024) / line.length));
    const tokens = tag(text).tokens;
    const last = tokens[tokens.length - 1]!;
    expect(Object.keys(last)).toEqual(FIELDS);
    expect(text.slice(last.start, last.end)).toBe(last.text);
  });
});

describe('analyzeBatch: articles tagged together, then analysed', () => {
  const tag = getTagger();
  const texts = [
    'The harbour master said the ferry would run again on Friday.',
    '“We are not giving up,” said Lena Ruud, who leads the dock workers. She added that talks would resume.',
    'Weather\nRain later.',
  ];
  const articles = texts.map((text, i) => ({ id: `b${i}`, path: `b${i}.txt`, text }));

  it('gives each article what analyze gives it, in order', async () => {
    const { analyze, analyzeBatch } = await import('../src/pipeline/index.js');
    const outcomes = analyzeBatch(articles, tag);
    expect(outcomes.map((o) => ('analysis' in o ? o.analysis : o.error))).toEqual(articles.map((a) => analyze(a, tag)));
  });

  it('a failure on one article is its outcome; the others are analysed', async () => {
    const { analyze, analyzeBatch } = await import('../src/pipeline/index.js');
    const failing = (text: string) => {
      if (text.startsWith('Weather')) throw new Error('tagger broke');
      return tag(text);
    };
    const outcomes = analyzeBatch(articles, failing);
    expect(outcomes[2]).toEqual({ error: 'tagger broke' });
    expect(outcomes.slice(0, 2)).toEqual(articles.slice(0, 2).map((a) => ({ analysis: analyze(a, tag) })));
  });
});

describe('isSpace', () => {
  it('is /\\s/u on every character', () => {
    const differ: number[] = [];
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isSpace(c) !== /^\s$/u.test(String.fromCodePoint(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
});
