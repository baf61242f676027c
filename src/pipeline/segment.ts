// segment: article text + tagger output → paragraphs, sentences and tokens with offsets.
// A paragraph is a non-empty line: news text uses either one paragraph a line or blank
// lines between paragraphs, and both come out the same here. Each paragraph gets a role,
// because headings, pull quotes and link teasers hold no claims.
import { BELIEF_VERBS, SPEECH_VERBS } from '../lexicons/cues.js';
import { QUOTE_DASHES } from '../lexicons/marks.js';
import { NAME_PARTICLES, NOT_NAMES } from '../lexicons/names.js';
import { VERB_LEMMAS } from '../lexicons/inflections.js';
import { givenNameGender } from './text/names.js';
import { isDash } from './text/tokens.js';
import { type IndexSet, indexSet } from './text/search.js';
import { hasWordChar, startsUpperCase } from '../letters.js';
import type { Tagged } from '../nlp/wink.js';
import { type Article, type BlockRole, type Doc, type Paragraph, type Sentence, type Token, token } from '../types.js';

/** Lines of at most this many words with no final punctuation read as headings. */
const HEADING_MAX_WORDS = 12;
/** A Title Case line longer than this is no headline. */
const TITLE_MAX_CHARS = 140;
/** A dash line this short with no final punctuation is a pull quote ("– Not yet"). */
const PULLQUOTE_MAX_WORDS = 8;
const FINAL_PUNCTUATION = /[.!?…"”’»)\]]$/;

export function segment(article: Article, tagged: Tagged): Doc {
  const { text } = article;
  const glued = joinSplitWords(text, tagged);
  const ranges = splitAtDashes(glued.tokens, glued.sentences);
  const tokens = repairTags(glued.tokens, ranges);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let t = 0;
  let s = 0;
  for (const line of lines(text)) {
    const firstToken = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < line.end) t++;
    const index = paragraphs.length;
    const own: number[] = [];
    while (s < ranges.length) {
      const range = ranges[s];
      const head = range ? tokens[range[0]] : undefined;
      if (!range || !head || head.start >= line.end) break;
      const last = tokens[range[1] - 1] ?? head;
      // "OSLO (Nordwire) - The ministry said …": the dateline is no part of the sentence.
      const from = own.length ? range[0] : datelineEnd(tokens, range[0], range[1]);
      own.push(sentences.length);
      sentences.push({ start: tokens[from]?.start ?? head.start, end: last.end, paragraph: index, tokens: [from, range[1]] });
      s++;
    }
    const dashEnd = leadingDash(text, line.start, line.end);
    // roleOf only counts up to HEADING_MAX_WORDS: more words than that is body text.
    const words: Token[] = [];
    for (let k = firstToken; k < t && words.length <= HEADING_MAX_WORDS; k++) {
      const w = tokens[k];
      if (w && hasWordChar(w.text)) words.push(w);
    }
    paragraphs.push({
      start: line.start,
      end: line.end,
      index,
      role: roleOf(text.slice(line.start, line.end), dashEnd, words),
      dashEnd,
      tokens: [firstToken, t],
      sentences: own,
    });
  }
  return { article, tokens, sentences, paragraphs };
}

/**
 * The tagger cuts some words at letters it does not know ("Çavuşoğlu" comes out as five
 * tokens, "ş" and "ğ" among them as unknown): letters glued to each other with no space or
 * mark between are one word again, a name when it opens with a capital. Sentence ranges
 * follow the new token indexes. Most texts have none and are passed through.
 */
