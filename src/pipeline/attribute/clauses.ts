// Clause helpers for reported speech: where a clause's subject is when the cue has none
// of its own (appositives, participles, shared subjects); where content ends is ends.ts.
// Pure functions over the attribute stage's context.
import { TITLES } from '../../lexicons/names.js';
import { DISTINCT_PARTICIPLES } from '../../lexicons/inflections.js';
import { type Context, mention, phraseBefore } from './context.js';
import { phraseAfter } from '../text/phrases.js';
import { RELATIVE_PRONOUNS } from '../text/asides.js';
import { isDash } from '../text/tokens.js';
import type { Mention, Token } from '../../types.js';

/** Words before an aside that lists members: "including the Press", "such as …". */
const LISTING_WORDS: ReadonlySet<string> = new Set(['including', 'like', 'such']);
const CLAUSE_LEADS: ReadonlySet<string> = new Set(['SCONJ', 'CCONJ', 'ADV']);

/** Where a tail's phrase ends (its comma or the sentence end), or `j` if it holds a verb, "that" or a quote. */
export function verblessTail(ctx: Context, j: number, sb: number): number {
  const t = ctx.tokens;
  for (let x = j; x < sb; x++) {
    const w = t[x];
    if (!w || w.text === ',' || /^[.!?]$/.test(w.text)) return x;
    if (w.pos === 'VERB' || w.pos === 'AUX' || w.normal === 'that' || ctx.inQuote[x]) return j;
  }
  return sb;
}

/** The first comma in [j, end) outside quotes that a finite verb follows ("…, described"), or `end`. */
export function asideEnd(ctx: Context, j: number, end: number): number {
  const t = ctx.tokens;
  for (let x = j; x < end; x++) {
    if (t[x]?.text !== ',' || ctx.inQuote[x]) continue;
    const v = t[x + 1]?.pos === 'ADV' ? x + 2 : x + 1;
    if (finiteVerbIn(t, v, v + 1) && t[v]?.pos === 'VERB') return x;
  }
  return end;
}

/**
 * Where what a relative clause set off by commas reports ends: at the comma before the main
 * clause's verb ("X, who said last week that the port would close, now says …", "…, has
 * since …"), past a relative clause nested in it ("… that the port, which is old, would
 * close, now says"), or `end`.
 */
export function relativeEnd(ctx: Context, j: number, end: number): number {
  const t = ctx.tokens;
  let nested = 0;
  for (let x = j; x < end; x++) {
    if (t[x]?.text !== ',' || ctx.inQuote[x]) continue;
    if (RELATIVE_PRONOUNS.has(t[x + 1]?.normal ?? '')) { nested++; continue; }
    const v = t[x + 1]?.pos === 'ADV' ? x + 2 : x + 1;
    if (!finiteVerbIn(t, v, v + 1)) continue;
    if (nested === 0) return x;
    nested--;
  }
  return end;
}

/**
 * Content [j, end) after "that" is a clause whose verb the tagger took for a noun: "stressing
 * that the two ports share/NOUN the same goals". Its subject and verb read as one phrase of
 * two words or more, and a determiner or pronoun opens the object right after it; "stressed
 * that point again" has no object after "point".
 */
export function thatClause(t: readonly Token[], j: number, end: number): boolean {
  if (t[j - 1]?.normal !== 'that') return false;
  const np = phraseAfter(t, j, end);
  return !!np && np[1] - np[0] >= 2 && t[np[1] - 1]?.pos === 'NOUN' && (t[np[1]]?.pos === 'DET' || t[np[1]]?.pos === 'PRON');
}

/** A verb in tokens [a, b) that is not a present participle: "is closing", "closed", not "dropping". */
export function finiteVerbIn(t: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = t[i];
    if (w?.pos === 'AUX' || (w?.pos === 'VERB' && !w.normal.endsWith('ing'))) return true;
  }
  return false;
}

