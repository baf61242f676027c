// Shared state of the attribute stage: lookups built once per article (linear), and the
// bookkeeping that keeps one cue or one quote from feeding two claims.
import type { Cue, Detected, Quote } from '../detect.js';
import { mentionOf } from '../text/mentions.js';
import { lowerBound, tokenAt } from '../text/search.js';
import { phraseBefore } from '../text/phrases.js';
import { NOT_NAMES, TIME_NOUNS } from '../../lexicons/names.js';
import type { Candidate, ClaimKind, Doc, Mention, Span, Token } from '../../types.js';

/** A noun a reduced participle may follow ("voters polled said"); a noun tag. */
export const NOUN_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN']);
/** Words that lead a time phrase: "on Sunday", "last week". */
const TIME_LEADS: ReadonlySet<string> = new Set(['on', 'last', 'this', 'next', 'earlier', 'in']);
const TIME_ADVERBS: ReadonlySet<string> = new Set(['yesterday', 'today', 'earlier', 'later']);

export interface Context {
  readonly doc: Doc;
  readonly text: string;
  readonly tokens: readonly Token[];
  /** Detected cues, plus verbs that rules promote to cues ("…,” Vik continued"). */
  readonly cues: Cue[];
  readonly quotes: readonly Quote[];
  /** Head token of a cue → its index in `cues`. */
  readonly cueAt: Map<number, number>;
  readonly sentenceOf: Int32Array;
  readonly paragraphOf: Int32Array;
  /** 1 where a token lies inside quotation marks. */
  readonly inQuote: Uint8Array;
  /** 1 where a token lies inside the content of a claim already made. */
  readonly covered: Uint8Array;
  readonly usedCues: Set<number>;
  readonly usedQuotes: Set<number>;
  /** Offset of an opening mark → its quote's index. */
  readonly quoteAt: ReadonlyMap<number, number>;
  /** Paragraph → the earliest end of a claim made in it so far. */
  readonly claimEnds: Map<number, number>;
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
    doc, text: doc.article.text, tokens, cues: [...detected.cues], quotes: detected.quotes, cueAt,
    sentenceOf, paragraphOf, inQuote, covered: new Uint8Array(tokens.length),
    usedCues: new Set(), usedQuotes: new Set(), out: [], claimEnds: new Map(),
    quoteAt: new Map(detected.quotes.map((q, i) => [q.outer.start, i])),
  };
}

/** Indexes of the quotes that open inside [start, end), in order (quotes are sorted). */
export function quotesIn(ctx: Context, start: number, end: number): number[] {
  const lo = lowerBound(ctx.quotes.length, (i) => (ctx.quotes[i]?.outer.start ?? Infinity) < start);
  const found: number[] = [];
  for (let i = lo; i < ctx.quotes.length && (ctx.quotes[i]?.outer.start ?? Infinity) < end; i++) found.push(i);
  return found;
}

/** Makes the verb at token k a cue (a rule found it in a place only speech verbs take). */
export function addCue(ctx: Context, k: number): number {
  const known = ctx.cueAt.get(k);
  if (known !== undefined) return known;
  ctx.cues.push({ type: 'speech', tokens: [k, k + 1], from: k, lemma: ctx.tokens[k]?.lemma ?? '', negated: false });
  ctx.cueAt.set(k, ctx.cues.length - 1);
  return ctx.cues.length - 1;
}

export function cueText(ctx: Context, cue: Cue): Span {
  return { start: ctx.tokens[cue.from]?.start ?? 0, end: ctx.tokens[cue.tokens[1] - 1]?.end ?? 0 };
}

export function mention(ctx: Context, range: readonly [number, number] | null): Mention | null {
  return range ? mentionOf(ctx.text, ctx.tokens, range[0], range[1]) : null;
}

/**
 * Trims spaces and dangling commas; reported content also loses its full stop, while a
 * speaker's own words (`direct`) keep their final punctuation, as quotation marks do.
 */
export function trimContent(text: string, start: number, end: number, direct = false): Span {
  let a = start;
  let b = end;
  while (a < b && /[\s,:;]/.test(text[a] ?? '')) a++;
  while (b > a && (direct ? /[\s,:;]/ : /[\s,:;.]/).test(text[b - 1] ?? '')) b--;
  return { start: a, end: b };
}

/** True when some token of the span is a verb or auxiliary: a statement, not a title. */
export function hasVerb(ctx: Context, span: Span): boolean {
  for (let i = tokenAt(ctx.tokens, span.start); i < ctx.tokens.length && (ctx.tokens[i]?.start ?? Infinity) < span.end; i++) {
    const p = ctx.tokens[i]?.pos;
    if (p === 'VERB' || p === 'AUX') return true;
  }
  return false;
}

/** Most words capitalised ("The Art of Sailing"): a title or a name, not a statement. */
export function isTitleCase(text: string): boolean {
  const words = text.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  // The first word is capitalised in any sentence: it counts only when it is the one long word
  // and every other word is capitalised too ("Even so, not yet." is no title).
  const long = words.slice(1).filter((w) => w.length > 3);
  const capital = (w: string): boolean => /^\p{Lu}/u.test(w);
  if (!long.length) return words.length > 0 && (words[0]?.length ?? 0) > 3 && words.every(capital);
  return long.filter(capital).length / long.length > 0.7;
}

