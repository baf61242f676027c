// classify: what each claim's wording says about how likely something is, and where its
// source stands on each topic the claim bears on. Pure. Rules (shared estimative.md §3):
//   topicality   the claim names the topic's event, denies it, or refers back to it
//                ("this", "such …") with the topic's actors in view
//   stance, first rule that applies wins:
//     conditional       if / unless / in the event of … (not "even if"; a counterfactual,
//                       "if X had …, Y would have …", asserts nothing about the event)
//     band              an estimative phrase, longest first, moved by intensifiers and
//                       flipped by a negation in the same clause
//     not-ruled-out     "we cannot rule out an attack": possible, not a capability denial
//     neg-raising       "I don't think …", "does not believe …", "I doubt", "X doubts that …"
//     evidence-denial   "no indication that …", "no signs of …"
//     capability-denial "unable to", "cannot"
//     refusal           "will not", "resists", "not to", and the topic's denials
//     generic-holder    "some fear …", "speculation"
//     intention         "is trying to", "attempts to", "is being prepared", "vowed to",
//                       "threatened to" (also as the cue before content "to …"); after
//                       may / might / could ("may be planning") only a possibility
//     expectation       "expects", "predicted", "is expected to"
//     possibility       could / may / might: its own class, never "likely"
//   Deontic modals (must, should) carry no likelihood and are not read.
import {
  BANDS, BOOSTERS, type Band, CAPABILITY_DENIALS, CONCESSIVE, CONDITIONALS, DOWN_WORDS, EVIDENCE_DENIALS, EXPECTATIONS, HEDGES,
  INTENSIFIERS, INTENTIONS, LIKELIHOOD_LEVELS, LIKELIHOOD_NOUNS, NEGATORS, NEG_RAISING, NOT_RULED_OUT, PHRASES, POSSIBILITIES,
  RANGES, REFUSALS, type Scale, SCOPE_ENDS, UP_WORDS,
} from '../lexicons/estimative.js';
import { COMMITMENT_VERBS } from '../lexicons/cues.js';
import type { Commitment, Estimate, Span, Speaker, Stance, Topic, TopicStance } from '../types.js';
import { type Words, wordsPattern } from './words.js';

/** How far before a claim the article may set up the topic's actors or event. */
const CONTEXT_CHARS = 600;

/** The verbs of commitment of the cue lexicon, any form: "vow*", "promis*", "threaten*". */
const COMMITMENT_STEMS = [...COMMITMENT_VERBS].map((w) => `${w.replace(/e$/, '')}*`);

const RE = {
  phrase: wordsPattern(PHRASES.map(([p]) => p)),
  conditional: wordsPattern(CONDITIONALS),
  concessive: wordsPattern([CONCESSIVE]),
  negRaising: wordsPattern(NEG_RAISING),
  notRuledOut: wordsPattern(NOT_RULED_OUT),
  noEvidence: wordsPattern(EVIDENCE_DENIALS),
  commitment: wordsPattern(COMMITMENT_STEMS),
  committedTo: wordsPattern(COMMITMENT_STEMS.map((w) => `${w} to`)),
  capability: wordsPattern(CAPABILITY_DENIALS),
  refusal: wordsPattern(REFUSALS),
  holder: wordsPattern(['some fear', 'fear', 'fears', 'feared', 'speculation', 'worry', 'worries', 'warnings']),
  intention: wordsPattern(INTENTIONS),
  expectation: wordsPattern(EXPECTATIONS),
  possibility: wordsPattern(POSSIBILITIES),
  hedge: wordsPattern(HEDGES),
  booster: wordsPattern(BOOSTERS),
  likelihood: wordsPattern(LIKELIHOOD_NOUNS),
  up: wordsPattern(UP_WORDS),
  down: wordsPattern(DOWN_WORDS),
  reference: wordsPattern(['this', 'such']),
} as const;

const BAND_OF: ReadonlyMap<string, Band> = new Map(PHRASES);

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

/** What classify reads of a claim. */
export interface ClaimDraft {
  readonly span: Span;
  readonly text: string;
  readonly speaker: Speaker | null;
  readonly rules: readonly string[];
  /** A condition stated before the attribution ("If talks fail, X said, …"). */
  readonly condition?: string;
  /** The cue's words ("vowed"): a commitment with content "to …" states an intention. */
  readonly cue?: string;
}

/** What classify adds to a claim: its rules, estimative wording and topic stances. */
export interface Classified {
  readonly rules: readonly string[];
  readonly estimate: Estimate | undefined;
  readonly topics: readonly TopicStance[] | undefined;
}

