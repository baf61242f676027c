// Paragraph-level rules: a dash-led quote paragraph ("– Content, says X."), a colon intro
// ("X told Y:") with the unquoted paragraphs after it, and a line led by its speaker's name
// ("KARIN VIK: We will not sell."). They claim whole paragraphs, so they run first and the
// sentence-level rules leave their cues and quotes alone.
import { FINITE_WORDS, NEEDS_CLAUSE, SPEECH_VERBS } from '../../lexicons/cues.js';
import { HONORIFICS, TITLES } from '../../lexicons/names.js';
import { QUOTE_PAIRS } from '../../lexicons/marks.js';
import {
  type Context, MIN_WORDS, addCue, cueText, emit, hasVerb, mention, phraseBefore, quotesIn, quotesWithin,
  skipLeftModifiers, trimContent, wordCount,
} from './context.js';
import { tokenAt } from '../text/search.js';
import { tailAt, viaAfter } from './tails.js';
import { givenNameGender, typeOf } from '../text/names.js';
import { beforeAside, isNameWord, pastAside, phraseAfter, timePhraseEnd } from '../text/phrases.js';
import { adjunctEnd } from './adjuncts.js';
import { isDash } from '../text/tokens.js';
import type { ClaimKind, Mention, Paragraph, Span, Token } from '../../types.js';

/** Tokens of an object that may stand between a cue and its colon: "said the following:". */
const SHORT_OBJECT = 8;

/** A colon block ends after this many paragraphs even with no heading in between. */
const COLON_BLOCK_MAX = 12;

/**
 * Rule dash-paragraph: "– Content, says X." A quote dash opens the paragraph or a sentence
 * inside it ("… on Tuesday. – We are ready, says X. The board disagrees. – …"). Each dash
 * quote runs to the first sentence with a tail attribution, or with none, to the next dash
 * or the paragraph's end, and then continues the last speaker.
 */
export function dashParagraph(ctx: Context, p: Paragraph): void {
  const starts = dashStarts(ctx, p);
  starts.forEach((from, n) => dashQuote(ctx, p, from, n + 1 < starts.length ? dashBefore(ctx, starts[n + 1]!) : p.end));
}

/**
 * A tail with any verb after the comma at k ("…, Holm answers.", "…, continues Holm."),
 * when nothing but an aside, a time, the outlet or final punctuation follows it.
 */
function closingTail(ctx: Context, k: number, ceil: number): ReturnType<typeof tailAt> {
  const t = ctx.tokens;
  const inverted = t[k + 1]?.pos === 'VERB';
  const np = phraseAfter(t, inverted ? k + 2 : k + 1, ceil);
  if (!np) return null;
  let x = np[1];
  if (!inverted) {
    while (t[x]?.pos === 'ADV') x++;
    if (t[x]?.pos !== 'VERB') return null;
    x++;
  }
  x = timePhraseEnd(t, pastAside(t, x, ceil), ceil);
  if (t[x]?.pos === 'ADP') x = phraseAfter(t, x + 1, ceil)?.[1] ?? x;
  return x >= ceil || /^[.!?…]$/.test(t[x]?.text ?? '') ? tailAt(ctx, k, ceil, true) : null;
}

/** Offsets where the dash quotes of a paragraph start, after their dash. */
function dashStarts(ctx: Context, p: Paragraph): number[] {
  const t = ctx.tokens;
  const out = p.dashEnd >= 0 ? [p.dashEnd] : [];
  for (const s of p.sentences) {
    const k = ctx.doc.sentences[s]!.tokens[0];
    if (k > p.tokens[0] && isDash(t, k) && t[k + 1]) out.push(t[k + 1]!.start);
  }
  return out;
}

/** The offset of the dash that opens the quote starting at `from`. */
function dashBefore(ctx: Context, from: number): number {
  return ctx.tokens[tokenAt(ctx.tokens, from) - 1]?.start ?? from;
}

