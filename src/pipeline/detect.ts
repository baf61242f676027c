// detect: find the pieces claims are made of, before anyone is tied to them:
//  - quotation spans in any marks (“ ” „ « » ‘ ’ " '' ``), one pass per paragraph; a quote
//    whose closing mark is missing ends with its paragraph and never runs on;
//  - cue occurrences: speech and belief verbs, phrasal cues ("goes on to say"), "according
//    to", noun cues ("warnings of"). Lexicons: ../lexicons/cues.ts.
import {
  ACCORDING, BELIEF_ADJECTIVES, BELIEF_VERBS, NAMING_VERBS, NOUN_CUES, PHRASAL_CUES, SPEECH_VERBS, TOLD_THINGS,
} from '../lexicons/cues.js';
import { QUOTE_PAIRS } from '../lexicons/marks.js';
import { GROUP_QUANTIFIERS } from '../lexicons/names.js';
import { startsLowerCase } from '../letters.js';
import { DISTINCT_PARTICIPLES, VERB_LEMMAS } from '../lexicons/inflections.js';
import type { Doc, Span, Token } from '../types.js';

export interface Quote {
  readonly paragraph: number;
  /** Offsets of the opening mark and just past the closing one (or the paragraph end). */
  readonly outer: Span;
  /** The quoted words, without the marks and a trailing comma. */
  readonly content: Span;
  readonly closed: boolean;
}

export type CueType = 'speech' | 'belief' | 'according' | 'noun' | 'naming';

export interface Cue {
  readonly type: CueType;
  /** Token range [first, last) of the cue words ("goes on to say"). */
  readonly tokens: readonly [number, number];
  /** Token where the cue text starts, before a negating auxiliary ("does not believe"). */
  readonly from: number;
  readonly lemma: string;
  readonly negated: boolean;
}

export interface Detected {
  readonly quotes: readonly Quote[];
  readonly cues: readonly Cue[];
}

export function detect(doc: Doc): Detected {
  const quotes: Quote[] = [];
  for (const p of doc.paragraphs) {
    if (p.role === 'body') quotes.push(...findQuotes(doc.article.text, p.start, p.end, p.index));
  }
  return { quotes, cues: findCues(doc.tokens) };
}

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c);

/** Characters that can begin a mark: the scan looks closer only at these. */
const MARK_STARTS = new Set([...QUOTE_PAIRS.keys(), ...QUOTE_PAIRS.values()].flatMap((m) => [...m]));

const MARK_SCAN = new RegExp(`[${[...MARK_STARTS].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]`, 'g');

/**
 * Offsets of the characters in [start, end) that can begin a mark: a regular expression
 * finds them many times faster than a loop over every character. It runs over the
 * paragraph alone, so a text without marks is not searched to its end once per paragraph.
 */
function markOffsets(text: string, start: number, end: number): number[] {
  const part = text.slice(start, end);
  const out: number[] = [];
  MARK_SCAN.lastIndex = 0;
  for (let m = MARK_SCAN.exec(part); m; m = MARK_SCAN.exec(part)) out.push(start + m.index);
  return out;
}

/** Opening mark at i, or null. Apostrophes only open after a space, not inside "don’t". */
function openerAt(text: string, i: number, start: number): string | null {
  if (!MARK_STARTS.has(text[i] ?? '')) return null;
  const two = text.slice(i, i + 2);
  if (two === "''" || two === '``') return two;
  const c = text[i] ?? '';
  if (!QUOTE_PAIRS.has(c) || c === '»') return null;
  if (c === '‘' || c === '‚' || c === '"') return i === start || !isWordChar(text[i - 1]) ? c : null;
  return c;
}

/** Length of the closing mark for `opener` at i, or 0. */
function closerAt(text: string, i: number, opener: string): number {
  if (!MARK_STARTS.has(text[i] ?? '')) return 0;
  const closers = QUOTE_PAIRS.get(opener) ?? '';
  if (closers === "''") return text.startsWith("''", i) ? 2 : 0;
  const c = text[i] ?? '';
  if (!closers.includes(c)) return 0;
  // ’ closes ‘ only at a word's end: "the ‘don’t’ rule".
  if (c === '’' && isWordChar(text[i + 1])) return 0;
  return 1;
}

export function findQuotes(text: string, start: number, end: number, paragraph: number): Quote[] {
  const found: Quote[] = [];
  let opener: string | null = null;
  let openAt = -1;
  let skip = start; // marks before this offset were read as part of a two-character mark
  for (const i of markOffsets(text, start, end)) {
    if (i < skip) continue;
    if (opener === null) {
      opener = openerAt(text, i, start);
      if (opener !== null) {
        openAt = i;
        skip = i + opener.length;
      }
      continue;
    }
    const n = closerAt(text, i, opener);
    if (n > 0) {
      found.push(makeQuote(text, paragraph, openAt, openAt + opener.length, i, i + n, true));
      opener = null;
      skip = i + n;
    }
  }
  if (opener !== null) found.push(makeQuote(text, paragraph, openAt, openAt + opener.length, end, end, false));
  return found.filter((q) => q.content.end > q.content.start);
}

