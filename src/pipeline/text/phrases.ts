// Noun phrases for speakers, read from part-of-speech tags alone (wink has no parser and
// no person or organisation entities). A phrase is read leftwards from a cue ("Retired
// Rear Admiral Karl Johan Sande says") or rightwards from it ("…, says Sande"); mentions.ts
// then splits it into the name and the title / role words in front of it.
import {
  DEICTIC_PRONOUNS, GROUP_PRONOUNS, GROUP_QUANTIFIERS, LONE_SOURCES, NOT_NAMES, OBJECT_PRONOUNS, PERSON_PRONOUNS, ROLE_NOUNS, TIME_NOUNS,
  TITLES, VAGUE_NOUNS,
} from '../../lexicons/names.js';
import { hasWordChar, startsLowerCase, startsUpperCase } from '../../letters.js';
import { isGluedHyphen } from './tokens.js';
import type { Token } from '../../types.js';

export const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'on']);
/** Prepositions that attach a phrase to a common noun: "officials in both towns". */
export const NOUN_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'for', 'from', 'in', 'of', 'on', 'with']);

/** Phrases one subject may join: "The union, the mayor, the board and the port authority". */
const SUBJECT_PHRASES = 6;

/** Possessive pronouns work as determiners: "his wife", "their spokesman". */
const POSSESSIVES = new Set(['his', 'her', 'its', 'their', 'our', 'my', 'your']);
export const isDeterminer = (t: Token | undefined): boolean => !!t && (t.pos === 'DET' || POSSESSIVES.has(t.normal));

/**
 * A common noun or a number, which a prepositional phrase may follow ("one in four"). A
 * role or group word is one even capitalised, as it is when it opens a sentence
 * ("Officials familiar with the plan said", which the tagger reads as a name).
 */
export const isCommonNoun = (t: Token | undefined): boolean => {
  if (!t || (t.pos !== 'NOUN' && t.pos !== 'NUM' && t.pos !== 'PROPN')) return false;
  if (!isCapitalized(t)) return t.pos !== 'PROPN';
  return t.pos === 'NUM' || isRoleWord(t.normal);
};

/** "officials", "analyst", "critics": a role or a group of people, singular or plural. */
function isRoleWord(w: string): boolean {
  return VAGUE_NOUNS.has(w) || ROLE_NOUNS.has(w) || (w.endsWith('s') && ROLE_NOUNS.has(w.slice(0, -1)));
}
/** A common noun, or "those": who a phrase like "close to the mayor" may describe. */
const isPeople = (t: Token | undefined): boolean => isCommonNoun(t) || t?.normal === 'those';
/** A title or role word, which stands before a person's name ("Colonel", "economist"). */
export const isRole = (t: Token | undefined): boolean => !!t && (TITLES.has(t.normal) || ROLE_NOUNS.has(t.normal));
/** Words that qualify a quantity at the start of a phrase: "almost half", "nearly three". */
const QUANTITY_ADVERBS = new Set(['about', 'almost', 'around', 'nearly', 'only', 'roughly', 'some']);
const NP_POS = new Set(['PROPN', 'NOUN', 'ADJ', 'NUM']);

export function isCapitalized(t: Token | undefined): boolean {
  return !!t && startsUpperCase(t.text);
}

/** A word that can be part of a name: a proper noun or a capitalised noun or adjective. */
export function isNameWord(t: Token | undefined): boolean {
  // The tag first: it is read from the token itself, while the capital needs its text.
  if (!t) return false;
  const p = t.pos;
  if (p !== 'PROPN' && !((p === 'NOUN' || p === 'ADJ' || p === 'NUM') && isCapitalized(t))) return false;
  // "One of Mr. Dahl's aides": a capitalised number word opens no name.
  return (!NOT_NAMES.has(t.normal) || !!t.givenName) && !(t.pos === 'NUM' && LONE_SOURCES.has(t.normal));
}

function isNpWord(t: Token | undefined): boolean {
  if (!t || !(NP_POS.has(t.pos) || isNameWord(t) || t.normal === '’s' || t.normal === "'s")) return false;
  // A capitalised "Monday" or "March" is no part of a speaker's phrase; "the march" is.
  return !(NOT_NAMES.has(t.normal) && isCapitalized(t) && !t.givenName) && hasWordChar(t.text);
}

/** Tokens a parenthesis after a name may hold with its marks: "(Centre Party)", "(R-Nord)". */
export const PARENTHESIS_TOKENS = 6;

