// classify: what each claim's wording says about how likely something is, and where its
// source stands on each topic the claim bears on. Pure. Rules (shared estimative.md §3):
//   topicality   the claim names the topic's event, denies it, or refers back to it
//                ("this", "such …"; "it", "that", "so" and a bare verdict, "Probably
//                not.", only to the sentence before) with
//                the topic's actors in view (before it, or just after); an answer bears
//                on what the interviewer's question before it named
//   stance, first rule that applies wins; in a claim of several sentences, a denial of
//   evidence, a likelihood word and a condition count only in a sentence that names the
//   event or refers to it:
//     conditional       if / unless / in the event of / "should X …" before its subject /
//                       "would only happen after …" (not "even if", not an analogy "like …
//                       if", not "if you mean …", not "if it is to happen"; a counterfactual,
//                       "if X had …, Y would have …", asserts nothing), when its sentence
//                       names the event or refers to it
//     evidence-denial   "no indication that …", "do not see any signs of …" (before the band:
//                       likelihood words inside what is denied do not count); none when what
//                       is denied is a state now ("no evidence that troops are in …")
//     certainty         "a question of when, not if"
//     not-ruled-out     "that is not to say it could not happen" (and below)
//     band              an estimative phrase, longest first, moved by intensifiers and
//                       flipped by a negation in the same clause; a level ("the risk … is
//                       high", "a high risk"); a number ("15 to 20 percent", "one in three");
//                       no position when it governs another verb ("likely aimed at …") or
//                       is half of a comparison ("the longer …, the more likely …");
//                       turned over when a negation and the event follow it in its clause
//                       ("more likely there will not be an attack")
//     not-ruled-out     "we cannot rule out an attack": possible, not a capability denial
//     neg-raising       "I don't think …", "does not believe …", "I doubt", "X doubts that …",
//                       "none of them think …" (before the band),
//                       "I can't see that happening"
//     capability-denial "unable to", "cannot" — said of the topic's actor or of the event
//                       (its subject or its object);
//                       "too afraid to take risks with …" with the event after "to"
//     refusal           "will not", "resists", "not to", and the topic's denials — likewise;
//                       "is out of the question" after the event
//     negated-event     "there will be no attack", "no attack is planned", "is not preparing
//                       an attack", "do not want to fight" (the cue may deny
//                       the will: "X does not want" + "to fight"), "this is not happening",
//                       "is not a reason for an attack"
//     reason-against    "it is not in the interests of X to …"
//     deterred          "has been deterred from an attack" (a modal before it is the
//                       deterrence's: "might have been deterred from" is no possibility)
//     generic-holder    "some fear …", "speculation", "a cause for concern"
//     intention         "is trying to", "is being prepared", "poised to", "vowed to" … with an
//                       event word in its clause; after a modal that governs it ("may be
//                       planning", "could conceivably be preparing") only a possibility
//     expectation       "expects", "predicted", "is expected to", with the event in its clause"
//     future            the actor, a plain future, the event in its verb phrase ("X will attack")
//     direction         "the risk is growing": a change with no level, no position
//     possibility       could / may / might: its own class, never "likely"
//   Deontic modals (must, should) carry no likelihood and are not read.
//   Files: topic.ts (does a claim bear on a topic), estimate.ts (its estimative wording),
//   stance.ts (the rules above), idioms.ts (fixed shapes of wording the rules read),
//   scope.ts (the clause, sentence and subject a trigger counts in); this file runs them
//   over an article's claims in order.
import type { Scale } from '../../lexicons/estimative.js';
import type { Commitment, Estimate, Span, Speaker, TopicStance } from '../../types.js';
import { commitmentOf, estimateOf, levelOf } from './estimate.js';
import { stanceOf } from './stance.js';
import { type CompiledTopic, bearsOn, hitsIn } from './topic.js';

export { type CompiledTopic, compileTopics } from './topic.js';
export { estimateOf } from './estimate.js';
export { stanceOfBand } from './stance.js';

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

/** The most words a bare verdict has: "Very, very unlikely indeed." */
const VERDICT_WORDS = 4;

/** Classifies the claims of one article, in order. */
export function classify(text: string, claims: readonly ClaimDraft[], topics: readonly CompiledTopic[], scale: Scale = 'icd203'): Classified[] {
  const topicalBy = new Map<string, Set<string>>(); // topic → speakers whose last claim bore on it
  // The actors' places in the text, searched once per article and only when asked for.
  const actorHits: Array<Array<readonly [number, number]> | undefined> = [];
  const actorsNear = (k: number): ReadonlyArray<readonly [number, number]> => {
    const t = topics[k];
    return (actorHits[k] ??= t?.actors ? hitsIn(t.actors, text) : []);
  };
  // The topics the interviewer's last question named: the answer after it bears on them,
  // though it names no event ("– Will the strike spread? – No, it will not, Vik answers.").
  let asked = new Set<string>();
  return claims.map((c) => {
    const question = c.rules.includes('attribute:interview-question');
    const askedNow = new Set<string>();
    const content = (c.condition ? `${c.condition}, ${c.text}` : c.text).replace(/’/g, "'");
    let estimate = estimateOf(content, scale);
    // A claim that is only a likelihood ("Probably not.", "Highly unlikely.").
    const verdict = !!estimate && content.split(/\s+/).length <= VERDICT_WORDS;
    let leveled = false; // a likelihood level is searched only in a claim on a topic (a rare case)
    let commitment: Commitment | undefined;
    const stances: TopicStance[] = [];
    topics.forEach((t, k) => {
      const bears = bearsOn(t, () => actorsNear(k), c, content, text, verdict);
      const who = c.speaker?.id ?? '';
      const continues = c.rules.some((r) => r === 'attribute:continues-last-speaker' || r === 'attribute:quote-continues') && topicalBy.get(t.topic.id)?.has(who);
      if (question) {
        if (bears) askedNow.add(t.topic.id); // a question takes no position of its own
        return;
      }
      if (bears || continues || asked.has(t.topic.id)) {
        if (!estimate && !leveled) { estimate = levelOf(content, scale); leveled = true; }
        commitment ??= estimate?.commitment ?? commitmentOf(content); // read only for a claim on a topic
        stances.push(stanceOf(t, content, estimate, scale, commitment, c.cue));
      }
      const set = topicalBy.get(t.topic.id) ?? new Set<string>();
      if (bears || continues || asked.has(t.topic.id)) set.add(who);
      else set.delete(who);
      topicalBy.set(t.topic.id, set);
    });
    asked = askedNow;
    const rules = [...c.rules, ...(estimate ? ['classify:estimate'] : []), ...stances.map((x) => `classify:${x.topic}:${x.rule ?? 'no-position'}`)];
    return { rules, estimate, topics: stances.length ? stances : undefined };
  });
}
