// Estimative language: phrases that state a likelihood, the words that move, negate, hedge
// or boost them, and the probability scales. Origin: ../../docs of the shared material
// (estimative.md: ICD 203, UK PHIA yardstick, NATO, Kent 1964; survey medians from
// CAPphrase and zonination/perceptions). See ./README.md.

/** ICD 203 bands, from lowest to highest. */
export const BANDS = ['almost-no-chance', 'very-unlikely', 'unlikely', 'roughly-even', 'likely', 'very-likely', 'almost-certain'] as const;
export type Band = (typeof BANDS)[number];

/**
 * Phrase → band, matched longest first on lower-case words. Intensifiers are separate
 * (INTENSIFIERS) unless the phrase is a fixed one of a scale ("highly unlikely").
 */
export const PHRASES: ReadonlyArray<readonly [string, Band]> = [
  ['almost no chance', 'almost-no-chance'], ['remote chance', 'almost-no-chance'],
  ['remote possibility', 'almost-no-chance'], ['almost certainly not', 'almost-no-chance'],
  ['extremely unlikely', 'almost-no-chance'], ['extremely improbable', 'almost-no-chance'],
  ['impossible', 'almost-no-chance'], ['almost impossible', 'almost-no-chance'], ['virtually impossible', 'almost-no-chance'],
  ['nearly impossible', 'almost-no-chance'], ['unthinkable', 'almost-no-chance'], ['inconceivable', 'almost-no-chance'],
  ['highly unlikely', 'very-unlikely'], ['very unlikely', 'very-unlikely'], ['highly improbable', 'very-unlikely'],
  ['little chance', 'very-unlikely'], ['chances are slight', 'very-unlikely'],
  ['unlikely', 'unlikely'], ['improbable', 'unlikely'], ['probably not', 'unlikely'], ['doubtful', 'unlikely'],
  ['hard to imagine', 'unlikely'], ['difficult to imagine', 'unlikely'],
  ['roughly even', 'roughly-even'], ['about even', 'roughly-even'], ['even chance', 'roughly-even'],
  ['fifty-fifty', 'roughly-even'], ['toss-up', 'roughly-even'], ['realistic possibility', 'roughly-even'],
  ['real possibility', 'roughly-even'], ['distinct possibility', 'roughly-even'], ['serious possibility', 'roughly-even'],
  ['better than even', 'likely'], ['most likely', 'likely'], ['likely', 'likely'], ['probable', 'likely'],
  ['imminent', 'likely'],
  ['probably', 'likely'],
  ['highly likely', 'very-likely'], ['very likely', 'very-likely'], ['highly probable', 'very-likely'],
  ['very good chance', 'very-likely'],
  ['almost certain', 'almost-certain'], ['almost certainly', 'almost-certain'], ['nearly certain', 'almost-certain'],
  ['virtually certain', 'almost-certain'], ['extremely likely', 'almost-certain'],
];

/** Words before a phrase that move its band outward: one step, or to the extreme. */
export const INTENSIFIERS: ReadonlyMap<string, 1 | 3> = new Map([
  ['very', 1], ['highly', 1], ['quite', 1], ['extremely', 3], ['exceptionally', 3],
]);

/** Negators that flip a band in the same clause ("not likely"). */
export const NEGATORS: ReadonlySet<string> = new Set(['not', "n't", 'never', 'no', 'hardly']);

/** Words that end a negation's scope. */
export const SCOPE_ENDS: ReadonlySet<string> = new Set(['but', 'except', 'however', ';', 'although', 'though', 'yet']);

/** Capability denial about the event's actor: "is unable to", "cannot". */
export const CAPABILITY_DENIALS: readonly string[] = [
  'unable to', 'cannot', 'can not', "can't", 'could not', "couldn't", 'not able to', 'incapable of',
  'lacks the capacity', 'lack the capacity', 'lacks the forces', 'lack the forces', 'lacks the troops', 'lack the troops',
  'lacks the means', 'lack the means', 'will not be able to', "won't be able to", 'in no position to', 'not in a position to',
];

