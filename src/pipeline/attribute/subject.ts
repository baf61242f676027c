// Rule subject-cue: "X says (that) …", with the subject before the cue. Four steps, each a
// named function a newcomer can change alone:
//   cueSubject     who speaks: the phrase before the cue, past asides, participles and
//                  coordination; a participle or a second verb borrows the clause's subject
//   contentOpening where the content starts: after the listener ("told Radio Nord"), a time,
//                  an interviewer, the accused's object, adjuncts, "that", a colon or a
//                  quote; an outlet named before the cue is found by viaBefore (tails.ts)
//   reportsNothing a cue with no content to report ("blamed on …", "asked why …")
//   contentEnd     where the content ends: the clause, an opening clause's comma, an aside
// and, in complements.ts, an object that is the stance itself, a holder of its own inside
// the content, and two complements of one cue.
import {
  ACCUSE_VERBS, BELIEF_ADJECTIVES, COMMITMENT_VERBS, DOCUMENTS, HEARSAY_CUES, LISTENER_VERBS, NEEDS_CLAUSE, PARTICIPLE_CUES,
} from '../../lexicons/cues.js';
import { ADJUNCT_PREPOSITIONS, NOT_NAMES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_NOUNS } from '../../lexicons/names.js';
import type { Cue } from '../detect.js';
import {
  type Bounds, type Context, cueText, hasVerb, mention, phraseBefore, quotesWithin, say, skipLeftModifiers, tokenSpan,
} from './context.js';
import { tokenAt } from '../text/search.js';
import { openingAfterAdjuncts } from './adjuncts.js';
import { interviewer, viaBefore } from './tails.js';
import { colonBlock } from './blocks.js';
import {
  appositiveSubject, asideEnd, beforeParticiple, clauseSubject, closesDashAside, conjoinedAdjunct, describingParticiple,
  finiteVerbIn, introducesBlock, relativeEnd, skipObject, subjectThenCue, thatClause,
} from './clauses.js';
import { clauseEnd } from './ends.js';
import { nestedSource, secondComplement, stanceObject } from './complements.js';
import { isDeterminer, phraseAfter, wholeSubject } from '../text/phrases.js';
import { RELATIVE_PRONOUNS } from '../text/asides.js';
import { startsLowerCase } from '../../letters.js';
import type { Mention, Token } from '../../types.js';
import {
  ACCUSE_LINKS, AGENT_LINKS, ASK_LINKS, CUE_TIME_LEADS, INDEFINITE_ARTICLES, PARTICIPLE_LEADS, PASSIVE_AUX, QUESTION_WORDS, SUPERLATIVES,
} from '../../lexicons/function-words.js';

/** "in a statement", "during an interview", "on social media": the medium of what is said. */
const MEDIUM_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'during', 'on']);
const MEDIA: ReadonlySet<string> = new Set(['interview', 'interviews', 'speech', 'address', 'conference', 'media', 'broadcast', 'podcast', 'video']);

/** Words that open a subordinate clause: "While X said …, Y …". */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'although', 'though', 'whereas', 'as', 'when', 'if', 'because', 'since', 'after', 'before']);

/** Cues whose "if" opens a question ("asked if …"), not a condition. */
const QUESTION_CUES: ReadonlySet<string> = new Set(['ask', 'wonder']);

/** Modals before a cue that make it hypothetical. */
const HYPOTHETICAL: ReadonlySet<string> = new Set(['could', 'might', 'may']);

/**
 * How far back from "who" the comma that opens an appositive is looked for ("X, a delegate
 * and union supporter who …"): longer than any appositive noun phrase seen, and it stops
 * at a verb anyway.
 */
const APPOSITIVE_TOKENS = 14;

interface Subject {
  readonly speaker: Mention;
  readonly rule: string;
  /** The subject phrase before the cue, when one was read. */
  readonly np: readonly [number, number] | null;
  /** The token after the subject (before adverbs, auxiliaries and participles). */
  readonly k: number;
}