function dashQuote(ctx: Context, p: Paragraph, from: number, to: number): void {
  const first = tokenAt(ctx.tokens, from);
  const end = tokenAt(ctx.tokens, to);
  for (const s of p.sentences) {
    const [a, b] = ctx.doc.sentences[s]!.tokens;
    if (b <= first || a >= end) continue;
    const ceil = Math.min(b, end);
    // The attribution is the last comma-led tail of the sentence: try commas from its end.
    for (let k = ceil - 1; k > Math.max(a, first); k--) {
      if (ctx.tokens[k]?.text !== ',') continue;
      // A verb that closes the sentence after the quote is its attribution, whatever the
      // verb ("…, Holm answers.", "…, she continues."), as after a quote's closing mark.
      const tail = tailAt(ctx, k, ceil) ?? closingTail(ctx, k, ceil);
      if (!tail) continue;
      ctx.usedCues.add(tail.cue);
      const cue = ctx.cues[tail.cue];
      const comma = ctx.tokens[k]!.start;
      markQuotesUsed(ctx, from, comma);
      emit(ctx, {
        kind: 'direct', content: trimContent(ctx.text, from, comma), cue: cue ? cueText(ctx, cue) : null,
        speaker: mention(ctx, tail.speaker), via: mention(ctx, tail.via), rules: ['dash-paragraph', 'tail-attribution'],
      });
      return;
    }
  }
  // With no attribution the quote continues the last speaker, if it is a statement at all
  // (list items and bylines after a dash have no verb).
  const content = trimContent(ctx.text, from, to, true);
  if (first >= end || !hasVerb(ctx, content)) return;
  markQuotesUsed(ctx, from, to);
  emit(ctx, { kind: 'direct', content, cue: null, speaker: null, via: null, rules: ['dash-paragraph', 'continues-last-speaker'] });
}

function markQuotesUsed(ctx: Context, start: number, end: number): void {
  for (const i of quotesIn(ctx, start, end)) ctx.usedQuotes.add(i);
}

/** Rule colon-block: "Economist X told the paper:" owns the unquoted paragraphs that follow. */
export function colonBlocks(ctx: Context): void {
  const { paragraphs } = ctx.doc;
  for (const p of paragraphs) {
    if (p.role !== 'body' || !ctx.text.slice(p.start, p.end).endsWith(':')) continue;
    const intro = colonIntro(ctx, p);
    if (!intro) continue;
    ctx.usedCues.add(intro.cue);
    const cue = ctx.cues[intro.cue];
    colonBlock(ctx, p.index, cue ? cueText(ctx, cue) : null, mention(ctx, intro.speaker), mention(ctx, intro.via));
  }
}

/** The paragraphs after an intro that ends in a colon: each one a direct claim. */
export function colonBlock(ctx: Context, intro: number, cue: Span | null, speaker: Mention | null, via: Mention | null): boolean {
  const { paragraphs } = ctx.doc;
  let made = false;
  for (let i = intro + 1; i < Math.min(paragraphs.length, intro + 1 + COLON_BLOCK_MAX); i++) {
    const q = paragraphs[i];
    // A paragraph that ends in a colon opens a block of its own ("Lars Holm echoed:").
    if (!q || q.role !== 'body' || q.dashEnd >= 0 || hasAttribution(ctx, q) || ctx.text.slice(q.start, q.end).endsWith(':')) break;
    // "Dahl has worked at the port since 2019.": a paragraph that names the speaker in the
    // third person is the writer's again.
    if (namesSpeaker(ctx, q, speaker)) break;
    const quote = ctx.quoteAt.get(q.start) ?? -1;
    // A block that opened with a quotation goes on with quotations: an unquoted paragraph
    // after one is the writer's again.
    if (quote < 0 && i > intro + 1 && ctx.quoteAt.has(paragraphs[intro + 1]?.start ?? -1)) break;
    const content = quote >= 0 ? ctx.quotes[quote]!.content : trimContent(ctx.text, q.start, q.end, true);
    if (quote >= 0) ctx.usedQuotes.add(quote);
    else markQuotesUsed(ctx, q.start, q.end);
    emit(ctx, { kind: 'direct', content, cue, speaker, via, rules: ['colon-block'] });
    made = true;
  }
  return made;
}

/** The speaker's surname outside quotes in paragraph p. */
function namesSpeaker(ctx: Context, p: Paragraph, speaker: Mention | null): boolean {
  if (speaker?.kind !== 'name') return false;
  const surname = speaker.text.split(/\s+/).pop()!.toLowerCase();
  for (let k = p.tokens[0]; k < p.tokens[1]; k++) {
    if (!ctx.inQuote[k] && ctx.tokens[k]!.normal === surname && isNameWord(ctx.tokens[k])) return true;
  }
  return false;
}

