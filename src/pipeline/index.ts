// analyze: one article through the pipeline, segment → detect → attribute → resolve →
// classify, and the public Claim records. Pure: the tagger and the compiled topics are
// passed in, nothing here does I/O.
import type { Tagged, Tagger } from '../nlp/wink.js';
import type { Analysis, Article, Claim, ResolvedBy, SourceType, Span, Speaker } from '../types.js';
import { attribute } from './attribute/index.js';
import { type CompiledTopic, classify } from './classify/index.js';
import { detect } from './detect.js';
import { findEntities } from './resolve/entities.js';
import { resolve } from './resolve/index.js';
import { segment } from './segment.js';
import { detached } from '../letters.js';
import { pieceEnd } from '../pieces.js';

export function analyze(article: Article, tag: Tagger, topics: readonly CompiledTopic[] = []): Analysis {
  return article.text.length > PIECE_CHARS ? analyzePieces(article, tag, topics) : analyzeTagged(article, tag(article.text), topics);
}

/**
 * An article longer than this (no news article is: a long read is some 100 K characters) is
 * analysed in pieces cut at line breaks. Whole, its tokens and the stages' tables took about
 * 40 bytes of memory a character, and several hundred in the worst shapes (a million lines
 * of one dash took 0.9 GB): a 100 MB text needed 4 GB, and more ended the process out of
 * memory. In pieces, memory follows the piece and the claims found.
 */
export const PIECE_CHARS = 256 * 1024;

/**
 * A giant article, a piece at a time: each piece's claims get the article's offsets, lines
 * and numbering, and its sources join the article's (one per id). A claim's speaker is
 * resolved within its piece: a pronoun or surname right after a cut does not reach back.
 */
function analyzePieces(article: Article, tag: Tagger, topics: readonly CompiledTopic[]): Analysis {
  const steps = analyzeInSteps(article, tag, topics);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same, a piece at a time: after each piece it yields the share of the text done, and
 * it returns the analysis. A caller may serve its event loop between pieces (a giant file
 * took a minute, and Ctrl-C or a progress line waited for all of it).
 */
export function* analyzeInSteps(article: Article, tag: Tagger, topics: readonly CompiledTopic[] = []): Generator<number, Analysis> {
  if (article.text.length <= PIECE_CHARS) return analyzeTagged(article, tag(article.text), topics);
  const { text } = article;
  const claims: Claim[] = [];
  const sources: Speaker[] = [];
  const ids = new Set<string>();
  let lines = 0; // line breaks before the piece
  for (let from = 0; from < text.length;) {
    const to = pieceEnd(text, from, PIECE_CHARS);
    const piece: Article = { id: article.id, path: article.path, text: text.slice(from, to), meta: article.meta };
    const part = analyzeTagged(piece, tag(piece.text), topics, { offset: from, lines, claims: claims.length });
    for (const c of part.claims) claims.push(c);
    for (const s of part.sources) {
      if (ids.has(s.id)) continue;
      ids.add(s.id);
      sources.push(s);
    }
    for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) lines++;
    from = to;
    if (from < text.length) yield from / text.length;
  }
  return { article, claims, sources };
}

/** What analyzeBatch gives for each article: its analysis, or the message of what failed. */
export type Outcome = { readonly analysis: Analysis } | { readonly error: string };

/**
 * A few articles at a time: all are tagged first, then each goes through the stages. The
 * tagger's and the stages' code and tables each stay warm over the batch, which measured
 * 5-8 % faster than one article at a time on real news (issue 22). A failure on one
 * article is its outcome; the others are analysed all the same.
 */
export function analyzeBatch(articles: readonly Article[], tag: Tagger, topics: readonly CompiledTopic[] = []): Outcome[] {
  const tagged = articles.map((a): Tagged | string => {
    if (a.text.length > PIECE_CHARS) return IN_PIECES; // tagged a piece at a time, below
    try {
      return tag(a.text);
    } catch (e) {
      return (e as Error).message ?? String(e);
    }
  });
  return articles.map((a, i) => {
    const t = tagged[i]!;
    tagged[i] = NOTHING; // each tagging is let go once its article is done
    if (typeof t === 'string') return { error: t };
    try {
      return { analysis: t === IN_PIECES ? analyzePieces(a, tag, topics) : analyzeTagged(a, t, topics) };
    } catch (e) {
      return { error: (e as Error).message ?? String(e) };
    }
  });
}

const NOTHING: Tagged = { tokens: [], sentences: [] };
const IN_PIECES: Tagged = { tokens: [], sentences: [] };

/** Where a piece of a giant article stands in it: offsets, line breaks and claims before it. */
interface Shift {
  readonly offset: number;
  readonly lines: number;
  readonly claims: number;
}
const WHOLE: Shift = { offset: 0, lines: 0, claims: 0 };

