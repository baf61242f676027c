// Word lists as one search: whole words and phrases of a lexicon found in a text, for
// classify's estimative and topic wording. Pure.
import { foldCase, isSpace } from '../../letters.js';

/** Whole words and phrases of a list, found in a text; "attack*" takes any ending. */
export interface Words {
  /** The first occurrence at or after `from`, or null. */
  find(s: string, from?: number): { index: number; text: string } | null;
  test(s: string): boolean;
  /** Every occurrence replaced by `by`. */
  replace(s: string, by: string): string;
}

type Find = (s: string, from: number) => { index: number; text: string } | null;

/**
 * Lists longer than this are searched through their words' heads (`headSearch`) rather
 * than as one alternation. An alternation tries each phrase at each place in the text, so
 * its time grows with the list: a topic of 100,000 words took 81 s on the two seed
 * articles. Short lists, the lexicons' and a usual topic's, are faster as an alternation.
 */
export const ALTERNATION_MAX = 150;

/**
 * Whole words and phrases, case-insensitive, at a word's start (no letter, digit or
 * apostrophe before) and end; of those that start at the same place, the longest in the
 * list wins (its length as written, so "attack*" counts seven). `byHeads` chooses the way
 * of searching, which gives the same hits either way (tests compare them).
 */
export function wordsPattern(list: readonly string[], byHeads = list.length > ALTERNATION_MAX): Words {
  const sorted = [...list].sort((a, b) => b.length - a.length);
  const sources = sorted.map((w) => w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\s+/g, '\\s+'));
  const find = byHeads ? headSearch(sorted) : alternation(sources);
  return {
    find: (s, from = 0) => find(s, from),
    test: (s) => find(s, 0) !== null,
    replace(s, by) {
      let out = '';
      let from = 0;
      let next = 0;
      for (let hit = find(s, 0); hit; hit = find(s, next)) {
        out += s.slice(from, hit.index) + by;
        from = hit.index + hit.text.length;
        next = hit.text ? from : from + 1; // after an empty hit ("*" alone), on from the next character
      }
      return out + s.slice(from);
    },
  };
}

/**
 * The phrases as one alternation, longest first. The left word boundary is checked by hand
 * on each hit: a look-behind at the head of the pattern keeps V8 from scanning for the
 * phrases' first letters, which made this three times slower (measured, issue 7).
 */
function alternation(sources: readonly string[]): Find {
  const re = new RegExp(`(?:${sources.join('|')})${WORD_END}`, 'giu');
  return (s, from) => {
    // Never inside a character: V8 would take the index back to its start, before `from`.
    re.lastIndex = from > 0 && isTrail(s.charCodeAt(from)) && isLead(s.charCodeAt(from - 1)) ? from + 1 : from;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!WORD_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) return { index: m.index, text: m[0] };
      // On past this character (both halves of a pair: V8 takes an index inside one back to its
      // start, and the same hit would be found again, for ever).
      re.lastIndex = m.index + (isLead(s.charCodeAt(m.index)) && isTrail(s.charCodeAt(m.index + 1)) ? 2 : 1);
    }
    return null;
  };
}

/**
 * The same search in time that does not grow with the list. Each phrase has a head: its
 * characters up to the first "*", case-folded, white space as one space (so that "the port"
 * and "the union" are told apart there, not in their phrases' own matching). The heads are
 * sorted, and at each place in the text where a word may start, the heads that the text
 * there begins with are found by narrowing that sorted range one character at a time (a
 * few steps: the range soon empties). Only those heads' phrases can match there; each is
 * tried there in the list's order, longest first, as the alternation would try it
 * (`matchAt`). The alternation's answer at that place is the first of them that matches, so
 * both give the same hit. (An expression of each phrase's own cost 0.25 ms each to compile, for the
 * classes of letters: 1,000 phrases took a second.)
 */
