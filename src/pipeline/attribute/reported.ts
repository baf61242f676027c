// Reported speech: claims carried by a cue outside quotation marks. One rule per shape:
//   cue-after-content "…, writes X." / "…, X said, …"
//   subject-cue       "X says (that) …", "She went on to say that …", "X, a spokesman, said …"
//   participle        "…, noting that …" (same speaker as the claim before it)
//   shared-subject    "… and said …", "… and in a letter wrote that …"
// and, in ./named.ts, the cues whose source is named in a phrase: according-to, noun-cue,
// naming-quote, backward-reference, as-lead, quoted-as. Content with a quoted fragment
// inside is `mixed`; content that is one whole quote is `direct`.
import { LISTENER_VERBS, NAMING_VERBS } from '../../lexicons/cues.js';
import type { Cue } from '../detect.js';
import { type Bounds, type Context, MIN_WORDS, hasVerb, mention, phraseBefore, say, skipLeftModifiers, tokenSpan } from './context.js';
import { SUBORDINATORS, subjectCue } from './subject.js';
import { apposedName } from './tails.js';
import { accordingTo, asLead, backwardReference, namingQuote, nounCue, pointsBack, quotedAs } from './named.js';
import { finiteVerbIn, subjectThenCue, verblessTail } from './clauses.js';
import { clauseEnd } from './ends.js';
import { adjunctEnd } from './adjuncts.js';
import { NOT_NAMES, TIME_NOUNS } from '../../lexicons/names.js';
import { CONDITIONALS } from '../../lexicons/estimative.js';
import { phraseAfter } from '../text/phrases.js';
import { RELATIVE_PRONOUNS, beforeAside } from '../text/asides.js';

/** Words that open a condition (the one-word forms of the estimative lexicon's conditionals). */
const CONDITIONS: ReadonlySet<string> = new Set(CONDITIONALS.filter((w) => !w.includes(' ')));

export function reportedSpeech(ctx: Context): void {
  forEachCue(ctx, (cue, c, b) => cue.type === 'according' ? accordingTo(ctx, cue, b)
      : cue.type === 'noun' ? nounCue(ctx, cue, b)
      : cue.type === 'naming' ? namingQuote(ctx, cue, b)
      // "Most residents wanted the school open, Vik said.": a belief inside what a closing
      // tail reports is part of it (nested speech goes to the outer source).
      : cue.type === 'belief' && tailFollows(ctx, c, b.sb) ? false
      : quotedAs(ctx, cue, b) || backwardReference(ctx, cue, b) || pointsBack(ctx, cue, b) || cueAfterContent(ctx, cue, b) || asLead(ctx, cue, b) || subjectCue(ctx, cue, b)
        // "described the strike as …": a speech verb that also names, with no clause.
        || (NAMING_VERBS.has(cue.lemma) && namingQuote(ctx, cue, b)));
}

/** Runs a rule on each cue not used yet, outside quotes, in a body paragraph; a cue it uses is spent. */
function forEachCue(ctx: Context, rule: (cue: Cue, c: number, b: Bounds) => boolean): void {
  ctx.cues.forEach((cue, c) => {
    const i = cue.tokens[0];
    if (ctx.usedCues.has(c) || ctx.inQuote[i] || ctx.covered[i]) return;
    const s = ctx.doc.sentences[ctx.sentenceOf[i] ?? -1];
    const para = ctx.doc.paragraphs[ctx.paragraphOf[i] ?? -1];
    if (!s || para?.role !== 'body') return;
    if (rule(cue, c, { sa: s.tokens[0], sb: s.tokens[1] })) ctx.usedCues.add(c);
  });
}