/** "Karin B. Vik (Lab.)", "Ola Dahl (R-Nord)": a short parenthesis after a name. */
function parenthesisStart(tokens: readonly Token[], close: number, floor: number): number {
  for (let i = close - 1; i > Math.max(floor, close - PARENTHESIS_TOKENS); i--) {
    if (tokens[i]?.text === '(') return isNameWord(tokens[i - 1]) ? i : -1;
  }
  return -1;
}

export function isPronoun(t: Token | undefined): boolean {
  return !!t && t.pos === 'PRON' && (PERSON_PRONOUNS.has(t.normal) || GROUP_PRONOUNS.has(t.normal) || DEICTIC_PRONOUNS.has(t.normal));
}

/** The word before a clause's subject: none, a comma, "and", "that", "like" ("looks like someone …"). */
function opensClause(before: Token | undefined, first: boolean): boolean {
  return first || !before || /^[,;:]$/.test(before.text) || before.pos === 'CCONJ' || before.pos === 'SCONJ' || before.normal === 'like';
}

/**
 * Token range [a, b) of the noun phrase that ends just before token `end`, or null. Read
 * in three steps: a phrase of its own kind at the end (`closedPhrase`: a pronoun, "those
 * around him", "some", a parenthesis, "the elderly"), then the words leftwards
 * (`stepLeft`), then the determiner and quantity that open it (`phraseOpening`).
 */
export function phraseBefore(tokens: readonly Token[], end: number, floor: number): [number, number] | null {
  if (end <= floor || !tokens[end - 1]) return null;
  const closed = closedPhrase(tokens, end, floor);
  if (closed !== undefined) return closed;
  if (tokens[end - 1]?.text === ')') end = parenthesisStart(tokens, end - 1, floor); // "Karin B. Vik (Lab.)"
  let a = end - 1;
  for (let next = stepLeft(tokens, a, floor); next < a; next = stepLeft(tokens, a, floor)) a = next;
  return [phraseOpening(tokens, a, floor), end];
}

/**
 * A phrase that ends at `end` and is settled by its last words, or null when none can end
 * there; undefined when the phrase is read word by word.
 */
function closedPhrase(tokens: readonly Token[], end: number, floor: number): [number, number] | null | undefined {
  let last = tokens[end - 1]!;
  if (isPronoun(last)) return [end - 1, end];
  // "those around him", "people close to her": the people, by whom they stand near.
  if (OBJECT_PRONOUNS.has(last.normal)) {
    const by = tokens[end - 2]?.normal === 'around' ? end - 2 : tokens[end - 3]?.pos === 'ADJ' && /^(?:to|with)$/.test(tokens[end - 2]?.normal ?? '') ? end - 3 : -1;
    const head = by > floor ? tokens[by - 1] : undefined;
    if (!head || !isPeople(head)) return null;
    return [isDeterminer(tokens[by - 2]) && by - 2 >= floor ? by - 2 : by - 1, end];
  }
  // "No one said …", "Nobody believes …": no source at all.
  if (last.normal === 'nobody' || (last.normal === 'one' && tokens[end - 2]?.normal === 'no')) return null;
  // "Some say …", "Others said …", "another says …": a quantifier standing alone for a group,
  // or a word for one unnamed source, opening its clause.
  if ((GROUP_QUANTIFIERS.has(last.normal) || LONE_SOURCES.has(last.normal)) && opensClause(tokens[end - 2], end - 1 === floor)) return [end - 1, end];
  if (last.text === ')') {
    // The phrase ends before the parenthesis: "Karin B. Vik (Lab.)" is "Karin B. Vik".
    const open = parenthesisStart(tokens, end - 1, floor);
    if (open < 0) return null;
    end = open;
    last = tokens[end - 1]!;
  }
  // "the military intelligence chief/ADJ said": a title the tagger read as an adjective;
  // "Another ranking/ADJ says", "the elderly say": an adjective right after a determiner is
  // the phrase's noun.
  if (last?.pos === 'ADJ' && !isRole(last) && isDeterminer(tokens[end - 2]) && end - 2 >= floor) return [end - 2, end];
  if (!last || !isNpWord(last) || (last.pos === 'ADJ' && !isRole(last))) return null;
  return undefined;
}