function joinSplitWords(text: string, tagged: Tagged): Tagged {
  const { tokens } = tagged;
  const split = (i: number): boolean => tokens[i]?.pos === 'X' && /^\p{L}+$/u.test(tokens[i]!.text);
  let any = false;
  for (let i = 0; i < tokens.length && !any; i++) any = split(i);
  if (!any) return tagged;
  const out: Token[] = [];
  const index: number[] = []; // old token index → new
  for (let i = 0; i < tokens.length; i++) {
    let j = i + 1;
    // A run of letter tokens with no gap between them, one of them a letter the tagger did not know.
    while (j < tokens.length && tokens[j]!.start === tokens[j - 1]!.end && /^\p{L}+$/u.test(tokens[j]!.text) && /^\p{L}+$/u.test(tokens[j - 1]!.text)) j++;
    let unknown = false;
    for (let k = i; k < j && !unknown; k++) unknown = split(k);
    if (j - i > 1 && unknown) {
      const first = tokens[i]!;
      const word = text.slice(first.start, tokens[j - 1]!.end);
      for (let k = i; k < j; k++) index[k] = out.length;
      out.push(token({ start: first.start, end: tokens[j - 1]!.end, text: word, normal: word.toLowerCase(), lemma: word.toLowerCase(), pos: startsUpperCase(word) ? 'PROPN' : 'NOUN' }));
      i = j - 1;
    } else {
      index[i] = out.length;
      out.push(tokens[i]!);
    }
  }
  index[tokens.length] = out.length;
  return { tokens: out, sentences: tagged.sentences.map(([a, b]) => [index[a]!, index[b]!] as const) };
}

/**
 * The tagger runs a sentence on over a quote dash inside a paragraph ("… has changed. – We
 * have asked …"): a spaced dash after a sentence's final punctuation, before a capital or an
 * opening quotation mark, starts a sentence of its own. A dash inside a sentence (a clause
 * break, "the port – built in 1900 – is closed") or between numbers starts none.
 */
function splitAtDashes(tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): ReadonlyArray<readonly [number, number]> {
  let out: Array<readonly [number, number]> | null = null;
  sentences.forEach(([a, b], n) => {
    let from = a;
    for (let i = a + 1; i < b - 1; i++) {
      if (!isDash(tokens, i) || !endsSentence(tokens, i - 1) || !opensSentence(tokens[i + 1])) continue;
      out ??= sentences.slice(0, n);
      out.push([from, i]);
      from = i;
    }
    if (out) out.push(from === a ? [a, b] : [from, b]);
  });
  return out ?? sentences;
}

