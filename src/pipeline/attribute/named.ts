// Cues whose source is named in a phrase rather than as the subject before the verb:
//   according-to        "According to X, …" / "…, according to X." / "… by X"
//   noun-cue            "union warnings of …" / "accusations from X that …"
//   naming-quote, -as   "Vik called the decision “a betrayal”", "described the strike as …"
//   backward-reference  "This was announced by X citing Y." (content: the sentence before)
//   as-lead             "As the Coastal Times reported on Monday, …"
//   quoted-as           "Nordwire quoted the minister as saying …" (via Nordwire), "X was
//                       quoted as saying …"
// Pure functions over the attribute stage's context, called from ./reported.ts.
import { DOCUMENTS, PASSIVE_REPORT, RELAY_WORDS } from '../../lexicons/cues.js';
import type { Cue } from '../detect.js';
import {
  type Bounds, type Context, MIN_WORDS, NOUN_TAGS, cueText, mention, phraseBefore, quotesIn, say, skipLeftModifiers, tokenSpan,
  trimContent, wordCount,
} from './context.js';
import { colonBlock } from './blocks.js';
import { apposedName, sourceApposition, viaAfter } from './tails.js';
import {
  appositiveSubject, clauseSubject, conjoinedAdjunct, finiteVerbIn, introducesBlock, verblessTail,
} from './clauses.js';
import { clauseEnd } from './ends.js';
import { phraseAfter, timePhraseEnd } from '../text/phrases.js';
import { RELATIVE_PRONOUNS } from '../text/asides.js';
import { startsUpperCase } from '../../letters.js';
import type { Mention, Token } from '../../types.js';

/** How far before "as saying" the verb "quoted" may stand ("quoted a senior official as saying"). */
const QUOTED_AS_WINDOW = 12;

/**
 * Limits of the according-to and noun-cue rules, each longer than the phrases it reads:
 * after a leading "According to X", X's phrase and what describes it ("the schedule
 * published on Thursday") before the comma that opens the content; a relative clause about
 * X ("According to Holm, who chaired the council for a decade, …") to its closing comma;
 * and the owner before a noun cue ("the coast guard's warnings of …").
 */
const LEAD_TOKENS = 8;
const RELATIVE_ASIDE_TOKENS = 25;
const OWNER_TOKENS = 4;

/** "quoted him as saying": the pronoun as the subject it stands for ("he"), for resolve. */
function objectPronoun(t: Token | undefined): Mention | null {
  const subject = t ? SUBJECT_FORMS.get(t.normal) : undefined;
  return t && subject ? { start: t.start, end: t.end, text: subject, kind: 'pronoun', role: null } : null;
}

const SUBJECT_FORMS: ReadonlyMap<string, string> = new Map([['him', 'he'], ['her', 'she'], ['them', 'they']]);

export function quotedAs(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const i = cue.tokens[0];
  if (t[i]?.normal !== 'saying' || t[i - 1]?.normal !== 'as') return false;
  let q = i - 2;
  while (q > Math.max(sa, i - QUOTED_AS_WINDOW) && t[q]?.normal !== 'quoted') q--;
  if (t[q]?.normal !== 'quoted') return false;
  // "X was quoted as saying": X spoke; "Nordwire quoted X as saying": X spoke, through Nordwire.
  const subject = mention(ctx, phraseBefore(t, skipLeftModifiers(t, q, sa), sa));
  const passive = t[q - 1]?.pos === 'AUX';
  const speaker = passive ? subject : objectPronoun(t[q + 1]) ?? mention(ctx, phraseAfter(t, q + 1, i - 1));
  let j = i + 1;
  while (t[j]?.normal === 'that' || t[j]?.text === ',' || t[j]?.text === ':') j++;
  const whole = ctx.quoteAt.get(t[j]?.start ?? -1);
  if (whole !== undefined && !ctx.usedQuotes.has(whole)) {
    ctx.usedQuotes.add(whole);
    return say(ctx, cue, ctx.quotes[whole]!.content, speaker, passive ? null : subject, 'quoted-as', 'direct');
  }
  return say(ctx, cue, tokenSpan(ctx, j, clauseEnd(ctx, j, sb, false)), speaker, passive ? null : subject, 'quoted-as');
}

