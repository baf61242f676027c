// Reported speech: claims carried by a cue outside quotation marks. One rule per shape:
//   according-to      "According to X, …" / "…, according to X."
//   noun-cue          "Western warnings of …" / "accusations from X that …"
//   backward-reference "This is reported by X citing Y." (content: the sentence before)
//   cue-after-content "…, writes X." / "…, X said, …"
//   subject-cue       "X says (that) …", "He goes on to say that …", "X, a spokesman, said …"
//   participle        "…, noting that …" (same speaker as the claim before it)
// Content with a quoted fragment inside is `mixed`; content that is one whole quote is `direct`.
import { ACCUSE_VERBS, LISTENER_VERBS, NEEDS_CLAUSE, PARTICIPLE_CUES, PASSIVE_REPORT, RELAY_WORDS } from '../lexicons/cues.js';
import type { Cue } from './detect.js';
import {
  type Context, cueText, emit, hasVerb, quotesIn, mention, phraseBefore, skipLeftModifiers, tokenAt, trimContent, wordCount,
} from './context.js';
import { colonBlock } from './attribute.js';
import { NOT_NAMES, TITLES } from '../lexicons/names.js';
import { phraseAfter } from './phrases.js';
import type { ClaimKind, Mention, Span } from '../types.js';

const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'as', 'when', 'if', 'because', 'since', 'after', 'before']);
/** Reported content shorter than this is an object ("asked a question"), not a claim. */
const MIN_WORDS = 3;
/** How far after a cue "that" may open the content ("said on Monday that …"). */
const THAT_WINDOW = 8;

interface Bounds { readonly sa: number; readonly sb: number }

export function reportedSpeech(ctx: Context): void {
  ctx.cues.forEach((cue, c) => {
    const i = cue.tokens[0];
    if (ctx.usedCues.has(c) || ctx.inQuote[i] || ctx.covered[i]) return;
    const s = ctx.doc.sentences[ctx.sentenceOf[i] ?? -1];
    const para = ctx.doc.paragraphs[ctx.paragraphOf[i] ?? -1];
    if (!s || para?.role !== 'body') return;
    const b = { sa: s.tokens[0], sb: s.tokens[1] };
    const made = cue.type === 'according' ? accordingTo(ctx, cue, b)
      : cue.type === 'noun' ? nounCue(ctx, cue, b)
      : cue.type === 'naming' ? namingQuote(ctx, cue, b)
      : backwardReference(ctx, cue, b) || cueAfterContent(ctx, cue, b) || subjectCue(ctx, cue, b);
    if (made) ctx.usedCues.add(c);
  });
}

function accordingTo(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const np = phraseAfter(ctx.tokens, cue.tokens[1], sb);
  if (!np) return false;
  const { speaker, via } = relay(ctx, np, sb);
  const t = ctx.tokens;
  const lead = cue.tokens[0] === sa || (cue.tokens[0] === sa + 1 && t[sa]?.pos === 'CCONJ');
  if (lead && introducesBlock(ctx, sb)) return colonBlock(ctx, ctx.paragraphOf[sa] ?? -1, cueText(ctx, cue), speaker, via);
  if (lead) {
    // "According to the schedule published Thursday, …": the content follows the first comma.
    let c = np[1];
    while (c < Math.min(sb, np[1] + 8) && t[c]?.text !== ',') c++;
    return t[c]?.text === ',' && say(ctx, cue, span(ctx, c + 1, sb), speaker, via, 'according-to');
  }
  // "Fundraising, according to the campaign, has surged": the whole sentence is the content.
  const aside = t[cue.tokens[0] - 1]?.text === ',' && t[np[1]]?.text === ',' && np[1] + 1 < sb - 1;
  const before = span(ctx, sa, cue.tokens[0]);
  const content = aside && wordCount(ctx.text, before) < MIN_WORDS ? span(ctx, sa, sb) : before;
  return say(ctx, cue, content, speaker, via, 'according-to');
}

