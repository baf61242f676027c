// Reporting cues: the words that attribute content to a source. Origin and rules for
// adding entries: ./README.md. Lemmas are matched on wink's `lemma` of a VERB token.

/** Verbs of saying and writing: "X said (that) …", "…, writes X". */
export const SPEECH_VERBS: ReadonlySet<string> = new Set([
  'accuse', 'acknowledge', 'add', 'admit', 'advise', 'affirm', 'agree', 'allege', 'announce', 'answer', 'argue', 'ask',
  'assert', 'assess', 'assure', 'blame', 'boast', 'caution', 'charge', 'cite', 'claim', 'comment', 'express',
  'clarify', 'complain', 'concede', 'criticize', 'conclude', 'confirm', 'contend', 'counter', 'declare', 'deny',
  'describe', 'disclose', 'emphasize', 'estimate', 'exclaim', 'explain', 'indicate', 'insist', 'inform', 'joke',
  'maintain', 'mention', 'mutter', 'note', 'observe', 'pledge', 'post', 'predict', 'proclaim', 'promise', 'quip',
  'recall', 'reiterate', 'remark', 'repeat', 'reply', 'report', 'respond', 'reveal', 'say', 'shout', 'state', 'stress',
  'suggest', 'tell', 'testify', 'threaten', 'tweet', 'underline', 'underscore', 'urge', 'voice', 'vow', 'warn', 'whisper', 'wonder',
  'write', 'yell',
]);

/**
 * Verbs of stated belief and intention ("X believes …", "X fears …"). They attribute a
 * position, but unlike speech verbs they do not end a colon-introduced quote block.
 */
export const BELIEF_VERBS: ReadonlySet<string> = new Set([
  'believe', 'consider', 'doubt', 'expect', 'fear', 'feel', 'hope', 'intend', 'plan', 'think', 'want',
  'worry',
]);

/**
 * Adjectives of belief that attribute a view after "be" and before "that": "analysts are
 * concerned that …", "she was confident that …". From the belief verbs' adjectives in
 * reporting style guides; only with "that", so "a concerned look" reports nothing.
 */
export const BELIEF_ADJECTIVES: ReadonlySet<string> = new Set([
  'concerned', 'worried', 'confident', 'convinced', 'afraid', 'hopeful', 'fearful', 'certain', 'sure',
]);

/**
 * Speech verbs with an everyday sense too ("maintain the fleet", "add staff"): they
 * attribute only with a that-clause, a quote or a colon after them, or after the content.
 */
export const NEEDS_CLAUSE: ReadonlySet<string> = new Set([
  'add', 'affirm', 'agree', 'answer', 'assess', 'cite', 'charge', 'clarify', 'conclude', 'consider', 'counter', 'describe',
  'estimate', 'express', 'indicate', 'maintain', 'mention', 'note', 'observe', 'pledge', 'post', 'promise', 'reiterate', 'repeat', 'report',
  'reveal', 'state', 'threaten', 'underline', 'underscore', 'voice',
]);

/**
 * Cues whose object may be the stance itself, with no clause: "expressed his willingness to
 * …", "voiced serious concern over …", "underscored her readiness to …"; and "ruled out X",
 * whose object is what the speaker excludes (any noun phrase or gerund).
 */
export const OBJECT_CUES: ReadonlySet<string> = new Set(['express', 'voice', 'underscore', 'underline', 'reiterate', 'stress', 'emphasize']);
export const EXCLUDING_CUES: ReadonlySet<string> = new Set(['rule out']);

/** Nouns of a stance or resolve that such a cue's object holds ("his willingness to", "deep concern over"). */
export const STANCE_NOUNS: ReadonlySet<string> = new Set([
  'willingness', 'readiness', 'determination', 'intention', 'intent', 'desire', 'commitment', 'support', 'opposition',
  'hope', 'hopes', 'concern', 'concerns', 'fear', 'fears', 'wish', 'confidence', 'doubt', 'doubts',
]);

/**
 * Verbs of commitment: with "to" and a verb they report an intention ("promised to cut
 * taxes", "threatened to close the port"), though "promised money" reports nothing.
 */
export const COMMITMENT_VERBS: ReadonlySet<string> = new Set(['pledge', 'promise', 'threaten', 'vow']);

/** Verbs whose object is the accused, with content after "of" / "for" ("accused X of …"). */
export const ACCUSE_VERBS: ReadonlySet<string> = new Set(['accuse', 'blame', 'charge', 'criticize']);

/** Verbs whose first object is the listener, not the content ("told reporters that …"). */
export const LISTENER_VERBS: ReadonlySet<string> = new Set(['assure', 'inform', 'remind', 'tell', 'warn', 'urge', 'ask', 'advise']);