export function accordingTo(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  let np = phraseAfter(t, cue.tokens[1], sb);
  // "according to figures/VERB …", "according to police/VERB spokesman Ola Dahl": "to" marks
  // no infinitive here, so a word the tagger read as a verb is a noun, alone or before a noun.
  if (!np && t[cue.tokens[1]]?.pos === 'VERB' && cue.tokens[1] < sb) {
    const rest = NOUN_TAGS.has(t[cue.tokens[1] + 1]?.pos ?? '') ? phraseAfter(t, cue.tokens[1] + 1, sb) : null;
    np = [cue.tokens[1], rest ? rest[1] : cue.tokens[1] + 1];
  }
  if (!np) return false;
  // "according to estimates by Amy Holm", "… figures published by the agency": the one named
  // after "by" is the source, not the document ("officials from Nordbank" stay the officials).
  const passive = t[np[1]]?.pos === 'VERB' && /ed$/.test(t[np[1]]?.normal ?? '') && t[np[1] + 1]?.normal === 'by';
  for (let x = np[0] + 1; x <= np[1] + (passive ? 1 : 0); x++) {
    if (t[x]?.normal !== 'by') continue;
    const by = phraseAfter(t, x + 1, sb);
    const agent = by ? mention(ctx, by)?.kind : undefined;
    if (by && (agent === 'name' || (passive && agent === 'nominal')) && mention(ctx, [np[0], x])?.kind === 'nominal') np = by;
    break;
  }
  // "according to a statement from the ministry": the owner of a document speaks.
  const owner = t[np[1]]?.normal === 'from' && DOCUMENTS.has(t[np[1] - 1]?.normal ?? '') ? phraseAfter(t, np[1] + 1, sb) : null;
  if (owner) np = owner;
  const lead = cue.tokens[0] === sa || (cue.tokens[0] === sa + 1 && t[sa]?.pos === 'CCONJ');
  // "…, according to the harbour master, Ola Dahl.": after the content, a name in apposition speaks.
  let { speaker, via } = relay(ctx, lead ? np : apposedName(ctx, np, sb) ?? np, sb);
  if (lead && introducesBlock(ctx, sb)) return colonBlock(ctx, ctx.paragraphOf[sa] ?? -1, cueText(ctx, cue), speaker, via);
  if (lead) {
    // "According to the schedule published Thursday, …": the content follows the first comma.
    let c = np[1];
    while (c < Math.min(sb, np[1] + LEAD_TOKENS) && t[c]?.text !== ',') c++;
    // "According to the union's spokesperson, Lena Berg, …": past a name or role in apposition.
    const apposed = t[c]?.text === ',' && !via ? sourceApposition(ctx, np, c, sb) : null;
    if (apposed) {
      speaker = mention(ctx, apposed.speaker);
      c = apposed.comma;
    }
    // "According to Holm, who chaired the council, the price …": past the aside about the source.
    if (t[c]?.text === ',' && RELATIVE_PRONOUNS.has(t[c + 1]?.normal ?? '')) {
      let e = c + 2;
      while (e < Math.min(sb, c + RELATIVE_ASIDE_TOKENS) && (t[e]?.text !== ',' || ctx.inQuote[e])) e++;
      if (t[e]?.text === ',') c = e;
    }
    return t[c]?.text === ',' && say(ctx, cue, tokenSpan(ctx, c + 1, sb), speaker, via, 'according-to');
  }
  // "Ticket sales, according to the ferry line, have surged": the whole sentence is the content.
  const aside = t[cue.tokens[0] - 1]?.text === ',' && t[np[1]]?.text === ',' && np[1] + 1 < sb - 1;
  // "Citing security concerns, the ministry closed the port, according to X": after an
  // opening participle phrase, the content is the main clause, after its last comma.
  let from = sa;
  // (The tagger may read a capitalised participle as a name: "Boasting/PROPN 20,000 …".)
  if ((t[sa]?.pos === 'VERB' && /(?:ing|ed)$/.test(t[sa]?.normal ?? '')) || (t[sa]?.pos === 'PROPN' && /ing$/.test(t[sa]?.normal ?? ''))) {
    for (let x = cue.tokens[0] - 2; x > sa; x--) {
      if (t[x]?.text === ',' && !ctx.inQuote[x] && finiteVerbIn(t, x + 1, cue.tokens[0])) { from = x + 1; break; }
    }
  }
  const before = tokenSpan(ctx, from, cue.tokens[0]);
  // "“There is no plan B,” according to X": one whole quote is X's own words.
  const whole = ctx.quoteAt.get(before.start);
  const q = whole === undefined || ctx.usedQuotes.has(whole) ? undefined : ctx.quotes[whole];
  if (q && q.outer.end >= before.end) {
    ctx.usedQuotes.add(whole!);
    return say(ctx, cue, q.content, speaker, via, 'according-to', 'direct');
  }
  const content = aside && wordCount(ctx.text, before, MIN_WORDS) < MIN_WORDS ? tokenSpan(ctx, sa, sb) : before;
  return say(ctx, cue, content, speaker, via, 'according-to');
}

