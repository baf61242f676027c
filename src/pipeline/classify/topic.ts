// classify: whether a claim bears on a topic: it names the topic's event (or denies it)
// with the topic's actors in view, or refers back to the event set up just before it. Pure.
import type { Topic } from '../../types.js';
import { lowerBound } from '../text/search.js';
import { type Words, wordsPattern } from '../text/words.js';
import type { ClaimDraft } from './index.js';

/** How far before a claim the article may set up the topic's actors or event. */
const CONTEXT_CHARS = 600;
/** How far after a claim its actors may still be in view ("…, she said. The party's leader …"). */
const AFTER_CHARS = 300;

/** A strong reference back: "this scenario", "such a move"; the event may be a paragraph back. */
export const REFERENCE = wordsPattern(['this', 'such']);
/**
 * A weak one: "I can't see it", "I don't think so", "that happening", "to use them". The
 * event must be named in the sentence the claim is in or the one before it.
 */
export const NEAR_REFERENCE = wordsPattern(['it', 'that', 'so', 'them']);
/** How many sentence ends back the weak reference looks, and how far at most. */
const NEAR_SENTENCES = 2;
const NEAR_CHARS = 400;

export interface CompiledTopic {
  readonly topic: Topic;
  readonly events: Words;
  readonly actors: Words | null;
  readonly denials: Words | null;
}

export function compileTopics(topics: readonly Topic[]): CompiledTopic[] {
  return topics.map((topic) => ({
    topic,
    events: wordsPattern(topic.events),
    actors: topic.actors.length ? wordsPattern(topic.actors) : null,
    denials: topic.denials.length ? wordsPattern(topic.denials) : null,
  }));
}

/** Offsets [start, end) of every hit in the text, in order: one search per article. */
export function hitsIn(words: Words, text: string): Array<readonly [number, number]> {
  const hits: Array<readonly [number, number]> = [];
  for (let hit = words.find(text); hit; hit = words.find(text, hit.index + 1)) hits.push([hit.index, hit.index + hit.text.length]);
  return hits;
}

/** True when a hit lies wholly inside [start, end). */
export function hitWithin(hits: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  const lo = lowerBound(hits.length, (i) => (hits[i]?.[0] ?? Infinity) < start);
  for (let i = lo; i < hits.length && (hits[i]?.[0] ?? Infinity) < end; i++) if ((hits[i]?.[1] ?? Infinity) <= end) return true;
  return false;
}

/**
 * The claim names the topic's event (or denies it) with the topic's actors in view, or
 * refers back to the event ("this") set up just before it. The cheap tests come first:
 * most claims name no event, and then the actors are never looked for.
 */
export function bearsOn(
  t: CompiledTopic, actorHits: () => ReadonlyArray<readonly [number, number]>, c: ClaimDraft, content: string, text: string, verdict = false,
): boolean {
  const named = namesEvent(t, content) || !!t.denials?.test(content);
  const strong = !named && REFERENCE.test(content);
  // A bare verdict ("Probably not.", "Very unlikely.") refers back as "it" does.
  if (!named && !strong && !verdict && !NEAR_REFERENCE.test(content)) return false;
  const from = Math.max(0, c.span.start - CONTEXT_CHARS);
  const inView = !t.actors || t.actors.test(content) || t.actors.test(`${c.speaker?.name ?? ''} ${c.speaker?.role ?? ''}`)
    || hitWithin(actorHits(), from, Math.min(text.length, c.span.end + AFTER_CHARS));
  if (!inView) return false;
  if (named) return true;
  // "If the union tries this": a reference back to the event the article set up.
  if (strong && t.events.test(text.slice(from, c.span.start))) return true;
  // "Asked whether the strike would spread, she said: 'I can't see it.'" The sentence before
  // may itself refer back ("… warned against such a move. But there is no sign of it.").
  const near = text.slice(nearStart(text, c.span.start), c.span.start);
  return t.events.test(near) || (REFERENCE.test(near) && t.events.test(text.slice(from, c.span.start)));
}

/**
 * An event word of the topic whose target is not the topic's actor: the actors act, so "an
 * attack on the union" or "a strike against the port" is another event (the actor is done
 * to), and "planning an attack on the union" bears on no question the union acts in.
 */
function namesEvent(t: CompiledTopic, text: string): boolean {
  for (let hit = t.events.find(text); hit; hit = t.events.find(text, hit.index + 1)) {
    if (!targetIsActor(t, text, hit.index + hit.text.length)) return true;
  }
  return false;
}

/**
 * A preposition of target and then one of the topic's actors, right after `at`: "against"
 * or "into" the actor, or "on" the actor as a whole phrase ("an attack on the union from
 * the north"; not "a vote on union pay", where the actor only qualifies what is voted on).
 */
function targetIsActor(t: CompiledTopic, text: string, at: number): boolean {
  if (!t.actors) return false;
  const m = TARGET.exec(text.slice(at, at + TARGET_SPAN));
  if (!m) return false;
  const actor = t.actors.find(text, at + m[0].length);
  if (actor?.index !== at + m[0].length) return false;
  if (!/^(?:on|upon)$/i.test(m[1] ?? '')) return true;
  const next = /^\s+([\p{L}]+)/u.exec(text.slice(actor.index + actor.text.length, actor.index + actor.text.length + TARGET_SPAN));
  return !next || !/^\p{Ll}/u.test(next[1] ?? '') || PHRASE_ENDS.has((next[1] ?? '').toLowerCase());
}

const TARGET = /^\s+(on|upon|against|into)\s+(?:the\s+|its\s+|their\s+|our\s+)?/iu;
const TARGET_SPAN = 30;
/** Words after a noun phrase that end it: prepositions, conjunctions, auxiliaries. */
const PHRASE_ENDS: ReadonlySet<string> = new Set([
  'from', 'in', 'by', 'and', 'or', 'but', 'with', 'at', 'to', 'for', 'of', 'that', 'which', 'who', 'as', 'is', 'was', 'will',
  'would', 'has', 'had', 'could', 'might', 'may', 'if', 'unless', 'before', 'after', 'since', 'because',
]);

/** Where the sentence before the one that holds `at` starts (NEAR_SENTENCES ends back, within NEAR_CHARS). */
function nearStart(text: string, at: number): number {
  const limit = Math.max(0, at - NEAR_CHARS);
  let ends = 0;
  for (let i = at - 1; i > limit; i--) {
    const ch = text.charCodeAt(i);
    // A full stop, "?" or "!" before a space, or a line break, ends a sentence.
    const end = ch === 10 ? text.charCodeAt(i - 1) !== 10 : (ch === 46 || ch === 63 || ch === 33) && /\s/.test(text[i + 1] ?? '');
    if (end && ++ends > NEAR_SENTENCES) return i + 1;
  }
  return limit;
}
