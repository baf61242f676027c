// classify: where a claim's source stands on a topic the claim bears on, first rule that
// applies (the list is in index.ts); where in the claim a trigger counts is scope.ts's. Pure.
import {
  BANDS, type Band, CAPABILITY_DENIALS, CONCESSIVE, CONDITIONALS, EVIDENCE_DENIALS, EXPECTATIONS, INTENTIONS, NOT_RULED_OUT,
  POSSIBILITIES, RANGES, REFUSALS, type Scale,
} from '../../lexicons/estimative.js';
import { COMMITMENT_VERBS } from '../../lexicons/cues.js';
import type { Commitment, Estimate, Stance, TopicStance } from '../../types.js';
import { type Words, wordsPattern } from '../text/words.js';
import { directionOf, negRaising } from './estimate.js';
import {
  BAND_ON_OTHER_VERB, BAND_VERB_SPAN, CANNOT_SEE, CORRELATIVE, DETERRED, EXCLUDED, HAPPENING_DENIED, NONE_THINK, NOT_IN_INTEREST, NOT_TO_SAY,
  NO_REASON, ONLY_ON, PRESENT_STATE, WHEN_NOT_IF,
} from './idioms.js';
import { type CompiledTopic, hitWithin, hitsIn } from './topic.js';
import {
  type Breaks, CLAUSE_START, SUBJECT_SPAN, breaksOf, clauseAround, conditionOnEvent, headIsEvent, inClause, inEventSentence, inScope,
  negatedBefore, negatedEventAfter, sentenceAround, subjectOf,
} from './scope.js';

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
  holder: wordsPattern(['some fear', 'fear', 'fears', 'feared', 'speculation', 'worry', 'worries', 'warnings', 'concern', 'concerns', 'concerned']),
  intention: wordsPattern(INTENTIONS),
  expectation: wordsPattern(EXPECTATIONS),
  possibility: wordsPattern(POSSIBILITIES),
} as const;