/** One step leftwards over the words of a noun phrase whose first word is at a; a when it stops. */
function stepLeft(tokens: readonly Token[], a: number, floor: number): number {
  if (a <= floor) return a;
  const t = tokens[a - 1];
  if (isNpWord(t)) return a - 1;
  if (isGluedHyphen(tokens, a - 1) && isNpWord(tokens[a - 2])) return a - 1;
  // "the long-serving harbour master": a participle after a glued hyphen ends a modifier.
  if (PARTICIPLE_END.test(t?.normal ?? '') && isGluedHyphen(tokens, a - 2) && isNpWord(tokens[a - 3]) && a - 3 >= floor) return a - 3;
  // "its most loyal members", "newly elected officials": an adverb of the adjective
  if (t?.pos === 'ADV' && tokens[a]?.pos === 'ADJ' && startsLowerCase(t.text) && a - 1 > floor) return a - 1;
  // "Ministry of Transport", "Institute for Shipping Research", "Radio Nord and The Times"
  const joins = t && (CONNECTORS.has(t.normal) || t.normal === 'and');
  if (joins && isNameWord(tokens[a]) && isNameWord(tokens[a - 2])) return a - 1;
  if (t && NOUN_PREPOSITIONS.has(t.normal) && isCommonNoun(tokens[a - 2]) && a - 1 > floor) return a - 1;
  // "people close to the campaign", "officials familiar with the plan"
  if (t && (t.normal === 'to' || t.normal === 'with') && tokens[a - 2]?.pos === 'ADJ' && isPeople(tokens[a - 3]) && a - 2 > floor) return a - 2;
  if (isDeterminer(t) && t?.normal !== 'that' && t?.normal !== 'this') {
    const before = tokens[a - 2];
    const linked = before && (CONNECTORS.has(before.normal) && isNameWord(tokens[a - 3]) || NOUN_PREPOSITIONS.has(before.normal) && isCommonNoun(tokens[a - 3]));
    if (linked && a - 2 > floor) return a - 2;
    // "a source familiar with the investigation"
    const adjective = before && (before.normal === 'with' || before.normal === 'to') && tokens[a - 3]?.pos === 'ADJ' && isPeople(tokens[a - 4]);
    if (adjective && a - 3 > floor) return a - 3;
  }
  return a;
}

/** The phrase's first token: its determiner, and a quantity ("as many as 40", "more than half", "almost half"). */
function phraseOpening(tokens: readonly Token[], a: number, floor: number): number {
  if (a <= floor) return a;
  const t = tokens[a - 1];
  if (isDeterminer(t) && t?.normal !== 'that' && t?.normal !== 'this') a--;
  if (t && QUANTITY_ADVERBS.has(t.normal) && (tokens[a]?.pos === 'NUM' || tokens[a]?.normal === 'half')) a--;
  if (tokens[a]?.pos === 'NUM' || normalAt(tokens, a) === 'half') {
    if (normalAt(tokens, a - 1) === 'as' && normalAt(tokens, a - 2) === 'many' && normalAt(tokens, a - 3) === 'as' && a - 3 >= floor) a -= 3;
    else if (COMPARATIVE_ENDS.has(normalAt(tokens, a - 1)) && COMPARATIVE_HEADS.has(normalAt(tokens, a - 2)) && a - 2 >= floor) a -= 2;
  }
  return a;
}

const normalAt = (tokens: readonly Token[], i: number): string => tokens[i]?.normal ?? '';
/** "more than", "fewer than", "at least": what opens a quantity before a number. */
const COMPARATIVE_HEADS: ReadonlySet<string> = new Set(['more', 'fewer', 'less', 'at']);
const COMPARATIVE_ENDS: ReadonlySet<string> = new Set(['than', 'least']);

/**
 * The whole subject that ends with the phrase `np`: with the phrases coordinated before it
 * ("Karin Vik and her union", "The union, the mayor and the port authority") and the
 * phrases it is attached to by a preposition ("Organizers of the protest against the tax").
 * Only a subject that opens the clause (at `floor` or after a comma) is one: in "the ship
 * hit the pier and the captain said", "the pier" is the object of the clause before.
 */
export function wholeSubject(tokens: readonly Token[], np: [number, number], floor: number): [number, number] {
  let best = np[0];
  let a = np[0];
  let joined = false; // an "and" was crossed: a list of commas alone is no coordination
  // A subject of more phrases than this is a list in running text, not who speaks.
  for (let step = 0; step < SUBJECT_PHRASES; step++) {
    const link = tokens[a - 1];
    // ", and" joins clauses more often than it ends a list: "…, the data show, and dock workers say".
    if (link?.normal === 'and' && tokens[a - 2]?.text !== ',') joined = true;
    else if (link?.pos !== 'ADP' && (link?.text !== ',' || !joined)) break;
    const prev = a - 1 > floor ? phraseBefore(tokens, a - 1, floor) : null;
    if (!prev || isPronoun(tokens[prev[0]])) break;
    a = prev[0];
    if (a === floor || tokens[a - 1]?.text === ',') best = a;
  }
  return best === np[0] ? np : [best, np[1]];
}

