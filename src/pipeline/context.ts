// Shared state of the attribute stage: lookups built once per article (linear), and the
// bookkeeping that keeps one cue or one quote from feeding two claims.
import type { Cue, Detected, Quote } from './detect.js';
import { mentionOf, phraseAfter, phraseBefore } from './phrases.js';
import type { Candidate, ClaimKind, Doc, Mention, Span, Token } from '../types.js';

export interface Context {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly cues: readonly Cue[];
  readonly quotes: readonly Quote[];
  /** Head token of a cue → its index in `cues`. */
  readonly cueAt: ReadonlyMap<number, number>;
  readonly sentenceOf: Int32Array;
  readonly paragraphOf: Int32Array;
  /** 1 where a token lies inside quotation marks. */
  readonly inQuote: Uint8Array;
  /** 1 where a token lies inside the content of a claim already made. */
  readonly covered: Uint8Array;
  readonly usedCues: Set<number>;
  readonly usedQuotes: Set<number>;
  readonly out: Candidate[];
}

export function createContext(doc: Doc, detected: Detected): Context {
  const { tokens } = doc;
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  doc.sentences.forEach((s, i) => sentenceOf.fill(i, s.tokens[0], s.tokens[1]));
  const paragraphOf = new Int32Array(tokens.length).fill(-1);
  doc.paragraphs.forEach((p) => paragraphOf.fill(p.index, p.tokens[0], p.tokens[1]));
  const inQuote = new Uint8Array(tokens.length);
  for (const q of detected.quotes) inQuote.fill(1, tokenAt(tokens, q.outer.start), tokenAt(tokens, q.outer.end));
  const cueAt = new Map<number, number>();
  detected.cues.forEach((c, i) => cueAt.set(c.tokens[0], i));
  return {
    doc, text: doc.article.text, tokens, cues: detected.cues, quotes: detected.quotes, cueAt,
    sentenceOf, paragraphOf, inQuote, covered: new Uint8Array(tokens.length),
    usedCues: new Set(), usedQuotes: new Set(), out: [],
  };
}

/** Index of the first token that starts at or after `offset` (binary search). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? Infinity) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function cueText(ctx: Context, cue: Cue): Span {
  return { start: ctx.tokens[cue.from]?.start ?? 0, end: ctx.tokens[cue.tokens[1] - 1]?.end ?? 0 };
}

export function mention(ctx: Context, range: readonly [number, number] | null): Mention | null {
  return range ? mentionOf(ctx.text, ctx.tokens, range[0], range[1]) : null;
}

/** Trims spaces, and the final punctuation and dangling commas of reported content. */
export function trimContent(text: string, start: number, end: number): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s,:;]/.test(text[a] ?? '')) a++;
  while (b > a && /[\s,:;.]/.test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}

const WORD = /[\p{L}\p{N}]+/gu;
export function wordCount(text: string, span: Span): number {
  return text.slice(span.start, span.end).match(WORD)?.length ?? 0;
}

export interface Emit {
  readonly kind: ClaimKind;
  readonly content: Span;
  readonly cue: Span | null;
  readonly speaker: Mention | null;
  readonly via: Mention | null;
  readonly rules: readonly string[];
}

/** Records a candidate and marks its tokens as covered, so nested cues stay quiet. */
export function emit(ctx: Context, e: Emit): void {
  if (e.content.end <= e.content.start) return;
  const a = tokenAt(ctx.tokens, e.content.start);
  const b = tokenAt(ctx.tokens, e.content.end);
  ctx.covered.fill(1, a, b);
  ctx.out.push({ ...e, paragraph: ctx.paragraphOf[a] ?? -1 });
}

/** Skips adverbs and auxiliaries leftwards from token k ("he [also] says", "has [long] said"). */
export function skipLeftModifiers(tokens: readonly Token[], k: number, floor: number): number {
  while (k > floor) {
    const t = tokens[k - 1];
    if (!t || !(t.pos === 'ADV' || t.pos === 'AUX' || t.normal === 'not')) break;
    k--;
  }
  return k;
}

export interface Tail {
  readonly cue: number;
  readonly speaker: readonly [number, number];
  readonly via: readonly [number, number] | null;
  /** First token after the attribution. */
  readonly end: number;
}

/**
 * An attribution that follows content: "…, says Dalhaug", "…, Godzimirski tells Dagbladet",
 * "…,” he said", "…, said Dalhaug to Dagbladet". `k` is the first token after the content.
 */
export function tailAt(ctx: Context, k: number, ceil: number): Tail | null {
  const { tokens } = ctx;
  while (k < ceil && /^[,”"’»]$|^''$/.test(tokens[k]?.text ?? '')) k++;
  const direct = ctx.cueAt.get(k);
  if (direct !== undefined && isVerbCue(ctx, direct)) {
    const end = ctx.cues[direct]?.tokens[1] ?? k;
    const np = phraseAfter(tokens, end, ceil);
    if (np) return { cue: direct, speaker: np, via: viaAfter(ctx, np[1], ceil), end: np[1] };
  }
  let np = phraseAfter(tokens, k, ceil);
  if (!np) return null;
  // "the Vatican spokesman, Federico Lombardi, told …": the name in apposition speaks.
  if (tokens[np[1]]?.text === ',') {
    const named = phraseAfter(tokens, np[1] + 1, ceil);
    if (named && tokens[named[1]]?.text === ',' && ctx.cueAt.has(named[1] + 1)) np = named;
  }
  let m = np[1];
  if (tokens[m]?.text === ',' && ctx.cueAt.has(m + 1)) m++;
  while (m < ceil && tokens[m]?.pos === 'ADV') m++;
  const c = ctx.cueAt.get(m);
  if (c === undefined || !isVerbCue(ctx, c)) return null;
  const end = ctx.cues[c]?.tokens[1] ?? m;
  return { cue: c, speaker: np, via: viaAfter(ctx, end, ceil), end };
}

function isVerbCue(ctx: Context, i: number): boolean {
  const c = ctx.cues[i];
  return !!c && (c.type === 'speech' || c.type === 'belief') && !ctx.usedCues.has(i);
}

/** "to Dagbladet" after a cue, or the listener of "tells Dagbladet", when it is a name. */
export function viaAfter(ctx: Context, k: number, ceil: number): readonly [number, number] | null {
  const { tokens } = ctx;
  const start = tokens[k]?.normal === 'to' ? k + 1 : k;
  const np = phraseAfter(tokens, start, ceil);
  if (!np) return null;
  const m = mention(ctx, np);
  return m?.kind === 'name' ? np : null;
}

export { phraseBefore };
