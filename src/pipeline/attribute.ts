// attribute: tie detected quotes and cues to content and a speaker mention. Rules run in a
// fixed order and each one claims the cues and quotes it uses, so no cue feeds two claims:
//   1. dash-paragraph   "– text, says X."  (no attribution: continues the last speaker)
//   2. colon-block      "X told Y:" and the unquoted paragraphs after it
//   3. quote-tail       "“text,” X said."
//   4. reported speech  (./reported.ts)
//   5. quote-continues  a long quote with no attribution of its own
// Ideas from textacy's direct_quotations (cue proximity) and GenderGapTracker's floating
// quotes (speaker inheritance); see research/code-anchors.md.
import type { Detected } from './detect.js';
import {
  type Context, addCue, createContext, cueText, quotesIn, emit, hasVerb, isTitleCase, mention, phraseBefore,
  skipLeftModifiers, tailAt, tokenAt, trimContent, viaAfter, wordCount,
} from './context.js';
import { phraseAfter } from './phrases.js';
import { reportedSpeech } from './reported.js';
import type { Candidate, Doc, Mention, Paragraph, Span } from '../types.js';
import { SPEECH_VERBS } from '../lexicons/cues.js';

/** An unattributed quote needs this many words to count as someone's statement. */
const CONTINUATION_MIN_WORDS = 6;
/** A colon block ends after this many paragraphs even with no heading in between. */
const COLON_BLOCK_MAX = 12;

export function attribute(doc: Doc, detected: Detected): Candidate[] {
  const ctx = createContext(doc, detected);
  for (const p of doc.paragraphs) if (p.role === 'body' && p.dashEnd >= 0) dashParagraph(ctx, p);
  colonBlocks(ctx);
  ctx.quotes.forEach((_, i) => quoteTail(ctx, i));
  reportedSpeech(ctx);
  ctx.quotes.forEach((_, i) => quoteContinues(ctx, i));
  return ctx.out.sort((a, b) => a.content.start - b.content.start);
}

/** Rule dash-paragraph: "– Content, says X." or a dash line that continues the last speaker. */
function dashParagraph(ctx: Context, p: Paragraph): void {
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

/** Rule colon-block: "Political analyst X told Y:" owns the unquoted paragraphs that follow. */
function colonBlocks(ctx: Context): void {
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
      // "17-year-old Jared Potts echoed:": any verb just before the closing colon.
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

/** Rule quote-tail: “Content,” X said. / “Content,” said X to Y. */
function quoteTail(ctx: Context, i: number): void {
  const q = ctx.quotes[i];
  if (!q || ctx.usedQuotes.has(i) || !q.closed) return;
  const p = ctx.doc.paragraphs[q.paragraph];
  if (!p) return;
  // “…,” X said. A quote that ends its sentence (“… .” X said …) has no tail after it.
  const after = tokenAt(ctx.tokens, q.outer.end);
  const inside = ctx.text.slice(q.content.end - 1, q.outer.end).replace(/['"”’»\s]/g, '');
  const ended = inside.endsWith('.') && ctx.tokens[after]?.text !== ',';
  const comma = /[,?!]$/.test(inside) || ctx.tokens[after]?.text === ',';
  const tail = (ended ? null : tailAt(ctx, after, p.tokens[1], comma)) ?? quoteLead(ctx, q.outer.start, p.tokens[0]);
  if (!tail) return;
  ctx.usedCues.add(tail.cue);
  ctx.usedQuotes.add(i);
  const cue = ctx.cues[tail.cue];
  // A short fragment inside a sentence (“… words like “maybe”, he told reporters”): the
  // tail attributes the whole sentence, with the fragment in it.
  const s = ctx.doc.sentences[ctx.sentenceOf[tokenAt(ctx.tokens, q.outer.start)] ?? -1];
  const fragment = !!s && s.start < q.outer.start && wordCount(ctx.text, q.content) <= SHORT_FRAGMENT;
  emit(ctx, {
    kind: fragment ? 'mixed' : 'direct',
    content: fragment && s ? trimContent(ctx.text, s.start, q.outer.end) : q.content,
    cue: cue ? cueText(ctx, cue) : null,
    speaker: mention(ctx, tail.speaker), via: mention(ctx, tail.via), rules: ['quote-tail'],
  });
}

/** A quoted fragment this short inside a sentence is part of a mixed claim. */
const SHORT_FRAGMENT = 3;

/** "with Trump reportedly yelling: “…”", "Jones echoed: “…”": a verb and a colon before a quote. */
function quoteLead(ctx: Context, open: number, floor: number): { cue: number; speaker: readonly [number, number]; via: null } | null {
  const t = ctx.tokens;
  const k = tokenAt(t, open);
  if (t[k - 1]?.text !== ':' || t[k - 2]?.pos !== 'VERB') return null;
  const np = phraseBefore(t, skipLeftModifiers(t, k - 2, floor), floor);
  if (!np) return null;
  const cue = addCue(ctx, k - 2);
  return ctx.usedCues.has(cue) ? null : { cue, speaker: np, via: null };
}

/** Rule quote-continues: a quote long enough to be a statement, with no attribution of its own. */
function quoteContinues(ctx: Context, i: number): void {
  const q = ctx.quotes[i];
  if (!q || ctx.usedQuotes.has(i)) return;
  const a = tokenAt(ctx.tokens, q.content.start);
  if (ctx.covered[a]) return;
  // Scare quotes, names and titles ("The Art of the Deal") are no one's statement. A quote
  // that opens a sentence after a claim of the same paragraph (“…,” she said. “No.”) or
  // fills its own paragraph continues its speaker even when short.
  const p = ctx.doc.paragraphs[q.paragraph];
  const prev = ctx.tokens[tokenAt(ctx.tokens, q.outer.start) - 1];
  const opensSentence = !prev || (prev.start < (p?.start ?? 0)) || /^[.!?"”'’]$/.test(prev.text);
  const after = (ctx.claimEnds.get(q.paragraph) ?? Infinity) <= q.outer.start;
  const whole = p && q.outer.start === p.start && q.outer.end >= p.end - 1;
  const min = opensSentence && after ? 2 : whole ? 4 : CONTINUATION_MIN_WORDS;
  if (wordCount(ctx.text, q.content) < min || isTitleCase(ctx.text.slice(q.content.start, q.content.end))) return;
  if (!hasVerb(ctx, q.content) && min === CONTINUATION_MIN_WORDS) return;
  ctx.usedQuotes.add(i);
  emit(ctx, { kind: 'direct', content: q.content, cue: null, speaker: null, via: null, rules: ['quote-continues'] });
}