export function subjectCue(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  const subject = cueSubject(ctx, cue, sa);
  if (!subject) return false;
  const open = contentOpening(ctx, cue, sb);
  if (!open) return false;
  const { j, via: after, clause } = open;
  const via = after ?? viaBefore(ctx, sa, cue.from);
  const stance = !clause && stanceObject(t, cue, j, sb);
  if (!stance && reportsNothing(ctx, cue, j, clause)) return false;
  const { speaker, rule } = subject;
  const whole = ctx.quoteAt.get(t[j]?.start ?? -1) ?? -1;
  if (whole >= 0 && !ctx.usedQuotes.has(whole)) {
    const q = ctx.quotes[whole]!;
    const after = tokenAt(t, q.outer.end);
    if (after >= sb || /^[.!?]$/.test(t[after]?.text ?? '') || !q.closed) {
      ctx.usedQuotes.add(whole);
      return say(ctx, cue, q.content, speaker, via, rule, 'direct');
    }
  }
  const end = contentEnd(ctx, cue, subject, j, { sa, sb });
  if (introducesBlock(ctx, end)) return colonBlock(ctx, ctx.paragraphOf[cue.tokens[0]] ?? -1, cueText(ctx, cue), speaker, via, t[j - 1]?.normal === 'that');
  const content = tokenSpan(ctx, j, end);
  // A claim states something: content with no verb ("think warmly back") is no claim, but
  // "accused X of hiding …" reports a gerund, and a quoted fragment carries its own words.
  const accused = ACCUSE_VERBS.has(cue.lemma) && ACCUSE_LINKS.has(t[j - 1]?.normal ?? '');
  if (!accused && !stance && !thatClause(t, j, end) && !hasVerb(ctx, content) && !quotesWithin(ctx, content).length) return false;
  // "did not want the fee that angered the crews": a belief’s object with a relative clause
  // on it is a thing wanted or feared, not a stated view.
  if (cue.type === 'belief' && !clause && objectWithRelative(t, j, end)) return false;
  // "wrote that officials continue to believe that …": the officials' claim, via the writer.
  const inner = nestedSource(ctx, j, end);
  if (inner) return say(ctx, cue, tokenSpan(ctx, inner.from, end), inner.speaker, speaker, 'nested-source');
  // "said the port had shut, but that it would reopen": two complements, two claims.
  const second = secondComplement(ctx, j, end);
  if (second < 0) return say(ctx, cue, content, speaker, via, rule);
  const first = say(ctx, cue, tokenSpan(ctx, j, second - 2), speaker, via, rule);
  return say(ctx, cue, tokenSpan(ctx, second + 1, end), speaker, via, rule) || first;
}