function nounCue(ctx: Context, cue: Cue, { sb }: Bounds): boolean {
  const t = ctx.tokens;
  const i = cue.tokens[0];
  if (t[i + 1]?.normal === 'of') {
    const np = phraseBefore(t, i + 1, Math.max(0, i - 4));
    if (!np || np[0] === i) return false; // bare "warnings of" names no one
    return say(ctx, cue, span(ctx, i + 2, clauseEnd(ctx, i + 2, sb, true)), mention(ctx, np), null, 'noun-cue');
  }
  if (t[i + 1]?.normal === 'from') {
    const np = phraseAfter(t, i + 2, sb);
    if (!np) return false;
    let k = np[1];
    if (t[k]?.normal === 'to') k = phraseAfter(t, k + 1, sb)?.[1] ?? k;
    if (t[k]?.normal !== 'that') return false;
    return say(ctx, cue, span(ctx, k + 1, clauseEnd(ctx, k + 1, sb, true)), mention(ctx, np), null, 'noun-cue');
  }
  return false;
}

/** How far after a naming verb its quoted fragment may open ("called the move “arbitrary”"). */
const NAMING_WINDOW = 8;

/** "Sanders called the suspension “arbitrary”": content up to the end of the quote. */
function namingQuote(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const j = cue.tokens[1];
  const limit = t[Math.min(sb, j + NAMING_WINDOW) - 1]?.end ?? 0;
  const qi = quotesIn(ctx, t[j]?.start ?? 0, limit + 1).find((i) => !ctx.usedQuotes.has(i));
  const q = qi === undefined ? undefined : ctx.quotes[qi];
  // "described the dinner as Washington celebrating itself": "as" carries the words unquoted.
  let as = -1;
  for (let x = j; !q && x < Math.min(sb, j + NAMING_WINDOW); x++) if (t[x]?.normal === 'as') { as = x; break; }
  if (!q && as < 0) return false;
  const k = skipLeftModifiers(t, cue.from, sa);
  const before = t[k - 1];
  // Without a subject of its own only a present participle borrows one ("…, calling her
  // “a rising star”"); "X, often referred to as “…”" is passive: X is named, not naming.
  const participle = /ing$/.test(t[cue.tokens[0]]?.normal ?? '');
  const speaker = mention(ctx, phraseBefore(t, k, sa))
    ?? (before && participle && (before.text === ',' || before.pos === 'CCONJ') ? clauseSubject(ctx, k - 1, sa) : null);
  if (!speaker || speaker.kind === 'pronoun' && speaker.text.toLowerCase() === 'it') return false;
  const end = q ? q.outer.end : t[clauseEnd(ctx, as + 1, sb, true) - 1]?.end ?? 0;
  const content = trimContent(ctx.text, t[j]?.start ?? 0, end);
  return say(ctx, cue, content, speaker, null, q ? 'naming-quote' : 'naming-as');
}

/** "This is reported by X (citing Y)": the content is the sentence before. */
function backwardReference(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const i = cue.tokens[0];
  if (!PASSIVE_REPORT.has(cue.lemma) || t[cue.tokens[1]]?.normal !== 'by') return false;
  const subject = t[sa];
  if (!subject || !['this', 'that', 'it'].includes(subject.normal) || i - sa > 3) return false;
  const np = phraseAfter(t, cue.tokens[1] + 1, sb);
  const prev = ctx.doc.sentences[(ctx.sentenceOf[sa] ?? 0) - 1];
  if (!np || !prev || ctx.covered[prev.tokens[0]]) return false;
  const para = ctx.doc.paragraphs[prev.paragraph];
  if (para?.role !== 'body' || prev.paragraph < (ctx.paragraphOf[sa] ?? 0) - 1) return false;
  const { speaker, via } = relay(ctx, np, sb);
  return say(ctx, cue, trimContent(ctx.text, prev.start, prev.end), speaker, via, 'backward-reference');
}