function colonIntro(ctx: Context, p: Paragraph): { cue: number; speaker: readonly [number, number]; via: readonly [number, number] | null } | null {
  const [first, last] = p.tokens;
  for (let k = last - 1; k >= first; k--) {
    const c = ctx.cueAt.get(k);
    const cue = c === undefined ? undefined : ctx.cues[c];
    if (c === undefined || !cue || cue.type === 'noun' || cue.type === 'according') {
      // "17-year-old Lars Holm echoed:": any verb just before the closing colon.
      const v = ctx.tokens[k];
      if (k === last - 2 && v?.pos === 'VERB' && c === undefined) {
        const np = phraseBefore(ctx.tokens, skipLeftModifiers(ctx.tokens, k, first), first);
        if (np) return { cue: addCue(ctx, k), speaker: np, via: null };
      }
      continue;
    }
    // "Karin Vik, 54, told Radio Nord:": the speaker's phrase before the aside about them.
    const np = phraseBefore(ctx.tokens, beforeAside(ctx.tokens, skipLeftModifiers(ctx.tokens, cue.from, first), first), first);
    // Only the listener, adjuncts ("told Radio Nord in a statement on Friday:") or a short
    // object ("said the following:") may stand between the cue and the colon.
    const via = viaAfter(ctx, cue.tokens[1], last - 1);
    const adjuncts = adjunctEnd(ctx, timePhraseEnd(ctx.tokens, via?.[1] ?? cue.tokens[1], last - 1), last - 1) >= last - 1;
    if (np && (adjuncts || last - cue.tokens[1] <= SHORT_OBJECT)) return { cue: c, speaker: np, via };
    const after = phraseAfter(ctx.tokens, cue.tokens[1], last);
    if (after && k > first && ctx.tokens[k - 1]?.text === ',') return { cue: c, speaker: after, via: null };
  }
  return null;
}

/** A paragraph that names its own speaker ends a colon block; stated beliefs do not. */
function hasAttribution(ctx: Context, p: Paragraph): boolean {
  for (let k = p.tokens[0]; k < p.tokens[1]; k++) {
    const c = ctx.cueAt.get(k);
    const cue = c === undefined ? undefined : ctx.cues[c];
    if (!cue || ctx.inQuote[k]) continue;
    if (cue.type === 'according') return true;
    // "The film mentions neither …": a verb with an everyday sense and an object reports
    // nothing ("X noted that …", "As X reported, “…”" do).
    const after = ctx.tokens[cue.tokens[1]];
    if (NEEDS_CLAUSE.has(cue.lemma) && after && /^\p{L}/u.test(after.text) && after.normal !== 'that' && !ctx.inQuote[cue.tokens[1]]) continue;
    if (cue.type === 'speech' && SPEECH_VERBS.has(cue.lemma) && phraseBefore(ctx.tokens, skipLeftModifiers(ctx.tokens, cue.from, p.tokens[0]), p.tokens[0])) return true;
  }
  return false;
}

/** A speaker's label has at most this many words before its colon ("Sen. Karin B. Vik:"). */
const LABEL_MAX_TOKENS = 5;

/**
 * Rule speaker-label: a paragraph led by a person's name and a colon, as in a transcript
 * ("KARIN VIK: We will not sell.", then "VIK: …") or a headline ("Ola Dahl: Port must stay
 * open"). The content must state something. The label is a person's: a name of two words or
 * more whose surname the article uses again, or one with a title or a given name first; a
 * single word only as the surname of a longer name in the article. "Update:", "Poll:" and a
 * place are no one's label. In a transcript the words are the speaker's own (direct); the
 * article's first line, a headline, reports them unless it quotes them whole.
 */
