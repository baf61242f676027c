// A giant text is read in pieces: where it is cut, and a giant article analysed a piece at a
// time, its claims at the article's offsets, lines and numbering.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getTagger } from '../src/nlp/wink.js';
import { PIECE_CHARS, analyze, analyzeBatch, analyzeInSteps } from '../src/pipeline/index.js';
import { pieceEnd } from '../src/pieces.js';
import type { Claim, Span } from '../src/types.js';

describe('pieceEnd: where a piece of a long text ends', () => {
  it('after the last line break in the second half of the piece', () => {
    const text = `${'a '.repeat(30)}\n${'b '.repeat(10)}\n${'c '.repeat(40)}`;
    expect(pieceEnd(text, 0, 100)).toBe(text.indexOf('\nc') + 1);
  });

  it('with no line break there, after a full stop and a space, else after a space', () => {
    const stop = `Short.\n${'The ferry ran late again. '.repeat(3)}${'x'.repeat(80)}`;
    expect(pieceEnd(stop, 0, 100)).toBe(stop.lastIndexOf('. ') + 2);
    const words = `${'quay '.repeat(16)}${'y'.repeat(80)}`;
    expect(pieceEnd(words, 0, 100)).toBe(words.lastIndexOf(' ') + 1);
  });

  it('with no mark at all, at the size, but never between the halves of a surrogate pair', () => {
    expect(pieceEnd('z'.repeat(300), 0, 100)).toBe(100);
    const emoji = `${'z'.repeat(99)}😀${'z'.repeat(100)}`;
    expect(pieceEnd(emoji, 0, 100)).toBe(99);
  });

  it('the rest of the text when it fits, and a piece counted from where it starts', () => {
    expect(pieceEnd('short text', 0, 100)).toBe(10);
    const text = `${'a '.repeat(60)}\n${'b '.repeat(60)}\n${'c '.repeat(60)}`;
    const from = text.indexOf('\nb') + 1;
    expect(pieceEnd(text, from, 150)).toBe(text.indexOf('\nc') + 1);
  });
});

describe('a giant article is analysed in pieces', () => {
  const tag = getTagger();
  const own = ['harbour-strike.txt', 'island-ferry.txt'].map((f) => readFileSync(new URL(`../fixtures/own/${f}`, import.meta.url), 'utf8'));
  const unit = own.join('\n\n');
  const copies = Math.ceil((2.2 * PIECE_CHARS) / (unit.length + 2));
  // A counter in each copy, so no two copies are the same text.
  const text = Array.from({ length: copies }, (_, i) => unit.replace(/\bMonday\b/g, `Monday ${i}`)).join('\n\n');
  const article = { id: 'g', path: 'g.txt', text };
  const read: number[] = []; // the length of each text the tagger is given
  const whole = analyze(article, (t) => (read.push(t.length), tag(t)));
  const cuts: number[] = [0];
  while (cuts[cuts.length - 1]! < text.length) cuts.push(pieceEnd(text, cuts[cuts.length - 1]!, PIECE_CHARS));

  it('is tagged a piece at a time: three pieces, none longer than PIECE_CHARS', () => {
    expect(cuts.length - 1).toBe(3);
    expect(read).toEqual(cuts.slice(1).map((c, k) => c - cuts[k]!));
    expect(Math.max(...read)).toBeLessThanOrEqual(PIECE_CHARS);
    expect(whole.article).toBe(article);
  });

  it('each claim at the article\'s offsets and lines, numbered across the pieces', () => {
    expect(whole.claims.length).toBeGreaterThan(copies * 5);
    let line = 1;
    let at = 0; // line breaks counted up to here (claims come in reading order)
    whole.claims.forEach((c, i) => {
      expect(c.id).toBe(`g#${i + 1}`);
      expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      if (c.cue && c.cueSpan) expect(text.slice(c.cueSpan.start, c.cueSpan.end)).toBe(c.cue);
      for (; at < c.span.start; at++) if (text.charCodeAt(at) === 10) line++;
      expect(c.line).toBe(line);
    });
  });

  it('each piece gives the claims it gives as an article of its own', () => {
    const expected: Claim[] = [];
    for (let k = 0; k + 1 < cuts.length; k++) {
      const from = cuts[k]!;
      const piece = text.slice(from, cuts[k + 1]);
      const lines = text.slice(0, from).split('\n').length - 1;
      const move = (s: Span | null): Span | null => s && { start: s.start + from, end: s.end + from };
      for (const c of analyze({ id: 'g', path: 'g.txt', text: piece }, tag).claims) {
        expected.push({ ...c, id: `g#${expected.length + 1}`, span: move(c.span)!, cueSpan: move(c.cueSpan), speakerSpan: move(c.speakerSpan), line: c.line + lines });
      }
    }
    expect(whole.claims).toEqual(expected);
  });

  it('one source per id, every speaker among them', () => {
    const ids = whole.sources.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const c of whole.claims) if (c.speaker) expect(ids).toContain(c.speaker.id);
  });

  it('in a batch beside a short article, as analyze gives it', () => {
    const short = { id: 's', path: 's.txt', text: own[0]! };
    const outcomes = analyzeBatch([short, article], tag);
    expect(outcomes).toEqual([{ analysis: analyze(short, tag) }, { analysis: whole }]);
  });

  it('in steps: the share of the text done after each piece but the last, then the same analysis', () => {
    const steps = analyzeInSteps(article, tag);
    const shares: number[] = [];
    let step = steps.next();
    for (; !step.done; step = steps.next()) shares.push(step.value);
    expect(shares).toEqual(cuts.slice(1, -1).map((c) => c / text.length));
    expect(step.value).toEqual(whole);
    // An article that fits in one piece: no step, its analysis at once.
    const short = { id: 's', path: 's.txt', text: own[0]! };
    expect(analyzeInSteps(short, tag).next()).toEqual({ done: true, value: analyze(short, tag) });
  });
});