function headSearch(sorted: readonly string[]): Find {
  const byHead = new Map<string, number[]>(); // folded head → ranks of its phrases
  sorted.forEach((w, rank) => {
    const cut = w.indexOf('*');
    const head = foldCase(cut < 0 ? w : w.slice(0, cut)).replace(/\s+/gu, ' ');
    const ranks = byHead.get(head);
    if (ranks) ranks.push(rank);
    else byHead.set(head, [rank]);
  });
  const heads = [...byHead.keys()].sort();
  const ranksOf = heads.map((h) => byHead.get(h)!);
  // The heads by their first code unit, for ASCII: most places need no search at all.
  const byFirst = new Int32Array(129);
  for (let c = 0; c <= 128; c++) byFirst[c] = firstFrom(heads, 0, heads.length, 0, c);
  const steps = sorted.map(stepsOf);
  const found: number[] = [];
  return (s, from) => {
    for (let p = from; p <= s.length; p++) {
      if (p > 0 && isTrail(s.charCodeAt(p)) && isLead(s.charCodeAt(p - 1))) continue; // inside a character
      if (wordBefore(s, p)) continue;
      found.length = 0;
      if (heads[0] === '') add(found, ranksOf[0]!); // a phrase that opens with "*"
      if (p < s.length) headsAt(s, p, found);
      if (!found.length) continue;
      found.sort((a, b) => a - b);
      for (const rank of found) {
        const end = matchAt(steps[rank]!, 0, s, p);
        if (end >= 0) return { index: p, text: s.slice(p, end) };
      }
    }
    return null;
  };

  /** Adds the ranks of the phrases whose (non-empty) head the text at p begins with. */
  function headsAt(s: string, p: number, out: number[]): void {
    let lo = 0;
    let hi = heads.length;
    for (let depth = 0, q = p; ; depth++) {
      if (depth > 0 && heads[lo]!.length === depth) add(out, ranksOf[lo]!); // a whole head: it sorts first
      if (hi - lo === 1 && depth > 0) { // one head left: the rest of it, unit by unit
        const h = heads[lo]!;
        let k = depth;
        for (; k < h.length && q < s.length && unitAt(s, q) === h.charCodeAt(k); k++) q = nextAt(s, q);
        if (k === h.length && k > depth) add(out, ranksOf[lo]!);
        return;
      }
      if (q >= s.length) return;
      const c = unitAt(s, q);
      q = nextAt(s, q);
      if (depth === 0 && c < 128) {
        lo = byFirst[c]!;
        hi = byFirst[c + 1]!;
      } else {
        lo = firstFrom(heads, lo, hi, depth, c);
        hi = firstFrom(heads, lo, hi, depth, c + 1);
      }
      if (lo >= hi) return;
    }
  }
}

/** Pushes each of `xs` (a spread of a long list would pass too many arguments). */
function add(out: number[], xs: readonly number[]): void {
  for (const x of xs) out.push(x);
}

/** The unit the heads are compared with at q: the text's, case-folded; any white space a space. */
function unitAt(s: string, q: number): number {
  const c = s.charCodeAt(q);
  return isSpace(c) ? 32 : foldedUnitAt(s, q);
}

/** Where the next unit starts: past a whole run of white space, as "\\s+" takes it. */
function nextAt(s: string, q: number): number {
  if (!isSpace(s.charCodeAt(q))) return q + 1;
  let r = q + 1;
  while (r < s.length && isSpace(s.charCodeAt(r))) r++;
  return r;
}

/** A phrase's steps: a character (its code point), white space (one or more) or "*". */
const SPACE = -1;
const STAR = -2;

function stepsOf(phrase: string): number[] {
  const steps: number[] = [];
  for (const ch of phrase) {
    const step = ch === '*' ? STAR : /\s/u.test(ch) ? SPACE : ch.codePointAt(0)!;
    if (step !== SPACE || steps[steps.length - 1] !== SPACE) steps.push(step);
  }
  return steps;
}

