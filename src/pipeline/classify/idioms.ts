// classify: fixed shapes of wording that take a position on an event without the usual
// words, each a regular expression read by stance.ts. Pure. Sources: the wording rules of
// the shared estimative.md §3 and common English idiom; every shape has its cases, with
// the trigger in the wrong place, in test/stance-idioms.test.ts.

/**
 * "I can't see that happening", "we don't see it", he "can't see" it: not seeing the event
 * come reads as belief that it will not (neg-raising). Quotation marks may stand between.
 */
export const CANNOT_SEE = /(?:\bcan(?:not|\s+not|'t)|\b(?:do|does|did)(?:\s+not|n't))\s*["“”']?\s*see\b(?!\s+(?:any\s+)?(?:signs?|evidence|indications?|reason)\b)/iu;

/** "this is not happening", "it won't happen", "that will never happen": the event referred to, denied. */
export const HAPPENING_DENIED = /\b(?:it|that|this)\s+(?:(?:is|was|will|would)\s+(?:not|never)|isn't|won't|wouldn't|will\s+never)\s+(?:be\s+)?happen(?:s|ing)?\b/iu;

/**
 * "That's not to say it couldn't happen", "which is not to say they won't": a denial
 * denied, so the event stays open: possible. "n't" or "not" after the phrase, in its clause.
 */
export const NOT_TO_SAY = /\bnot\s+to\s+say\s+(?:that\s+)?[^.;:]{0,60}?(?:n't|\bnot\b|\bnever\b)/iu;

/** "a question of when, not if", "not if but when": the event is taken as certain to come. */
export const WHEN_NOT_IF = /\bwhen,?\s+not\s+if\b|\bnot\s+if,?\s+but\s+when\b/iu;

/** "is not a reason for", "no reason to": the event has no ground, in its clause after. */
export const NO_REASON = /\b(?:not\s+a|no)\s+reason\s+(?:for|to)\b/giu;

/** "it would only happen after the talks", "will only come in a new year": the event waits on a condition. */
export const ONLY_ON = /\bonly\s+(?:happen|come|take\s+place|go\s+ahead)\s+(?:in|after|once|when)\b/iu;

/**
 * A belief no one of a group holds: "none of the crews think …", "neither side believes …".
 * Read before any likelihood word inside what they do not think.
 */
export const NONE_THINK = /\b(?:none|neither|no\s+one|nobody)\s+(?:of\s+(?:them|us|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+|[\p{L}-]+\s+)?(?:think|thinks|believe|believes|expect|expects)\b/iu;

/** "is out of the question", "remains off the table", "is not on the cards": the event excluded. */
export const EXCLUDED = /\b(?:is|are|was|were|remains?|seems?)\s+(?:\p{L}+ly\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table|not\s+on\s+the\s+(?:table|agenda|cards))/iu;

/** "deterred from", "dissuaded from", "held back from": the event kept off (not after "not" or "never"). */
export const DETERRED = /(?<!\b(?:not|never)\s+(?:been\s+|be\s+)?)\b(?:deterred|dissuaded|discouraged|held\s+back|kept)\s+from\b/giu;

/** "it is not in the interests of the union to …": a reason against the event, read as unlikely. */
export const NOT_IN_INTEREST = /\b(?:not|never)\s+in\s+(?:the|its|their|his|her|our|my|your|anyone's)\s+(?:own\s+|best\s+)?interests?\b/iu;

/**
 * A likelihood word that governs another verb: "most likely indicate that …", "is likely
 * aimed at …", "likely to continue". What follows is about that verb (what a report shows,
 * what a move is meant for), not about whether the event comes.
 */
export const BAND_ON_OTHER_VERB = /^\s+(?:to\s+)?(?:be\s+)?(?:indicates?|indicated|suggests?|suggested|reflects?|reflected|means?|meant|aimed|intended|designed|continues?|continued|shows?|showed)\b/iu;

/** "the more likely", "the less likely": one half of a correlative comparison ("the longer …, the more likely …"). */
export const CORRELATIVE = /\bthe\s+(?:more|less)\s+$/iu;

/**
 * What is denied is a state now, or the event as already done: "no evidence that troops are
 * in the country", "no sign that they have crossed". Not "no sign that they are preparing".
 */
export const PRESENT_STATE = /^[^.;]*?\bthat\s+[^.;]*?\b(?:(?:are|is|were|was)\s+(?:already\s+|now\s+|currently\s+)?(?:in|inside|on|at|present)\b|(?:have|has)\s+(?:already\s+)?(?:been\s+(?:in|inside|sent|deployed)|moved|entered|crossed|arrived|joined)\b)/iu;

/** How far the estimative phrase's verb is looked for, in characters after the phrase. */
export const BAND_VERB_SPAN = 30;