/** Who speaks: the subject of the cue, or of the clause a participle or a second verb shares. */
function cueSubject(ctx: Context, cue: Cue, sa: number): Subject | null {
  const t = ctx.tokens;
  // "workers hoping to keep their jobs said …": the participle claims nothing, and the
  // subject of the cue after it stands before it.
  if (describingParticiple(t, cue.tokens[0])) return null;
  const k = beforeParticiple(t, skipLeftModifiers(t, cue.from, sa), sa);
  // "is expected to", "was feared": in the passive the subject holds no view; after
  // "could", "might" or "may" ("critics may argue", "towns could feel a pinch") no one has.
  // ("is voicing concern", "was telling reporters": the progressive of speech is active; a
  // belief in it, "is feeling pressure", "is planning a trip", reports no view.)
  const progressive = cue.type === 'speech' && /ing$/.test(t[cue.tokens[0]]?.normal ?? '');
  // ("are concerned that": the adjective of belief comes after "be".)
  const adjective = BELIEF_ADJECTIVES.has(cue.lemma);
  for (let x = k; x < cue.tokens[0]; x++) if ((!progressive && !adjective && PASSIVE_AUX.has(t[x]?.lemma ?? '')) || HYPOTHETICAL.has(t[x]?.normal ?? '')) return null;
  let np = phraseBefore(t, k, sa);
  // "a memo seen by Nordwire said", "a source speaking to Radio Nord said": the subject
  // stands before the participle, not after its preposition.
  const modifier = np ? t[np[0] - 2] : undefined;
  if (np && AGENT_LINKS.has(t[np[0] - 1]?.normal ?? '') && modifier?.pos === 'VERB' && /(?:ed|en|ing)$/.test(modifier.normal)) {
    np = phraseBefore(t, np[0] - 2, sa) ?? np;
  }
  // "Karin Vik in a statement stressed that …": the medium between subject and verb is an
  // adjunct; the subject stands before it.
  if (np && MEDIUM_PREPOSITIONS.has(t[np[0] - 1]?.normal ?? '') && (DOCUMENTS.has(t[np[1] - 1]?.normal ?? '') || MEDIA.has(t[np[1] - 1]?.normal ?? ''))) {
    np = phraseBefore(t, np[0] - 1, sa) ?? np;
  }
  // "… used the whole month trying to tell …": a stretch of time is no one ("Nine Days",
  // a film's name, may be someone).
  const head = np ? t[np[1] - 1] : undefined;
  if (head && TIME_NOUNS.has(head.normal) && startsLowerCase(head.text)) return null;
  // "Sen. Ana Berg (D), a supporter of the plan told …": an appositive whose closing comma
  // is missing; the name before it is the subject.
  if (np && INDEFINITE_ARTICLES.has(t[np[0]]?.normal ?? '') && t[np[0] - 1]?.text === ',') {
    const name = phraseBefore(t, np[0] - 1, sa);
    if (name && mention(ctx, name)?.kind === 'name') np = name;
  }
  if (np) np = wholeSubject(t, np, sa);
  // "asked if he believed …", "whether they think …", "how deeply X believes …": a
  // question, not an assertion.
  const asks = (x: number): boolean => ASK_LINKS.has(t[x]?.normal ?? '');
  if (np && (asks(np[0] - 1) || (t[np[0] - 1]?.pos === 'ADV' && asks(np[0] - 2)))) return null;
  const and = conjoinedAdjunct(t, np);
  // "X was filmed at the quay telling …": a participle after a phrase of place or time is
  // the clause subject's act ("with most dockers saying", "by the press announcing": the
  // phrase is its subject).
  const adjunct = np && and < 0 && ADJUNCT_PREPOSITIONS.has(t[np[0] - 1]?.normal ?? '') && /ing$/.test(t[cue.tokens[0]]?.normal ?? '') ? np[0] - 1 : -1;
  const shared = and >= 0 ? and : adjunct;
  let speaker = shared >= 0 ? clauseSubject(ctx, shared, sa) : mention(ctx, np);
  let rule = shared >= 0 ? 'shared-subject' : 'subject-cue';
  if (!speaker && (t[k - 1]?.normal === 'who')) speaker = relativeHead(ctx, k, sa);
  // A comma inside a closing quote ends an aside too: "X, the skipper known as “Fox,” stated".
  // So does a dash that an earlier one opened: "X - who was born in Vik - said".
  const comma = t[k - 1]?.text === ',' || (ctx.inQuote[k - 1] === 1 && ctx.text[(t[k - 1]?.start ?? 0) - 1] === ',') || closesDashAside(t, k - 1, sa);
  // A present participle ("…, saying that …") has no subject of its own: it borrows the
  // clause's (below), never the phrase before its comma.
  const ing = /ing$/.test(t[cue.tokens[0]]?.normal ?? '');
  if (!speaker && comma && !ing) speaker = appositiveSubject(ctx, k - 1, sa);
  const before = t[k - 1]?.normal ?? '';
  const participle = PARTICIPLE_CUES.has(t[cue.tokens[0]]?.normal ?? '') && (comma || PARTICIPLE_LEADS.has(before));
  if (!speaker && (participle || t[k - 1]?.pos === 'CCONJ')) {
    speaker = clauseSubject(ctx, k - 1, sa);
    rule = participle ? 'participle' : 'shared-subject';
  }
  return speaker ? { speaker, rule, np, k } : null;
}