export function nounCue(ctx: Context, cue: Cue, { sb }: Bounds): boolean {
  const t = ctx.tokens;
  const i = cue.tokens[0];
  if (t[i + 1]?.normal === 'of') {
    const np = phraseBefore(t, i + 1, Math.max(0, i - OWNER_TOKENS));
    if (!np || np[0] === i) return false; // bare "warnings of" names no one
    return say(ctx, cue, tokenSpan(ctx, i + 2, clauseEnd(ctx, i + 2, sb, true)), mention(ctx, np), null, 'noun-cue');
  }
  if (t[i + 1]?.normal === 'from') {
    const np = phraseAfter(t, i + 2, sb);
    if (!np) return false;
    let k = np[1];
    if (t[k]?.normal === 'to') k = phraseAfter(t, k + 1, sb)?.[1] ?? k;
    if (t[k]?.normal !== 'that') return false;
    return say(ctx, cue, tokenSpan(ctx, k + 1, clauseEnd(ctx, k + 1, sb, true)), mention(ctx, np), null, 'noun-cue');
  }
  return false;
}

/** How far after a naming verb its quoted fragment may open ("called the move “arbitrary”"). */
const NAMING_WINDOW = 8;

/** "Vik called the decision “a betrayal”": content up to the end of the quote. */
export function namingQuote(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const j = cue.tokens[1];
  const limit = t[Math.min(sb, j + NAMING_WINDOW) - 1]?.end ?? 0;
  const qi = quotesIn(ctx, t[j]?.start ?? 0, limit + 1).find((i) => !ctx.usedQuotes.has(i));
  const q = qi === undefined ? undefined : ctx.quotes[qi];
  // "described the strike as the town standing up for itself": "as" carries the words unquoted.
  let as = -1;
  for (let x = j; !q && x < Math.min(sb, j + NAMING_WINDOW); x++) if (t[x]?.normal === 'as') { as = x; break; }
  if (!q && as < 0) return false;
  let k = skipLeftModifiers(t, cue.from, sa);
  // "went on to call X “…”", "chose to describe X as …": the subject is the first verb's.
  const lead = t[k - 2]?.normal === 'on' ? k - 3 : k - 2;
  if (t[k - 1]?.normal === 'to' && t[k - 1]?.pos === 'PART' && t[lead]?.pos === 'VERB') k = skipLeftModifiers(t, lead, sa);
  const before = t[k - 1];
  // Without a subject of its own only a present participle borrows one ("…, calling her
  // “a rising star”"); "X, known to fans as “…”" is passive: X is named, not naming.
  const participle = /ing$/.test(t[cue.tokens[0]]?.normal ?? '');
  const np = phraseBefore(t, k, sa);
  const and = conjoinedAdjunct(t, np);
  const speaker = (and >= 0 ? clauseSubject(ctx, and, sa) : mention(ctx, np))
    ?? (before && participle && (before.text === ',' || before.pos === 'CCONJ') ? clauseSubject(ctx, k - 1, sa) : null)
    // "Nina Berg, director of the union, called the speech “a turning point”", but not
    // "X, long referred to as “…”," nor "X, dubbed “…”,": with no object X is the one named.
    ?? (before?.text === ',' && !participle && !objectless(ctx, j) ? appositiveSubject(ctx, k - 1, sa) : null);
  if (!speaker || speaker.kind === 'pronoun' && speaker.text.toLowerCase() === 'it') return false;
  const end = q ? q.outer.end : t[clauseEnd(ctx, as + 1, sb, true) - 1]?.end ?? 0;
  const content = trimContent(ctx.text, t[j]?.start ?? 0, end);
  return say(ctx, cue, content, speaker, null, q ? 'naming-quote' : 'naming-as');
}