function makeQuote(text: string, paragraph: number, open: number, inner: number, close: number, outerEnd: number, closed: boolean): Quote {
  let a = inner;
  let b = close;
  while (a < b && /\s/.test(text[a] ?? '')) a++;
  while (b > a && /[\s,;:]/.test(text[b - 1] ?? '')) b--;
  return { paragraph, outer: { start: open, end: outerEnd }, content: { start: a, end: b }, closed };
}

/** A form of "be" right before token i, past one adverb or "not": "are concerned", "was not sure". */
function beBefore(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1];
  const be = prev?.pos === 'ADV' || prev?.normal === 'not' || prev?.normal === 'never' ? tokens[i - 2] : prev;
  return be?.lemma === 'be';
}

/** Phrasal cues by their first word, so most verbs cost one lookup. */
const PHRASAL_BY_HEAD = new Map<string, Array<readonly string[]>>();
for (const cue of PHRASAL_CUES) PHRASAL_BY_HEAD.set(cue[0], [...(PHRASAL_BY_HEAD.get(cue[0]) ?? []), cue]);

/**
 * The phrasal cue whose first word is the verb at i ("goes on to say"), or undefined. A
 * function of its own: a closure in findCues's loop would capture its index, and the loop
 * would then make a new scope for every token.
 */
function phrasalAt(tokens: readonly Token[], i: number, lemma: string): readonly string[] | undefined {
  return PHRASAL_BY_HEAD.get(lemma)?.find((cue) => cue.every((w, k) => k === 0 || tokens[i + k]?.normal === w));
}

/** The lemmas a verb cue can have: any other verb is passed over at one lookup. */
const CUE_HEADS: ReadonlySet<string> = new Set([...SPEECH_VERBS, ...BELIEF_VERBS, ...NAMING_VERBS, ...PHRASAL_BY_HEAD.keys()]);

const SUBJECT_POS: ReadonlySet<string> = new Set(['PRON', 'DET', 'NOUN', 'PROPN']);

function saySubject(t: Token | undefined): boolean {
  return !!t && SUBJECT_POS.has(t.pos) && !NOT_SUBJECTS.has(t.normal);
}

/** Cues the tagger may read as nouns, verbs after a subject and before "that": "experts doubt that". */
const VERBAL_BEFORE_THAT: ReadonlySet<string> = new Set(['claim', 'claims', 'doubt', 'doubts', 'fear', 'fears', 'hope', 'hopes']);

/** Words before "say" or "claim" that make it a noun: "a say", "the final say", "their claim". */
const NOT_SUBJECTS = new Set(['a', 'an', 'the', 'no', 'any', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'final', 'last']);

/**
 * A past participle between a determiner or adjective and its noun: "the reported cases",
 * "regular, pledged delegates", "a brief/ADV written statement" (an adverb after a
 * determiner is the adjective the tagger missed).
 */
function attributive(tokens: readonly Token[], i: number): boolean {
  const w = tokens[i]?.normal ?? '';
  if (!(/ed$/.test(w) || DISTINCT_PARTICIPLES.has(w)) || tokens[i + 1]?.pos !== 'NOUN') return false;
  const before = tokens[i - 1]?.text === ',' ? tokens[i - 2] : tokens[i - 1];
  if (!before) return false;
  if (before.pos === 'ADJ' || (before.pos === 'ADV' && tokens[i - 2]?.pos === 'DET')) return true;
  return tokens[i - 1] === before && (before.pos === 'DET' || NOT_SUBJECTS.has(before.normal));
}

/**
 * A cue the tagger read as a noun, at token i (a NOUN), that is the verb of its clause:
 * "Some say/NOUN they …" ("a say", "their say" are nouns); "claim", "doubt", "fear" or
 * "hope" before "that" ("supporters claim/NOUN that …", not "the claim that"), or after a
 * plural subject before a clause ("Western officials fear/NOUN Moscow is …"); a verb of
 * saying or belief after a quantifier ("Some think/NOUN …", "Others believe …"); a verb of
 * saying that closes a tail ("…, Holm answers/NOUN.").
 */
