// attribute: the shapes of a subject cue's content that are more than one clause after the
// cue: an object that is the stance itself ("expressed her willingness to …", "ruled out
// another vote"), a holder of its own inside it ("… that officials continue to believe
// that …") and two complements ("said A, but that B"). Pure; read by subject.ts.
import { EXCLUDING_CUES, OBJECT_CUES, STANCE_NOUNS } from '../../lexicons/cues.js';
import type { Cue } from '../detect.js';
import { type Context, mention } from './context.js';
import { phraseAfter } from '../text/phrases.js';
import type { Mention, Token } from '../../types.js';

/**
 * The cue's object is the stance itself: "expressed his willingness to …", "voiced deep
 * concern over …" (a stance noun after at most a possessive and adjectives), or what
 * "ruled out" excludes ("ruled out another vote"; not "ruled it out").
 */
export function stanceObject(t: readonly Token[], cue: Cue, j: number, sb: number): boolean {
  const first = t[j];
  if (!first || j >= sb) return false;
  if (EXCLUDING_CUES.has(cue.lemma)) return /^\p{L}/u.test(first.text) && first.pos !== 'ADP' && first.pos !== 'PRON';
  if (!OBJECT_CUES.has(cue.lemma)) return false;
  for (let x = j; x < Math.min(sb, j + STANCE_NOUN_REACH); x++) {
    const w = t[x]!;
    if (STANCE_NOUNS.has(w.normal)) return true;
    if (w.pos !== 'ADJ' && w.pos !== 'ADV' && w.pos !== 'DET' && w.pos !== 'PRON') return false;
  }
  return false;
}

/** Words before a stance noun: a possessive and two adjectives ("his renewed, firm willingness"). */
const STANCE_NOUN_REACH = 4;

/**
 * A content that opens with a holder of its own: a noun phrase, "continue(s) to" or adverbs,
 * a belief cue not negated, and "that" ("dock officials continue to believe that …"). Not a
 * pronoun ("they believe that" is the speaker's account of others, too loose to name them),
 * nor a speech verb, whose subject may be a thing ("the attack confirms that …").
 */
export function nestedSource(ctx: Context, j: number, end: number): { speaker: Mention; from: number } | null {
  const t = ctx.tokens;
  const np = phraseAfter(t, j, end);
  if (!np || t[np[0]]?.pos === 'PRON') return null;
  let k = np[1];
  if (t[k]?.lemma === 'continue' && t[k + 1]?.normal === 'to') k += 2;
  while (k < end && t[k]?.pos === 'ADV') k++;
  const c = ctx.cueAt.get(k);
  const cue = c === undefined ? undefined : ctx.cues[c];
  if (!cue || cue.negated || cue.type !== 'belief' || t[cue.tokens[1]]?.normal !== 'that') return null;
  const speaker = mention(ctx, np);
  if (!speaker) return null;
  ctx.usedCues.add(c!);
  return { speaker, from: cue.tokens[1] + 1 };
}

/**
 * The "that" of ", but that …" / ", and that …" opening a second complement in [j, end),
 * outside quotes; -1 if none. Only when the first has no "that" of its own: in "it is clear
 * that A, and that B" the second "that" may pair with the inner one. A "that" before a verb
 * ("and that's why", "and that is what …") points, it opens no clause.
 */
export function secondComplement(ctx: Context, j: number, end: number): number {
  const t = ctx.tokens;
  for (let x = j; x + 1 < end; x++) {
    if (t[x]?.normal !== 'that') continue;
    if (x < j + 2 || !(t[x - 1]?.normal === 'but' || t[x - 1]?.normal === 'and') || !/^[,;]$/.test(t[x - 2]?.text ?? '')) return -1;
    const next = t[x + 1];
    return ctx.inQuote[x] || next?.pos === 'AUX' || next?.pos === 'VERB' || next?.pos === 'PART' ? -1 : x;
  }
  return -1;
}