/** "…, writes X." or "…, X said, …": the content runs from the sentence start to the comma. */
function cueAfterContent(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  let comma = -1;
  let np: readonly [number, number] | null = null;
  let end = cue.tokens[1];
  if (t[cue.from - 1]?.text === ',') {
    np = phraseAfter(t, cue.tokens[1], sb);
    comma = cue.from - 1;
    if (np) end = np[1];
  }
  if (!np) {
    np = phraseBefore(t, skipLeftModifiers(t, cue.from, sa), sa);
    if (!np || t[np[0] - 1]?.text !== ',') return false;
    comma = np[0] - 1;
    // "…, he told reporters." : the listener belongs to the tail.
    if (LISTENER_VERBS.has(cue.lemma)) end = phraseAfter(t, end, sb)?.[1] ?? end;
  }
  while (end < sb && (NOT_NAMES.has(t[end]?.normal ?? '') || t[end]?.pos === 'ADV')) end++; // "…, he said Friday."
  const next = t[end];
  const via = cue.type === 'speech' && (next?.normal === 'to' || next?.normal === 'in');
  if (end < sb && next?.text !== ',' && !/^[.!?]$/.test(next?.text ?? '') && !via) return false;
  if (comma <= sa || ctx.covered[sa] || ctx.inQuote[sa]) return false;
  // "In an interview, Walker said, “…”": a lead before a quote, not a tail after content.
  if (next?.text === ',' && ctx.quoteAt.has(t[end + 1]?.start ?? -1)) return false;
  const content = span(ctx, sa, comma);
  if (!hasVerb(ctx, content)) return false;
  const outlet = t[end]?.normal === 'to' ? mention(ctx, phraseAfter(t, end + 1, sb)) : null;
  const speaker = mention(ctx, np);
  const made = say(ctx, cue, content, speaker, outlet, 'cue-after-content');
  // "…, officials insist, because …": the content goes on after the attribution.
  if (made && t[end]?.text === ',') {
    let j = end + 1;
    if (t[j]?.normal === 'that') j++;
    say(ctx, cue, span(ctx, j, clauseEnd(ctx, j, sb, false)), speaker, outlet, 'content-resumes');
  }
  return made;
}

