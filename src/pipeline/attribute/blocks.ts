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
import { isNameWord, phraseAfter } from '../text/phrases.js';
import type { ClaimKind, Mention, Paragraph, Span, Token } from '../../types.js';

/** A colon block ends after this many paragraphs even with no heading in between. */
const COLON_BLOCK_MAX = 12;

/** Rule dash-paragraph: "– Content, says X." or a dash line that continues the last speaker. */
export function dashParagraph(ctx: Context, p: Paragraph): void {
  const [first, last] = p.tokens;
  const start = tokenAt(ctx.tokens, p.dashEnd);
  // The attribution is the last comma-led tail of the paragraph: try commas from the end.
  for (let k = last - 1; k > start; k--) {
    if (ctx.tokens[k]?.text !== ',') continue;
    const tail = tailAt(ctx, k, last);
    if (!tail || !endsParagraph(ctx, tail.end, last)) continue;
    ctx.usedCues.add(tail.cue);
    const cue = ctx.cues[tail.cue];
    markQuotesUsed(ctx, p.dashEnd, ctx.tokens[k]?.start ?? p.end);
    emit(ctx, {
      kind: 'direct',
      content: trimContent(ctx.text, p.dashEnd, ctx.tokens[k]?.start ?? p.end),
      cue: cue ? cueText(ctx, cue) : null,
      speaker: mention(ctx, tail.speaker),
      via: mention(ctx, tail.via),
      rules: ['dash-paragraph', 'tail-attribution'],
    });
    return;
  }
  // With no attribution the line continues the last speaker, if it is a statement at all
  // (list items and bylines after a dash have no verb).
  const content = trimContent(ctx.text, p.dashEnd, p.end, true);
  if (first >= last || !hasVerb(ctx, content)) return;
  markQuotesUsed(ctx, p.dashEnd, p.end);
  emit(ctx, { kind: 'direct', content, cue: null, speaker: null, via: null, rules: ['dash-paragraph', 'continues-last-speaker'] });
}

/** After a tail only a prepositional phrase, "and adds:" or final punctuation may follow. */
function endsParagraph(ctx: Context, k: number, last: number): boolean {
  for (let i = k; i < last; i++) {
    const t = ctx.tokens[i];
    if (t && /^[.!?]$/.test(t.text) && i < last - 1) return false;
  }
  return last - k <= 12;
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
    const np = phraseBefore(ctx.tokens, skipLeftModifiers(ctx.tokens, cue.from, first), first);
    // Only the listener or a short phrase may stand between the cue and the colon.
    if (np && last - cue.tokens[1] <= 8) return { cue: c, speaker: np, via: viaAfter(ctx, cue.tokens[1], last - 1) };
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