/** Refusal and negative intent: "will not", "resists calls to", "no plans to". */
export const REFUSALS: readonly string[] = [
  'will not', "won't", 'would not', 'not to', 'no intention', 'no plans', 'no plan to', 'refuse',
  'refuses', 'refused', 'resist', 'resists', 'resisted', 'reject', 'rejects', 'rejected', 'rule out',
  'rules out', 'ruled out', 'avoid', 'avoids', 'oppose', 'opposes', 'opposed to',
];

/**
 * Neg-raising: a negated belief reads as belief in the negation ("I don't think X will"),
 * and so does doubt ("I doubt X will"; also the cue "X doubts that …").
 */
export const NEG_RAISING: readonly string[] = [
  "don't think", 'do not think', "doesn't think", 'does not think', "don't believe", 'do not believe',
  "doesn't believe", 'does not believe', "don't expect", 'do not expect', 'does not expect', "doesn't expect",
  'i doubt', 'we doubt',
  // A belief no one holds, in the present ("nobody expects a strike"); not the past ("no one
  // expected it" may report a surprise at what happened).
  'no one expects', 'nobody expects', 'no one thinks', 'nobody thinks', 'no one believes', 'nobody believes',
  'no one is thinking', 'nobody is thinking',
];

/** A possibility not excluded ("we cannot rule out an attack"): possible, not a denial. */
export const NOT_RULED_OUT: readonly string[] = [
  'cannot rule out', 'can not rule out', "can't rule out", 'could not rule out', "couldn't rule out",
  'not rule out', "n't rule out", 'not ruling out', 'cannot be ruled out', "can't be ruled out", 'not be ruled out',
  'not been ruled out', 'cannot exclude', "can't exclude", 'cannot be excluded',
  // A renunciation refused keeps the option open: "will never renounce the use of force".
  'never renounce', 'not renounce', "won't renounce", 'refuses to renounce', 'refused to renounce', 'never rule out',
];

/**
 * Denied evidence: the source sees nothing that points to the event ("I see no indication
 * that X is preparing an attack"), so the event is unlikely to it, not intended. A risk
 * denied reads the same ("there is no threat of a strike"): "threat" alone is a possibility.
 */
export const EVIDENCE_DENIALS: readonly string[] = [
  'no sign', 'no signs', 'no indication', 'no indications', 'no evidence', 'no reason to believe', 'nothing to suggest',
  'no threat', 'no risk', 'no danger',
];

/** Intention and preparation: the event is being sought ("is trying to", "plans to"). */
export const INTENTIONS: readonly string[] = [
  'trying to', 'tries to', 'try to', 'attempt', 'attempts', 'attempting', 'plan to', 'plans to',
  'planning', 'preparing', 'prepares', 'is being prepared', 'are being prepared', 'intends to',
  'intend to', 'aims to', 'aim to', 'determined to', 'seeks to', 'seeking to',
  // Readiness and preparation: "poised to cross", "set to invade", "preparations for an attack".
  'poised to', 'set to', 'ready to', 'preparations for', 'making preparations', 'prepare to',
  // Resolve stated as a noun or a priority: "her determination to hold a vote", "would prioritise a vote".
  'determination to', 'determination is to', 'willingness to', 'readiness to', 'prioritise', 'prioritize',
  'prioritises', 'prioritizes', 'priority is to', 'every effort to',
];

/** Expectation: the source thinks the event will come ("expects Russia to try again"). */
export const EXPECTATIONS: readonly string[] = [
  'expect', 'expects', 'expected', 'expecting', 'anticipate', 'anticipates', 'anticipated', 'predict', 'predicts', 'predicted',
];

/** Possibility without a lean, and generic holders ("some fear"). */
export const POSSIBILITIES: readonly string[] = [
  'could', 'may', 'might', 'possible', 'possibly', 'possibility', 'fear', 'fears', 'feared',
  'risk', 'risks', 'threat', 'threats', 'speculation',
];

