// Reported speech: claims carried by a cue outside quotation marks. One rule per shape:
//   cue-after-content "…, writes X." / "…, X said, …"
//   subject-cue       "X says (that) …", "She went on to say that …", "X, a spokesman, said …"
//   participle        "…, noting that …" (same speaker as the claim before it)
//   shared-subject    "… and said …", "… and in a letter wrote that …"
// and, in ./named.ts, the cues whose source is named in a phrase: according-to, noun-cue,
// naming-quote, backward-reference, as-lead, quoted-as. Content with a quoted fragment
// inside is `mixed`; content that is one whole quote is `direct`.
import { ACCUSE_VERBS, COMMITMENT_VERBS, LISTENER_VERBS, NAMING_VERBS, NEEDS_CLAUSE, PARTICIPLE_CUES } from '../../lexicons/cues.js';
import type { Cue } from '../detect.js';
import {
  type Bounds, type Context, cueText, hasVerb, quotesWithin, mention, phraseBefore, say, skipLeftModifiers, tokenSpan,
} from './context.js';
import { tokenAt } from '../text/search.js';
import { openingAfterAdjuncts } from './adjuncts.js';
import { apposedName, interviewer } from './tails.js';
import { accordingTo, asLead, backwardReference, namingQuote, nounCue, quotedAs } from './named.js';
import { colonBlock } from './blocks.js';
import {
  appositiveSubject, beforeParticiple, clauseEnd, clauseSubject, closesDashAside, conjoinedAdjunct, describingParticiple, finiteVerbIn,
  asideEnd, introducesBlock, skipObject, subjectThenCue, verblessTail,
} from './clauses.js';
import { ADJUNCT_PREPOSITIONS, NOT_NAMES, OBJECT_PRONOUNS, SUBJECT_PRONOUNS, TIME_NOUNS } from '../../lexicons/names.js';
import { CONDITIONALS } from '../../lexicons/estimative.js';
import { RELATIVE_PRONOUNS, beforeAside, isDeterminer, phraseAfter, wholeSubject } from '../text/phrases.js';
import { startsLowerCase } from '../../letters.js';
import type { Mention, Token } from '../../types.js';

const SUBORDINATORS = new Set(['while', 'although', 'though', 'whereas', 'as', 'when', 'if', 'because', 'since', 'after', 'before']);
/** Words that open a condition (the one-word forms of the estimative lexicon's conditionals). */
const CONDITIONS: ReadonlySet<string> = new Set(CONDITIONALS.filter((w) => !w.includes(' ')));

