// attribute: tie detected quotes and cues to content and a speaker mention. Rules run in a
// fixed order and each one claims the cues and quotes it uses, so no cue feeds two claims:
//   1. dash-paragraph   "– text, says X."  (no attribution: continues the last speaker)
//   2. colon-block      "X told Y:" and the unquoted paragraphs after it
//      speaker-label    "KARIN VIK: text", a line led by its speaker's name
//   3. quote-tail       "“text,” X said."
//   4. reported speech  (./reported.ts); "In X's view, …" (./views.ts, as according-to)
//   5. quote-continues  a long quote with no attribution of its own, or the second part
//                       of a split quote (“…,” X said, “…”); inside a sentence with a
//                       named subject, that subject's (quote-subject)
// Files: context.ts (the stage's shared state and emit), blocks.ts (1, 2), tails.ts (3),
// reported.ts, named.ts and clauses.ts (4).
// Ideas from textacy's direct_quotations (cue proximity) and GenderGapTracker's floating
// quotes (speaker inheritance); see research/code-anchors.md.
import { colonBlocks, dashParagraph } from './blocks.js';
import { labelLines } from './labels.js';
import { brokenMarkup } from './broken.js';
import type { Detected } from '../detect.js';
import {
  type Context, addCue, createContext, cueText, emit, hasVerb, isTitleCase, mention, phraseBefore,
  skipLeftModifiers, trimContent, wordCount,
} from './context.js';
import { tokenAt } from '../text/search.js';
import { tailAt } from './tails.js';
import { reportedSpeech } from './reported.js';
import { inView } from './views.js';
import { appositiveSubject } from './clauses.js';
import { isNameWord, phraseAfter } from '../text/phrases.js';
import { startsLowerCase, startsUpperCase } from '../../letters.js';
import type { Candidate, Doc, Mention } from '../../types.js';

/** An unattributed quote needs this many words to count as someone's statement. */
const CONTINUATION_MIN_WORDS = 6;

export function attribute(doc: Doc, detected: Detected): Candidate[] {
  const ctx = createContext(doc, detected);
  for (const p of doc.paragraphs) if (p.role === 'body') dashParagraph(ctx, p);
  colonBlocks(ctx);
  labelLines(ctx);
  ctx.quotes.forEach((_, i) => quoteTail(ctx, i));
  reportedSpeech(ctx);
  inView(ctx);
  ctx.quotes.forEach((_, i) => quoteContinues(ctx, i));
  brokenMarkup(ctx);
  return ctx.out.sort((a, b) => a.content.start - b.content.start);
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
  // After “…!” or “…?” a capitalised word that is no name opens a new sentence: “Stop!”
  // her uncle shouted, but “Stop!” Her uncle frowned …
  const next = ctx.tokens[after];
  const newSentence = /[!?]$/.test(inside) && !!next && startsUpperCase(next.text) && !isNameWord(next);
  const ended = (inside.endsWith('.') && next?.text !== ',') || newSentence;
  const comma = /[,?!]$/.test(inside) || ctx.tokens[after]?.text === ',';
  // A short fragment inside a sentence (“… words like “maybe”, he told reporters”): the
  // tail attributes the whole sentence, with the fragment in it. Only a verb of saying
  // does: in "As for the mayor's slip over “Nordhavn,” Vik saw …" the fragment is a name.
  const s = ctx.doc.sentences[ctx.sentenceOf[tokenAt(ctx.tokens, q.outer.start)] ?? -1];
  const fragment = !!s && s.start < q.outer.start && wordCount(ctx.text, q.content, SHORT_FRAGMENT + 1) <= SHORT_FRAGMENT;
  // Any verb may be the tail of a quote that opens its sentence (“…,” Vik continued); one
  // inside a clause ("Although she told the court that “…,” she sold …") takes a cue word.
  const opens = !s || s.start >= q.outer.start;
  const behind = ended ? null : tailAt(ctx, after, p.tokens[1], comma && !fragment && opens);
  const tail = behind ?? quoteLead(ctx, q.outer.start, p.tokens[0]);
  // “Harbour Lights,” a novel written by Anna Holm: a passive with its agent describes, it
  // is no tail ("he said by phone" is one).
  if (!tail || passiveAgent(ctx, ctx.cues[tail.cue]?.tokens[1] ?? 0)) return;
  ctx.usedCues.add(tail.cue);
  ctx.usedQuotes.add(i);
  const cue = ctx.cues[tail.cue];
  // After "X said:" the quote is the content, however short ("Asked if …, Dahl said: “No.”").
  const mixed = fragment && !!behind;
  emit(ctx, {
    kind: mixed ? 'mixed' : 'direct',
    content: mixed && s ? trimContent(ctx.text, s.start, q.outer.end) : q.content,
    cue: cue ? cueText(ctx, cue) : null,
    speaker: mention(ctx, tail.speaker), via: mention(ctx, tail.via), rules: ['quote-tail'],
  });
}

/** "by" and a name or a phrase with an article at token k: the agent of a passive. */
function passiveAgent(ctx: Context, k: number): boolean {
  const agent = ctx.tokens[k + 1];
  return ctx.tokens[k]?.normal === 'by' && !!agent && (agent.pos === 'DET' || isNameWord(agent));
}

/** A quoted fragment this short inside a sentence is part of a mixed claim. */
const SHORT_FRAGMENT = 3;