/** The next cue is a speech cue after a comma that closes the sentence: "…, X said on Monday." */
function tailFollows(ctx: Context, c: number, sb: number): boolean {
  const tail = ctx.cues[c + 1];
  if (!tail || tail.type !== 'speech' || tail.tokens[0] >= sb) return false;
  let comma = false; // between the two cues, outside quotes
  for (let x = ctx.cues[c]!.tokens[1]; x < tail.from && !comma; x++) comma = ctx.tokens[x]?.text === ',' && !ctx.inQuote[x];
  if (!comma) return false;
  for (let x = tail.tokens[1]; x < sb; x++) {
    const w = ctx.tokens[x]!;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.normal === 'that' || w.text === ':' || ctx.inQuote[x]) return false;
  }
  return true;
}

/**
 * The tail after content: its speaker (after the cue, "…, says X", or before it, "…, X
 * said"), the comma that ends the content, and the token after the tail: past a time, a
 * phrase with no verb ("at a rally in Vik") and the listener. Null when more follows that
 * is not a comma, the sentence's end or the outlet ("…, she said to reporters").
 */
function tailOf(ctx: Context, cue: Cue, sa: number, sb: number): { np: readonly [number, number]; comma: number; end: number } | null {
  const t = ctx.tokens;
  let comma = -1;
  let np: readonly [number, number] | null = null;
  let end = cue.tokens[1];
  // "…, says X" (not a participle: in "…, telling reporters" the listener follows; not
  // "…, did not mention X", whose X is an object; not "…, X, a docker, told reporters":
  // "tell" is never inverted, what follows it is the listener).
  if (t[cue.from - 1]?.text === ',' && cue.from === cue.tokens[0] && !/ing$/.test(t[cue.tokens[0]]?.normal ?? '') && cue.lemma !== 'tell') {
    np = phraseAfter(t, cue.tokens[1], sb);
    if (np) np = apposedName(ctx, np, sb) ?? np;
    comma = cue.from - 1;
    if (np) end = np[1];
  }
  if (!np) {
    // "…, Karin Vik, 54, said": the speaker's phrase before the aside about them.
    np = phraseBefore(t, beforeAside(t, skipLeftModifiers(t, cue.from, sa), sa), sa);
    if (!np || t[np[0] - 1]?.text !== ',') return null;
    comma = np[0] - 1;
    // "…, he told reporters." : the listener belongs to the tail.
    if (LISTENER_VERBS.has(cue.lemma)) end = phraseAfter(t, end, sb)?.[1] ?? end;
  }
  // "…, he said Friday.", "…, the Coastal Times reported two weeks ago."
  while (end < sb && (NOT_NAMES.has(t[end]?.normal ?? '') || t[end]?.pos === 'ADV' || t[end]?.pos === 'NUM' || TAIL_TIME.has(t[end]?.normal ?? ''))) end++;
  // "…, the mayor said on Monday.", "… at a rally in Vik.": a phrase with no verb of its own.
  if (t[end]?.pos === 'ADP' && t[end]?.normal !== 'to') end = verblessTail(ctx, end, sb);
  const next = t[end];
  // "…, she said to reporters" / "in an interview"; not "…, the board agreed to reopen".
  const via = cue.type === 'speech' && ((next?.normal === 'to' && t[end + 1]?.pos !== 'VERB') || next?.normal === 'in');
  // "…, says X and continues:": the speaker goes on in the next paragraph.
  const goesOn = next?.normal === 'and' && t[end + 1]?.pos === 'VERB' && t[end + 2]?.text === ':';
  if (end < sb && next?.text !== ',' && !/^[.!?]$/.test(next?.text ?? '') && !via && !goesOn) return null;
  if (comma <= sa || ctx.covered[sa] || ctx.inQuote[sa]) return null;
  return { np, comma, end };
}

/**
 * "In an interview, Dahl said, “…”" and "…, his aide whispered to him: “…”": the cue leads
 * into a quote, after a comma or after its adjuncts and a colon; it is no tail after content.
 */
function leadsQuote(ctx: Context, cue: Cue, end: number, sb: number): boolean {
  const t = ctx.tokens;
  if (t[end]?.text === ',' && ctx.quoteAt.has(t[end + 1]?.start ?? -1)) return true;
  const x = adjunctEnd(ctx, cue.tokens[1], sb);
  return t[x]?.text === ':' && ctx.quoteAt.has(t[x + 1]?.start ?? -1);
}