/** Classifies the claims of one article, in order. */
export function classify(text: string, claims: readonly ClaimDraft[], topics: readonly CompiledTopic[], scale: Scale = 'icd203'): Classified[] {
  const topicalBy = new Map<string, Set<string>>(); // topic → speakers whose last claim bore on it
  // The actors' places in the text, searched once per article and only when asked for.
  const actorHits: Array<Array<readonly [number, number]> | undefined> = [];
  const actorsNear = (k: number): ReadonlyArray<readonly [number, number]> => {
    const t = topics[k];
    return (actorHits[k] ??= t?.actors ? hitsIn(t.actors, text) : []);
  };
  return claims.map((c) => {
    const content = (c.condition ? `${c.condition}, ${c.text}` : c.text).replace(/’/g, "'");
    let estimate = estimateOf(content, scale);
    let leveled = false; // a likelihood level is searched only in a claim on a topic (a rare case)
    let commitment: Commitment | undefined;
    const stances: TopicStance[] = [];
    topics.forEach((t, k) => {
      const bears = bearsOn(t, () => actorsNear(k), c, content, text);
      const who = c.speaker?.id ?? '';
      const continues = c.rules.some((r) => r === 'attribute:continues-last-speaker' || r === 'attribute:quote-continues') && topicalBy.get(t.topic.id)?.has(who);
      if (bears || continues) {
        if (!estimate && !leveled) { estimate = levelOf(content, scale); leveled = true; }
        commitment ??= estimate?.commitment ?? commitmentOf(content); // read only for a claim on a topic
        stances.push(stanceOf(t, content, estimate, scale, commitment, c.cue));
      }
      const set = topicalBy.get(t.topic.id) ?? new Set<string>();
      if (bears || continues) set.add(who);
      else set.delete(who);
      topicalBy.set(t.topic.id, set);
    });
    const rules = [...c.rules, ...(estimate ? ['classify:estimate'] : []), ...stances.map((x) => `classify:${x.topic}:${x.rule ?? 'no-position'}`)];
    return { rules, estimate, topics: stances.length ? stances : undefined };
  });
}

/** Offsets [start, end) of every hit in the text, in order: one search per article. */
function hitsIn(words: Words, text: string): Array<readonly [number, number]> {
  const hits: Array<readonly [number, number]> = [];
  for (let hit = words.find(text); hit; hit = words.find(text, hit.index + 1)) hits.push([hit.index, hit.index + hit.text.length]);
  return hits;
}

/** True when a hit lies wholly inside [start, end). */
function hitWithin(hits: ReadonlyArray<readonly [number, number]>, start: number, end: number): boolean {
  let lo = 0;
  let hi = hits.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((hits[mid]?.[0] ?? Infinity) < start) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo; i < hits.length && (hits[i]?.[0] ?? Infinity) < end; i++) if ((hits[i]?.[1] ?? Infinity) <= end) return true;
  return false;
}

/**
 * The claim names the topic's event (or denies it) with the topic's actors in view, or
 * refers back to the event ("this") set up just before it. The cheap tests come first:
 * most claims name no event, and then the actors are never looked for.
 */
function bearsOn(t: CompiledTopic, actorHits: () => ReadonlyArray<readonly [number, number]>, c: ClaimDraft, content: string, text: string): boolean {
  const named = t.events.test(content) || !!t.denials?.test(content);
  if (!named && !RE.reference.test(content)) return false;
  const from = Math.max(0, c.span.start - CONTEXT_CHARS);
  const inView = !t.actors || t.actors.test(content) || t.actors.test(`${c.speaker?.name ?? ''} ${c.speaker?.role ?? ''}`)
    || hitWithin(actorHits(), from, c.span.start);
  if (!inView) return false;
  // "If the union tries this": a reference back to the event the article set up.
  return named || t.events.test(text.slice(from, c.span.start));
}