export function stanceOf(
  t: CompiledTopic, content: string, estimate: Estimate | undefined, scale: Scale, commitment: Commitment, cue?: string,
): TopicStance {
  // "a question of when, not if": its "if" sets no condition.
  const certain = WHEN_NOT_IF.test(content);
  const plain = RE.concessive.replace(certain ? content.replace(WHEN_NOT_IF, ' ') : content, ' ');
  let breaks: Breaks | undefined; // the claim's clause breaks and event words, found once when a rule asks
  const br = (): Breaks => (breaks ??= breaksOf(t, plain));
  const band = estimate?.band ?? null;
  const direction = directionOf(content);
  // Written out, not spread: this runs for every claim on a topic (issue 7).
  const make = (stance: Stance | null, rule: string | null, condition: string | null = null): TopicStance => ({
    topic: t.topic.id, band, range: band ? RANGES[scale][band] : null, phrase: estimate?.phrase ?? null,
    commitment, condition, direction, stance, rule,
  });
  // "like re-running a race if you had lost the horse", "as if": an analogy, no condition.
  // "If you mean an attack on the capital, …" names what is spoken of: no condition either.
  const noCondition = (c: { index: number; text: string }): boolean => ANALOGY.test(plain.slice(Math.max(0, plain.lastIndexOf(',', c.index) + 1), c.index))
    || SPEAKING_OF.test(plain.slice(c.index + c.text.length, c.index + c.text.length + SPEAKING_SPAN))
    || PURPOSE.test(plain.slice(c.index + c.text.length, c.index + c.text.length + SPEAKING_SPAN));
  let cond = RE.conditional.find(plain);
  while (cond && noCondition(cond)) cond = RE.conditional.find(plain, cond.index + 1);
  // "Should the talks fail, …": "should" before its subject, at a clause's start (a
  // question, "Should the union strike?", asks and sets no condition).
  const inverted = cond ? null : INVERTED_SHOULD.exec(plain);
  if (inverted && !plain.includes('?')) cond = { index: inverted.index + inverted[0].toLowerCase().lastIndexOf('should'), text: 'should' };
  // "it would only happen after the talks": the event comes only on a later condition.
  const only = cond ? null : ONLY_ON.exec(plain);
  if (only) cond = { index: only.index, text: only[0] };
  // A condition bears on the event only when its sentence names the event or refers to it
  // ("if the talks drag on, we will spend the year on pay" does neither).
  // ("It would only happen after …" speaks of the event itself, whatever "it" is.)
  if (cond && !only && !conditionOnEvent(plain, cond.index, br)) cond = null;
  if (cond) {
    const rest = plain.slice(cond.index + cond.text.length);
    const condition = rest.split(/,|\bthen\b|[.;]/u)[0]?.trim() ?? '';
    // "If the risk had been real, the ships would have stayed": the antecedent is denied.
    if (/\bhad\b/i.test(condition) && /\bwould have\b/i.test(rest)) return make(null, 'counterfactual', condition);
    return make('conditional', 'conditional', condition);
  }
  // "We do not see any signs of an imminent attack": no evidence for the event outweighs
  // the likelihood words inside what is denied.
  // Not "no evidence that troops are in the country": that the event has not happened yet
  // says nothing of whether it will.
  const noEvidence = RE.noEvidence.find(plain) ?? NEGATED_EVIDENCE.exec(plain);
  if (noEvidence && inEventSentence(plain, noEvidence.index, br)) return make(PRESENT_STATE.test(plain.slice(noEvidence.index)) ? null : 'unlikely', 'evidence-denial');
  if (certain) return make('likely', 'certainty');
  if (NOT_TO_SAY.test(plain)) return make('possible', 'not-ruled-out');
  // "None of the crews think a strike is more likely than not": the belief denied, first.
  if (NONE_THINK.test(plain)) return make('unlikely', 'neg-raising');
  const at = estimate ? plain.toLowerCase().indexOf(estimate.phrase.toLowerCase()) : -1;
  if (estimate && inEventSentence(plain, at, br)) {
    if (!bandGoverns(content, estimate.phrase)) return make(null, 'band');
    const said = stanceOfBand(estimate.band);
    // "More likely there will not be a strike": the likelihood of the event's not coming.
    const flipped = at >= 0 && negatedEventAfter(plain, at + estimate.phrase.length, br);
    return make(flipped ? FLIP[said] : said, 'band');
  }
  // ("doesn't rule out": the list's "n't rule out" cannot match inside a word, so "n't" is read as "not".)
  if (RE.notRuledOut.test(plain) || RE.notRuledOut.test(plain.replace(/n't\b/g, ' not'))) return make('possible', 'not-ruled-out');
  // The cue may exclude the event itself ("X has ruled out" + "another strike"), or not
  // ("X did not rule out" + "a strike").
  if (cue && RE.notRuledOut.test(cue.replace(/n't\b/g, ' not'))) return make('possible', 'not-ruled-out');
  if (cue && /\brul(?:e|es|ed|ing)\s+out\b/i.test(cue) && br().events.length) return make('unlikely', 'refusal');
  // In the content ("I don't think …") or in the cue ("does not believe", "doubts").
  if (negRaising.test(plain) || CANNOT_SEE.test(plain) || (!!cue && (/\bdoubt/i.test(cue) || negRaising.test(cue)))) return make('unlikely', 'neg-raising');
  if (deniesEvent(t, RE.capability, plain, br) || tooToEvent(plain, br)) return make('unlikely', 'capability-denial');
  if (deniesEvent(t, RE.refusal, plain, br) || deniesEvent(t, ADVERBED_REFUSAL, plain, br) || (t.denials && t.denials.test(plain))) return make('unlikely', 'refusal');
  const excluded = EXCLUDED.exec(plain);
  if (excluded && hitWithin(br().events, sentenceAround(plain, excluded.index)[0], excluded.index)) return make('unlikely', 'refusal');
  // "There will be no attack", "they do not want to fight": the event itself negated, or
  // an intention to it denied.
  // The cue may deny the will itself: "X does not want" + "to fight".
  const willDenied = !!cue && /^to\s/i.test(plain) && negatedEvent(t, `${cue} ${plain}`);
  if (willDenied || negatedEvent(t, plain) || HAPPENING_DENIED.test(plain) || inScope(NO_REASON, plain, br)) return make('unlikely', 'negated-event');
  if (NOT_IN_INTEREST.test(plain)) return make('unlikely', 'reason-against');
  // "has been deterred from a strike", "might have been deterred from …": the modal is the
  // deterrence's, and either way the event is held off (not "was not deterred from").
  if (inScope(DETERRED, plain, br)) return make('unlikely', 'deterred');
  if (RE.holder.test(plain)) return make('possible', 'generic-holder');
  const committed = RE.committedTo.test(plain) || (!!cue && RE.commitment.test(cue) && /^to\s/i.test(plain));
  const intended = inClause(RE.intention, plain, br);
  // "is not preparing an attack", "not in any way linked to preparations for …".
  if (intended && negatedBefore(plain, intended.index, br)) return make('unlikely', 'negated-event');
  // "Russia may be planning an attack", "could conceivably be preparing": a modal that governs
  // the intention (only adverbs and "be" between them) makes it a possibility.
  if (intended && GOVERNING_MODAL.test(plain.slice(0, intended.index))) return make('possible', 'possibility');
  if (intended || committed) return make('likely', 'intention');
  // An expectation in the claim's own words must have the event in its clause ("people
  // expect us to work together" expects something else); the cue's covers the whole claim.
  if (inClause(RE.expectation, plain, br) || (!!cue && RE.expectation.test(cue))) return make('likely', 'expectation');
  // "The union will strike next week": the actor, a plain future, the event after it.
  if (futureOfActor(t, plain)) return make('likely', 'future');
  // "The risk is growing", "chances are fading": a change with no level states no position.
  if (direction) return make(null, 'direction');
  // "May" with a capital inside a sentence is a name or a month ("Anna May", "in May"), no modal.
  if (RE.possibility.test(plain.replace(NAME_MAY, ' '))) return make('possible', 'possibility');
  return make(null, null);
}

/**
 * True unless the estimative phrase governs another verb ("most likely indicate that …") or
 * is one half of a correlative comparison ("the longer it lasts, the more likely …"): then
 * it says nothing of the event, or only how its chance moves.
 */
function bandGoverns(content: string, phrase: string): boolean {
  const at = content.toLowerCase().indexOf(phrase.toLowerCase());
  return at < 0 || !(BAND_ON_OTHER_VERB.test(content.slice(at + phrase.length, at + phrase.length + BAND_VERB_SPAN))
    || CORRELATIVE.test(content.slice(Math.max(0, at - BAND_VERB_SPAN), at)));
}

/**
 * A plain future of the topic's actor with the event in its verb phrase: "the union will
 * strike", "they are going to walk out", "will go to war": at most three words between, and
 * no preposition that makes the event a mere time or circumstance ("will meet before the strike").
 */
const FUTURE = /\b(?:will|shall|is\s+going\s+to|are\s+going\s+to)\s+((?:[\p{L}'’-]+\s+){0,3}?)$/iu;
const FUTURE_WORDS = /\b(?:will|shall|going)\b|['’]ll\b/iu;
/** "the crews'll strike" is read as "the crews will strike". */
const CONTRACTED_WILL = /(\p{L})['’]ll\b/gu;
const NOT_THE_VERB = /\b(?:before|after|until|till|since|during|without|despite|instead|not|never)\b/i;
/** How far before an event word its future and subject are looked for. */
const FUTURE_SPAN = 200;

function futureOfActor(t: CompiledTopic, text: string): boolean {
  if (!t.actors || !FUTURE_WORDS.test(text)) return false;
  const norm = text.replace(CONTRACTED_WILL, '$1 will');
  for (const [from] of hitsIn(t.events, norm)) {
    const before = norm.slice(Math.max(0, from - FUTURE_SPAN), from);
    const m = FUTURE.exec(before);
    if (!m || NOT_THE_VERB.test(m[1] ?? '')) continue;
    const lead = before.slice(0, m.index);
    let start = 0;
    for (const c of lead.matchAll(CLAUSE_START)) start = c.index + c[0].length;
    if (t.actors.test(subjectOf(lead.slice(start)))) return true;
  }
  return false;
}

const NAME_MAY = /(?<!(?:^|[.!?:;"“”]\s*))\bMay\b/gu;

/** "there will be no" right before an event word (one word may stand between), or a denied will to it: "do not want to fight", "are not going to join". */
const NO_BEFORE = /\bthere\s+(?:is|are|was|were|will\s+be|would\s+be|can\s+be)\s+no\s+(?:[\p{L}-]+\s+)?$/iu;
/** "no" opening a clause right before the event: "no strike will be held", "that no attack is planned" (not "sent no strike notice"). */
const NO_LEAD = /(?:^|[;:]\s*|\b(?:that|and|but)\s+)no\s+(?:[\p{L}-]+\s+)?$/iu;
/** What comes of the event ahead: a future, a modal, or a plan ("will be held", "is planned", "can take place"). */
const AHEAD = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:will|would|shall|can|could|(?:is|are)\s+(?:planned|expected|likely|going|foreseen|envisaged))\b/iu;
const DENIED_WILL = /(?:\bnot|\bnever|n't)\s+(?:want|wish|intend|plan|going|seek)\w*\s+to\s+(?:\p{L}+\s+)?$/iu;

/** The longest phrase NO_BEFORE and DENIED_WILL read before an event word, in characters: a bound for speed, not for meaning. */
const NEGATION_SPAN = 60;

function negatedEvent(t: CompiledTopic, text: string): boolean {
  for (let hit = t.events.find(text); hit; hit = t.events.find(text, hit.index + 1)) {
    const span = text.slice(Math.max(0, hit.index - NEGATION_SPAN), hit.index);
    const before = span.slice(span.lastIndexOf(',') + 1);
    if (NO_BEFORE.test(before) || DENIED_WILL.test(before.replace(/’/g, "'"))) return true;
    // "no strike will be held", "no attack is planned"; not "no troops have arrived" (a state now).
    if (NO_LEAD.test(before) && AHEAD.test(text.slice(hit.index + hit.text.length, hit.index + hit.text.length + NEGATION_SPAN))) return true;
    // "neither the board nor the union wants a strike": a will denied to both.
    const wide = text.slice(Math.max(0, hit.index - NEITHER_SPAN), hit.index);
    if (NEITHER_WANTS.test(wide.slice(wide.lastIndexOf('.') + 1))) return true;
  }
  return false;
}

/** "neither X nor Y want(s) (to) …" right before an event word (a word may stand between). */
const NEITHER_WANTS = /\bneither\b[^,;:]*\bnor\b[^,;:]*\b(?:want|wants|wanted|wish|wishes|intend|intends)\s+(?:to\s+)?(?:[\p{L}-]+\s+)?$/iu;
/** How far back "neither" is looked for: two short subjects and the verb fit. */
const NEITHER_SPAN = 120;

/** A denied sighting of evidence: "do not see any signs of", "hasn't seen any indication that", "found no evidence". */
// ("n't" is glued to its verb, so it needs no word boundary before it: "hasn't", "don't".)
const NEGATED_EVIDENCE = /(?:\bnot|\bnever|n[’']t)\s+(?:\p{L}+ly\s+)?(?:see|seen|find|found|have|has)\s+(?:any\s+)?(?:\p{L}+\s+)?(?:signs?|evidence|indications?)\b/iu;

/**
 * "will certainly not", "would “definitely not”": a refusal with adverbs (in quotation marks
 * or not) between the modal and "not", which the refusal list's "would not" cannot match.
 */
const ADVERBED_REFUSAL: Words = (() => {
  const re = /\b(?:will|would)\s+["“‘']?(?:\p{L}+ly\s+)+not\b["”’']?/giu;
  const find = (s: string, from = 0): { index: number; text: string } | null => {
    re.lastIndex = from;
    const m = re.exec(s);
    return m ? { index: m.index, text: m[0] } : null;
  };
  return { find, test: (s) => find(s) !== null, replace: (s, by) => s.replace(re, by) };
})();

/** "like …" or "as" right before a conditional word: an analogy, not a condition. */
const ANALOGY = /\blike\b|\bas\s*$/i;

/** "should" at a clause's start before a subject: an inverted condition ("Should the talks fail"). */
const INVERTED_SHOULD = /(?:^|[,;:–—]\s*|\b(?:and|but|that)\s+)[Ss]hould\s+((?:the|a|an|this|that|these|those|they|we|he|she|it|you|\p{Lu}[\p{L}-]*)\b)/u;

/** Right after "if": what the speaker means or speaks of ("if you mean …", "if we are talking about …"). */
const SPEAKING_OF = /^\s+(?:you|we|one|they)\s+(?:mean|means|meant|are\s+talking|talk|are\s+speaking|speak)\b/i;
const SPEAKING_SPAN = 40;
/** "if it is to happen, …", "if the strike is to work, …": what the event needs, no condition on it. */
const PURPOSE = /^\s+(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were)\s+to\s|^\s+(?:it|this|that|they)'(?:s|re)\s+to\s/iu;

/**
 * "too afraid to take the risk", "too weak to launch an attack": "too" and at most four words,
 * then "to" and the event in its scope; not "not too late to strike" (it may still happen),
 * nor "too tempting to resist", "too easy to" (which lean the other way).
 */
const TOO_TO = /(?<!\bnot\s|n[’']t\s|\bnever\s)\btoo\s+(?!easy\b|tempting\b|good\b|important\b)(?:[\p{L}'’-]+\s+){1,4}?to\s/giu;

function tooToEvent(text: string, br: () => Breaks): boolean {
  for (const m of text.matchAll(TOO_TO)) {
    const after = m.index + m[0].length;
    const [, end] = clauseAround(br(), m.index, after, text.length);
    if (hitWithin(br().events, after, end)) return true;
  }
  return false;
}

/**
 * could / may / might right before, with only adverbs, "be", "have (been)", a light "make"
 * ("might make attempts to") or a verb that states a resolve ("might show its willingness
 * to", "may say its priority is to") between.
 */
const GOVERNING_MODAL = /\b(?:could|may|might)\s+(?:(?:[\p{L}]+ly|well|even|also|still|already|just|indeed)\s+)*(?:have\s+been\s+|have\s+|be\s+)?(?:(?:be\s+)?(?:making|make|made)\s+(?:\p{L}+\s+)?|(?:show|declare|state|express|say)\s+(?:its|their|his|her|our|my)\s+(?:\p{L}+\s+)?)?$/iu;

/**
 * A refusal or inability denies the event when it is said of the topic's actor ("Belarus
 * will not attack") or of the event itself ("it will not join the war"): the actor in the
 * clause before it, or an event word in the clause after it. Not "an attack the West will
 * not be able to stop", nor "…, and Kyiv will not be ready".
 */
function deniesEvent(t: CompiledTopic, words: Words, text: string, br: () => Breaks): boolean {
  for (let hit = words.find(text); hit; hit = words.find(text, hit.index + 1)) {
    const after = hit.index + hit.text.length;
    const [start, end] = clauseAround(br(), hit.index, after, text.length);
    // The subject is the last words before the verb group: a bounded look back for speed.
    const subject = subjectOf(text.slice(Math.max(start, hit.index - SUBJECT_SPAN), hit.index));
    // The actor ("the union will not …"), the event as the subject's head ("strikes cannot
    // come every year"), or the event after the denial.
    if (t.actors?.test(subject) || headIsEvent(t, subject) || hitWithin(br().events, after, end)) return true;
  }
  return false;
}

/** The stance of a likelihood said of the event's not coming. */
const FLIP: Readonly<Record<Stance, Stance>> = { likely: 'unlikely', unlikely: 'likely', possible: 'possible', conditional: 'conditional' };

export function stanceOfBand(band: Band): Stance {
  const i = BANDS.indexOf(band);
  return i < 3 ? 'unlikely' : i > 3 ? 'likely' : 'possible';
}
