// Where reported content ends: the clause a cue governs, read token by token. A token may
// end it (endsAtToken) and a comma may end it (endsAtComma), each for a named reason; no
// distance counts.
import { ACCUSE_VERBS, PARTICIPLE_CUES } from '../../lexicons/cues.js';
import { DISTINCT_PARTICIPLES } from '../../lexicons/inflections.js';
import type { Context } from './context.js';
import { finiteVerbIn, skipObject, skipRightAuxiliaries, subjectThenCue } from './clauses.js';
import { RELATIVE_PRONOUNS } from '../text/asides.js';
import type { Token } from '../../types.js';
import { PASSIVE_AUX } from '../../lexicons/function-words.js';

/**
 * Where reported content ends: the sentence end, or before ", noting …" / ", according
 * to …" / a clause with an attribution of its own (", while X said …"); in a subordinate
 * clause ("While X said …, Y …") at its first comma.
 */
export function clauseEnd(ctx: Context, j: number, sb: number, atComma: boolean): number {
  const t = ctx.tokens;
  // "said, if chosen, she would …": content that opens with a condition or a time clause
  // goes on past the comma that closes it, into the main clause.
  let opening = t[j]?.pos === 'SCONJ' && t[j]?.normal !== 'that';
  for (let x = j; x < sb; x++) {
    if (opening && t[x]?.text === ',' && !ctx.inQuote[x]) {
      opening = false;
      if (subjectThenCue(ctx, x + 1, sb)) return x; // "that while …, he argued …": a claim of its own
      continue;
    }
    if (endsAtToken(ctx, j, x, sb)) return x;
    if (t[x]?.text !== ',' || ctx.inQuote[x]) continue;
    if (atComma || endsAtComma(ctx, j, x, sb)) return x;
  }
  return sb;
}

/** Token x, not a comma, ends the content that starts at j: a dash or semicolon, a participle cue after a quote, "and" with a new attribution. */
function endsAtToken(ctx: Context, j: number, x: number, sb: number): boolean {
  const t = ctx.tokens;
  if (ctx.inQuote[x]) return false;
  // " — an aside": a spaced dash ends the reported content; so does a semicolon ("some said
  // A; others warned B").
  const w = t[x]?.text;
  if ((w === '–' || w === '—' || w === ';') && x > j) return true;
  // "… “a title,” explaining …": a participle cue after a closing quote mark.
  if (x > j && PARTICIPLE_CUES.has(t[x]?.normal ?? '') && ctx.inQuote[x - 1]) return true;
  // "One in three said A and one in four said B", "said A and noted that B"; but in "said the
  // board requested that A and indicated that B" the second verb goes with the first one
  // inside the content, which has a that-clause of its own.
  if (t[x]?.pos !== 'CCONJ' || t[x - 1]?.text === ',') return false;
  return subjectThenCue(ctx, x + 1, sb) || (cueThenThat(ctx, x + 1, sb) && !thatClauseIn(t, j, x));
}

/** The comma at x ends the content that starts at j: what follows it is no part of what was said. */
function endsAtComma(ctx: Context, j: number, x: number, sb: number): boolean {
  const t = ctx.tokens;
  const next = t[x + 1];
  // "…, beside the mayor, who has been criticised for …": an aside about a name that runs
  // to the sentence end is the writer's, not part of what was said.
  if (RELATIVE_PRONOUNS.has(next?.normal ?? '') && t[x - 1]?.pos === 'PROPN' && !commaBetween(ctx, x + 2, sb)) return true;
  if (next && (PARTICIPLE_CUES.has(next.normal) || next.normal === 'according')) return true;
  // "said it would cut 200 jobs, blaming rising costs": a participle closing the sentence
  // tells what the speaker did, not what was said.
  // (Not "including …", "depending on …", which go with the content, nor a gerund subject:
  // "given the divide, reaching a deal will be hard".)
  if (next?.pos === 'VERB' && /ing$/.test(next.normal) && !PREPOSITIONAL_INGS.has(next.normal) && !commaBetween(ctx, x + 2, sb) && !finiteVerbIn(t, x + 2, sb)) return true;
  // "…, which the crew described as “…”": a relative clause that reports someone's words.
  if (RELATIVE_PRONOUNS.has(next?.normal ?? '') && subjectThenCue(ctx, x + 2, sb)) return true;
  if (next && (next.pos === 'CCONJ' || next.pos === 'SCONJ') && attributionAhead(ctx, x + 2, sb)) return true;
  // "The board delayed the vote, admitted it had lost the papers, and blamed the mayor": a
  // past verb right after ", and" is the subject's next act, not part of what was said;
  // but after a passive ("the suspect was arrested on Monday, and charged with arson")
  // a participle goes on with it.
  if (next?.normal === 'and' && t[x + 2]?.pos === 'VERB' && /ed$/.test(t[x + 2]?.normal ?? '') && !passiveIn(t, j, x)) return true;
  return subjectThenCue(ctx, x + 1, sb); // "…, 40 have said they back …"
}