/** The estimative phrase of a claim, longest first, with its intensifier and negation. */
export function estimateOf(content: string, scale: Scale): Estimate | undefined {
  const m = RE.phrase.find(content);
  if (!m) return undefined;
  const base = BAND_OF.get(m.text.toLowerCase().replace(/\s+/g, ' '));
  if (!base) return undefined;
  let i = BANDS.indexOf(base);
  let start = m.index;
  const prior = content.slice(0, m.index).match(/[\p{L}']+|[,;.:]/gu) ?? [];
  const intensifier = INTENSIFIERS.get(prior[prior.length - 1]?.toLowerCase() ?? '');
  if (intensifier && !m.text.includes(' ')) {
    i = i < 3 ? Math.max(0, i - intensifier) : i > 3 ? Math.min(6, i + intensifier) : i;
    start = content.lastIndexOf(prior[prior.length - 1] ?? '', m.index);
  }
  // Negation in the same clause, up to three words back: "not likely" is unlikely.
  for (let k = prior.length - (intensifier ? 2 : 1), n = 0; k >= 0 && n < 3; k--, n++) {
    const w = (prior[k] ?? '').toLowerCase();
    if (/^[,;.:]$/.test(w) || SCOPE_ENDS.has(w)) break;
    if (NEGATORS.has(w) || w.endsWith("n't")) {
      // "not likely" is unlikely; "not impossible" is no certainty, only possible; "not very
      // likely" negates the plain phrase (unlikely), not its intensified band.
      const [head, ...rest] = m.text.toLowerCase().split(/\s+/);
      const plain = INTENSIFIERS.has(head ?? '') ? BAND_OF.get(rest.join(' ')) : undefined;
      if (plain || (intensifier && !m.text.includes(' '))) i = BANDS.indexOf(plain ?? base);
      i = i === 0 || i === 6 ? 3 : 6 - i;
      start = content.lastIndexOf(prior[k] ?? '', start);
      break;
    }
  }
  const band = BANDS[i]!;
  return { band, range: RANGES[scale][band], phrase: content.slice(start, m.index + m.text.length), commitment: commitmentOf(content) };
}

/**
 * "The probability of an offensive from the north is low": a likelihood noun and, in the same
 * clause, a level after a copula. Searched only in a claim on a topic with no estimative phrase.
 */
const LEVEL = new RegExp(`\\b(?:${LIKELIHOOD_NOUNS.join('|')})\\b[^,;.]{0,80}?\\b(?:is|are|remains?|was|were|seems?)\\s+`
  + `(?:(${[...INTENSIFIERS.keys()].join('|')})\\s+)?(${[...LIKELIHOOD_LEVELS.keys()].join('|')})\\b`, 'i');

function levelOf(content: string, scale: Scale): Estimate | undefined {
  const m = LEVEL.exec(content);
  const base = m ? LIKELIHOOD_LEVELS.get((m[2] ?? '').toLowerCase()) : undefined;
  if (!m || !base) return undefined;
  let i = BANDS.indexOf(base);
  const step = INTENSIFIERS.get((m[1] ?? '').toLowerCase()) ?? 0;
  i = i < 3 ? Math.max(0, i - step) : Math.min(6, i + step);
  const band = BANDS[i]!;
  return { band, range: RANGES[scale][band], phrase: m[0], commitment: commitmentOf(content) };
}

function commitmentOf(content: string): Commitment {
  if (RE.hedge.test(content) || RE.negRaising.test(content)) return 'hedged';
  return RE.booster.test(content) ? 'boosted' : 'flat';
}

function stanceOf(
  t: CompiledTopic, content: string, estimate: Estimate | undefined, scale: Scale, commitment: Commitment, cue?: string,
): TopicStance {
  const plain = RE.concessive.replace(content, ' ');
  const band = estimate?.band ?? null;
  const direction = directionOf(content);
  // Written out, not spread: this runs for every claim on a topic (issue 7).
  const make = (stance: Stance | null, rule: string | null, condition: string | null = null): TopicStance => ({
    topic: t.topic.id, band, range: band ? RANGES[scale][band] : null, phrase: estimate?.phrase ?? null,
    commitment, condition, direction, stance, rule,
  });
  const cond = RE.conditional.find(plain);
  if (cond) {
    const rest = plain.slice(cond.index + cond.text.length);
    const condition = rest.split(/,|\bthen\b|[.;]/u)[0]?.trim() ?? '';
    // "If the risk had been real, the ships would have stayed": the antecedent is denied.
    if (/\bhad\b/i.test(condition) && /\bwould have\b/i.test(rest)) return make(null, 'counterfactual', condition);
    return make('conditional', 'conditional', condition);
  }
  if (estimate) return make(stanceOfBand(estimate.band), 'band');
  if (RE.notRuledOut.test(plain)) return make('possible', 'not-ruled-out');
  // In the content ("I don't think …") or in the cue ("does not believe", "doubts").
  if (RE.negRaising.test(plain) || (!!cue && (/\bdoubt/i.test(cue) || RE.negRaising.test(cue)))) return make('unlikely', 'neg-raising');
  if (RE.noEvidence.test(plain)) return make('unlikely', 'evidence-denial');
  if (RE.capability.test(plain)) return make('unlikely', 'capability-denial');
  if (RE.refusal.test(plain) || (t.denials && t.denials.test(plain))) return make('unlikely', 'refusal');
  if (RE.holder.test(plain)) return make('possible', 'generic-holder');
  const committed = RE.committedTo.test(plain) || (!!cue && RE.commitment.test(cue) && /^to\s/i.test(plain));
  const intended = RE.intention.find(plain);
  // "Russia may be planning an attack": a possible intention is a possibility.
  if (intended && RE.possibility.test(plain.slice(Math.max(0, intended.index - 12), intended.index))) return make('possible', 'possibility');
  if (intended || committed) return make('likely', 'intention');
  if (RE.expectation.test(plain) || (!!cue && RE.expectation.test(cue))) return make('likely', 'expectation');
  if (RE.possibility.test(plain)) return make('possible', 'possibility');
  return make(null, null);
}

export function stanceOfBand(band: Band): Stance {
  const i = BANDS.indexOf(band);
  return i < 3 ? 'unlikely' : i > 3 ? 'likely' : 'possible';
}

function directionOf(content: string): 'up' | 'down' | null {
  const m = RE.likelihood.find(content);
  if (!m) return null;
  const after = content.slice(m.index, m.index + 80);
  if (RE.up.test(after)) return 'up';
  return RE.down.test(after) ? 'down' : null;
}