/** Conditions: the likelihood depends on something stated. "even if" concedes, not conditions. */
export const CONDITIONALS: readonly string[] = [
  'if', 'unless', 'in the event of', 'provided that', 'only if', 'as long as', 'only when',
  'under the right circumstances', 'under certain circumstances', 'in certain circumstances', 'under certain conditions',
];
export const CONCESSIVE = 'even if';

/** Hedges lower commitment; boosters raise it. The band stays (ICD 203 keeps them apart). */
export const HEDGES: readonly string[] = [
  'i tend to think', 'tend to think', 'i think', 'i believe', 'we believe', 'perhaps', 'maybe', 'it seems',
  'arguably', 'i suspect', 'in my view', 'probably',
];
export const BOOSTERS: readonly string[] = [
  'certainly', 'definitely', 'clearly', 'without doubt', 'no doubt', 'undoubtedly', 'all evidence',
  'proves', 'surely', 'obviously',
];

/** "the risk is growing": a change of likelihood, not a level. */
export const LIKELIHOOD_NOUNS: readonly string[] = ['likelihood', 'probability', 'chance', 'chances', 'risk', 'odds', 'threat', 'danger'];

/**
 * Levels a likelihood noun is said to have ("the probability of an offensive is low"), as
 * the band the plain phrase would give ("low chance" reads as unlikely). Ours, by analogy
 * with the survey's "little chance" and "remote chance"; an intensifier moves them as usual.
 */
export const LIKELIHOOD_LEVELS: ReadonlyMap<string, Band> = new Map([
  ['low', 'unlikely'], ['slim', 'unlikely'], ['small', 'unlikely'],
  ['remote', 'very-unlikely'], ['minimal', 'very-unlikely'], ['negligible', 'very-unlikely'],
  ['high', 'likely'], ['considerable', 'likely'],
  ['zero', 'almost-no-chance'], ['close to zero', 'almost-no-chance'], ['near zero', 'almost-no-chance'], ['nil', 'almost-no-chance'],
]);
export const UP_WORDS: readonly string[] = [
  'increase', 'increases', 'increased', 'increasing', 'rise', 'rises', 'risen', 'rising', 'grow', 'grows', 'grown', 'growing',
  'more likely', 'higher',
];
export const DOWN_WORDS: readonly string[] = [
  'decrease', 'decreases', 'decreased', 'decreasing', 'fall', 'falls', 'fallen', 'falling', 'diminish', 'diminished',
  'less likely', 'lower', 'shrink', 'shrinking',
];

export type Scale = 'icd203' | 'phia' | 'nato' | 'kent';
export const SCALES: readonly Scale[] = ['icd203', 'phia', 'nato', 'kent'];

/** Percent range of each band on each scale (estimative.md §1). */
export const RANGES: Readonly<Record<Scale, Readonly<Record<Band, readonly [number, number]>>>> = {
  icd203: {
    'almost-no-chance': [1, 5], 'very-unlikely': [5, 20], unlikely: [20, 45], 'roughly-even': [45, 55],
    likely: [55, 80], 'very-likely': [80, 95], 'almost-certain': [95, 99],
  },
  phia: {
    'almost-no-chance': [0, 5], 'very-unlikely': [10, 20], unlikely: [25, 35], 'roughly-even': [40, 50],
    likely: [55, 75], 'very-likely': [80, 90], 'almost-certain': [95, 100],
  },
  nato: {
    'almost-no-chance': [0, 10], 'very-unlikely': [0, 10], unlikely: [10, 40], 'roughly-even': [40, 60],
    likely: [60, 90], 'very-likely': [90, 100], 'almost-certain': [90, 100],
  },
  kent: {
    'almost-no-chance': [2, 12], 'very-unlikely': [2, 12], unlikely: [20, 40], 'roughly-even': [40, 60],
    likely: [63, 87], 'very-likely': [63, 87], 'almost-certain': [87, 99],
  },
};