function analyzeTagged(article: Article, tagged: Tagged, topics: readonly CompiledTopic[], at = WHOLE): Analysis {
  const doc = segment(article, tagged);
  const detected = detect(doc);
  const candidates = attribute(doc, detected);
  const { resolved, sources } = resolve(candidates, findEntities(doc, detected.quotes), article.text);
  const lineStarts = lineIndex(article.text);
  // Held for the whole run: copies, so the article's text can go once it is analysed.
  const text = (span: Span): string => detached(article.text.slice(span.start, span.end));
  const drafts = resolved.map(({ candidate: c, speaker, resolvedBy }) => ({
    span: c.content, text: text(c.content), speaker, condition: c.condition ? text(c.condition) : undefined,
    cue: c.cue ? intern(text(c.cue)) : undefined,
    rules: [intern(`detect:${DETECTED_BY[c.rules[0] ?? ''] ?? 'cue-word'}`), ...c.rules.map((r) => intern(`attribute:${r}`)), ...(resolvedBy ? [intern(`resolve:${resolvedBy}`)] : [])],
  }));
  const classified = classify(article.text, drafts, topics);
  const meta = article.meta;
  // One literal per claim, its fields in the order of the JSON contract; absent optional
  // fields are undefined, which JSON leaves out (a spread per claim was slow, issue 7).
  const claims: Claim[] = resolved.map(({ candidate: c, speaker, resolvedBy, via }, i) => ({
    id: `${article.id}#${at.claims + i + 1}`,
    document: article.path,
    span: moved(c.content, at),
    line: at.lines + lineOf(lineStarts, c.content.start),
    kind: c.kind,
    text: drafts[i]!.text,
    cue: drafts[i]!.cue ?? null,
    cueSpan: c.cue && moved(c.cue, at),
    speaker,
    speakerSpan: c.speaker ? { start: at.offset + c.speaker.start, end: at.offset + c.speaker.end } : null,
    resolvedBy,
    via: via?.name ?? null,
    viaChain: via ? [via.name] : NO_VIA,
    confidence: confidence(c.rules, resolvedBy, speaker?.type),
    published: meta?.published || undefined,
    outlet: meta?.outlet || undefined,
    url: meta?.url || undefined,
    rules: internList(classified[i]!.rules),
    estimate: classified[i]!.estimate,
    topics: classified[i]!.topics,
  }));
  return { article, claims, sources };
}

/**
 * A corpus holds every claim until sources are merged, and most of a claim's strings are a
 * few dozen rule names and cue words: one copy of each (and of each list of rules) is kept,
 * so a claim's memory is its text and spans. Bounded: rule names, cues and topic ids repeat.
 */
const INTERNED = new Map<string, string>();
const LISTS = new Map<string, readonly string[]>();
const INTERN_LIMIT = 100_000;
function intern(s: string): string {
  const known = INTERNED.get(s);
  if (known !== undefined) return known;
  // A copy of its own: a cue cut from an article would keep the whole article alive.
  const own = Array.from(s).join('');
  if (INTERNED.size < INTERN_LIMIT) INTERNED.set(own, own);
  return own;
}
function internList(list: readonly string[]): readonly string[] {
  const key = list.join('\u0000');
  const known = LISTS.get(key);
  if (known) return known;
  const out = list.map(intern);
  if (LISTS.size < INTERN_LIMIT) LISTS.set(key, out);
  return out;
}
const NO_VIA: readonly string[] = Object.freeze([]);

/** What the detect stage found that the first attribute rule worked on. */
const DETECTED_BY: Readonly<Record<string, string>> = {
  'quote-tail': 'quotation-marks', 'quote-continues': 'quotation-marks', 'quote-subject': 'quotation-marks', 'naming-quote': 'quotation-marks',
  'dash-paragraph': 'dash-line', 'colon-block': 'colon-intro', 'speaker-label': 'name-colon', 'according-to': 'according-to', 'noun-cue': 'noun-cue',
};

/**
 * How sure the attribution is: the mean of three factors, each the share of right
 * attributions measured for it on the development set (PolNeAR train, see the README):
 * the rule that found the claim, how the speaker was resolved, and the speaker's type.
 * A quote with its tail naming a person is surest; a description picked up after the
 * content, or a continuation, less so. Rules, resolutions and types seen fewer than 15
 * times there keep an estimate (dash lines, colon blocks, media, …).
 */
function confidence(rules: readonly string[], by: ResolvedBy | null, type: SourceType | undefined): number {
  if (!by || !type) return 0.2;
  const rule = RULE_WEIGHT[rules[0] ?? ''] ?? 0.7;
  return Math.round(((rule + RESOLVE_WEIGHT[by] + TYPE_WEIGHT[type]) / 3) * 100) / 100;
}

const RULE_WEIGHT: Readonly<Record<string, number>> = {
  'quote-tail': 0.97, 'participle': 0.94, 'quote-continues': 0.93, 'content-resumes': 0.89, 'according-to': 0.86,
  'naming-quote': 0.86, 'subject-cue': 0.87, 'dash-paragraph': 0.85, 'speaker-label': 0.85, 'quoted-as': 0.85,
  'colon-block': 0.7, 'quote-subject': 0.7, 'cue-after-content': 0.8, 'shared-subject': 0.73, 'naming-as': 0.6,
  'backward-reference': 0.6, 'noun-cue': 0.5,
};
const RESOLVE_WEIGHT: Readonly<Record<ResolvedBy, number>> = { alias: 0.93, continuation: 0.93, nominal: 0.93, pronoun: 0.94, name: 0.87 };
const TYPE_WEIGHT: Readonly<Record<SourceType, number>> = { person: 0.95, vague: 0.77, organization: 0.8, government: 0.75, media: 0.6 };

/** A span of a piece as a span of its article (the same span for a whole article). */
function moved(span: Span, at: Shift): Span {
  return at.offset ? { start: span.start + at.offset, end: span.end + at.offset } : span;
}

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