/** "with Dahl reportedly shouting: “…”", "Holm echoed: “…”": a verb and a colon before a quote. */
function quoteLead(ctx: Context, open: number, floor: number): { cue: number; speaker: readonly [number, number]; via: null } | null {
  const t = ctx.tokens;
  const k = tokenAt(t, open);
  // The tagger may read an -ing form after a verb as a noun: "is shown lecturing/NOUN:".
  const gerund = /ing$/.test(t[k - 2]?.normal ?? '') && t[k - 3]?.pos === 'VERB';
  if (t[k - 1]?.text !== ':' || (t[k - 2]?.pos !== 'VERB' && !gerund)) return null;
  let v = skipLeftModifiers(t, k - 2, floor);
  // "X was heard saying: “…”", "X is shown lecturing: “…”": a passive of perception first.
  if (t[v - 1]?.pos === 'VERB' && t[v - 2]?.pos === 'AUX' && /ing$/.test(t[k - 2]?.normal ?? '')) v = skipLeftModifiers(t, v - 1, floor);
  // "X, who …, is shown lecturing:": the subject before its aside.
  const before = phraseBefore(t, v, floor);
  const aside = !before && t[v - 1]?.text === ',' ? appositiveSubject(ctx, v - 1, floor) : null;
  const np = before ?? (aside ? [tokenAt(t, aside.start), tokenAt(t, aside.end)] as const : null);
  if (!np) return null;
  const cue = addCue(ctx, k - 2);
  return ctx.usedCues.has(cue) ? null : { cue, speaker: np, via: null };
}

/** Tokens a tail may take between the two parts of a split quote. */
const SPLIT_TAIL = 12;

/**
 * “First part,” she said, “second part.”: the quote before, in the same sentence, is a
 * claim, and no more than a tail stands between the two. Called with a comma before quote i.
 */
function resumesQuote(ctx: Context, i: number): boolean {
  const q = ctx.quotes[i];
  const before = ctx.quotes[i - 1];
  if (!q || !before || !ctx.usedQuotes.has(i - 1) || before.paragraph !== q.paragraph) return false;
  const from = tokenAt(ctx.tokens, before.outer.end);
  const to = tokenAt(ctx.tokens, q.outer.start);
  return to - from <= SPLIT_TAIL && ctx.sentenceOf[from] === ctx.sentenceOf[to];
}

/** Rule quote-continues: a quote long enough to be a statement, with no attribution of its own. */
function quoteContinues(ctx: Context, i: number): void {
  const q = ctx.quotes[i];
  if (!q || ctx.usedQuotes.has(i)) return;
  const a = tokenAt(ctx.tokens, q.content.start);
  if (ctx.covered[a]) return;
  // Scare quotes, names and titles ("The Art of Sailing") are no one's statement. A quote
  // that opens a sentence after a claim of the same paragraph (“…,” she said. “No.”) or
  // fills its own paragraph continues its speaker even when short.
  const p = ctx.doc.paragraphs[q.paragraph];
  const prev = ctx.tokens[tokenAt(ctx.tokens, q.outer.start) - 1];
  const opensSentence = !prev || (prev.start < (p?.start ?? 0)) || /^[.!?"”'’]$/.test(prev.text);
  const after = (ctx.claimEnds.get(q.paragraph) ?? Infinity) <= q.outer.start;
  const whole = p && q.outer.start === p.start && q.outer.end >= p.end - 1;
  // A paragraph wrapped whole in quotation marks that opens in lower case ("“this weekend,
  // it stays mild.”") is a page's broken markup around narration, not someone's words.
  if (whole && startsLowerCase(ctx.text.slice(q.content.start, q.content.start + 1))) return;
  // Inside a sentence whose subject is named ("X has urged graduates to “…”"), the quote is
  // that subject's rather than the last speaker's; a split quote keeps its speaker.
  const subject = opensSentence || prev?.text === ',' && resumesQuote(ctx, i) ? null : sentenceSubject(ctx, tokenAt(ctx.tokens, q.outer.start));
  // A colon after a named subject introduces its words, short ones too: "X put it plainly: “…”".
  const introduced = prev?.text === ':' && !!subject;
  const min = prev?.text === ',' && resumesQuote(ctx, i) ? 1 : (opensSentence && after) || introduced ? 2 : whole ? 4 : CONTINUATION_MIN_WORDS;
  if (wordCount(ctx.text, q.content, min) < min || isTitleCase(ctx.text.slice(q.content.start, q.content.end))) return;
  if (!hasVerb(ctx, q.content) && min === CONTINUATION_MIN_WORDS) return;
  ctx.usedQuotes.add(i);
  emit(ctx, { kind: 'direct', content: q.content, cue: null, speaker: subject, via: null, rules: [subject ? 'quote-subject' : 'quote-continues'] });
}

/**
 * The name that opens the sentence of token k as its subject: a verb follows it, or follows
 * the aside after it ("Ola Dahl, a lawyer for the union, has urged …"). Not a pronoun: "he"
 * there was resolved worse than by the last speaker (measured on the development set).
 */
function sentenceSubject(ctx: Context, k: number): Mention | null {
  const t = ctx.tokens;
  const s = ctx.doc.sentences[ctx.sentenceOf[k] ?? -1];
  if (!s) return null;
  let a = s.tokens[0];
  while (a < k && (t[a]?.pos === 'CCONJ' || t[a]?.pos === 'ADV')) a++;
  if (ctx.inQuote[a]) return null;
  const np = phraseAfter(t, a, k);
  if (!np) return null;
  let v = np[1];
  if (t[v]?.text === ',') {
    v++;
    while (v < Math.min(k, np[1] + SUBJECT_ASIDE) && t[v]?.text !== ',') v++;
    if (t[v]?.text !== ',') return null; // no end to the aside: no subject known
    v++;
  }
  if (t[v]?.pos === 'ADV') v++;
  if (t[v]?.pos !== 'VERB' && t[v]?.pos !== 'AUX') return null;
  const m = mention(ctx, np);
  return m?.kind === 'name' ? m : null;
}

/** Tokens an aside between a sentence's subject and its verb may have. */
const SUBJECT_ASIDE = 16;
