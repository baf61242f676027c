// Closed-class English words (auxiliaries, prepositions, determiners, question words) in the
// places the attribution rules read them, from any English grammar's word classes. Sets,
// not array literals: the rules test them for every cue (issue 22).

/** Lemmas of the passive's auxiliary: "is expected to", "got told". */
export const PASSIVE_AUX: ReadonlySet<string> = new Set(['be', 'get']);
/** After a verb of accusing, what ties the accused to the deed: "accused X of …", "blamed X for …". */
export const ACCUSE_LINKS: ReadonlySet<string> = new Set(['of', 'for']);
/** What ties a participle to its object: "a memo seen by", "a source speaking to", "familiar with". */
export const AGENT_LINKS: ReadonlySet<string> = new Set(['by', 'to', 'with']);
export const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** What opens the thing asked: "asked if", "asked whether", "asked how". */
export const ASK_LINKS: ReadonlySet<string> = new Set(['if', 'whether', 'how']);
/** Words that lead a participle cue: "before saying", "while adding". */
export const PARTICIPLE_LEADS: ReadonlySet<string> = new Set(['before', 'after', 'while', 'by']);
/** Words that open an indirect question: "said why", "explained how". */
export const QUESTION_WORDS: ReadonlySet<string> = new Set(['why', 'how', 'whether']);
/** "at least", "at most": a quantity, not a place. */
export const SUPERLATIVES: ReadonlySet<string> = new Set(['least', 'most']);
/** Words that lead a time phrase after a cue: "said on Monday", "said last week". */
export const CUE_TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'earlier']);
