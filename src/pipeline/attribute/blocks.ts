// Paragraph-level rules: dash-led quotes ("– Content, says X.", at a paragraph's start or
// after a sentence in it) and a colon intro ("X told Y:") with the unquoted paragraphs after
// it; the speaker-label rule is labels.ts. They claim whole paragraphs or stretches of them,
// so they run first and the sentence-level rules leave their cues and quotes alone.
import { NEEDS_CLAUSE, SPEECH_VERBS } from '../../lexicons/cues.js';
import {
  type Context, addCue, cueText, emit, hasVerb, mention, phraseBefore, quotesIn, skipLeftModifiers, trimContent,
} from './context.js';
import { tokenAt } from '../text/search.js';
import { tailAt, viaAfter } from './tails.js';
import { isNameWord, phraseAfter, timePhraseEnd } from '../text/phrases.js';
import { beforeAside, pastAside } from '../text/asides.js';
import { adjunctEnd } from './adjuncts.js';
import { isDash } from '../text/tokens.js';
import type { Mention, Paragraph, Span } from '../../types.js';

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

/** The colon intro of the body paragraph just before p ("He elaborates:", "Holm told Radio Nord:"), if it is one. */
function introBefore(ctx: Context, p: Paragraph): ReturnType<typeof colonIntro> {
  const prev = ctx.doc.paragraphs[p.index - 1];
  if (!prev || prev.role !== 'body' || !ctx.text.slice(prev.start, prev.end).endsWith(':')) return null;
  return colonIntro(ctx, prev);
}

/**
 * "X, an analyst, commented on the risk for Radio Nord." closing the body paragraph before a
 * dash: a speech verb with a named subject and a topic after it ("on", "about"), no content
 * of its own. The dash answer that follows is X's.
 */
function topicIntroBefore(ctx: Context, p: Paragraph): ReturnType<typeof colonIntro> {
  const prev = ctx.doc.paragraphs[p.index - 1];
  const s = prev?.role === 'body' ? ctx.doc.sentences[prev.sentences[prev.sentences.length - 1] ?? -1] : undefined;
  if (!s) return null;
  const [first, last] = s.tokens;
  for (let k = first; k < last; k++) {
    const c = ctx.cueAt.get(k);
    const cue = c === undefined ? undefined : ctx.cues[c];
    if (!cue || cue.type !== 'speech' || ctx.inQuote[k] || cue.negated) continue;
    if (!TOPIC_PREPOSITIONS.has(ctx.tokens[cue.tokens[1]]?.normal ?? '')) continue;
    const np = phraseBefore(ctx.tokens, beforeAside(ctx.tokens, skipLeftModifiers(ctx.tokens, cue.from, first), first), first);
    if (np && mention(ctx, np)?.kind === 'name') return { cue: c!, speaker: np, via: null };
  }
  return null;
}
const TOPIC_PREPOSITIONS: ReadonlySet<string> = new Set(['on', 'about', 'upon']);

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
  // The sentences from the one the quote opens in, to its end (not the paragraph's every
  // sentence for every dash: a paragraph of many dashes stays linear).
  for (let s = Math.max(ctx.sentenceOf[first] ?? p.sentences[0] ?? 0, p.sentences[0] ?? 0); s <= (p.sentences[p.sentences.length - 1] ?? -1); s++) {
    const [a, b] = ctx.doc.sentences[s]!.tokens;
    if (a >= end) break;
    if (b <= first) continue;
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
      // "– “The port will stay open,” says X": the quote inside the dash is the content.
      const whole = ctx.quoteAt.get(from);
      const quoted = whole !== undefined && (ctx.quotes[whole]?.outer.end ?? Infinity) <= (ctx.tokens[k + 1]?.start ?? Infinity) + 1 ? ctx.quotes[whole]!.content : null;
      emit(ctx, {
        kind: 'direct', content: quoted ?? trimContent(ctx.text, from, comma), cue: cue ? cueText(ctx, cue) : null,
        speaker: mention(ctx, tail.speaker), via: mention(ctx, tail.via), rules: ['dash-paragraph', 'tail-attribution'],
      });
      return;
    }
  }
  // With no attribution the quote continues the last speaker, if it is a statement at all
  // (list items and bylines after a dash have no verb); after "He elaborates:" alone on the
  // paragraph before, it is the speaker of that intro's.
  const content = trimContent(ctx.text, from, to, true);
  if (first >= end || !hasVerb(ctx, content)) return;
  markQuotesUsed(ctx, from, to);
  const intro = from === p.dashEnd ? introBefore(ctx, p) : null;
  const topic = from === p.dashEnd && !intro ? topicIntroBefore(ctx, p) : null;
  if (intro || topic) {
    const { cue: c, speaker, via } = (intro ?? topic)!;
    ctx.usedCues.add(c);
    const cue = ctx.cues[c];
    const cueSpan = cue ? cueText(ctx, cue) : null;
    emit(ctx, {
      kind: 'direct', content, cue: cueSpan, speaker: mention(ctx, speaker), via: mention(ctx, via),
      rules: ['dash-paragraph', intro ? 'colon-intro' : 'topic-intro'],
    });
    // After "X commented on it." the answer runs on in the plain paragraphs after the dash.
    if (topic && to >= p.end) colonBlock(ctx, p.index, cueSpan, mention(ctx, speaker), null);
    return;
  }
  // "– Is it dangerous? – No, it is not, Holm answers.": a question that a dash answer
  // follows is the interviewer's.
  const question = /\?["”’»]?$/.test(ctx.text.slice(content.start, content.end)) && answerFollows(ctx, p, to);
  emit(ctx, { kind: 'direct', content, cue: null, speaker: null, via: null, rules: ['dash-paragraph', question ? 'interview-question' : 'continues-last-speaker'] });
}