/** Content that runs to a colon ending its paragraph introduces the paragraphs after it. */
export function introducesBlock(ctx: Context, end: number): boolean {
  const last = ctx.tokens[end - 1];
  const para = ctx.doc.paragraphs[ctx.paragraphOf[end - 1] ?? -1];
  return last?.text === ':' && !!para && last.end === para.end;
}

/**
 * "accused the long-serving harbour board of hiding …": past the accused, a noun phrase or
 * a pronoun, to the token after its "of" / "for"; j when no such object and preposition follow.
 */
export function skipObject(ctx: Context, j: number, sb: number): number {
  const t = ctx.tokens;
  for (let x = j; x < sb; x++) {
    const w = t[x]!;
    if (w.normal === 'of' || w.normal === 'for') return x > j ? x + 1 : j;
    if (!OBJECT_WORDS.has(w.pos) && !/^['’]s$/.test(w.text) && w.text !== '-') return j;
  }
  return j;
}

/** Parts of speech of the words of an object phrase: "the port's new board", "him". */
const OBJECT_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'PRON', 'NUM', 'ADV']);

/**
 * "Ola Dahl, chief executive of X, a shipping firm, said …": the leftmost name that a
 * comma follows, with no finite verb between it and the cue; the words between are its role.
 */
export function appositiveSubject(ctx: Context, comma: number, sa: number): Mention | null {
  const t = ctx.tokens;
  let best: Mention | null = null;
  let bestStart = -1;
  // Verb groups ("has been working") with a finite verb. "who" and "which" open an aside
  // that runs to its comma: no verb before them counts. "that" and a subordinating word take
  // one verb group, their clause's own ("a group that urges …"), not the main clause's.
  let verbs = 0;
  let group = false;
  let counted = false;
  let m = comma;
  for (; m > Math.max(sa, comma - ASIDE_TOKENS); m--) {
    const w = t[m];
    if (!w) break;
    if (ctx.inQuote[m]) continue;
    const verbal = w.pos === 'AUX' || w.pos === 'VERB';
    if (verbal && !group) counted = false;
    group = verbal || (group && (w.pos === 'ADV' || w.pos === 'PART'));
    // A finite verb ends the chain; participles and infinitives ("working to end", "known
    // as") do not.
    const participle = /(?:ing|ed)$/.test(w.normal) || DISTINCT_PARTICIPLES.has(w.normal);
    if (!counted && (w.pos === 'AUX' || (w.pos === 'VERB' && !participle && t[m - 1]?.normal !== 'to'))) {
      verbs++;
      counted = true;
    }
    if (RELATIVE_PRONOUNS.has(w.normal)) verbs = 0; // an aside about a person or thing, to its comma
    else if (w.normal === 'that' || w.pos === 'SCONJ') verbs = Math.max(0, verbs - 1);
    if (w.text !== ',' && !isDash(t, m)) continue;
    if (verbs > 0) {
      // "X, who said that the ferry, the bus and the train would stop, now says": a comma
      // inside a relative aside; the aside runs back to its ", who".
      const who = relativeOpening(ctx, m, Math.max(sa, comma - ASIDE_TOKENS));
      if (who < 0) break;
      m = who + 1;
      continue;
    }
    const range = phraseBefore(t, m, sa);
    const np = mention(ctx, range);
    if (!np || np.kind === 'pronoun' || !range) continue;
    // "Vik, who has led the union since 2015, said": a number after a preposition is a date
    // or a quantity inside the aside, no subject.
    if (range[1] - range[0] === 1 && t[range[0]]?.pos === 'NUM' && (t[range[0] - 1]?.pos === 'ADP' || t[range[0] - 1]?.pos === 'SCONJ')) continue;
    // "Of the mayor, Holm, who …, said": the object of an opening preposition is no subject.
    if (t[range[0] - 1]?.pos === 'ADP' && range[0] - 1 === sa) break;
    // A name in apposition beats a description ("a columnist, Anna Holm, said"), but
    // not an aside that lists members ("Six newspapers, including the Press, said").
    const aside = LISTING_WORDS.has(t[range[0] - 1]?.normal ?? '');
    const opens = range[0] === sa || t[range[0] - 1]?.pos === 'SCONJ';
    // "Transport Minister, Ola Dahl, said", "the Head of the Institute, Kari Lund, says": a
    // title, or a role with what it heads, with the name in apposition after it.
    const first = t[range[0]]?.pos === 'DET' ? range[0] + 1 : range[0];
    const role = TITLES.has(t[range[1] - 1]?.normal ?? '') || ((TITLES.has(t[first]?.normal ?? '') || t[first]?.normal === 'head') && t[first + 1]?.normal === 'of');
    const titled = role && best?.kind === 'name' && bestStart === range[1] + 1;
    if (aside) best = null;
    else if (!titled && (np.kind === 'name' || (opens && !best))) { best = np; bestStart = range[0]; }
    if (opens) return best;
  }
  // The chain reached the start of the clause with no finite verb: the phrase that opens
  // it is the subject ("Port officials familiar with the ship seen off …, Norland,
  // speaking on condition of anonymity, said"), unless it is only a title.
  if (m <= sa && verbs === 0) {
    let start = sa;
    while (start < comma && CLAUSE_LEADS.has(t[start]?.pos ?? '')) start++;
    const range = phraseAfter(t, start, comma);
    const np = mention(ctx, range);
    // A bare title ("Chairman, …") is no subject; "the general" is one.
    const titleOnly = np?.kind === 'nominal' && range && TITLES.has(t[range[1] - 1]?.normal ?? '') && range[1] - range[0] === 1;
    // "the harbour master, Ola Dahl, said": a name right after the description is its apposition.
    const apposed = best?.kind === 'name' && range && t[range[1]]?.text === ',' && bestStart === range[1] + 1;
    if (np && np.kind !== 'pronoun' && !titleOnly && !apposed) return np;
  }
  return best;
}


