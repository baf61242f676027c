// segment: article text + tagger output → paragraphs, sentences and tokens with offsets.
// A paragraph is a non-empty line: news text uses either one paragraph a line or blank
// lines between paragraphs, and both come out the same here. Each paragraph gets a role,
// because headings, pull quotes and link teasers hold no claims.
import { BELIEF_VERBS, SPEECH_VERBS } from '../lexicons/cues.js';
import { QUOTE_DASHES } from '../lexicons/marks.js';
import { NAME_PARTICLES } from '../lexicons/names.js';
import { givenNameGender } from './text/names.js';
import { isDash } from './text/tokens.js';
import { startsUpperCase } from '../letters.js';
import type { Tagged } from '../nlp/wink.js';
import type { Article, BlockRole, Doc, Paragraph, Sentence, Token } from '../types.js';

/** Lines of at most this many words with no final punctuation read as headings. */
const HEADING_MAX_WORDS = 12;
/** A Title Case line longer than this is no headline. */
const TITLE_MAX_CHARS = 140;
/** A dash line this short with no final punctuation is a pull quote ("– Not yet"). */
const PULLQUOTE_MAX_WORDS = 8;
const FINAL_PUNCTUATION = /[.!?…"”’»)\]]$/;

export function segment(article: Article, tagged: Tagged): Doc {
  const { text } = article;
  const tokens = repairTags(tagged.tokens, tagged.sentences);
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  let t = 0;
  let s = 0;
  for (const line of lines(text)) {
    const firstToken = t;
    while (t < tokens.length && (tokens[t]?.start ?? Infinity) < line.end) t++;
    const index = paragraphs.length;
    const own: number[] = [];
    while (s < tagged.sentences.length) {
      const range = tagged.sentences[s];
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
      if (w && /\w/.test(w.text)) words.push(w);
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
    if (x > a && isDash(tokens, x)) {
      const caps = /^\p{Lu}{3,}$/u.test(tokens[a]?.text ?? '');
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
 * The tagger reads some words of names as verbs or nouns ("Lars Berg/VERB", "Institute
 * for Shipping/VERB Research"). A capitalised word inside a sentence, right after or right
 * before a capitalised proper noun, is taken as a name; at a sentence start, a given name
 * before one.
 */
function repairTags(tokens: readonly Token[], sentences: ReadonlyArray<readonly [number, number]>): readonly Token[] {
  const starts = new Set(sentences.map((s) => s[0]));
  let out: Token[] | null = null; // a copy, made at the first repair (most texts need few)
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const c = t.text.charCodeAt(0);
    if (c >= 97 && c <= 122) {
      // Lower case is no name, but for a particle inside one: "Anna van Dijk", "Omar al-Rashid".
      if (t.text.length <= 4 && NAME_PARTICLES.has(t.text) && t.pos !== 'PROPN' && properCap(tokens[i - 1]) && particleBefore(tokens, i)) {
        out ??= tokens.slice();
        out[i] = { ...t, pos: 'PROPN', lemma: t.normal };
      }
      continue;
    }
    if (c < 65) continue; // punctuation, digits: no name
    // "Colonel Per/ADP Holm": a capitalised preposition between two proper nouns is a name.
    const between = t.pos === 'ADP' && !starts.has(i) && properCap(tokens[i - 1]) && properCap(tokens[i + 1]);
    if (t.pos !== 'VERB' && t.pos !== 'NOUN' && t.pos !== 'ADJ' && !between) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    // Opening a sentence, a capitalised word is a name only if it is a given name before
    // a proper noun: "Josh/VERB Berg said", but not "Says/VERB Holm".
    if (starts.has(i) || /^[:“"‘'«(]$/.test(tokens[i - 1]?.text ?? '')) {
      if (!(givenNameGender(t.normal) && properCap(tokens[i + 1]))) continue;
    }
    // Mid-sentence, a capitalised "verb" is a name ("said Holm"); a capitalised noun or
    // adjective is one when a proper noun stands next to it.
    if (t.pos === 'VERB' || between || properCap(tokens[i - 1]) || properCap(tokens[i + 1])) {
      out ??= tokens.slice();
      out[i] = { ...t, pos: 'PROPN', lemma: t.normal };
    }
  }
  return out ?? tokens;
}

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

function roleOf(line: string, dashEnd: number, words: readonly Token[]): BlockRole {
  const final = FINAL_PUNCTUATION.test(line);
  if (dashEnd >= 0) return !final && words.length <= PULLQUOTE_MAX_WORDS ? 'pullquote' : 'body';
  if (isTitleCase(line, words)) return 'heading';
  if (words.length > HEADING_MAX_WORDS) return 'body';
  // "X told Radio Nord:" and "Lars Holm echoed:" introduce quotes; "Trouble at the port:"
  // is a heading.
  if (line.endsWith(':')) return words.some(isCueVerb) || words[words.length - 1]?.pos === 'VERB' ? 'body' : 'heading';
  // A short question standing alone ("Why now?") is a section heading.
  if (line.endsWith('?') && words.length <= 5 && !/["”»]/.test(line)) return 'heading';
  return final ? 'body' : 'heading';
}

function isCueVerb(t: Token): boolean {
  return t.pos === 'VERB' && (SPEECH_VERBS.has(t.lemma) || BELIEF_VERBS.has(t.lemma));
}