function verbalNounAt(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  // Every reading below needs a verb form of our lexicons (most nouns are none).
  if (!VERB_LEMMAS.has(t.normal) && !VERBAL_BEFORE_THAT.has(t.normal)) return false;
  const before = tokens[i - 1];
  const next = tokens[i + 1];
  // "Lund notes/NOUN that …", "X, an analyst, notes that …": an -s form of a verb of
  // saying before "that", after a name, a pronoun or the comma that closes an aside ("the
  // notes that he left" has a determiner before it).
  if (next?.normal === 'that' && (before?.pos === 'PROPN' || before?.pos === 'PRON' || before?.text === ',')
    && /s$/.test(t.normal) && SPEECH_VERBS.has(VERB_LEMMAS.get(t.normal) ?? '')) return true;
  if (!saySubject(before)) return false;
  if (t.normal === 'say' || t.normal === 'says') return true;
  // "…, Holm answers.", "…, the union reports to Radio Nord": a verb of saying after a
  // tail's subject, closing its sentence.
  const closes = !next || /^[.!?,]$/.test(next.text) || (next.normal === 'to' && tokens[i + 2]?.pos !== 'VERB');
  if (closes && /s$/.test(t.normal) && (before?.pos === 'PROPN' || before?.pos === 'NOUN') && SPEECH_VERBS.has(VERB_LEMMAS.get(t.normal) ?? '')) return true;
  // "…, the skippers claim/NOUN.": the base form after a plural subject, closing the sentence.
  if (closes && before?.pos === 'NOUN' && /[^s]s$/.test(before.normal) && SPEECH_VERBS.has(VERB_LEMMAS.get(t.normal) ?? '')) return true;
  if (VERBAL_BEFORE_THAT.has(t.normal)) {
    if (next?.normal === 'that') return true;
    const plural = before?.pos === 'NOUN' && /[^s]s$/.test(before.normal);
    if (plural && (next?.pos === 'PROPN' || next?.pos === 'DET' || next?.pos === 'PRON')) return true;
  }
  if (!GROUP_QUANTIFIERS.has(before?.normal ?? '') || !startsLowerCase(t.text)) return false;
  if (next?.pos !== 'DET' && next?.pos !== 'PRON' && next?.normal !== 'that') return false;
  const lemma = VERB_LEMMAS.get(t.normal) ?? '';
  return SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma);
}

/** "the Biblical story", "a joke", "his own tale" from token i: the object of "tell" is the thing told. */
function toldThing(tokens: readonly Token[], i: number): boolean {
  const from = /^(?:DET|NUM|PRON)$/.test(tokens[i]?.pos ?? '') ? i + 1 : i;
  for (let k = from; k <= from + 3; k++) {
    const w = tokens[k];
    if (w && TOLD_THINGS.has(w.normal)) return true;
    if (w?.pos !== 'ADJ' && w?.pos !== 'PROPN') return false;
  }
  return false;
}

function findCues(tokens: readonly Token[]): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.normal === ACCORDING[0] && tokens[i + 1]?.normal === ACCORDING[1]) {
      cues.push({ type: 'according', tokens: [i, i + 2], from: i, lemma: 'according to', negated: false });
      i++;
      continue;
    }
    // "analysts are concerned that …": an adjective of belief after "be", before "that".
    if (tokens[i + 1]?.normal === 'that' && BELIEF_ADJECTIVES.has(t.normal) && beBefore(tokens, i)) {
      const negated = tokens[i - 1]?.normal === 'not' || tokens[i - 1]?.normal === 'never';
      cues.push({ type: 'belief', tokens: [i, i + 1], from: negated ? i - 2 : i, lemma: t.normal, negated });
      continue;
    }
    // Most tokens are no cue: a noun, a verb or an adjective before "that" is looked at
    // further, a verb only when its lemma heads a cue.
    const verbalNoun = t.pos === 'NOUN' && verbalNounAt(tokens, i);
    if (t.pos === 'NOUN' && !verbalNoun) {
      if (NOUN_CUES.has(t.normal)) cues.push({ type: 'noun', tokens: [i, i + 1], from: i, lemma: t.normal, negated: false });
      continue;
    }
    if (t.pos === 'VERB' ? !CUE_HEADS.has(t.lemma) : !verbalNoun && t.pos !== 'ADJ') continue;
    // "Vik alleged/ADJ that …": a past form the tagger read as an adjective, before "that".
    const verb = t.pos === 'VERB' || verbalNoun;
    const lemma = t.pos === 'VERB' ? t.lemma : verb || (t.pos === 'ADJ' && tokens[i + 1]?.normal === 'that') ? VERB_LEMMAS.get(t.normal) ?? '' : '';
    if (!verb && !SPEECH_VERBS.has(lemma) && !BELIEF_VERBS.has(lemma)) continue;
    const phrasal = verb && phrasalAt(tokens, i, lemma);
    const type = phrasal || SPEECH_VERBS.has(lemma) ? 'speech' : BELIEF_VERBS.has(lemma) ? 'belief' : NAMING_VERBS.has(lemma) ? 'naming' : null;
    if (!type || attributive(tokens, i) || (lemma === 'tell' && toldThing(tokens, i + 1))) continue;
    const len = phrasal ? phrasal.length : 1;
    // "does not believe": the auxiliary and the negation belong to the cue.
    let from = i;
    const prev = tokens[i - 1];
    const negated = prev?.normal === 'not' || prev?.normal === 'never';
    if (negated) {
      from = i - 1;
      if (tokens[i - 2]?.pos === 'AUX') from = i - 2;
    }
    cues.push({ type, tokens: [i, i + len], from, lemma: phrasal ? phrasal.join(' ') : lemma, negated });
    i += len - 1;
  }
  return cues;
}