/** "X says (that) …" with the subject before the cue. */
function subjectCue(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const k = skipLeftModifiers(t, cue.from, sa);
  // "is expected to", "was feared": in the passive the subject holds no view.
  for (let x = k; x < cue.tokens[0]; x++) if (t[x]?.lemma === 'be' || t[x]?.lemma === 'get') return false;
  let np = phraseBefore(t, k, sa);
  // "a memo seen by Reuters said": the subject is before the participle, not its agent.
  if (np && t[np[0] - 1]?.normal === 'by' && /(?:ed|en)$/.test(t[np[0] - 2]?.normal ?? '') && t[np[0] - 2]?.pos === 'VERB') {
    np = phraseBefore(t, np[0] - 2, sa) ?? np;
  }
  // "asked if he believed …", "whether they think …": a question, not an assertion.
  if (np && ['if', 'whether'].includes(t[np[0] - 1]?.normal ?? '')) return false;
  let speaker = mention(ctx, np);
  let rule = 'subject-cue';
  if (!speaker && (t[k - 1]?.normal === 'who')) {
    // "X, a superdelegate and supporter who has accused …": the appositive's head speaks.
    const head = phraseBefore(t, k - 1, sa);
    let comma = t[k - 2]?.text === ',' ? k - 2 : -1;
    // "X, a superdelegate and Clinton supporter who …": back to the comma that opens the aside.
    for (let x = (head?.[0] ?? k - 1) - 1; comma < 0 && x > Math.max(sa, k - 14); x--) {
      if (t[x]?.text === ',') comma = x;
      else if (t[x]?.pos === 'VERB' || t[x]?.pos === 'AUX') break;
    }
    speaker = comma >= 0 ? appositiveSubject(ctx, comma, sa) ?? mention(ctx, head) : mention(ctx, head);
  }
  // A comma inside a closing quote ends an aside too: "X, the hacker known as “Guccifer,” stated".
  const comma = t[k - 1]?.text === ',' || (ctx.inQuote[k - 1] === 1 && ctx.text[(t[k - 1]?.start ?? 0) - 1] === ',');
  // A present participle ("…, saying that …") has no subject of its own: it borrows the
  // clause's (below), never the phrase before its comma.
  const ing = /ing$/.test(t[cue.tokens[0]]?.normal ?? '');
  if (!speaker && comma && !ing) speaker = appositiveSubject(ctx, k - 1, sa);
  const before = t[k - 1]?.normal ?? '';
  const participle = PARTICIPLE_CUES.has(t[cue.tokens[0]]?.normal ?? '') && (comma || ['before', 'after', 'while', 'by'].includes(before));
  if (!speaker && (participle || t[k - 1]?.pos === 'CCONJ')) {
    speaker = clauseSubject(ctx, k - 1, sa);
    rule = participle ? 'participle' : 'shared-subject';
  }
  if (!speaker) return false;
  let j = cue.tokens[1];
  let via: Mention | null = null;
  if (LISTENER_VERBS.has(cue.lemma)) {
    const listener = phraseAfter(t, j, sb);
    if (listener && t[listener[0]]?.normal !== 'that') {
      const m = mention(ctx, listener);
      if (m?.kind === 'name') via = m;
      j = listener[1];
    }
  }
  let clause = false;
  if (ACCUSE_VERBS.has(cue.lemma)) {
    const k2 = skipObject(ctx, j, sb);
    clause = k2 > j;
    j = k2;
  }
  for (let x = j; !clause && x < Math.min(sb, j + THAT_WINDOW); x++) {
    const w = t[x];
    if (w?.pos === 'VERB' || w?.pos === 'AUX' || ctx.inQuote[x]) break;
    if (w?.normal === 'that') { j = x + 1; clause = true; break; }
    // "said of Sanders: “…”", "told reporters on Monday, “…”": a quote after the punctuation.
    if ((w?.text === ':' || w?.text === ',') && ctx.inQuote[x + 1] && x > j) { j = x; break; }
  }
  // "said: …" and "said, “…”" open the content; a bare comma does not ("concluded, as …").
  while (j < sb && /^[,:]$/.test(t[j]?.text ?? '')) {
    if (t[j]?.text === ':' || ctx.inQuote[j + 1]) clause = true;
    j++;
  }
  // "blamed on Ukraine", "maintain its forces": no content is reported.
  if (t[j]?.pos === 'ADP' && !clause) return false;
  if (NEEDS_CLAUSE.has(cue.lemma) && !clause && !ctx.inQuote[j]) return false;
  const whole = ctx.quoteAt.get(t[j]?.start ?? -1) ?? -1;
  if (whole >= 0 && !ctx.usedQuotes.has(whole)) {
    const q = ctx.quotes[whole]!;
    const after = tokenAt(t, q.outer.end);
    if (after >= sb || /^[.!?]$/.test(t[after]?.text ?? '') || !q.closed) {
      ctx.usedQuotes.add(whole);
      return say(ctx, cue, q.content, speaker, via, rule, 'direct');
    }
  }
  // "While X said …, Y …" and "Asked by X …, Y said": the opening clause ends at its comma.
  const opener = t[sa];
  const subordinate = sa < k && (SUBORDINATORS.has(opener?.normal ?? '') || (opener?.pos === 'VERB' && /(?:ed|ing)$/.test(opener.normal)));
  const end = clauseEnd(ctx, j, sb, subordinate);
  if (introducesBlock(ctx, end)) return colonBlock(ctx, ctx.paragraphOf[cue.tokens[0]] ?? -1, cueText(ctx, cue), speaker, via);
  const content = span(ctx, j, end);
  // A claim states something: content with no verb ("think warmly back") is no claim, but
  // "accused X of hiding …" reports a gerund, and a quoted fragment carries its own words.
  const accused = ACCUSE_VERBS.has(cue.lemma) && ['of', 'for'].includes(t[j - 1]?.normal ?? '');
  if (!accused && !hasVerb(ctx, content) && !quotesWithin(ctx, content).length) return false;
  return say(ctx, cue, content, speaker, via, rule);
}

/** Content that runs to a colon ending its paragraph introduces the paragraphs after it. */
function introducesBlock(ctx: Context, end: number): boolean {
  const last = ctx.tokens[end - 1];
  const para = ctx.doc.paragraphs[ctx.paragraphOf[end - 1] ?? -1];
  return last?.text === ':' && !!para && last.end === para.end;
}