export function reportedSpeech(ctx: Context): void {
  forEachCue(ctx, (cue, c, b) => cue.type === 'according' ? accordingTo(ctx, cue, b)
      : cue.type === 'noun' ? nounCue(ctx, cue, b)
      : cue.type === 'naming' ? namingQuote(ctx, cue, b)
      // "Most residents wanted the school open, Vik said.": a belief inside what a closing
      // tail reports is part of it (nested speech goes to the outer source).
      : cue.type === 'belief' && tailFollows(ctx, c, b.sb) ? false
      : quotedAs(ctx, cue, b) || backwardReference(ctx, cue, b) || cueAfterContent(ctx, cue, b) || asLead(ctx, cue, b) || subjectCue(ctx, cue, b)
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

/** Cues whose "if" opens a question ("asked if …"), not a condition. */
const QUESTION_CUES: ReadonlySet<string> = new Set(['ask', 'wonder']);

/** Modals before a cue that make it hypothetical. */
const HYPOTHETICAL: ReadonlySet<string> = new Set(['could', 'might', 'may']);

/** Words of a time phrase after a tail's verb: "last week", "two days ago". */
const TAIL_TIME: ReadonlySet<string> = new Set(['ago', 'last', 'this', 'late', 'early', 'later', 'earlier', ...TIME_NOUNS]);

/** "…, writes X." or "…, X said, …": the content runs from the sentence start to the comma. */
function cueAfterContent(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  let comma = -1;
  let np: readonly [number, number] | null = null;
  let end = cue.tokens[1];
  // "…, says X" (not a participle: in "…, telling reporters" the listener follows; not
  // "…, did not mention X", whose X is an object).
  if (t[cue.from - 1]?.text === ',' && cue.from === cue.tokens[0] && !/ing$/.test(t[cue.tokens[0]]?.normal ?? '')) {
    np = phraseAfter(t, cue.tokens[1], sb);
    if (np) np = apposedName(ctx, np, sb) ?? np;
    comma = cue.from - 1;
    if (np) end = np[1];
  }
  if (!np) {
    // "…, Karin Vik, 54, said": the speaker's phrase before the aside about them.
    np = phraseBefore(t, beforeAside(t, skipLeftModifiers(t, cue.from, sa), sa), sa);
    if (!np || t[np[0] - 1]?.text !== ',') return false;
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
  if (end < sb && next?.text !== ',' && !/^[.!?]$/.test(next?.text ?? '') && !via) return false;
  if (comma <= sa || ctx.covered[sa] || ctx.inQuote[sa]) return false;
  // "In an interview, Dahl said, “…”" and "…, his aide whispered to him: “…”": a lead
  // before a quote, not a tail after content.
  if (next?.text === ',' && ctx.quoteAt.has(t[end + 1]?.start ?? -1)) return false;
  for (let x = cue.tokens[1]; x < Math.min(sb, cue.tokens[1] + 4); x++) if (t[x]?.text === ':' && ctx.quoteAt.has(t[x + 1]?.start ?? -1)) return false;
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
  const stated = finiteVerbIn(t, from, comma);
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

/** After a time phrase at token j ("on Monday", "last week", "yesterday"), or j. */
function afterTime(t: readonly Token[], j: number, sb: number): number {
  const lead = ['on', 'last', 'this', 'next', 'earlier'].includes(t[j]?.normal ?? '') ? j + 1 : j;
  const time = (w: Token | undefined): boolean =>
    !!w && (NOT_NAMES.has(w.normal) || TIME_NOUNS.has(w.normal) || w.normal === 'yesterday' || w.normal === 'today');
  if (!time(t[lead])) return j;
  let k = lead + 1;
  while (k < sb && (t[k]?.pos === 'NUM' || time(t[k]))) k++;
  // "said Thursday's speeches …": the day opens the content; "responded Friday to …" is no content.
  return /^['’]s$/.test(t[k]?.text ?? '') || t[k]?.pos === 'ADP' || t[k]?.normal === 'to' ? j : k;
}

/** "X says (that) …" with the subject before the cue. */
function subjectCue(ctx: Context, cue: Cue, { sa, sb }: Bounds): boolean {
  const t = ctx.tokens;
  // "workers hoping to keep their jobs said …": the participle claims nothing, and the
  // subject of the cue after it stands before it.
  if (describingParticiple(t, cue.tokens[0])) return false;
  const k = beforeParticiple(t, skipLeftModifiers(t, cue.from, sa), sa);
  // "is expected to", "was feared": in the passive the subject holds no view; after
  // "could", "might" or "may" ("critics may argue", "towns could feel a pinch") no one has.
  for (let x = k; x < cue.tokens[0]; x++) if (['be', 'get'].includes(t[x]?.lemma ?? '') || HYPOTHETICAL.has(t[x]?.normal ?? '')) return false;
  let np = phraseBefore(t, k, sa);
  // "a memo seen by Nordwire said", "a source speaking to Radio Nord said": the subject
  // stands before the participle, not after its preposition.
  const modifier = np ? t[np[0] - 2] : undefined;
  if (np && ['by', 'to', 'with'].includes(t[np[0] - 1]?.normal ?? '') && modifier?.pos === 'VERB' && /(?:ed|en|ing)$/.test(modifier.normal)) {
    np = phraseBefore(t, np[0] - 2, sa) ?? np;
  }
  // "… used the whole month trying to tell …": a stretch of time is no one ("Nine Days",
  // a film's name, may be someone).
  const head = np ? t[np[1] - 1] : undefined;
  if (head && TIME_NOUNS.has(head.normal) && startsLowerCase(head.text)) return false;
  // "Sen. Ana Berg (D), a supporter of the plan told …": an appositive whose closing comma
  // is missing; the name before it is the subject.
  if (np && ['a', 'an'].includes(t[np[0]]?.normal ?? '') && t[np[0] - 1]?.text === ',') {
    const name = phraseBefore(t, np[0] - 1, sa);
    if (name && mention(ctx, name)?.kind === 'name') np = name;
  }
  if (np) np = wholeSubject(t, np, sa);
  // "asked if he believed …", "whether they think …", "how deeply X believes …": a
  // question, not an assertion.
  const asks = (x: number): boolean => ['if', 'whether', 'how'].includes(t[x]?.normal ?? '');
  if (np && (asks(np[0] - 1) || (t[np[0] - 1]?.pos === 'ADV' && asks(np[0] - 2)))) return false;
  const and = conjoinedAdjunct(t, np);
  // "X was filmed at the quay telling …": a participle after a phrase of place or time is
  // the clause subject's act ("with most dockers saying", "by the press announcing": the
  // phrase is its subject).
  const adjunct = np && and < 0 && ADJUNCT_PREPOSITIONS.has(t[np[0] - 1]?.normal ?? '') && /ing$/.test(t[cue.tokens[0]]?.normal ?? '') ? np[0] - 1 : -1;
  const shared = and >= 0 ? and : adjunct;
  let speaker = shared >= 0 ? clauseSubject(ctx, shared, sa) : mention(ctx, np);
  let rule = shared >= 0 ? 'shared-subject' : 'subject-cue';
  if (!speaker && (t[k - 1]?.normal === 'who')) {
    // "X, a docker and union member who has accused …": the appositive's head speaks.
    const head = phraseBefore(t, k - 1, sa);
    let comma = t[k - 2]?.text === ',' ? k - 2 : -1;
    // "X, a delegate and union supporter who …": back to the comma that opens the aside.
    for (let x = (head?.[0] ?? k - 1) - 1; comma < 0 && x > Math.max(sa, k - 14); x--) {
      if (t[x]?.text === ',') comma = x;
      else if (t[x]?.pos === 'VERB' || t[x]?.pos === 'AUX') break;
    }
    speaker = comma >= 0 ? appositiveSubject(ctx, comma, sa) ?? mention(ctx, head) : mention(ctx, head);
  }
  // A comma inside a closing quote ends an aside too: "X, the skipper known as “Fox,” stated".
  // So does a dash that an earlier one opened: "X - who was born in Vik - said".
  const comma = t[k - 1]?.text === ',' || (ctx.inQuote[k - 1] === 1 && ctx.text[(t[k - 1]?.start ?? 0) - 1] === ',') || closesDashAside(t, k - 1, sa);
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
  if (bare && !clause && subjectThenCue(ctx, j, sb)) return false;
  // "blamed on the weather", "maintain its ships": no content is reported; "explaining why
  // …", "asked how …": a question, not an assertion.
  const question = ['why', 'how', 'whether'].includes(t[j]?.normal ?? '') || (QUESTION_CUES.has(cue.lemma) && t[j]?.normal === 'if');
  // "vowed to cut …", "vowed to “keep the harbour open”": an intention, in the speaker's words or not.
  const intention = COMMITMENT_VERBS.has(cue.lemma) && t[j]?.normal === 'to' && (t[j + 1]?.pos === 'VERB' || !!ctx.inQuote[j + 1]);
  if ((t[j]?.pos === 'ADP' && !clause && !intention) || question) return false;
  if (NEEDS_CLAUSE.has(cue.lemma) && !clause && !ctx.inQuote[j] && !intention) return false;
  const whole = ctx.quoteAt.get(t[j]?.start ?? -1) ?? -1;
  if (whole >= 0 && !ctx.usedQuotes.has(whole)) {
    const q = ctx.quotes[whole]!;
    const after = tokenAt(t, q.outer.end);
    if (after >= sb || /^[.!?]$/.test(t[after]?.text ?? '') || !q.closed) {
      ctx.usedQuotes.add(whole);
      return say(ctx, cue, q.content, speaker, via, rule, 'direct');
    }
  }
  // "While X said …, Y …" and "Asked by X if …, Y said": the cue stands in an opening
  // clause, whose content ends at its comma. A cue after that comma is the main clause's:
  // "Although X is …, Y said …" (the opening clause has its own verb before the comma),
  // "Asked about it, X said …" (the speaker after the participle's comma). A participle
  // that opens the speaker's own name ("Flying Fish Media, an agency, says") opens nothing.
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
  // "hackers who officials say are tied to X and who claimed …": inside a relative clause,
  // a second one ("and who …") is about the noun again, not part of what was said.
  if (np && RELATIVE_PRONOUNS.has(t[np[0] - 1]?.normal ?? '')) {
    for (let x = j; x < end; x++) if (t[x]?.pos === 'CCONJ' && RELATIVE_PRONOUNS.has(t[x + 1]?.normal ?? '')) { end = x; break; }
  }
  if (introducesBlock(ctx, end)) return colonBlock(ctx, ctx.paragraphOf[cue.tokens[0]] ?? -1, cueText(ctx, cue), speaker, via);
  const content = tokenSpan(ctx, j, end);
  // A claim states something: content with no verb ("think warmly back") is no claim, but
  // "accused X of hiding …" reports a gerund, and a quoted fragment carries its own words.
  const accused = ACCUSE_VERBS.has(cue.lemma) && ['of', 'for'].includes(t[j - 1]?.normal ?? '');
  if (!accused && !hasVerb(ctx, content) && !quotesWithin(ctx, content).length) return false;
  // "did not want their money that raised hackles": a belief's object with a relative clause
  // on it is a thing wanted or feared, not a stated view.
  if (cue.type === 'belief' && !clause && objectWithRelative(t, j, end)) return false;
  return say(ctx, cue, content, speaker, via, rule);
}

/** A noun phrase with a determiner at j, then "that", "which" or "who" and a verb: "their money that raised …". */
function objectWithRelative(t: readonly Token[], j: number, end: number): boolean {
  if (!isDeterminer(t[j])) return false;
  const np = phraseAfter(t, j, end);
  const rel = np ? t[np[1]] : undefined;
  return !!rel && (rel.normal === 'that' || RELATIVE_PRONOUNS.has(rel.normal)) && (t[np![1] + 1]?.pos === 'VERB' || t[np![1] + 1]?.pos === 'AUX');
}