export function labelLines(ctx: Context): void {
  let names: NameCounts | null = null;
  for (const p of ctx.doc.paragraphs) {
    if (p.role === 'pullquote' || p.dashEnd >= 0) continue;
    const colon = labelEnd(ctx.tokens, p.tokens[0], p.tokens[1]);
    if (colon < 0) continue;
    const mark = ctx.tokens[colon]!;
    const content = trimContent(ctx.text, mark.end, p.end, true);
    if (!statesSomething(ctx, content) || wordCount(ctx.text, content, MIN_WORDS) < MIN_WORDS) continue;
    names ??= nameCounts(ctx.tokens);
    const speaker = mention(ctx, [p.tokens[0], colon]);
    if (!speaker || speaker.kind !== 'name' || !isPersonLabel(ctx.tokens, p.tokens[0], colon, speaker, names)) continue;
    // Quotes are detected in body text only: a heading's are read off its marks here.
    const quotes = quotesWithin(ctx, content);
    const one = quotes.length === 1 ? ctx.quotes[quotes[0]!] : undefined;
    const inner = one && one.outer.start <= content.start && one.outer.end >= content.end - 1 ? one.content
      : quotes.length ? null : quotedWhole(ctx.text, content);
    const partly = quotes.length > 0 || QUOTE_INSIDE.test(ctx.text.slice(content.start, content.end));
    const kind: ClaimKind = p.index > 0 || inner ? 'direct' : partly ? 'mixed' : 'indirect';
    for (const i of quotes) ctx.usedQuotes.add(i);
    const said = inner ?? trimContent(ctx.text, content.start, content.end, kind === 'direct');
    emit(ctx, { kind, content: said, cue: { start: mark.start, end: mark.end }, speaker, via: null, rules: ['speaker-label'] });
  }
}

/** The colon after a label of name words and titles that opens the paragraph, or -1. */
function labelEnd(tokens: readonly Token[], first: number, last: number): number {
  for (let k = first; k < Math.min(last, first + LABEL_MAX_TOKENS + 1); k++) {
    const t = tokens[k];
    if (t?.text === ':') return k > first ? k : -1;
    if (!isNameWord(t) && !TITLES.has(t?.normal ?? '') && !HONORIFICS.has(t?.normal ?? '')) return -1;
  }
  return -1;
}

/** How often each name word occurs, and the surnames of names two words or longer. */
interface NameCounts {
  readonly count: ReadonlyMap<string, number>;
  readonly surnames: ReadonlySet<string>;
}

function nameCounts(tokens: readonly Token[]): NameCounts {
  const count = new Map<string, number>();
  const surnames = new Set<string>();
  let run = 0;
  for (let k = 0; k <= tokens.length; k++) {
    const t = tokens[k];
    if (t && isNameWord(t)) {
      count.set(t.normal, (count.get(t.normal) ?? 0) + 1);
      run++;
      continue;
    }
    if (run >= 2) surnames.add(tokens[k - 1]?.normal ?? '');
    run = 0;
  }
  return { count, surnames };
}

function isPersonLabel(tokens: readonly Token[], a: number, colon: number, speaker: Mention, names: NameCounts): boolean {
  const last = tokens[colon - 1]?.normal ?? '';
  if (colon - a === 1) return names.surnames.has(last);
  if (typeOf(speaker) !== 'person') return false;
  const lead = tokens[a]?.normal ?? '';
  return TITLES.has(lead) || HONORIFICS.has(lead) || !!givenNameGender(lead) || (names.count.get(last) ?? 0) >= 2;
}

/**
 * A verb, a question, or in a Title Case headline (all names to the tagger) an auxiliary,
 * a negation or a past form: "Board Rejected Offer", "Port Will Not Reopen".
 */
function statesSomething(ctx: Context, content: Span): boolean {
  if (hasVerb(ctx, content)) return true;
  const part = ctx.text.slice(content.start, content.end);
  if (QUESTION_END.test(part)) return true;
  for (const w of part.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)?/gu) ?? []) {
    if (FINITE_WORDS.has(w) || /n['’]t$/.test(w) || /^\p{L}{3,}ed$/u.test(w)) return true;
  }
  return false;
}

/** A question mark, perhaps inside closing marks, ends the text. */
const QUESTION_END = /\?[\s"”’»)\]']*$/;

/** An opening quotation mark before a word: a headline that quotes part of what it reports. */
const QUOTE_INSIDE = /(?:^|[\s(])(?:''|["“‘«„‚])\p{L}/u;

/** The words inside quotation marks that enclose the whole span ("“We Will Not Sell.”"), or null. */
function quotedWhole(text: string, s: Span): Span | null {
  const part = text.slice(s.start, s.end).replace(/[.!?]$/, '');
  const open = part.startsWith("''") ? "''" : part[0] ?? '';
  const shut = part.endsWith("''") ? "''" : part[part.length - 1] ?? '';
  const inner = part.slice(open.length, part.length - shut.length);
  if (!QUOTE_PAIRS.get(open)?.includes(shut) || inner.length < 1 || inner.includes(open)) return null;
  return trimContent(text, s.start + open.length, s.start + open.length + inner.length, true);
}
