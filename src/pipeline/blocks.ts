// Paragraph-level rules: a dash-led quote paragraph ("– Content, says X."), and a colon
// intro ("X told Y:") with the unquoted paragraphs after it. Both claim whole paragraphs,
// so they run first and the sentence-level rules leave their cues and quotes alone.
import { SPEECH_VERBS } from '../lexicons/cues.js';
import {
  type Context, addCue, cueText, emit, hasVerb, mention, phraseBefore, quotesIn, skipLeftModifiers,
  tailAt, tokenAt, trimContent, viaAfter,
} from './context.js';
import { phraseAfter } from './phrases.js';
import type { Mention, Paragraph, Span } from '../types.js';

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
    if (!q || q.role !== 'body' || q.dashEnd >= 0 || hasAttribution(ctx, q)) break;
    const quote = ctx.quoteAt.get(q.start) ?? -1;
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
    if (cue.type === 'speech' && SPEECH_VERBS.has(cue.lemma) && phraseBefore(ctx.tokens, skipLeftModifiers(ctx.tokens, cue.from, p.tokens[0]), p.tokens[0])) return true;
  }
  return false;
}