/** A naming verb followed by "as", "to as" or the quote itself: it names no object. */
function objectless(ctx: Context, j: number): boolean {
  const next = ctx.tokens[j];
  return !!next && (next.normal === 'as' || next.normal === 'to' || ctx.quoteAt.has(next.start));
}

/** "This was announced by X (citing Y)": the content is the sentence before. */
export function backwardReference(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const i = cue.tokens[0];
  // "This has now been confirmed on Monday by X": a time phrase may stand before "by".
  const by = timePhraseEnd(t, cue.tokens[1], sb);
  // "This is stated in the institute's report": a document, whose owner resolve finds.
  if (!PASSIVE_REPORT.has(cue.lemma) || (t[by]?.normal !== 'by' && t[by]?.normal !== 'in')) return false;
  const subject = t[sa];
  if (!subject || (subject.normal !== 'this' && subject.normal !== 'that' && subject.normal !== 'it')) return false;
  // Between the subject and the cue only the passive's auxiliaries and adverbs.
  for (let x = sa + 1; x < i; x++) if (t[x]?.pos !== 'AUX' && t[x]?.pos !== 'ADV' && t[x]?.pos !== 'PART') return false;
  const np = phraseAfter(t, by + 1, sb);
  const prev = ctx.doc.sentences[(ctx.sentenceOf[sa] ?? 0) - 1];
  if (!np || !prev || ctx.covered[prev.tokens[0]]) return false;
  if (t[by]?.normal === 'in' && !namesDocument(t, np)) return false;
  const para = ctx.doc.paragraphs[prev.paragraph];
  if (para?.role !== 'body' || prev.paragraph < (ctx.paragraphOf[sa] ?? 0) - 1) return false;
  const { speaker, via } = relay(ctx, np, sb);
  // A paragraph of its own points back at the whole paragraph before: each of its sentences.
  // (Walked back from the sentence before, never searched from the article's start: a giant
  // text with many such paragraphs stays linear.)
  let first = (ctx.sentenceOf[sa] ?? 0) - 1;
  while (first > 0 && ctx.doc.sentences[first - 1]?.paragraph === prev.paragraph) first--;
  const whole = ctx.paragraphOf[sa] !== prev.paragraph && ctx.doc.paragraphs[ctx.paragraphOf[sa] ?? -1]?.tokens[0] === sa
    && ctx.doc.sentences.slice(first, (ctx.sentenceOf[sa] ?? 0)).every((x) => !ctx.covered[x.tokens[0]] && !ctx.inQuote[x.tokens[0]]);
  const targets = whole ? ctx.doc.sentences.slice(first, ctx.sentenceOf[sa] ?? 0) : [prev];
  let said = false;
  for (const x of targets) said = say(ctx, cue, trimContent(ctx.text, x.start, x.end), speaker, via, 'backward-reference') || said;
  return said;
}

/**
 * Rule points-back: "So says Karin Vik." / "This is what Karin Vik says." after a sentence
 * that has no attribution: that sentence is X's, in X's own words (direct). The speaker
 * follows the cue (past adverbs and a stray "from" of machine translation) or stands before
 * it after "what".
 */