/** "accused Kyiv of planning …": skip the accused up to "of" / "for" when it is near. */
function skipObject(ctx: Context, j: number, sb: number): number {
  for (let x = j; x < Math.min(sb, j + 6); x++) {
    const w = ctx.tokens[x]?.normal;
    if (w === 'of' || w === 'for') return x + 1;
  }
  return j;
}

/**
 * "Greg Raiff, chief executive of X, an aviation firm, said …": the leftmost name that a
 * comma follows, with no finite verb between it and the cue; the words between are its role.
 */
function appositiveSubject(ctx: Context, comma: number, sa: number): Mention | null {
  const t = ctx.tokens;
  let best: Mention | null = null;
  let bestStart = -1;
  let verb = false;
  let m = comma;
  for (; m > Math.max(sa, comma - 40); m--) {
    const w = t[m];
    if (!w) break;
    if (ctx.inQuote[m]) continue;
    if (w.pos === 'AUX' || (w.pos === 'VERB' && !/(?:ing|ed)$/.test(w.normal))) verb = true;
    if (w.normal === 'who' || w.normal === 'which' || w.pos === 'SCONJ') verb = false; // a relative or subordinate clause inside
    if (w.text !== ',') continue;
    if (verb) break;
    const range = phraseBefore(t, m, sa);
    const np = mention(ctx, range);
    if (!np || np.kind === 'pronoun' || !range) continue;
    // A name in apposition beats a description ("a columnist, Massimo Franco, said"), but
    // not an aside that lists members ("Six newspapers, including the Press, said").
    const aside = ['including', 'like', 'such'].includes(t[range[0] - 1]?.normal ?? '');
    const opens = range[0] === sa || t[range[0] - 1]?.pos === 'SCONJ';
    if (aside) best = null;
    else if (np.kind === 'name' || (opens && !best)) { best = np; bestStart = range[0]; }
    if (opens) return best;
  }
  // The chain reached the start of the clause with no finite verb: the phrase that opens
  // it is the subject ("Federal officials familiar with the server taken from …, N.Y.,
  // speaking on condition of anonymity, said"), unless it is only a title.
  if (m <= sa && !verb) {
    let start = sa;
    while (start < comma && ['SCONJ', 'CCONJ', 'ADV'].includes(t[start]?.pos ?? '')) start++;
    const range = phraseAfter(t, start, comma);
    const np = mention(ctx, range);
    const titleOnly = np?.kind === 'nominal' && range && TITLES.has(t[range[1] - 1]?.normal ?? '');
    // "the harbour master, Ola Dahl, said": a name right after the description is its apposition.
    const apposed = best?.kind === 'name' && range && t[range[1]]?.text === ',' && bestStart === range[1] + 1;
    if (np && np.kind !== 'pronoun' && !titleOnly && !apposed) return np;
  }
  return best;
}

/**
 * The subject of a cue that has none of its own: "…, saying …" and "… and said …" share
 * the subject of their clause: the one after ", and" / ", but" if the sentence has one,
 * else the phrase the sentence opens with.
 */
function clauseSubject(ctx: Context, k: number, sa: number): Mention | null {
  const t = ctx.tokens;
  for (let x = k - 1; x > sa; x--) {
    if (ctx.inQuote[x]) continue;
    if (t[x]?.pos === 'CCONJ' && t[x - 1]?.text === ',') {
      const np = phraseAfter(t, x + 1, k);
      if (np) return mention(ctx, np);
    }
  }
  let start = sa;
  while (start < k && (t[start]?.pos === 'CCONJ' || t[start]?.pos === 'ADV')) start++;
  return ctx.inQuote[start] ? null : mention(ctx, phraseAfter(t, start, k));
}

