// classify: where a claim's source stands on a topic the claim bears on, first rule that
// applies (the list is in index.ts). Pure.
import {
  BANDS, type Band, CAPABILITY_DENIALS, CONCESSIVE, CONDITIONALS, EVIDENCE_DENIALS, EXPECTATIONS, INTENTIONS, NOT_RULED_OUT,
  POSSIBILITIES, RANGES, REFUSALS, type Scale,
} from '../../lexicons/estimative.js';
import { COMMITMENT_VERBS } from '../../lexicons/cues.js';
import type { Commitment, Estimate, Stance, TopicStance } from '../../types.js';
import { wordsPattern } from '../text/words.js';
import { directionOf, negRaising } from './estimate.js';
import type { CompiledTopic } from './topic.js';

/** The verbs of commitment of the cue lexicon, any form: "vow*", "promis*", "threaten*". */
const COMMITMENT_STEMS = [...COMMITMENT_VERBS].map((w) => `${w.replace(/e$/, '')}*`);

const RE = {
  conditional: wordsPattern(CONDITIONALS),
  concessive: wordsPattern([CONCESSIVE]),
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
} as const;

export function stanceOf(
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
  if (negRaising.test(plain) || (!!cue && (/\bdoubt/i.test(cue) || negRaising.test(cue)))) return make('unlikely', 'neg-raising');
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