export function pointsBack(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  if (cue.type !== 'speech') return false;
  let np: readonly [number, number] | null = null;
  if (POINTERS.has(t[sa]?.normal ?? '') && cue.from === sa + 1) {
    let k = cue.tokens[1];
    while (k < sb && (t[k]?.pos === 'ADV' || t[k]?.normal === 'from')) k++;
    np = phraseAfter(t, k, sb);
  } else if ((t[sa]?.normal === 'this' || t[sa]?.normal === 'that') && t[sa + 1]?.lemma === 'be' && t[sa + 2]?.normal === 'what') {
    np = phraseAfter(t, sa + 3, cue.from);
    if (np && np[1] !== cue.from) np = null;
  }
  const prev = ctx.doc.sentences[(ctx.sentenceOf[sa] ?? 0) - 1];
  if (!np || !prev || ctx.covered[prev.tokens[0]] || ctx.inQuote[prev.tokens[0]]) return false;
  const para = ctx.doc.paragraphs[prev.paragraph];
  if (para?.role !== 'body' || prev.paragraph < (ctx.paragraphOf[sa] ?? 0) - 1) return false;
  // "This is what X told Radio Nord": the listener after the cue is the outlet.
  const via = np[1] === cue.from ? mention(ctx, viaAfter(ctx, cue.tokens[1], sb)) : null;
  return say(ctx, cue, trimContent(ctx.text, prev.start, prev.end, true), mention(ctx, np), via, 'points-back', 'direct');
}

/** Words that open a sentence pointing back at what was said: "So says X", "Thus writes X". */
const POINTERS: ReadonlySet<string> = new Set(['so', 'thus']);

/** "As the Coastal Times reported on Monday, the port …": the clause after the lead is X's. */
export function asLead(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  if (t[sa]?.normal !== 'as' || cue.type !== 'speech') return false;
  const np = phraseBefore(t, skipLeftModifiers(t, cue.from, sa), sa);
  if (!np || np[0] !== sa + 1) return false;
  const comma = verblessTail(ctx, cue.tokens[1], sb);
  if (t[comma]?.text !== ',') return false;
  const end = clauseEnd(ctx, comma + 1, sb, false);
  return finiteVerbIn(t, comma + 1, end) && say(ctx, cue, tokenSpan(ctx, comma + 1, end), mention(ctx, np), null, 'as-lead');
}

/** "X citing Y": Y is the source and X the outlet it came through. */
function relay(ctx: Context, np: readonly [number, number], sb: number): { speaker: Mention | null; via: Mention | null } {
  const t = ctx.tokens;
  // Scraped text loses the space after a link: "the agency Nordwireciting the ministry".
  const last = t[np[1] - 1];
  // The part before the relay word must be a name ("Nordwireciting", never "exciting").
  const glued = last ? [...RELAY_WORDS].find((w) => last.text.length > w.length + 2 && last.text.endsWith(w) && startsUpperCase(last.text)) : undefined;
  if (last && glued) {
    const cited = phraseAfter(t, np[1], sb);
    const outlet = mention(ctx, np);
    if (cited && outlet) {
      const end = last.end - glued.length;
      return { speaker: mention(ctx, cited), via: { ...outlet, end, text: ctx.text.slice(outlet.start, end) } };
    }
  }
  const k = t[np[1]]?.text === ',' ? np[1] + 1 : np[1];
  if (RELAY_WORDS.has(t[k]?.normal ?? '')) {
    const cited = phraseAfter(t, k + 1, sb);
    if (cited) return { speaker: mention(ctx, cited), via: mention(ctx, np) };
  }
  return { speaker: mention(ctx, np), via: null };
}

/** A phrase that holds a document noun ("the report of the council", "the council's review"), not a place ("in Bergen"). */
function namesDocument(t: readonly Token[], [a, b]: readonly [number, number]): boolean {
  for (let x = a; x < b; x++) if (DOCUMENTS.has(t[x]?.normal ?? '')) return true;
  return false;
}