/** What is told that is no report of speech: "told the story of …", "tells a joke". */
export const TOLD_THINGS: ReadonlySet<string> = new Set([
  'anecdote', 'anecdotes', 'joke', 'jokes', 'lie', 'lies', 'parable', 'stories', 'story', 'tale', 'tales', 'truth',
]);

/**
 * Multi-word cues: a verb lemma followed by fixed words ("points out", "goes on to say").
 * Matched on lemma for the first token and on `normal` for the rest.
 */
export const PHRASAL_CUES: ReadonlyArray<readonly [string, ...string[]]> = [
  ['go', 'on', 'to', 'say'],
  ['go', 'on', 'to', 'add'],
  ['point', 'out'],
  ['make', 'clear'],
  ['make', 'it', 'clear'],
  ['spell', 'out'],
  ['rule', 'out'],
];

/** Nouns that report content: "warnings of …", "accusations from X that …", "a report by X". */
export const NOUN_CUES: ReadonlySet<string> = new Set([
  'accusation', 'accusations', 'allegation', 'allegations', 'assertion', 'assertions',
  'claim', 'claims', 'warning', 'warnings',
]);

/** Cue words that, with a subject that is not a person, mark an outlet ("…, writes X"). */
export const PUBLISHING_CUES: ReadonlySet<string> = new Set([
  'broadcast', 'broadcasts', 'publish', 'published', 'publishes', 'report', 'reported', 'reports',
  'write', 'writes', 'written', 'wrote',
]);

/** Prepositional cues: "according to X". */
export const ACCORDING = ['according', 'to'] as const;

/**
 * Cues that before "to be" or "to have" report what is said of someone, not by them: "the
 * man said to be behind it", "is believed to have left" (English passive reporting verbs).
 */
export const HEARSAY_CUES: ReadonlySet<string> = new Set(['say', 'believe', 'think', 'report', 'rumour', 'rumor', 'know', 'consider']);

/** Passive cue verbs for backward references: "This was announced by X". */
export const PASSIVE_REPORT: ReadonlySet<string> = new Set([
  'announce', 'confirm', 'report', 'say', 'state', 'write',
]);

/** Verbs that pass a statement on from a source: "X citing Y", "X, quoting Y". */
export const RELAY_WORDS: ReadonlySet<string> = new Set(['citing', 'quoting']);

/** Speech verbs that, as a participle after a comma, start a further claim ("…, noting that …"). */
export const PARTICIPLE_CUES: ReadonlySet<string> = new Set([
  'adding', 'arguing', 'asking', 'calling', 'claiming', 'declaring', 'describing', 'explaining',
  'insisting', 'noting', 'recalling', 'repeating', 'saying', 'stressing', 'suggesting', 'telling',
  'warning',
]);

/**
 * Verbs that name or describe something in the speaker's words, carried by a quoted
 * fragment: "called the closure “arbitrary”", "described it as “a house of cards”".
 * They make a claim only with a quotation mark within a few words.
 */
export const NAMING_VERBS: ReadonlySet<string> = new Set([
  'brand', 'call', 'condemn', 'credit', 'criticize', 'decry', 'denounce', 'describe', 'dismiss', 'dub',
  'hail', 'label', 'mock', 'praise', 'refer', 'term',
]);

/**
 * Auxiliaries, modals and negations. A headline in Title Case, whose words the tagger reads
 * as names, still states something when one of these is in it ("Port Will Not Reopen").
 */
export const FINITE_WORDS: ReadonlySet<string> = new Set([
  'am', 'are', 'can', 'cannot', 'could', 'did', 'does', 'had', 'has', 'have', 'is', 'may', 'might', 'must',
  'never', 'not', 'shall', 'should', 'was', 'were', 'will', 'would',
]);

/**
 * Nouns of a written or spoken piece that a news sentence makes say things ("the report
 * said", "his remarks suggested"), from the reporting nouns of style guides and our own
 * reading of news prose. Only as a phrase's last word (or before "in / by / from / of").
 */
export const DOCUMENTS: ReadonlySet<string> = new Set([
  'analysis', 'announcement', 'article', 'assessment', 'book', 'briefing', 'bulletin', 'column', 'comments', 'communique',
  'document', 'editorial', 'estimate', 'findings', 'letter', 'memo', 'message', 'note', 'paper', 'piece', 'post',
  'release', 'remarks', 'report', 'review', 'statement', 'story', 'study', 'summary', 'transcript', 'tweet', 'update',
  'words',
]);
