// Tails: the attribution that follows content ("…, says Dahl", "…,” he told Radio Nord"),
// the listener or outlet after a cue (or named before it: "In statements to X, …"), and a
// name or role in apposition to the speaker ("According to its spokesperson, Lena Berg, …").
import { type Context, addCue, mention } from './context.js';
import type { Mention } from '../../types.js';
import { PARENTHESIS_TOKENS, phraseAfter, timePhraseEnd } from '../text/phrases.js';
import { pastAside } from '../text/asides.js';
import { isDash } from '../text/tokens.js';
import { typeOf } from '../text/names.js';
import { finiteVerbIn } from './clauses.js';

export interface Tail {
  readonly cue: number;
  readonly speaker: readonly [number, number];
  readonly via: readonly [number, number] | null;
  /** First token after the attribution. */
  readonly end: number;
}

/**
 * An attribution that follows content: "…, says Dahl", "…, Vik tells Radio Nord",
 * "…,” he said", "…, said Dahl to Radio Nord". `k` is the first token after the content.
 */
export function tailAt(ctx: Context, k: number, ceil: number, anyVerb = false): Tail | null {
  const { tokens } = ctx;
  // "“…”, – said X": a spaced dash may stand between the quote's comma and its tail.
  while (k < ceil && (/^[,”"’»]$|^''$/.test(tokens[k]?.text ?? '') || isDash(tokens, k))) k++;
  if (isVerbCueAt(ctx, k, anyVerb)) {
    const end = cueEnd(ctx, k);
    const np = phraseAfter(tokens, end, ceil);
    const named = np ? apposedName(ctx, np, ceil) : null;
    const speaker = named ?? (np ? withPlace(ctx, np, ceil) : null);
    // "…, says Vik, 54, to Radio Nord", "…, said Vik late on Monday to Radio Nord".
    const rest = speaker ? timePhraseEnd(tokens, pastAside(tokens, speaker[1], ceil), ceil) : 0;
    if (speaker) return { cue: addCue(ctx, k), speaker, via: viaAfter(ctx, rest, ceil), end: speaker[1] };
  }
  let np = phraseAfter(tokens, k, ceil);
  if (!np) return null;
  // "…, Holm answers/NOUN.": a cue the tagger read as a noun ends the phrase before it.
  if (np[1] - np[0] > 1 && ctx.cueAt.has(np[1] - 1)) np = [np[0], np[1] - 1];
  // "…,” Karin Vik (Centre Party) said": a parenthesis after the name.
  let m = tokens[np[1]]?.text === '(' ? pastAside(tokens, np[1], ceil) : np[1];
  // "…,” Ola Dahl, who works at the quay, said" / "…,” the harbour master, Ola Dahl, told":
  // an aside between commas; a name in it speaks for a description before it.
  if (tokens[m]?.text === ',') {
    for (let x = m + 1; x < ceil; x++) {
      if (/^[.!?]$/.test(tokens[x]?.text ?? '')) break;
      if (tokens[x]?.text !== ',' || !isVerbCueAt(ctx, x + 1, anyVerb)) continue;
      const named = phraseAfter(tokens, m + 1, x);
      if (named && named[1] === x && mention(ctx, np)?.kind !== 'name' && mention(ctx, named)?.kind === 'name') np = named;
      m = x + 1;
      break;
    }
  }
  // "…,” the man on the quay says": a prepositional phrase of the speaker's before the cue.
  if (tokens[m]?.pos === 'ADP' && tokens[m]?.normal !== 'to') {
    const pp = phraseAfter(tokens, m + 1, ceil);
    if (pp && isVerbCueAt(ctx, pp[1], anyVerb)) {
      np = [np[0], pp[1]];
      m = pp[1];
    }
  }
  while (m < ceil && tokens[m]?.pos === 'ADV') m++;
  if (!isVerbCueAt(ctx, m, anyVerb)) return null;
  const end = cueEnd(ctx, m);
  return { cue: addCue(ctx, m), speaker: np, via: viaAfter(ctx, timePhraseEnd(tokens, end, ceil), ceil), end };
}

/**
 * "said one resident, Anna Vik." / "says a spokesman, Ola Dahl, who …": the name in
 * apposition after a description after the cue speaks for it.
 */
export function apposedName(ctx: Context, np: readonly [number, number], ceil: number): readonly [number, number] | null {
  const { tokens } = ctx;
  if (tokens[np[1]]?.text !== ',' || mention(ctx, np)?.kind === 'name') return null;
  const named = phraseAfter(tokens, np[1] + 1, ceil);
  const after = tokens[named?.[1] ?? -1]?.text ?? '';
  return named && mention(ctx, named)?.kind === 'name' && (named[1] >= ceil || /^[,.!?;]$/.test(after)) ? named : null;
}

/**
 * "According to the union's spokesperson, Lena Berg, …" / "According to Lena Berg, a
 * spokesperson for the union, …": the phrase between the comma at `comma` and the next one
 * is in apposition to the source `np`: the name of a person the phrase describes, or a
 * description of the one it names. Returns the speaker's phrase and the comma that ends the
 * apposition, or null: for a list ("According to the ministry, Berg, Dahl and Lind will
 * come", "According to Berg, the mayor and the council agree") and where no clause follows.
 */
export function sourceApposition(ctx: Context, np: readonly [number, number], comma: number, ceil: number): { speaker: readonly [number, number]; comma: number } | null {
  const { tokens } = ctx;
  const next = phraseAfter(tokens, comma + 1, ceil);
  if (!next) return null;
  // "Lena Berg (Centre Party)": a short parenthesis after the name belongs to the apposition.
  let end = next[1];
  if (tokens[end]?.text === '(') {
    while (end < Math.min(ceil, next[1] + PARENTHESIS_TOKENS) && tokens[end]?.text !== ')') end++;
    end++;
  }
  if (tokens[end]?.text !== ',') return null;
  const source = mention(ctx, np);
  const apposed = mention(ctx, next);
  if (!source || !apposed) return null;
  const describesPerson = (m: Mention): boolean => m.kind === 'nominal' && typeOf(m) === 'person';
  const named = describesPerson(source) && apposed.kind === 'name';
  const described = source.kind === 'name' && describesPerson(apposed);
  if (!named && !described) return null;
  const subject = phraseAfter(tokens, end + 1, ceil);
  const listed = subject && (tokens[subject[1]]?.normal === 'and' || tokens[subject[1]]?.normal === 'or');
  if (listed || !finiteVerbIn(tokens, end + 1, ceil)) return null;
  return { speaker: named ? next : np, comma: end };
}

function cueEnd(ctx: Context, k: number): number {
  const i = ctx.cueAt.get(k);
  return (i === undefined ? undefined : ctx.cues[i]?.tokens[1]) ?? k + 1;
}

/**
 * True when token k is an unused verb cue. With `anyVerb` (right after a quote that ends
 * in a comma, where English puts only verbs of saying: "…,” Vik continued") any verb
 * counts; the caller makes it a cue when the whole tail fits.
 */
function isVerbCueAt(ctx: Context, k: number, anyVerb: boolean): boolean {
  const t = ctx.tokens[k];
  // "…“fantastic,” telling reporters …": a participle opens a clause; it is no tail.
  if (!t || /ing$/.test(t.normal)) return false;
  const i = ctx.cueAt.get(k);
  const c = i === undefined ? undefined : ctx.cues[i];
  if (i !== undefined) return !!c && (c.type === 'speech' || c.type === 'belief') && !ctx.usedCues.has(i);
  return anyVerb && t.pos === 'VERB';
}

/**
 * "says senior researcher Kari Strand at the Defence Institute to NRK": the speaker's phrase
 * runs on through the named place they work at, so the outlet after it is found too.
 */
function withPlace(ctx: Context, np: readonly [number, number], ceil: number): readonly [number, number] {
  if (ctx.tokens[np[1]]?.normal !== 'at') return np;
  const place = phraseAfter(ctx.tokens, np[1] + 1, ceil);
  return place && mention(ctx, np)?.kind === 'name' && mention(ctx, place)?.kind === 'name' ? [np[0], place[1]] : np;
}

/** "to Radio Nord" after a cue, or the listener of "tells Radio Nord", when it is a name. */
export function viaAfter(ctx: Context, k: number, ceil: number): readonly [number, number] | null {
  const { tokens } = ctx;
  const start = tokens[k]?.normal === 'to' ? k + 1 : k;
  const np = phraseAfter(tokens, start, ceil);
  if (!np) return null;
  const m = mention(ctx, np);
  return m?.kind === 'name' ? np : null;
}

/**
 * The outlet of "in an interview with / on X" or "in statements to X" at token j, when X is
 * a name; the noun may have its modifiers ("in a recent, long interview with …").
 */
export function interviewer(ctx: Context, j: number, sb: number): Mention | null {
  const t = ctx.tokens;
  if (t[j]?.normal !== 'in') return null;
  let k = j + 1;
  while (k < sb && (t[k]?.pos === 'DET' || t[k]?.pos === 'ADJ' || t[k]?.pos === 'ADV' || t[k]?.text === ',')) k++;
  if (!MEDIUM_NOUNS.has(t[k]?.normal ?? '') || !MEDIUM_LINKS.has(t[k + 1]?.normal ?? '')) return null;
  const m = mention(ctx, phraseAfter(t, k + 2, sb));
  return m?.kind === 'name' ? m : null;
}

/** What a source says things in, to or with an outlet: "in an interview with", "in statements to". */
const MEDIUM_NOUNS: ReadonlySet<string> = new Set(['interview', 'interviews', 'statement', 'statements', 'remarks', 'comments']);
const MEDIUM_LINKS: ReadonlySet<string> = new Set(['with', 'on', 'to']);

/**
 * The outlet named before a cue, between the sentence's start `sa` and the cue at k: an
 * opening "In an interview with X," or "In statements to X,", or an aside after the subject,
 * "Y, speaking to X, said".
 */
export function viaBefore(ctx: Context, sa: number, k: number): Mention | null {
  const t = ctx.tokens;
  const lead = interviewer(ctx, sa, k);
  if (lead) return lead;
  for (let x = sa + 1; x < k - 2; x++) {
    if (t[x]?.text !== ',' || t[x + 1]?.normal !== 'speaking' || !(t[x + 2]?.normal === 'to' || t[x + 2]?.normal === 'with')) continue;
    const m = mention(ctx, phraseAfter(t, x + 3, k));
    return m?.kind === 'name' ? m : null;
  }
  return null;
}
