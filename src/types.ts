import type { Band } from './lexicons/estimative.js';

// The records every stage shares. Field names follow ../shared/docs/gold-format.md and
// output.md, so output can be scored against gold files with no translation.

// ----- Text -----

/** Half-open character range into Article.text: text.slice(start, end). */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a page or a corpus line says about the article: from HTML meta, JSONL fields. */
export interface ArticleMeta {
  readonly title?: string;
  readonly byline?: string;
  readonly outlet?: string;
  readonly published?: string;
  readonly url?: string;
}

export interface Article {
  /** File name without extension; the prefix of every claim id. */
  readonly id: string;
  /** The path as given or found (or "-" for stdin); "FILE#id" for a line of a JSONL corpus. */
  readonly path: string;
  /** Decoded text, or the text extracted from HTML or Markdown; every span indexes it. */
  readonly text: string;
  readonly meta?: ArticleMeta;
}

export type PartOfSpeech = string;

/** One word or punctuation mark, with exact offsets and the tagger's view of it. */
export interface Token extends Span {
  readonly text: string;
  /** Lower-cased form, contractions expanded ("n’t" → "not"). */
  readonly normal: string;
  readonly lemma: string;
  readonly pos: PartOfSpeech;
  /** A date word the segmenter read as a given name by its place: "May/PROPN Lindqvist said". */
  readonly givenName?: true | undefined;
}

/**
 * Every token is made here, its fields always in this order: a copy by spread (`{ ...t }`)
 * gets another hidden class in V8, and every rule that reads tokens of two classes is
 * compiled again when the second one turns up (issue 22: 221 → 99 deoptimisations on
 * 1,500 articles, and the stages 8-13 % faster).
 */
export function token(t: Span & Omit<Token, 'givenName'>, givenName?: true): Token {
  return { start: t.start, end: t.end, text: t.text, normal: t.normal, lemma: t.lemma, pos: t.pos, givenName };
}

/**
 * body: running text; heading: a title or sub-heading; pullquote: a short dash-led line
 * with no final punctuation ("– Not yet"). Non-body paragraphs hold no claims.
 */
export type BlockRole = 'body' | 'heading' | 'pullquote';

export interface Paragraph extends Span {
  readonly index: number;
  readonly role: BlockRole;
  /** Where the text starts after a leading quote dash ("– "), or -1 when there is none. */
  readonly dashEnd: number;
  /** Token index range [first, last) of the paragraph. */
  readonly tokens: readonly [number, number];
  /** Indexes into Doc.sentences. */
  readonly sentences: readonly number[];
}

export interface Sentence extends Span {
  readonly paragraph: number;
  readonly tokens: readonly [number, number];
}

/** The output of `segment`: an article cut into paragraphs, sentences and tokens. */
export interface Doc {
  readonly article: Article;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly paragraphs: readonly Paragraph[];
}

// ----- Claims -----

export type ClaimKind = 'direct' | 'indirect' | 'mixed';

export type MentionKind = 'name' | 'pronoun' | 'nominal' | 'continuation';

/** A speaker as the article names it at one place ("Sande", "he", "the ministry"). */
export interface Mention extends Span {
  readonly text: string;
  readonly kind: MentionKind;
  /** Title and role words kept apart from the name ("Retired Rear Admiral"). */
  readonly role: string | null;
  /** What the source belongs to, after "of" ("Karin B. Vik of ISR" → "ISR"). */
  readonly affiliation?: string;
}

/** detect + attribute: a claim with its content, cue and speaker mention. */
export interface Candidate {
  readonly kind: ClaimKind;
  readonly content: Span;
  readonly cue: Span | null;
  /** Surface speaker; null for a continuation, resolved later to the last speaker. */
  readonly speaker: Mention | null;
  /** The outlet or intermediary the statement came through ("told Radio Nord"). */
  readonly via: Mention | null;
  readonly paragraph: number;
  /** Ids of the rules that fired, in order. */
  readonly rules: readonly string[];
  /**
   * A condition stated outside the content, before its attribution: "If talks fail" in
   * "If talks fail, X said, the workers will strike". Classify reads it with the content.
   */
  readonly condition?: Span;
}