/** "X citing Y": Y is the source and X the outlet it came through. */
function relay(ctx: Context, np: readonly [number, number], sb: number): { speaker: Mention | null; via: Mention | null } {
  const t = ctx.tokens;
  // Scraped text loses the space after a link: "the newspaper Jellyfishciting the ministry".
  const last = t[np[1] - 1];
  const glued = last ? [...RELAY_WORDS].find((w) => last.text.length > w.length + 1 && last.text.endsWith(w)) : undefined;
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

/**
 * Where reported content ends: the sentence end, or before ", noting …" / ", according
 * to …" / a clause with an attribution of its own (", while X said …"); in a subordinate
 * clause ("While X said …, Y …") at its first comma.
 */
function clauseEnd(ctx: Context, j: number, sb: number, atComma: boolean): number {
  const t = ctx.tokens;
  for (let x = j; x < sb; x++) {
    // " — an aside": a spaced dash ends the reported content.
    if (/^[–—]$/.test(t[x]?.text ?? '') && !ctx.inQuote[x] && x > j) return x;
    // "… “a title,” explaining …": a participle cue after a closing quote mark.
    if (x > j && !ctx.inQuote[x] && PARTICIPLE_CUES.has(t[x]?.normal ?? '') && ctx.inQuote[x - 1]) return x;
    // "One in three said A and one in four said B"
    if (t[x]?.pos === 'CCONJ' && !ctx.inQuote[x] && t[x - 1]?.text !== ',' && subjectThenCue(ctx, x + 1, sb)) return x;
    if (t[x]?.text !== ',' || ctx.inQuote[x]) continue;
    const next = t[x + 1];
    if (atComma) return x;
    if (next && (PARTICIPLE_CUES.has(next.normal) || next.normal === 'according')) return x;
    if (next && (next.pos === 'CCONJ' || next.pos === 'SCONJ') && attributionAhead(ctx, x + 2, sb)) return x;
    if (subjectThenCue(ctx, x + 1, sb)) return x; // "…, 39 have said they support …"
  }
  return sb;
}

/** A subject phrase at `from` directly followed by a speech cue ("and one in four said"). */
function subjectThenCue(ctx: Context, from: number, sb: number): boolean {
  const np = phraseAfter(ctx.tokens, from, sb);
  const c = np ? ctx.cueAt.get(skipRightAuxiliaries(ctx, np[1], sb)) : undefined;
  return c !== undefined && ctx.cues[c]?.type === 'speech';
}

function skipRightAuxiliaries(ctx: Context, k: number, sb: number): number {
  while (k < sb && (ctx.tokens[k]?.pos === 'AUX' || ctx.tokens[k]?.pos === 'ADV')) k++;
  return k;
}

/** A verb cue before the next comma: "…, and Belarus also blamed …". */
function attributionAhead(ctx: Context, from: number, sb: number): boolean {
  for (let y = from; y < Math.min(sb, from + 12); y++) {
    if (ctx.tokens[y]?.text === ',') return false;
    const c = ctx.cueAt.get(y);
    const cue = c === undefined ? undefined : ctx.cues[c];
    if (cue && (cue.type === 'speech' || cue.type === 'belief')) return y > from;
  }
  return false;
}

function span(ctx: Context, a: number, b: number): Span {
  const start = ctx.tokens[a]?.start ?? 0;
  const end = ctx.tokens[b - 1]?.end ?? start;
  return trimContent(ctx.text, start, Math.max(start, end));
}

/** Quotes whose words start inside the span (the opening mark may stand just before it). */
function quotesWithin(ctx: Context, content: Span): number[] {
  return quotesIn(ctx, content.start - 3, content.end).filter((i) => {
    const q = ctx.quotes[i];
    return !!q && q.content.start >= content.start && q.content.start < content.end;
  });
}

function say(ctx: Context, cue: Cue, content: Span, speaker: Mention | null, via: Mention | null, rule: string, kind?: ClaimKind): boolean {
  if (!speaker || wordCount(ctx.text, content) < MIN_WORDS) return false;
  let k: ClaimKind = kind ?? 'indirect';
  if (!kind) {
    for (const i of quotesWithin(ctx, content)) {
      ctx.usedQuotes.add(i);
      k = 'mixed';
    }
  }
  emit(ctx, { kind: k, content, cue: cueText(ctx, cue), speaker, via, rules: [rule] });
  return true;
}