/** How far back an aside between commas or dashes is looked for. */
const ASIDE_TOKENS = 40;

/**
 * The first relative pronoun after a comma (", who") in (floor, m), outside quotes, or -1:
 * the outermost aside, which a nested one may follow ("X, who said the port, which is old,
 * would close, now says").
 */
function relativeOpening(ctx: Context, m: number, floor: number): number {
  for (let x = floor + 1; x < m; x++) {
    if (!ctx.inQuote[x] && RELATIVE_PRONOUNS.has(ctx.tokens[x]?.normal ?? '') && ctx.tokens[x - 1]?.text === ',') return x;
  }
  return -1;
}

/** "X - who was born in Vik - said": the dash before the cue closes an aside that one before it opened. */
export function closesDashAside(t: readonly Token[], k: number, sa: number): boolean {
  if (!isDash(t, k)) return false;
  for (let x = k - 1; x > Math.max(sa, k - ASIDE_TOKENS); x--) if (isDash(t, x) && t[x]?.text === t[k]?.text) return true;
  return false;
}

/**
 * "… and in a letter credited him …": a phrase after a preposition after "and" or "but"
 * is no subject; the token index of that conjunction, whose clause lends its subject, or -1.
 */
export function conjoinedAdjunct(t: readonly Token[], np: readonly [number, number] | null): number {
  return np && t[np[0] - 1]?.pos === 'ADP' && t[np[0] - 2]?.pos === 'CCONJ' ? np[0] - 2 : -1;
}

/** Tokens an opening adjunct before its comma may have ("For his part,", "On Monday evening,"). */
const ADJUNCT_TOKENS = 6;

/**
 * The subject of a cue that has none of its own: "…, saying …" and "… and said …" share
 * the subject of their clause: the one after ", and" / ", but" if the sentence has one,
 * else the phrase the sentence opens with.
 */