/** Another dash quote after offset `to`: later in paragraph p, or opening the next body paragraph. */
function answerFollows(ctx: Context, p: Paragraph, to: number): boolean {
  if (to < p.end) return true; // the quote ended at the next dash of its paragraph
  const next = ctx.doc.paragraphs[p.index + 1];
  return !!next && next.role === 'body' && next.dashEnd >= 0;
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
    // An intro whose cue a dash quote after it has taken ("He elaborates:") is spent.
    if (!intro || ctx.usedCues.has(intro.cue)) continue;
    ctx.usedCues.add(intro.cue);
    const cue = ctx.cues[intro.cue];
    // "X notes that the crews achieved the following:": the items complete a reported clause.
    let reported = false;
    for (let k = cue?.tokens[1] ?? p.tokens[1]; k < p.tokens[1] && !reported; k++) reported = ctx.tokens[k]?.normal === 'that';
    colonBlock(ctx, p.index, cue ? cueText(ctx, cue) : null, mention(ctx, intro.speaker), mention(ctx, intro.via), reported);
  }
}

/**
 * The paragraphs after an intro that ends in a colon: each one a claim, direct, or indirect
 * when the intro is a reported clause the items complete (`reported`: "X notes that … the
 * following:"); a quoted paragraph is direct either way.
 */
export function colonBlock(ctx: Context, intro: number, cue: Span | null, speaker: Mention | null, via: Mention | null, reported = false): boolean {
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
    emit(ctx, { kind: quote < 0 && reported ? 'indirect' : 'direct', content, cue, speaker, via, rules: ['colon-block'] });
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
        // "…, says Karin Vik and continues:": the subject before "and".
        const before = skipLeftModifiers(ctx.tokens, k, first);
        const np = phraseBefore(ctx.tokens, ctx.tokens[before - 1]?.normal === 'and' ? before - 1 : before, first);
        if (np) return { cue: addCue(ctx, k), speaker: np, via: null };
      }
      continue;
    }
    // "Karin Vik, 54, told Radio Nord:": the speaker's phrase before the aside about them;
    // "…, says Karin Vik and continues:": the subject before "and".
    const left = skipLeftModifiers(ctx.tokens, cue.from, first);
    const np = phraseBefore(ctx.tokens, ctx.tokens[left - 1]?.normal === 'and' ? left - 1 : beforeAside(ctx.tokens, left, first), first);
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