/** A verb with "that" right after it among tokens [a, b): the content holds a that-clause of its own. */
function thatClauseIn(t: readonly Token[], a: number, b: number): boolean {
  for (let x = a + 1; x < b; x++) if (t[x]?.normal === 'that' && t[x - 1]?.pos === 'VERB') return true;
  return false;
}

/** A form of "be" or "get" before a past participle among tokens [a, b): "was arrested", "has been charged". */
function passiveIn(t: readonly Token[], a: number, b: number): boolean {
  for (let x = a; x < b - 1; x++) {
    if (t[x]?.pos !== 'AUX' || !PASSIVE_AUX.has(t[x]!.lemma)) continue;
    let v = x + 1;
    while (v < b && (t[v]?.pos === 'ADV' || t[v]?.lemma === 'be')) v++;
    if (t[v]?.pos === 'VERB' && (/ed$/.test(t[v]!.normal) || DISTINCT_PARTICIPLES.has(t[v]!.normal))) return true;
  }
  return false;
}

/** -ing forms that work as prepositions: "…, including the poor". */
const PREPOSITIONAL_INGS: ReadonlySet<string> = new Set(['including', 'depending', 'excluding', 'regarding', 'concerning', 'following', 'notwithstanding']);

/** A comma outside quotes among tokens [a, b). */
function commaBetween(ctx: Context, a: number, b: number): boolean {
  for (let x = a; x < b; x++) if (ctx.tokens[x]?.text === ',' && !ctx.inQuote[x]) return true;
  return false;
}

/**
 * A speech or belief cue with "that" after it, its subject shared ("… and noted that …"),
 * or a verb of accusing with its object and "of" ("… and accused him of …").
 */
function cueThenThat(ctx: Context, from: number, sb: number): boolean {
  const k = skipRightAuxiliaries(ctx, from, sb);
  const c = ctx.cueAt.get(k);
  const cue = c === undefined ? undefined : ctx.cues[c];
  if (!cue || (cue.type !== 'speech' && cue.type !== 'belief')) return false;
  const t = ctx.tokens;
  if (t[cue.tokens[1]]?.normal === 'that') return true;
  // "added that A and said B": a speech verb in the past, its subject the first one's,
  // opens a second claim with or without "that" (its content must have a verb).
  if (cue.type === 'speech' && !cue.negated && cue.from === k && SAYING_PAST.has(t[k]?.normal ?? '') && finiteVerbIn(t, cue.tokens[1], sb)) return true;
  if (!ACCUSE_VERBS.has(cue.lemma)) return false;
  // "accused the harbour board of …", "accused him of …": "of" or "for" right after the object.
  return skipObject(ctx, cue.tokens[1], sb) > cue.tokens[1];
}

/** Past forms of saying that open a second claim after "and" without "that" ("… and said it would …"). */
const SAYING_PAST: ReadonlySet<string> = new Set(['said', 'added', 'stated', 'warned', 'insisted', 'stressed', 'noted', 'argued']);

/** A verb cue before the next comma: "…, and the union also blamed …". */
function attributionAhead(ctx: Context, from: number, sb: number): boolean {
  for (let y = from; y < sb; y++) {
    if (ctx.tokens[y]?.text === ',') return false;
    const c = ctx.cueAt.get(y);
    const cue = c === undefined ? undefined : ctx.cues[c];
    // "…, and the union also blamed …", "…, but agreed that …" (the same subject goes on)
    if (cue && (cue.type === 'speech' || cue.type === 'belief')) return y > from || ctx.tokens[y + 1]?.normal === 'that';
  }
  return false;
}