export function clauseSubject(ctx: Context, k: number, sa: number): Mention | null {
  const t = ctx.tokens;
  for (let x = k - 1; x > sa; x--) {
    if (ctx.inQuote[x]) continue;
    if (t[x]?.pos === 'CCONJ' && t[x - 1]?.text === ',') {
      // A clause of its own ("…, and the union says"), not the last item of a list ("… Holm,
      // and other towns, noting that …"): a verb follows the phrase.
      const np = phraseAfter(t, x + 1, k);
      if (np && finiteVerbIn(t, np[1], k)) return mention(ctx, np);
    }
  }
  let start = sa;
  while (start < k && (t[start]?.pos === 'CCONJ' || t[start]?.pos === 'ADV')) start++;
  // "For his part, the envoy …", "On Monday, the ministry …": past an opening adjunct to its comma.
  if (t[start]?.pos === 'ADP') {
    let c = start + 1;
    while (c < Math.min(k, start + ADJUNCT_TOKENS) && t[c]?.text !== ',') c++;
    if (t[c]?.text === ',' && !ctx.inQuote[c]) start = c + 1;
  }
  if (!ctx.inQuote[start]) return mention(ctx, phraseAfter(t, start, k));
  // “…,” Holm said, adding that …: the subject of the quote's tail, before or after its verb.
  while (start < k && (ctx.inQuote[start] || /^[,”"’»]$|^''$/.test(t[start]?.text ?? ''))) start++;
  if (t[start]?.pos === 'VERB') start++;
  return mention(ctx, phraseAfter(t, start, k));
}

/**
 * A subject phrase at `from` directly followed by a speech or naming cue ("and one in four
 * said", "and Dahl calling it …"), not by a modal one: "she would ask …" says what someone
 * would do, and attributes nothing.
 */
export function subjectThenCue(ctx: Context, from: number, sb: number): boolean {
  const np = phraseAfter(ctx.tokens, from, sb);
  if (!np) return false;
  // "…, most of the crew who said …"
  const k = skipRightAuxiliaries(ctx, ctx.tokens[np[1]]?.normal === 'who' ? np[1] + 1 : np[1], sb);
  for (let x = np[1]; x < k; x++) if (MODALS.has(ctx.tokens[x]?.normal ?? '')) return false;
  const c = ctx.cueAt.get(k);
  return c !== undefined && (ctx.cues[c]?.type === 'speech' || ctx.cues[c]?.type === 'naming');
}

const MODALS: ReadonlySet<string> = new Set(['can', 'could', 'may', 'might', 'must', 'shall', 'should', 'will', 'would']);

export function skipRightAuxiliaries(ctx: Context, k: number, sb: number): number {
  while (k < sb && (ctx.tokens[k]?.pos === 'AUX' || ctx.tokens[k]?.pos === 'ADV' || ctx.tokens[k]?.normal === 'not')) k++;
  return k;
}

/**
 * A participle right after a noun, before an infinitive or a question, describes the noun
 * and claims nothing: "workers hoping to keep their jobs", "a statement explaining why …".
 * "an article stating that …" does claim.
 */
export function describingParticiple(t: readonly Token[], i: number): boolean {
  return participleAfterNoun(t, i) && DESCRIBES.has(t[i + 1]?.normal ?? '');
}

/** Back over a describing participle phrase between subject and cue, if there is one. */
export function beforeParticiple(t: readonly Token[], k: number, sa: number): number {
  for (let x = k - 1; x > sa && x >= k - PARTICIPLE_PHRASE; x--) {
    const w = t[x];
    if (!w || /^[,;:.!?–—]$/.test(w.text) || w.pos === 'AUX') return k;
    if (participleAfterNoun(t, x)) return x;
    if (w.pos === 'VERB' && t[x - 1]?.normal !== 'to') return k; // a finite verb: another clause
  }
  return k;
}

function participleAfterNoun(t: readonly Token[], i: number): boolean {
  return /ing$/.test(t[i]?.normal ?? '') && t[i]?.pos === 'VERB' && (t[i - 1]?.pos === 'NOUN' || t[i - 1]?.pos === 'PROPN');
}

const PARTICIPLE_PHRASE = 8;
/** Words after a participle that make it a description: an infinitive or an indirect question. */
const DESCRIBES: ReadonlySet<string> = new Set(['to', 'why', 'how', 'what', 'whether', 'if', 'when', 'where']);
