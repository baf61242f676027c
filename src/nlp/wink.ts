// The only module that imports wink-nlp. It turns text into our Token records with exact
// character offsets and cuts wink's sentences at newlines: wink treats a single "\n" as
// part of a sentence (research/stack-probe.md §2.1), which would glue headings and dash
// quotes to their neighbours.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { VERB_LEMMAS } from '../lexicons/inflections.js';
import { isSpace, startsLowerCase } from '../letters.js';
import { pieceEnd } from '../pieces.js';
import { type PartOfSpeech, type Token, token } from '../types.js';

export interface Tagged {
  readonly tokens: Token[];
  /** Token index ranges [first, last) of sentences, never spanning a newline. */
  readonly sentences: Array<readonly [number, number]>;
}

export type Tagger = (text: string) => Tagged;

/** The wink-nlp annotations read (the benchmark's bare loop uses the same). */
export const PIPE = ['sbd', 'pos'] as const;

let tagger: Tagger | undefined;

/** Loads the model once per process (about 150 ms) and returns the tagger. */
export function getTagger(): Tagger {
  tagger ??= createTagger();
  return tagger;
}

function createTagger(): Tagger {
  // Only sentences and parts of speech are read: dropping ner, sentiment and negation makes
  // readDoc faster (negation is read by our own rules, in context).
  const nlp = winkNLP(model, [...PIPE]);
  const its = nlp.its;

  const tagOne = (text: string): Tagged => {
    const doc = nlp.readDoc(text);
    // Whole-collection reads are several times faster than reading token by token. wink's
    // lemmas are not read: only verbs of our lexicons are ever compared by lemma, and a
    // table of their forms costs a fraction of wink's lemmatizer (lexicons/inflections.ts).
    const all = doc.tokens();
    const values = all.out() as string[];
    const normals = all.out(its.normal) as string[];
    const tags = all.out(its.pos) as string[];
    // wink's spacing is read only if a token's text cannot be found where it should be.
    const at = placesIn(text, values) ?? placesFromSpaces(values, all.out(its.precedingSpaces) as string[]);
    const tokens: Token[] = [];
    // Fixed-size bookkeeping, one slot a wink token: no array growth, nothing for the GC.
    const ours = new Int32Array(values.length); // wink token index → our index of it (or of the next token)
    const breakBefore = new Uint8Array(values.length); // our token index → a line break precedes it
    let lineBreak = false;
    for (let i = 0; i < values.length; i++) {
      const value = values[i] ?? '';
      if (at.newlineBefore[i]) lineBreak = true;
      const start = at.starts[i] ?? 0;
      const offset = start + value.length;
      ours[i] = tokens.length;
      // A line break token; a first character that is printable ASCII rules that out cheaply.
      const c = value.charCodeAt(0);
      if (!(c > 32 && c < 127) && value.trim() === '') {
        if (value.includes('\n')) lineBreak = true;
        continue;
      }
      const normal = normals[i] ?? value.toLowerCase();
      const pos = (tags[i] ?? 'X') as PartOfSpeech;
      const lemma = pos === 'VERB' || pos === 'AUX' ? (VERB_LEMMAS.get(normal) ?? normal) : normal;
      if (lineBreak) breakBefore[tokens.length] = 1;
      tokens.push(token({ start, end: offset, text: value, normal, lemma, pos }));
      lineBreak = false;
    }
    const sentences: Array<readonly [number, number]> = [];
    for (const [a, b] of doc.sentences().out(its.span) as unknown as Array<[number, number]>) {
      let from = ours[a] ?? tokens.length;
      const last = b + 1 < ours.length ? (ours[b + 1] ?? tokens.length) : tokens.length;
      for (let i = from + 1; i < last; i++) {
        if (breakBefore[i]) {
          sentences.push([from, i]);
          from = i;
        }
      }
      if (last > from) sentences.push([from, last]);
    }
    return { tokens, sentences: mendQuoteSplits(tokens, sentences, text) };
  };
  // A giant text is read in pieces cut at line breaks (or, in one giant line, after a full
  // stop or a space), so memory stays bounded by the piece, not by the file. A long run of
  // characters with no space (a blob of base64, a minified script) is one token of its own,
  // never given to wink: its tokenizer takes time in the square of a word's length (40,000
  // characters with no space took 2.6 s, a 5 MB blob would take half an hour).
  return (text: string): Tagged => {
    let run = longRun(text, 0);
    if (text.length <= CHUNK && !run) return tagOne(text);
    const tokens: Token[] = [];
    const sentences: Array<readonly [number, number]> = [];
    for (let from = 0; from < text.length;) {
      const until = run ? run[0] : text.length;
      if (from === until && run) {
        const value = text.slice(run[0], run[1]);
        const lower = value.toLowerCase();
        sentences.push([tokens.length, tokens.length + 1]);
        tokens.push(token({ start: run[0], end: run[1], text: value, normal: lower, lemma: lower, pos: 'X' }));
        from = run[1];
        run = longRun(text, from);
        continue;
      }
      const to = until - from <= CHUNK ? until : Math.min(until, pieceEnd(text, from, CHUNK));
      const part = tagOne(text.slice(from, to));
      const base = tokens.length;
      for (const t of part.tokens) tokens.push(token({ ...t, start: t.start + from, end: t.end + from }, t.givenName));
      for (const [a, b] of part.sentences) sentences.push([a + base, b + base]);
      from = to;
    }
    return { tokens, sentences };
  };
}