/**
 * Where the phrase's steps from k, matched at q, end with no letter or digit after them, or
 * -1: as the alternation's expression (`[\p{L}\p{N}]*` for "*", `\s+` for white space, flags
 * i and u) matches, trying the longest run first and then shorter ones.
 */
function matchAt(steps: readonly number[], k: number, s: string, q: number): number {
  if (k === steps.length) return q < s.length && isLetterOrDigit(s.codePointAt(q)!) ? -1 : q;
  const step = steps[k]!;
  if (step === STAR || step === SPACE) {
    const ends = [q];
    for (let e = q; e < s.length;) {
      const cp = s.codePointAt(e)!;
      if (!(step === STAR ? isLetterOrDigit(cp) : isSpace(cp))) break;
      e += cp > 0xffff ? 2 : 1;
      ends.push(e);
    }
    for (let i = ends.length - 1; i >= (step === SPACE ? 1 : 0); i--) {
      const end = matchAt(steps, k + 1, s, ends[i]!);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (q >= s.length) return -1;
  const cp = s.codePointAt(q)!;
  return sameLetter(step, cp) ? matchAt(steps, k + 1, s, q + (cp > 0xffff ? 2 : 1)) : -1;
}

/** The phrase's character p and the text's t are one for an expression with the flags i and u. */
function sameLetter(p: number, t: number): boolean {
  if (p === t) return true;
  if (p < 128 && t < 128) return ((p | 32) >= 97 && (p | 32) <= 122) && (p | 32) === (t | 32);
  const a = String.fromCodePoint(p);
  const b = String.fromCodePoint(t);
  if (foldCase(a) !== foldCase(b)) return false; // never one (see foldCase)
  const key = `${a}\u0000${b}`;
  let same = SAME.get(key);
  if (same === undefined) SAME.set(key, (same = new RegExp(`^${a.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&')}$`, 'iu').test(b)));
  return same;
}
const SAME = new Map<string, boolean>();

/** As /[\p{L}\p{N}]/iu on one character, ASCII by its code. */
function isLetterOrDigit(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90) || (cp >= 48 && cp <= 57);
  let is = LETTER_OR_DIGIT.get(cp);
  if (is === undefined) LETTER_OR_DIGIT.set(cp, (is = /^[\p{L}\p{N}]$/iu.test(String.fromCodePoint(cp))));
  return is;
}
const LETTER_OR_DIGIT = new Map<number, boolean>();

/** The first index in [lo, hi) of the sorted heads whose code unit at `depth` is `c` or more (a head too short sorts first). */
function firstFrom(heads: readonly string[], lo: number, hi: number, depth: number, c: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const h = heads[mid]!;
    if (h.length > depth && h.charCodeAt(depth) >= c) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The code unit of the case-folded text at q. A character of two code units is folded whole:
 * its first unit is read at q and its second at q + 1 (the walk goes one unit a step).
 */
function foldedUnitAt(s: string, q: number): number {
  const c = s.charCodeAt(q);
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  if (isLead(c) && isTrail(s.charCodeAt(q + 1))) return foldCase(s.slice(q, q + 2)).charCodeAt(0);
  if (isTrail(c) && q > 0 && isLead(s.charCodeAt(q - 1))) return foldCase(s.slice(q - 1, q + 1)).charCodeAt(1);
  return foldCase(s[q]!).charCodeAt(0);
}

function isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

/** A letter, digit or apostrophe just before a hit: the hit starts inside a word. */
const WORD_BEFORE = /[\p{L}\p{N}']$/u;
const WORD_END = '(?![\\p{L}\\p{N}])';

/** WORD_BEFORE at p, with ASCII read by its code. */
function wordBefore(s: string, p: number): boolean {
  if (p === 0) return false;
  const c = s.charCodeAt(p - 1);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 39;
  return WORD_BEFORE.test(s.slice(Math.max(0, p - 2), p));
}