/** Words of a time phrase after a tail's verb: "last week", "two days ago". */
const TAIL_TIME: ReadonlySet<string> = new Set(['ago', 'last', 'this', 'late', 'early', 'later', 'earlier', ...TIME_NOUNS]);

/** "…, writes X." or "…, X said, …": the content runs from the sentence start to the comma. */
function cueAfterContent(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const tail = tailOf(ctx, cue, sa, sb);
  if (!tail || leadsQuote(ctx, cue, tail.end, sb)) return false;
  const { np, comma, end } = tail;
  // Content runs from the sentence start, or from after a claim already found in it.
  let from = comma;
  while (from > sa && !ctx.covered[from - 1]) from--;
  while (from < comma && !/\w/.test(t[from]?.text ?? '')) from++;
  const content = tokenSpan(ctx, from, comma);
  // "…, officials insist, because …": the content goes on after the attribution; after
  // "and" or "but" a clause of its own follows (", and dock workers say …").
  const resumes = t[end]?.text === ',' && t[end + 1]?.pos !== 'CCONJ';
  let j = end + 1;
  if (resumes && t[j]?.normal === 'that') j++;
  const after = resumes ? clauseEnd(ctx, j, sb, false) : j;
  // "Before leaving office, X replied with …": a participle alone makes no statement,
  // unless it is the subject of a clause that resumes after the tail ("The issues facing
  // the port, officials said, are …"). "Still, he added, the port …": an adverb or phrase
  // alone leads into the clause after the tail, which is the content.
  // "Far too cold for the crews, says the skipper.": a verbless stretch that opens the
  // sentence before an inverted tail that closes it states something too.
  const inverted = t[cue.from - 1]?.text === ',' && cue.from === cue.tokens[0];
  const stated = finiteVerbIn(t, from, comma) || (inverted && from === sa && /^[.!?]$/.test(t[end]?.text ?? '') && comma - from >= MIN_WORDS);
  const split = resumes && finiteVerbIn(t, end + 1, end + 2);
  const lead = !stated && !split && resumes && finiteVerbIn(t, j, after);
  if (!stated && !split && !lead) return false;
  const outlet = t[end]?.normal === 'to' ? mention(ctx, phraseAfter(t, end + 1, sb)) : null;
  const speaker = mention(ctx, np);
  // "As the ferry docked, X reported, the crew …": an opening clause alone states
  // nothing either; what was reported is the main clause after the tail.
  // ("If X …, Y is likely, said Z" has its main clause before the tail: it is content.)
  let mainClause = false;
  for (let x = from; x < comma && !mainClause; x++) mainClause = t[x]?.text === ',' && !ctx.inQuote[x];
  const opening = lead || (from === sa && SUBORDINATORS.has(t[from]?.normal ?? '') && !mainClause);
  if (opening && !resumes) return false;
  // "If the talks fail, the general said, an attack is likely": the condition goes with
  // what it conditions, for classify to read.
  const condition = from === sa && CONDITIONS.has(t[from]?.normal ?? '') && !mainClause ? content : undefined;
  const made = !opening && say(ctx, cue, content, speaker, outlet, 'cue-after-content');
  // "…, warned Anna Lie, the foreign minister." / "…, says Dahl, who works at the quay.":
  // an appositive or a relative clause about the speaker states nothing.
  // "…, X reported, his aide whispered to him: “…”": a clause with its own speaker is theirs.
  const resumed = resumes && hasVerb(ctx, tokenSpan(ctx, j, after)) && !RELATIVE_PRONOUNS.has(t[j]?.normal ?? '') && !subjectThenCue(ctx, j, after);
  return (resumed && say(ctx, cue, tokenSpan(ctx, j, after), speaker, outlet, 'content-resumes', undefined, condition)) || made;
}

