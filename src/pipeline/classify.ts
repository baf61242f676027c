// classify: what each claim's wording says about how likely something is, and where its
// source stands on each topic the claim bears on. Pure. Rules (shared estimative.md §3):
//   topicality   the claim names the topic's event, denies it, or refers back to it
//                ("this", "such …") with the topic's actors in view
//   stance, first rule that applies wins:
//     conditional       if / unless / in the event of … (not "even if"; a counterfactual,
//                       "if X had …, Y would have …", asserts nothing about the event)
//     band              an estimative phrase, longest first, moved by intensifiers and
//                       flipped by a negation in the same clause
//     neg-raising       "I don't think …", "does not believe …"
//     capability-denial "unable to", "cannot"
//     refusal           "will not", "resists", "not to", and the topic's denials
//     generic-holder    "some fear …", "speculation"
//     intention         "is trying to", "attempts to", "is being prepared"
//     possibility       could / may / might: its own class, never "likely"
//   Deontic modals (must, should) carry no likelihood and are not read.
import {
  BANDS, BOOSTERS, type Band, CAPABILITY_DENIALS, CONCESSIVE, CONDITIONALS, DOWN_WORDS, HEDGES,
  INTENSIFIERS, INTENTIONS, LIKELIHOOD_NOUNS, NEGATORS, NEG_RAISING, PHRASES, POSSIBILITIES,
  RANGES, REFUSALS, type Scale, SCOPE_ENDS, UP_WORDS,
} from '../lexicons/estimative.js';
import type { Claim, Commitment, Estimate, Stance, Topic, TopicStance } from '../types.js';

/** How far before a claim the article may set up the topic's actors or event. */
const CONTEXT_CHARS = 600;