/** Where wink's tokens start, and whether the white space before each holds a line break. */
interface Places {
  readonly starts: Int32Array;
  readonly newlineBefore: Uint8Array;
}

/**
 * Each token found in the text just past the one before, across white space only: cheaper
 * than wink's `precedingSpaces`, which makes a string for every token. Null when a token's
 * text is not where it should be.
 */
export function placesIn(text: string, values: readonly string[]): Places | null {
  const starts = new Int32Array(values.length);
  const newlineBefore = new Uint8Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] ?? '';
    let start = offset;
    while (text.charCodeAt(start) === 32) start++; // most tokens: plain spaces, then the token
    if (!text.startsWith(value, start)) {
      start = text.indexOf(value, offset);
      if (start < 0) return null;
      for (let k = offset; k < start; k++) {
        const c = text.charCodeAt(k);
        if (c === 10) newlineBefore[i] = 1;
        else if (c !== 32 && !WHITE.test(text[k] ?? '')) return null;
      }
    }
    starts[i] = start;
    offset = start + value.length;
  }
  return { starts, newlineBefore };
}

const WHITE = /\s/;

/** The same from wink's own spacing: each token starts after the spaces wink read before it. */
export function placesFromSpaces(values: readonly string[], spaces: readonly string[]): Places {
  const starts = new Int32Array(values.length);
  const newlineBefore = new Uint8Array(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const space = spaces[i] ?? '';
    if (space.includes('\n')) newlineBefore[i] = 1;
    starts[i] = offset + space.length;
    offset = starts[i]! + (values[i]?.length ?? 0);
  }
  return { starts, newlineBefore };
}

/** Characters read in one piece. */
const CHUNK = 256 * 1024;

/** Characters with no space between them that wink is not given (no word or link is as long). */
export const LONG_RUN = 500;

/**
 * The first run of LONG_RUN or more characters with no white space at or after `from`, as
 * [start, end), or null. Linear, and cheap on text: a run that long covers two of the points
 * LONG_RUN / 2 apart, so only from those points is the text read, up to the next space.
 */
export function longRun(text: string, from: number): readonly [number, number] | null {
  const step = LONG_RUN / 2;
  for (let p = Math.ceil(from / step) * step; p < text.length; p += step) {
    let q = p;
    while (q < p + step && q < text.length && !isSpace(text.charCodeAt(q))) q++;
    if (q < p + step) continue; // a space (or the end) before the next point
    let a = p;
    while (a > from && !isSpace(text.charCodeAt(a - 1))) a--;
    let b = q;
    while (b < text.length && !isSpace(text.charCodeAt(b))) b++;
    if (b - a >= LONG_RUN) return [a, b];
    p = b - (b % step); // a shorter run: go on after it
  }
  return null;
}


/**
 * wink ends a sentence inside a closing mark ('.'' ' → "….'" + "'"): a sentence that opens
 * with a closing quote mark glued to the one before gives that mark back. It also ends one
 * after an abbreviation in parentheses ("Karl Lind (R-Ore.) said …"): a sentence that
 * opens in lower case or with a comma on the same line after a ")" joins the one before;
 * and inside a domain name ("Nordpost.no"), which joins the same way.
 */
function mendQuoteSplits(tokens: readonly Token[], sentences: Array<readonly [number, number]>, text: string): Array<readonly [number, number]> {
  const out: Array<[number, number]> = [];
  for (const [a, b] of sentences) {
    const prev = out[out.length - 1];
    const head = tokens[a];
    const close = tokens[a - 1];
    if (prev && prev[1] === a && close?.text === ')' && tokens[a - 2]?.text === '.' && head && (startsLowerCase(head.text) || /^[,;:]$/.test(head.text))
      && !text.slice(close.end, head.start).includes('\n')) {
      prev[1] = b;
      continue;
    }
    // "for the Nordpost.no website": a full stop inside a word (a domain name) ends no
    // sentence; the next part opens in lower case with no space before it.
    if (prev && prev[1] === a && close && head && close.end === head.start && startsLowerCase(head.text)) {
      prev[1] = b;
      continue;
    }
    let from = a;
    while (prev && from < b && prev[1] === from && /^['"”’»]$/.test(tokens[from]?.text ?? '') && tokens[from]?.start === tokens[from - 1]?.end) {
      from++;
      prev[1] = from;
    }
    if (from < b) out.push([from, b]);
  }
  return out;
}