/** "X, a docker and union member who has accused …": the appositive's head speaks. */
function relativeHead(ctx: Context, k: number, sa: number): Mention | null {
  const t = ctx.tokens;
  const head = phraseBefore(t, k - 1, sa);
  let comma = t[k - 2]?.text === ',' ? k - 2 : -1;
  // "X, a delegate and union supporter who …": back to the comma that opens the aside.
  for (let x = (head?.[0] ?? k - 1) - 1; comma < 0 && x > Math.max(sa, k - APPOSITIVE_TOKENS); x--) {
    if (t[x]?.text === ',') comma = x;
    else if (t[x]?.pos === 'VERB' || t[x]?.pos === 'AUX') break;
  }
  return comma >= 0 ? appositiveSubject(ctx, comma, sa) ?? mention(ctx, head) : mention(ctx, head);
}

/**
 * Where the content starts after the cue, and the outlet it went through: past the listener
 * ("told Radio Nord"), a time phrase, "in an interview with X", the accused ("accused the
 * firm of …"), adjuncts and "that", or a colon or a comma before a quote. Null when a clause
 * with its own speaker and cue follows a bare comma ("…, X wrote, his aide whispered: “…”").
 */
function contentOpening(ctx: Context, cue: Cue, sb: number): { j: number; via: Mention | null; clause: boolean } | null {
  const t = ctx.tokens;
  let j = cue.tokens[1];
  let via: Mention | null = null;
  if (LISTENER_VERBS.has(cue.lemma)) {
    // Not "that", nor a subject pronoun: "warned they could …" has no listener.
    const listener = SUBJECT_PRONOUNS.has(t[j]?.normal ?? '') ? null : phraseAfter(t, j, sb);
    if (listener && t[listener[0]]?.normal !== 'that') {
      const m = mention(ctx, listener);
      if (m?.kind === 'name') via = m;
      j = listener[1];
    } else if (!listener && OBJECT_PRONOUNS.has(t[j]?.normal ?? '') && t[j + 1]?.normal !== 'to') {
      j++; // "told them the port …" (but "urged them to vote" keeps whom it urges)
    }
  }
  // "told lawmakers on Monday there was …": a time phrase before the content.
  j = afterTime(t, j, sb);
  via ??= interviewer(ctx, j, sb); // "said in an interview with the Coastal Times that …"
  let clause = false;
  if (ACCUSE_VERBS.has(cue.lemma)) {
    const k2 = skipObject(ctx, j, sb);
    clause = k2 > j;
    j = k2;
  }
  if (!clause) {
    const open = openingAfterAdjuncts(ctx, j, sb);
    if (open) ({ at: j, clause } = open);
  }
  // "said: …" and "said, “…”" open the content; a bare comma does not ("concluded, as …").
  let bare = false;
  while (j < sb && /^[,:]$/.test(t[j]?.text ?? '')) {
    if (t[j]?.text === ':' || ctx.inQuote[j + 1]) clause = true;
    else bare = true;
    j++;
  }
  // "…, the reporter X wrote, his aide whispered to him: “…”": after a bare comma, a clause
  // with a speaker and a cue of its own is that speaker's.
  if (bare && !clause && subjectThenCue(ctx, j, sb)) return null;
  return { j, via, clause };
}

/**
 * "blamed on the weather", "maintain its ships": no content is reported; "explaining why
 * …", "asked how …": a question, not an assertion. "vowed to cut …", "vowed to “keep the
 * harbour open”" state an intention, in the speaker's words or not.
 */
function reportsNothing(ctx: Context, cue: Cue, j: number, clause: boolean): boolean {
  const t = ctx.tokens;
  // "the man said to be behind it", "believed to have left": a passive report, no one's claim.
  const hearsay = HEARSAY_CUES.has(cue.lemma) && t[j]?.normal === 'to' && (t[j + 1]?.normal === 'be' || t[j + 1]?.normal === 'have');
  const question = QUESTION_WORDS.has(t[j]?.normal ?? '') || (QUESTION_CUES.has(cue.lemma) && t[j]?.normal === 'if') || hearsay;
  const intention = COMMITMENT_VERBS.has(cue.lemma) && t[j]?.normal === 'to' && (t[j + 1]?.pos === 'VERB' || !!ctx.inQuote[j + 1]);
  // "says at least 300 people …", "said about 40 boats …": a preposition that opens a quantity
  // opens the content, not an adjunct.
  const quantity = t[j + 1]?.pos === 'NUM' || SUPERLATIVES.has(t[j + 1]?.normal ?? '');
  if ((t[j]?.pos === 'ADP' && !clause && !intention && !quantity) || question) return true;
  return NEEDS_CLAUSE.has(cue.lemma) && !clause && !ctx.inQuote[j] && !intention;
}