/** A regular expression for whole words and phrases of a list; "attack*" takes any ending. */
function wordsPattern(list: readonly string[], flags = 'giu'): RegExp {
  const alt = [...list].sort((a, b) => b.length - a.length).map((w) =>
    w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![\\p{L}\\p{N}'])(?:${alt.join('|')})(?![\\p{L}\\p{N}])`, flags);
}

const RE = {
  phrase: wordsPattern(PHRASES.map(([p]) => p)),
  conditional: wordsPattern(CONDITIONALS),
  concessive: wordsPattern([CONCESSIVE]),
  negRaising: wordsPattern(NEG_RAISING),
  capability: wordsPattern(CAPABILITY_DENIALS),
  refusal: wordsPattern(REFUSALS),
  holder: wordsPattern(['some fear', 'fear', 'fears', 'feared', 'speculation', 'worry', 'worries', 'warnings']),
  intention: wordsPattern(INTENTIONS),
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
  readonly events: RegExp;
  readonly actors: RegExp | null;
  readonly denials: RegExp | null;
}

export function compileTopics(topics: readonly Topic[]): CompiledTopic[] {
  return topics.map((topic) => ({
    topic,
    events: wordsPattern(topic.events, 'iu'),
    actors: topic.actors.length ? wordsPattern(topic.actors, 'iu') : null,
    denials: topic.denials.length ? wordsPattern(topic.denials, 'iu') : null,
  }));
}

/** Adds `estimate` and `topics` to the claims of one article. */
export function classify(text: string, claims: readonly Claim[], topics: readonly CompiledTopic[], scale: Scale = 'icd203'): Claim[] {
  const topicalBy = new Map<string, Set<string>>(); // topic → speakers whose last claim bore on it
  return claims.map((c) => {
    const content = c.text.replace(/’/g, "'");
    const estimate = estimateOf(content, scale);
    const stances: TopicStance[] = [];
    for (const t of topics) {
      const bears = bearsOn(t, c, content, text);
      const who = c.speaker?.id ?? '';
      const continues = c.rules.some((r) => r === 'attribute:continues-last-speaker' || r === 'attribute:quote-continues') && topicalBy.get(t.topic.id)?.has(who);
      if (bears || continues) stances.push(stanceOf(t, content, estimate, scale));
      const set = topicalBy.get(t.topic.id) ?? new Set<string>();
      if (bears || continues) set.add(who);
      else set.delete(who);
      topicalBy.set(t.topic.id, set);
    }
    const rules = [...c.rules, ...(estimate ? ['classify:estimate'] : []), ...stances.map((x) => `classify:${x.topic}:${x.rule ?? 'no-position'}`)];
    return { ...c, rules, ...(estimate ? { estimate } : {}), ...(stances.length ? { topics: stances } : {}) };
  });
}

function bearsOn(t: CompiledTopic, c: Claim, content: string, text: string): boolean {
  const before = text.slice(Math.max(0, c.span.start - CONTEXT_CHARS), c.span.start);
  const inView = !t.actors || t.actors.test(content) || t.actors.test(`${c.speaker?.name ?? ''} ${c.speaker?.role ?? ''}`) || t.actors.test(before);
  if (!inView) return false;
  if (t.events.test(content) || t.denials?.test(content)) return true;
  // "If the union wants to do this": a reference back to the event the article set up.
  RE.reference.lastIndex = 0;
  return RE.reference.test(content) && t.events.test(before);
}

/** The estimative phrase of a claim, longest first, with its intensifier and negation. */
export function estimateOf(content: string, scale: Scale): Estimate | undefined {
  RE.phrase.lastIndex = 0;
  const m = RE.phrase.exec(content);
  if (!m) return undefined;
  const base = BAND_OF.get(m[0].toLowerCase().replace(/\s+/g, ' '));
  if (!base) return undefined;
  let i = BANDS.indexOf(base);
  let start = m.index;
  const prior = content.slice(0, m.index).match(/[\p{L}']+|[,;.:]/gu) ?? [];
  const intensifier = INTENSIFIERS.get(prior[prior.length - 1]?.toLowerCase() ?? '');
  if (intensifier && !m[0].includes(' ')) {
    i = i < 3 ? Math.max(0, i - intensifier) : i > 3 ? Math.min(6, i + intensifier) : i;
    start = content.lastIndexOf(prior[prior.length - 1] ?? '', m.index);
  }
  // Negation in the same clause, up to three words back: "not likely" is unlikely.
  for (let k = prior.length - (intensifier ? 2 : 1), n = 0; k >= 0 && n < 3; k--, n++) {
    const w = (prior[k] ?? '').toLowerCase();
    if (/^[,;.:]$/.test(w) || SCOPE_ENDS.has(w)) break;
    if (NEGATORS.has(w) || w.endsWith("n't")) {
      i = 6 - i;
      start = content.lastIndexOf(prior[k] ?? '', start);
      break;
    }
  }
  const band = BANDS[i]!;
  return { band, range: RANGES[scale][band], phrase: content.slice(start, m.index + m[0].length), commitment: commitmentOf(content) };
}

function commitmentOf(content: string): Commitment {
  if (test(RE.hedge, content) || test(RE.negRaising, content)) return 'hedged';
  return test(RE.booster, content) ? 'boosted' : 'flat';
}

function test(re: RegExp, s: string): boolean {
  re.lastIndex = 0;
  return re.test(s);
}

function stanceOf(t: CompiledTopic, content: string, estimate: Estimate | undefined, scale: Scale): TopicStance {
  const plain = content.replace(RE.concessive, ' ');
  const base = {
    topic: t.topic.id, band: estimate?.band ?? null, range: estimate ? RANGES[scale][estimate.band] : null,
    phrase: estimate?.phrase ?? null, commitment: commitmentOf(content), condition: null, direction: directionOf(content),
  };
  const make = (stance: Stance | null, rule: string | null, extra: Partial<TopicStance> = {}): TopicStance => ({ ...base, stance, rule, ...extra });
  RE.conditional.lastIndex = 0;
  const cond = RE.conditional.exec(plain);
  if (cond) {
    const rest = plain.slice(cond.index + cond[0].length);
    const condition = rest.split(/,|\bthen\b|[.;]/u)[0]?.trim() ?? '';
    // "If the chances had been nil, the forces would have left": the antecedent is denied.
    if (/\bhad\b/i.test(condition) && /\bwould have\b/i.test(rest)) return make(null, 'counterfactual', { condition });
    return make('conditional', 'conditional', { condition });
  }
  if (estimate) return make(stanceOfBand(estimate.band), 'band');
  if (test(RE.negRaising, plain)) return make('unlikely', 'neg-raising');
  if (test(RE.capability, plain)) return make('unlikely', 'capability-denial');
  if (test(RE.refusal, plain) || (t.denials && t.denials.test(plain))) return make('unlikely', 'refusal');
  if (test(RE.holder, plain)) return make('possible', 'generic-holder');
  if (test(RE.intention, plain)) return make('likely', 'intention');
  if (test(RE.possibility, plain)) return make('possible', 'possibility');
  return make(null, null);
}

export function stanceOfBand(band: Band): Stance {
  const i = BANDS.indexOf(band);
  return i < 3 ? 'unlikely' : i > 3 ? 'likely' : 'possible';
}

function directionOf(content: string): 'up' | 'down' | null {
  RE.likelihood.lastIndex = 0;
  const m = RE.likelihood.exec(content);
  if (!m) return null;
  const after = content.slice(m.index, m.index + 80);
  if (test(RE.up, after)) return 'up';
  return test(RE.down, after) ? 'down' : null;
}
