// Rules for pages whose markup lost a paragraph break or an opening quotation mark, as
// scraped and machine-translated copy often does:
//   tail-paragraph  a paragraph that is only an attribution ("the prime minister said.")
//                   gives the unclaimed paragraph before it to its speaker
//   open-lost       "…, these decisions stay here,” Vik added.": a closing mark with no
//                   opening one in its paragraph quotes the paragraph up to it
// They run last, on what no other rule claimed.
import type { Paragraph, Span } from '../../types.js';
import { type Context, cueText, emit, hasVerb, mention, trimContent } from './context.js';
import { type Tail, tailAt } from './tails.js';
import { tokenAt } from '../text/search.js';

export function brokenMarkup(ctx: Context): void {
  const body = ctx.doc.paragraphs.filter((p) => p.role === 'body');
  body.forEach((p, n) => {
    tailParagraph(ctx, p, body[n - 1]);
    openLost(ctx, p);
  });
}

function tailParagraph(ctx: Context, p: Paragraph, prev: Paragraph | undefined): void {
  const [first, last] = p.tokens;
  if (!prev || prev.index !== p.index - 1 || claimed(ctx, ...prev.tokens) || claimed(ctx, ...p.tokens)) return;
  // The whole paragraph is the tail: a phrase and a cue, or a cue and a phrase, and a stop.
  const tail = tailAt(ctx, first, last);
  if (!tail || !/^[.!?]$/.test(ctx.tokens[tail.end]?.text ?? '') || tail.end !== last - 1) return;
  claimWithTail(ctx, tail, trimContent(ctx.text, prev.start, prev.end, true), 'tail-paragraph');
}

function openLost(ctx: Context, p: Paragraph): void {
  const line = ctx.text.slice(p.start, p.end);
  const close = line.indexOf('”');
  // A closing mark with none opening before it, after a comma, and a tail after it.
  if (close <= 0 || line.lastIndexOf('“', close) >= 0 || line[close - 1] !== ',') return;
  const k = tokenAt(ctx.tokens, p.start + close + 1);
  if (claimed(ctx, p.tokens[0], k)) return;
  const tail = tailAt(ctx, k, p.tokens[1]);
  if (!tail) return;
  claimWithTail(ctx, tail, trimContent(ctx.text, p.start, p.start + close, true), 'open-lost');
}

/** The content as the tail's speaker's own words, if it states something; the tail's cue is spent. */
function claimWithTail(ctx: Context, tail: Tail, content: Span, rule: string): void {
  if (!hasVerb(ctx, content)) return;
  ctx.usedCues.add(tail.cue);
  const cue = ctx.cues[tail.cue];
  emit(ctx, {
    kind: 'direct', content, cue: cue ? cueText(ctx, cue) : null, speaker: mention(ctx, tail.speaker), via: mention(ctx, tail.via), rules: [rule],
  });
}

/** A claim already covers a token in [a, b). */
function claimed(ctx: Context, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (ctx.covered[k]) return true;
  return false;
}