/** Token k is a sentence's final punctuation, or a closing mark right after it. */
function endsSentence(tokens: readonly Token[], k: number): boolean {
  const final = (t: Token | undefined): boolean => !!t && /^[.!?…]$/.test(t.text);
  return final(tokens[k]) || (/^[”"’»]$/.test(tokens[k]?.text ?? '') && final(tokens[k - 1]));
}

function opensSentence(t: Token | undefined): boolean {
  return !!t && (startsUpperCase(t.text) || /^[“"‘«„]$/.test(t.text));
}

/**
 * Where a dateline that opens a paragraph ends: "OSLO (Nordwire) -", "Vik (NTB) –",
 * "BERGEN, Norway -", "MINSK (NTB):": capitalised words, commas and an agency in parentheses
 * before a spaced dash (or, after an agency, a colon), with the agency or a first word in
 * capitals. The first token after the dash,
 * or `a` when there is none.
 */
function datelineEnd(tokens: readonly Token[], a: number, b: number): number {
  let agency = false;
  for (let x = a; x < Math.min(b - 1, a + DATELINE_TOKENS); x++) {
    const w = tokens[x];
    if (!w) break;
    // "Oslo, NTB- …": an agency in capitals may have its dash glued to it. "News Site / …":
    // a spaced slash ends a source tag of capitalised words.
    if (x > a && w.text === '/' && tokens[x - 1]?.end !== w.start && tokens[x + 1]?.start !== w.end) return x + 1;
    const glued = QUOTE_DASHES.includes(w.text) && tokens[x + 1]?.start !== w.end && /^\p{Lu}{2,}$/u.test(tokens[x - 1]?.text ?? '');
    if (x > a && (isDash(tokens, x) || glued)) {
      const caps = /^\p{Lu}{3,}$/u.test(tokens[a]?.text ?? '') || /^\p{Lu}{2,}$/u.test(tokens[x - 1]?.text ?? '');
      return agency || caps ? x + 1 : a;
    }
    // "MINSK (NTB): …": a colon ends one with an agency (without, it may be a speaker's label).
    if (x > a && w.text === ':') return agency ? x + 1 : a;
    if (w.text === '(' || w.text === ')') { agency ||= w.text === ')'; continue; }
    if (w.text !== ',' && w.text !== '.' && !startsUpperCase(w.text)) return a;
  }
  return a;
}

const DATELINE_TOKENS = 8;

/**
 * The tagger reads some words of names as other parts of speech ("Lars Berg/VERB",
 * "Institute for Shipping/VERB Research", "said Per/ADP Holm", "Will/AUX Berg said"). Mid-
 * sentence, a capitalised word right before a capitalised proper noun is a name word, as is
 * a capitalised verb, noun or adjective right after one; a capitalised preposition between
 * two is one too ("Colonel Per Holm"). Opening a sentence, where every word has a capital, a
 * word is a name only as a known given name before a proper noun ("Josh/VERB Berg said"),
 * and never a modal opening a question ("Will Norway join?").
 */
function repairTags(tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): readonly Token[] {
  const starts = indexSet(sentences.map((s) => s[0]), tokens.length);
  const questions = indexSet(sentences.filter((s) => tokens[s[1] - 1]?.text === '?').map((s) => s[0]), tokens.length);
  let out: Token[] | null = null; // a copy, made at the first repair (most texts need few)
  // Backwards, so that a word before a name sees the name's repaired tag ("Grant/VERB Lie/VERB said").
  for (let i = tokens.length - 1; i >= 0; i--) {
    const repaired = repairedTag(tokens, out ?? tokens, i, starts, questions);
    if (repaired) (out ??= tokens.slice())[i] = repaired;
    // "said May/PROPN Lindqvist": a month that is also a given name, before a proper noun that
    // is no date word or number and not after a word that leads a date ("in May Norway voted").
    // (Token i's tag and the next one's are settled here: the loop runs backwards.)
    const t = (out ?? tokens)[i]!;
    const next = (out ?? tokens)[i + 1];
    if (t.pos === 'PROPN' && NOT_NAMES.has(t.normal) && givenNameGender(t.normal) && properCap(next) && !NOT_NAMES.has(next!.normal)
      && !DATE_LEADS.has(tokens[i - 1]?.normal ?? '')) (out ??= tokens.slice())[i] = token(t, true);
  }
  return out ?? tokens;
}

/** Token i with the tag of a name word, or null when it keeps its own (see repairTags). */
function repairedTag(tokens: readonly Token[], now: readonly Token[], i: number, starts: IndexSet, questions: IndexSet): Token | null {
  const t = tokens[i]!;
  const c = t.text.charCodeAt(0);
  if (c >= 97 && c <= 122) {
    // Lower case is no name, but for a particle inside one: "Anna van Dijk", "Omar al-Rashid".
    const particle = t.text.length <= 4 && NAME_PARTICLES.has(t.text) && t.pos !== 'PROPN' && properCap(tokens[i - 1]) && particleBefore(tokens, i);
    return particle ? token({ ...t, pos: 'PROPN', lemma: t.normal }, t.givenName) : null;
  }
  if (c < 65 || !REPAIRABLE.has(t.pos) || !/^\p{Lu}\p{Ll}/u.test(t.text)) return null;
  const before = properCap(now[i + 1]);
  if (starts.has(i) || /^[:“"‘'«(]$/.test(tokens[i - 1]?.text ?? '')) {
    if (!(before && givenNameGender(t.normal)) || (t.pos === 'AUX' && questions.has(i))) return null;
  } else if (!before && !((t.pos === 'VERB' || t.pos === 'NOUN' || t.pos === 'ADJ') && (t.pos === 'VERB' || properCap(tokens[i - 1])))) {
    return null;
  }
  return token({ ...t, pos: 'PROPN', lemma: t.normal }, t.givenName);
}

/** Words before a date: "in May", "since May", "last May". */
const DATE_LEADS: ReadonlySet<string> = new Set(['after', 'before', 'by', 'during', 'early', 'from', 'in', 'last', 'late', 'mid', 'next', 'of', 'on', 'since', 'this', 'until']);

/** Parts of speech the tagger gives words of names; not determiners, pronouns or conjunctions ("told The Times"). */
const REPAIRABLE: ReadonlySet<string> = new Set(['VERB', 'NOUN', 'ADJ', 'ADP', 'AUX', 'ADV']);

/** A proper noun with a capital. */
function properCap(t: Token | undefined): boolean {
  return t?.pos === 'PROPN' && startsUpperCase(t.text);
}

/** A capitalised proper noun after token i, or a hyphen glued to both ("al-Rashid"). */
function particleBefore(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.text !== '-') return properCap(next);
  const after = tokens[i + 2];
  return next.start === tokens[i]!.end && after?.start === next.end && properCap(after);
}

/** Non-blank lines, trimmed, as spans. Linear in the text. */
function* lines(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) yield { start: a, end: b };
    start = end + 1;
  }
}

/**
 * A headline in Title Case, with or without a stop ("Mayor Posts A Misleading Map Of The
 * Port."): one short sentence with no lower-case word but short function words, and at
 * least four capitalised words of four letters or more.
 */
function isTitleCase(line: string, words: readonly Token[]): boolean {
  if (line.length > TITLE_MAX_CHARS || /[.!?]["”’]?\s/.test(line)) return false;
  let long = 0;
  for (const w of words) {
    if (!/^\p{L}/u.test(w.text)) continue;
    if (!/^\p{Lu}/u.test(w.text)) {
      if (!TITLE_LOWER.has(w.normal)) return false;
    } else if (w.text.length >= 4) long++;
  }
  return long >= 4;
}

/** Words a Title Case headline may leave in lower case. */
const TITLE_LOWER: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'of', 'on', 'or', 'the', 'to', 'vs', 'with']);

/** Offset after "– " when the line opens with a quote dash, else -1. */
function leadingDash(text: string, start: number, end: number): number {
  const c = text[start] ?? '';
  if (!QUOTE_DASHES.includes(c) || !/\s/.test(text[start + 1] ?? '')) return -1;
  let i = start + 1;
  while (i < end && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** A credit in parentheses at a line's end: "(Name/Agency)", "(Photo: …)", "(Picture: …)". */
const PHOTO_CREDIT = /\((?:\p{Lu}[^()/]{0,40}\/\s?\p{Lu}[^()/]{0,30}|(?:photo|picture|image|credit)s?\b[^()]{0,60})\)\s*$/iu;

function roleOf(line: string, dashEnd: number, words: readonly Token[]): BlockRole {
  const final = FINAL_PUNCTUATION.test(line);
  if (dashEnd >= 0) return !final && words.length <= PULLQUOTE_MAX_WORDS ? 'pullquote' : 'body';
  if (isTitleCase(line, words)) return 'heading';
  // A photo's caption, ending in its credit ("… at the quay (Karin Vik/Nordpix)"), is no body text.
  if (PHOTO_CREDIT.test(line) && !/["“”«»]/.test(line)) return 'heading';
  if (words.length > HEADING_MAX_WORDS) return 'body';
  // "X told Radio Nord:" and "Lars Holm echoed:" introduce quotes; "Trouble at the port:"
  // is a heading.
  if (line.endsWith(':')) return words.some((w, i) => isCueVerb(w, words[i + 1])) || words[words.length - 1]?.pos === 'VERB' ? 'body' : 'heading';
  // A short question standing alone ("Why now?") is a section heading.
  if (line.endsWith('?') && words.length <= 5 && !/["”»]/.test(line)) return 'heading';
  return final ? 'body' : 'heading';
}

/** A verb of saying or belief; also one the tagger read as a noun before "that" ("Dahl notes/NOUN that"). */
function isCueVerb(t: Token, next: Token | undefined): boolean {
  const lemma = t.pos === 'VERB' ? t.lemma : next?.normal === 'that' ? VERB_LEMMAS.get(t.normal) ?? '' : '';
  return SPEECH_VERBS.has(lemma) || BELIEF_VERBS.has(lemma);
}