export const SOURCE_TYPES = ['person', 'organization', 'government', 'media', 'vague'] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

export interface Speaker {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly type: SourceType;
  readonly role: string | null;
  readonly affiliation: string | null;
}

export type ResolvedBy = 'name' | 'alias' | 'pronoun' | 'nominal' | 'continuation';

/** The public output record (output.md). `text` is always article.text.slice(span). */
export interface Claim {
  readonly id: string;
  readonly document: string;
  readonly span: Span;
  readonly line: number;
  readonly kind: ClaimKind;
  readonly text: string;
  readonly cue: string | null;
  /** Where the cue stands in the article, for highlighting (`claims show`). */
  readonly cueSpan: Span | null;
  readonly speaker: Speaker | null;
  /** Where the article names the speaker for this claim ("he", "Dahl", "the ministry"). */
  readonly speakerSpan: Span | null;
  readonly resolvedBy: ResolvedBy | null;
  readonly via: string | null;
  /** Outlets and intermediaries the claim came through, nearest to the source first. */
  readonly viaChain: readonly string[];
  readonly confidence: number;
  /** The rules that fired, by stage: "detect:…", "attribute:…", "resolve:…", "classify:…". */
  readonly rules: readonly string[];
  /** From the document's metadata, when it has any. */
  readonly published?: string;
  readonly outlet?: string;
  readonly url?: string;
  /** Estimative wording in the claim, whatever it is about. */
  readonly estimate?: Estimate;
  /** Present when the claim bears on a topic. */
  readonly topics?: readonly TopicStance[];
}

// ----- Topics and stance -----

/**
 * A question, as data: its event words and phrases ("attack*" matches every inflection),
 * the actors that must be in view (in the claim, its speaker or the text just before it),
 * and words that deny the event ("defensive").
 */
export interface Topic {
  readonly id: string;
  readonly question: string;
  readonly actors: readonly string[];
  readonly events: readonly string[];
  readonly denials: readonly string[];
}

export type Stance = 'likely' | 'possible' | 'unlikely' | 'conditional';
export type Commitment = 'flat' | 'hedged' | 'boosted';

/** What the wording of a claim states about a likelihood, topic or not. */
export interface Estimate {
  readonly band: Band;
  readonly range: readonly [number, number];
  /** The words that set the band, verbatim. */
  readonly phrase: string;
  readonly commitment: Commitment;
}

export interface TopicStance {
  readonly topic: string;
  readonly stance: Stance | null;
  readonly band: Band | null;
  readonly range: readonly [number, number] | null;
  readonly phrase: string | null;
  readonly commitment: Commitment;
  readonly condition: string | null;
  readonly direction: 'up' | 'down' | null;
  /** The rule that set the stance ("band", "capability-denial", "intention", …). */
  readonly rule: string | null;
}

/** One source across all inputs of a run, however each article names it. */
export interface SourceRecord extends Speaker {
  readonly documents: readonly string[];
  /** Ids of the claims the source made. */
  readonly claims: readonly string[];
  readonly kinds: Readonly<Record<ClaimKind, number>>;
  /** Outlets its claims came through. */
  readonly via: readonly string[];
  /** Ids of claims of others that came through this source (as an outlet or relay). */
  readonly relayed: readonly string[];
  /** Outlets that published its claims (document metadata), and when it first and last spoke. */
  readonly outlets: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

// ----- Run -----

export type DiagnosticLevel = 'warning' | 'error';

export interface Diagnostic {
  readonly level: DiagnosticLevel;
  readonly code: string;
  readonly file: string;
  readonly message: string;
}

export interface Analysis {
  readonly article: Article;
  readonly claims: readonly Claim[];
  /** Every source the article names as a speaker or an outlet. */
  readonly sources: readonly Speaker[];
}