/** Words in the span, counted up to `max` (the rules only ask "fewer than n?"). */
export function wordCount(text: string, span: Span, max: number): number {
  // A word is a run of letters and digits (as /[\p{L}\p{N}]+/u): counted where one starts,
  // with ASCII read by character code and only other characters by a regular expression.
  let n = 0;
  let inWord = false;
  for (let i = span.start; i < span.end && n < max; i++) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) word = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    else {
      const pair = c >= 0xd800 && c < 0xdc00 && i + 1 < span.end; // a letter beyond the first plane
      word = WORD_CHAR.test(pair ? text.slice(i, i + 2) : text[i]!);
      if (pair) i++;
    }
    if (word && !inWord) n++;
    inWord = word;
  }
  return n;
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;

export interface Emit {
  readonly kind: ClaimKind;
  readonly content: Span;
  readonly cue: Span | null;
  readonly speaker: Mention | null;
  readonly via: Mention | null;
  readonly rules: readonly string[];
  readonly condition?: Span;
}

/** Records a candidate and marks its tokens as covered, so nested cues stay quiet. */
export function emit(ctx: Context, e: Emit): void {
  if (e.content.end <= e.content.start) return;
  const a = tokenAt(ctx.tokens, e.content.start);
  const b = tokenAt(ctx.tokens, e.content.end);
  ctx.covered.fill(1, a, b);
  const paragraph = ctx.paragraphOf[a] ?? -1;
  ctx.claimEnds.set(paragraph, Math.min(ctx.claimEnds.get(paragraph) ?? Infinity, e.content.end));
  const { kind, content, cue, speaker, via, rules, condition } = e; // fields written out: a spread here was slow
  ctx.out.push({ kind, content, cue, speaker, via, paragraph, rules, condition });
}

/** Skips adverbs and auxiliaries leftwards from token k ("he [also] says", "has [long] said"). */
export function skipLeftModifiers(tokens: readonly Token[], k: number, floor: number): number {
  while (k > floor) {
    const t = tokens[k - 1];
    if (!t) break;
    if (t.pos === 'ADV' || t.pos === 'AUX' || t.normal === 'not' || AFTER_SUBJECT.has(t.normal)) { k--; continue; }
    // "voters polled said", "officials contacted said": a reduced participle after the noun.
    if (t.pos === 'VERB' && /ed$/.test(t.normal) && NOUN_TAGS.has(tokens[k - 2]?.pos ?? '')) { k--; continue; }
    // "Vik on Sunday wrote", "she last week said"
    const time = NOT_NAMES.has(t.normal) || TIME_WORDS.has(t.normal);
    const lead = tokens[k - 2]?.normal ?? '';
    if (time && TIME_LEADS.has(lead)) { k -= 2; continue; }
    if (time && TIME_ADVERBS.has(t.normal)) { k--; continue; }
    break;
  }
  return k;
}

/** Words that follow a subject without being part of it: "dock workers overall said", "officials themselves say". */
const AFTER_SUBJECT: ReadonlySet<string> = new Set(['alone', 'both', 'herself', 'himself', 'itself', 'overall', 'themselves', 'too']);

const TIME_WORDS: ReadonlySet<string> = new Set([...TIME_NOUNS, 'yesterday', 'today', 'earlier', 'later']);

export { phraseBefore };

/** Tokens [a, b) as a span of content, trimmed. */
export function tokenSpan(ctx: Context, a: number, b: number): Span {
  const start = ctx.tokens[a]?.start ?? 0;
  const end = ctx.tokens[b - 1]?.end ?? start;
  return trimContent(ctx.text, start, Math.max(start, end));
}

/** Quotes whose words start inside the span (the opening mark may stand just before it). */
export function quotesWithin(ctx: Context, content: Span): number[] {
  return quotesIn(ctx, content.start - 3, content.end).filter((i) => {
    const q = ctx.quotes[i];
    return !!q && q.content.start >= content.start && q.content.start < content.end;
  });
}

/** A sentence's token range [sa, sb). */
export interface Bounds { readonly sa: number; readonly sb: number }

/** Reported content shorter than this is an object ("asked a question"), not a claim. */
export const MIN_WORDS = 3;

/**
 * Enough words to be a claim: MIN_WORDS, or two after the complementizer "that" when one of
 * them is a verb ("said that prices rose", "confirmed that talks failed"): "that" opens a
 * clause, and a clause of two words states something as a longer one does.
 */
function statesEnough(ctx: Context, content: Span): boolean {
  const words = wordCount(ctx.text, content, MIN_WORDS);
  if (words >= MIN_WORDS) return true;
  const first = tokenAt(ctx.tokens, content.start);
  return words === 2 && ctx.tokens[first - 1]?.normal === 'that' && hasVerb(ctx, content);
}

/**
 * Emits a reported claim when it has a speaker and enough words: `mixed` when a quote lies
 * inside the content (the quote is used), else `indirect`, unless `kind` says otherwise.
 */
export function say(
  ctx: Context, cue: Cue, content: Span, speaker: Mention | null, via: Mention | null, rule: string, kind?: ClaimKind, condition?: Span,
): boolean {
  if (!speaker || !statesEnough(ctx, content)) return false;
  let k: ClaimKind = kind ?? 'indirect';
  if (!kind) {
    for (const i of quotesWithin(ctx, content)) {
      ctx.usedQuotes.add(i);
      k = 'mixed';
    }
  }
  emit(ctx, { kind: k, content, cue: cueText(ctx, cue), speaker, via, rules: [rule], condition });
  return true;
}
