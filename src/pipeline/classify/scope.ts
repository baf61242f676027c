// classify: where in a claim a rule's trigger counts: its clause (a denial's scope, an
// intention's clause), its sentence (a likelihood word or a condition in a claim of several
// sentences) and its subject (who refuses). Pure; read by stance.ts.
import type { Words } from '../text/words.js';
import { lowerBound } from '../text/search.js';
import { type CompiledTopic, NEAR_REFERENCE, REFERENCE, hitWithin, hitsIn } from './topic.js';

/**
 * In a claim of several sentences, a likelihood word or a denial speaks of the event only
 * in a sentence that names it or refers to it: "The talks are likely to fail. A strike is
 * not planned." does not make the strike likely. A claim that names the event nowhere (it
 * bears on the topic by reference or by continuing) keeps the word wherever it is.
 */
export function inEventSentence(text: string, at: number, br: () => Breaks): boolean {
  if (at < 0 || !br().events.length) return true;
  const [start, end] = sentenceAround(text, at);
  return br().events.some(([a, b]) => a < end && b > start) || REFERENCE.test(text.slice(start, end)) || NEAR_REFERENCE.test(text.slice(start, end));
}

/** A full stop, "?" or "!" and a space before a capital, a digit or a quotation mark: not "U.S. officials", "p.m. on". */
const SENTENCE_END = /[.!?]["”’»]?\s+(?=[\p{Lu}\p{N}"“‘«(])/gu;

/** [start, end) of the sentence of a claim's text that holds offset `at`. */
export function sentenceAround(text: string, at: number): readonly [number, number] {
  let start = 0;
  let end = text.length;
  for (const m of text.matchAll(SENTENCE_END)) {
    if (m.index < at) start = m.index + m[0].length;
    else { end = m.index; break; }
  }
  return [start, end];
}

/**
 * The sentence of a condition word holds an event word or "this" / "such", or, in a claim
 * that names the event elsewhere, "it" or "that" ("If they ask, I'm happy to do that. It
 * has to be a vote"). Not "Strikes are rare. The crews could win if members keep pushing."
 */
export function conditionOnEvent(text: string, at: number, br: () => Breaks): boolean {
  const [start, end] = sentenceAround(text, at);
  const sentence = text.slice(start, end);
  return br().events.some(([a, b]) => a < end && b > start) || REFERENCE.test(sentence)
    || (br().events.length > 0 && NEAR_REFERENCE.test(sentence));
}

/** A hit of a global pattern with an event word after it in its clause ("is no reason for an attack"). */
export function inScope(re: RegExp, text: string, br: () => Breaks): boolean {
  for (const m of text.matchAll(re)) {
    const after = m.index + m[0].length;
    const [, end] = clauseAround(br(), m.index, after, text.length);
    if (hitWithin(br().events, after, end)) return true;
  }
  return false;
}

/**
 * The first hit of `words` whose clause holds an event word of the topic: before it in the
 * clause ("an attack is being prepared") or in its scope after it ("ready to cross the
 * border"); not "ready to meet for talks, but …" with the event in another clause.
 */
export function inClause(words: Words, text: string, br: () => Breaks): { index: number; text: string } | null {
  for (let hit = words.find(text); hit; hit = words.find(text, hit.index + 1)) {
    const [start, end] = clauseAround(br(), hit.index, hit.index + hit.text.length, text.length);
    if (hitWithin(br().events, start, end)) return hit;
  }
  return null;
}

/**
 * Where clauses start (after a break) and where scopes end (at a break), and where the
 * topic's event words are, each found once in a claim: every rule then looks them up by
 * binary search, so a claim of any length is read in linear time.
 */
export interface Breaks {
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  readonly events: ReadonlyArray<readonly [number, number]>;
}

export function breaksOf(t: CompiledTopic, text: string): Breaks {
  return {
    starts: Array.from(text.matchAll(CLAUSE_START), (m) => m.index + m[0].length),
    ends: Array.from(text.matchAll(SCOPE_END), (m) => m.index),
    events: [...hitsIn(t.events, text), ...(t.denials ? hitsIn(t.denials, text) : [])].sort((x, y) => x[0] - y[0]),
  };
}

/** [start, end) of the clause that holds [from, to): the last clause start at or before `from`, the first scope end at or after `to`. */
export function clauseAround(b: Breaks, from: number, to: number, length: number): readonly [number, number] {
  const i = lowerBound(b.starts.length, (k) => (b.starts[k] ?? Infinity) <= from) - 1;
  const j = lowerBound(b.ends.length, (k) => (b.ends[k] ?? Infinity) < to);
  return [i >= 0 ? b.starts[i]! : 0, b.ends[j] ?? length];
}

/** Where a clause begins: punctuation, a coordinator, a subordinator or a relative. */
export const CLAUSE_START = /[,;:.]|\b(?:and|but|while|although|whereas|because|that|which|who)\b/giu;
/** Where the scope of a denial ends: punctuation or a coordinated clause (a relative clause on its object is inside it). */
const SCOPE_END = /[,;:.]|\b(?:and|but|while|although|whereas|because)\b/giu;

/** The last word of a subject, out of brackets, is an event word: "[strikes]", "an attack". */
export function headIsEvent(t: CompiledTopic, subject: string): boolean {
  const head = subject.replace(/[[\]()]/g, ' ').trim().split(/\s+/).pop() ?? '';
  const hit = head ? t.events.find(head) : null;
  return !!hit && hit.index === 0 && hit.text.length === head.length;
}

/** Characters before a denial read for its subject: three words and a verb group fit many times over. */
export const SUBJECT_SPAN = 160;

/** Auxiliaries, negation and adverbs between a subject and what is said of it. */
const VERB_GROUP = /^(?:will|would|shall|should|is|are|was|were|has|have|had|does|do|did|not|be|been|being|still|also|now|[\p{L}]+ly)$/iu;

/** The subject before a verb group: its last three words ("the Belarusian army is …"). */
export function subjectOf(clause: string): string {
  const words = clause.trim().split(/\s+/);
  while (words.length && VERB_GROUP.test(words[words.length - 1]!)) words.pop();
  return words.slice(-3).join(' ');
}

/** A negation in the clause before offset `at`: "the drills are not in any way linked to preparations for …". */
export function negatedBefore(text: string, at: number, br: () => Breaks): boolean {
  const [start] = clauseAround(br(), at, at, text.length);
  return NEGATION.test(text.slice(start, at));
}

/**
 * After a likelihood word, a negation and then the event in the same clause: "more likely
 * there will not be a strike", "likely that the union will not strike". The word is said of
 * the event's not coming.
 */
export function negatedEventAfter(text: string, at: number, br: () => Breaks): boolean {
  const rest = text.slice(at, at + NEGATED_AFTER_SPAN);
  const m = NEGATION.exec(rest);
  if (!m || /[.;!?]/.test(rest.slice(0, m.index))) return false;
  const from = at + m.index + m[0].length;
  const [, end] = clauseAround(br(), from, from, text.length);
  return hitWithin(br().events, from, end);
}

const NEGATION = /\b(?:not|never|no)\b|n[’']t\b/iu;
/** How far after a likelihood word its negated clause is looked for: "that", a subject and a verb group fit. */
const NEGATED_AFTER_SPAN = 60;
