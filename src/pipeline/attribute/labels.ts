// Rule speaker-label: a paragraph led by its speaker's name and a colon, as in a transcript
// or a headline. Runs with the paragraph rules of blocks.ts, before the sentence rules.
import { FINITE_WORDS } from '../../lexicons/cues.js';
import { HONORIFICS, TITLES } from '../../lexicons/names.js';
import { QUOTE_PAIRS } from '../../lexicons/marks.js';
import { type Context, MIN_WORDS, emit, hasVerb, mention, quotesWithin, trimContent, wordCount } from './context.js';
import { givenNameGender, typeOf } from '../text/names.js';
import { isNameWord } from '../text/phrases.js';
import type { ClaimKind, Mention, Span, Token } from '../../types.js';

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