/**
 * Where the content that starts at j ends. "While X said …, Y …" and "Asked by X if …, Y
 * said": the cue stands in an opening clause, whose content ends at its comma. A cue after
 * that comma is the main clause's: "Although X is …, Y said …" (the opening clause has its
 * own verb before the comma), "Asked about it, X said …" (the speaker after the
 * participle's comma). A participle that opens the speaker's own name ("Flying Fish Media,
 * an agency, says") opens nothing.
 */
function contentEnd(ctx: Context, cue: Cue, { speaker, np, k }: Subject, j: number, { sa, sb }: Bounds): number {
  const t = ctx.tokens;
  const opener = t[sa];
  let closes = sa; // the first comma
  while (closes < k && (t[closes]?.text !== ',' || ctx.inQuote[closes])) closes++;
  const who = tokenAt(t, speaker.start);
  const subordinate = sa < k && (SUBORDINATORS.has(opener?.normal ?? '')
    ? !(closes < k && finiteVerbIn(t, sa + 1, closes))
    : opener?.pos === 'VERB' && /(?:ed|ing)$/.test(opener.normal) && who !== sa + 1 && !(closes < who));
  let end = clauseEnd(ctx, j, sb, subordinate);
  // "X, recalling the talks, described himself as …": a participle aside ends where the
  // main clause's verb resumes after a comma.
  if (/ing$/.test(t[cue.tokens[0]]?.normal ?? '') && t[cue.from - 1]?.text === ',') end = asideEnd(ctx, j, end);
  // So does a relative clause set off by commas: "X, who said last week that …, now says …".
  else if (RELATIVE_PRONOUNS.has(t[k - 1]?.normal ?? '') && t[k - 2]?.text === ',') end = relativeEnd(ctx, j, end);
  // "hackers who officials say are tied to X and who claimed …": inside a relative clause,
  // a second one ("and who …") is about the noun again, not part of what was said.
  if (np && RELATIVE_PRONOUNS.has(t[np[0] - 1]?.normal ?? '')) {
    for (let x = j; x < end; x++) if (t[x]?.pos === 'CCONJ' && RELATIVE_PRONOUNS.has(t[x + 1]?.normal ?? '')) { end = x; break; }
  }
  return end;
}

/** After a time phrase at token j ("on Monday", "last week", "yesterday"), or j. */
function afterTime(t: readonly Token[], j: number, sb: number): number {
  const lead = CUE_TIME_LEADS.has(t[j]?.normal ?? '') ? j + 1 : j;
  const time = (w: Token | undefined): boolean =>
    !!w && (NOT_NAMES.has(w.normal) || TIME_NOUNS.has(w.normal) || w.normal === 'yesterday' || w.normal === 'today');
  if (!time(t[lead])) return j;
  let k = lead + 1;
  while (k < sb && (t[k]?.pos === 'NUM' || time(t[k]))) k++;
  // "said Thursday's speeches …": the day opens the content; "responded Friday to …" is no content.
  return /^['’]s$/.test(t[k]?.text ?? '') || t[k]?.pos === 'ADP' || t[k]?.normal === 'to' ? j : k;
}

/** A noun phrase with a determiner at j, then "that", "which" or "who" and a verb: "the fee that angered …". */
function objectWithRelative(t: readonly Token[], j: number, end: number): boolean {
  if (!isDeterminer(t[j])) return false;
  const np = phraseAfter(t, j, end);
  const rel = np ? t[np[1]] : undefined;
  return !!rel && (rel.normal === 'that' || RELATIVE_PRONOUNS.has(rel.normal)) && (t[np![1] + 1]?.pos === 'VERB' || t[np![1] + 1]?.pos === 'AUX');
}