/** Token range [a, b) of the noun phrase that starts at token `start`, or null. */
export function phraseAfter(tokens: readonly Token[], start: number, ceil: number): [number, number] | null {
  const first = tokens[start];
  if (start >= ceil || !first) return null;
  if (isPronoun(first)) return [start, start + 1];
  let b = start;
  while (b < ceil && isDeterminer(tokens[b])) b++; // "the the report" happens
  while (b < ceil) {
    const t = tokens[b];
    // "said Karin Vik last week": a time phrase after the name is no part of it.
    if (b > start && timePhraseEnd(tokens, b, ceil) > b) break;
    if (isNpWord(t)) { b++; continue; }
    // "Nord-Invest", "the long-serving harbour master": a hyphen inside a word, whose last
    // part may be a participle.
    if (b > start && isGluedHyphen(tokens, b) && b + 1 < ceil && (isNpWord(tokens[b + 1]) || PARTICIPLE_END.test(tokens[b + 1]?.normal ?? ''))) { b += 2; continue; }
    // "the most recent average", "officials familiar with the system"
    if (t?.pos === 'ADV' && tokens[b + 1]?.pos === 'ADJ' && b === start + 1) { b++; continue; }
    if (t && (t.normal === 'with' || t.normal === 'to') && tokens[b - 1]?.pos === 'ADJ' && isCommonNoun(tokens[b - 2]) && isNpWord(tokens[b + 1]?.pos === 'DET' ? tokens[b + 2] : tokens[b + 1])) {
      b += tokens[b + 1]?.pos === 'DET' ? 2 : 1;
      continue;
    }
    const joins = t && (CONNECTORS.has(t.normal) || t.normal === 'and');
    const next = tokens[b + 1]?.pos === 'DET' ? tokens[b + 2] : tokens[b + 1];
    if (joins && isNameWord(tokens[b - 1]) && isNameWord(next)) { b += tokens[b + 1]?.pos === 'DET' ? 2 : 1; continue; }
    // "a spokesman for the mayor", "the head of the agency"
    // "a spokesman for …", "officials in Larsvik", "one in four"
    const ratio = tokens[b - 1]?.pos === 'NUM' && next?.pos === 'NUM';
    const pp = t && (t.normal === 'for' || t.normal === 'of' || (NOUN_PREPOSITIONS.has(t.normal) && (isNameWord(next) || ratio)));
    // After a determiner an adjective before "of" is a noun the tagger missed: "the latest
    // average of polls".
    const adjectiveHead = t?.normal === 'of' && tokens[b - 1]?.pos === 'ADJ' && isDeterminer(tokens[start]);
    if (pp && (isCommonNoun(tokens[b - 1]) || adjectiveHead) && next && isNpWord(next)) { b += tokens[b + 1]?.pos === 'DET' ? 2 : 1; continue; }
    break;
  }
  const head = tokens[b - 1];
  // "The general, a former …, said": an adjective after a determiner, before a comma or a
  // verb, is a noun ("the accused", "the elderly").
  const adjectiveNoun = head?.pos === 'ADJ' && b === start + 2 && isDeterminer(first) && (tokens[b]?.text === ',' || tokens[b]?.pos === 'VERB');
  const nounHead = head && (head.pos === 'NOUN' || head.pos === 'PROPN' || head.pos === 'NUM' || isNameWord(head) || adjectiveNoun);
  return b > start && nounHead ? [start, b] : null;
}

/** The ending of a participle that can close a hyphenated modifier: "long-serving", "well-known". */
const PARTICIPLE_END = /(?:ing|ed|en|wn)$/;

/** Words that lead a time phrase: "on Monday", "last week", "late on Monday evening". */
const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'in', 'at', 'last', 'this', 'next', 'early', 'late', 'earlier', 'later']);

function isTimeWord(t: Token | undefined): boolean {
  return !!t && (NOT_NAMES.has(t.normal) || TIME_NOUNS.has(t.normal) || t.normal === 'yesterday' || t.normal === 'today' || t.normal === 'ago');
}

/**
 * The end of a time phrase that starts at token j ("last week", "late on Monday evening",
 * "on Tuesday", "two days ago", "earlier this month"), or j when none starts there. Lead
 * words and numbers count only when a time word follows them.
 */
export function timePhraseEnd(tokens: readonly Token[], j: number, ceil: number): number {
  let k = j;
  let end = j;
  while (k < ceil) {
    const t = tokens[k];
    if (isTimeWord(t)) end = ++k;
    else if (t && (TIME_LEADS.has(t.normal) || t.pos === 'NUM' || t.pos === 'DET')) k++;
    else break;
  }
  return end;
}
