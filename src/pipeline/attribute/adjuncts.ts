// Adjuncts: what may stand between a cue and its content or colon without being either:
// prepositional phrases (with the participles inside them), time phrases, adverbs and
// commas. "said in a short written statement released on Friday that …", "told Radio Nord
// late on Monday evening:". Read by structure, with no limit of distance.
import { NOT_NAMES, TIME_NOUNS } from '../../lexicons/names.js';
import type { Context } from './context.js';
import { isGluedHyphen } from '../text/tokens.js';
import type { Token } from '../../types.js';

/** A past participle, regular or not: "released", "written", "known". */
const PARTICIPLE = /(?:ed|en|wn)$/;

/** The first token at or after j that is no part of an adjunct (sb when they run to the end). */
export function adjunctEnd(ctx: Context, j: number, sb: number): number {
  const t = ctx.tokens;
  let pp = false; // inside a prepositional phrase
  for (let x = j; x < sb; x++) {
    const w = t[x]!;
    if (ctx.inQuote[x] || w.normal === 'that') return x;
    switch (w.pos) {
      case 'VERB': case 'AUX':
        // "in an op-ed that": the tail of a hyphenated word; "a statement released on
        // Friday", "a brief written statement": a participle inside the phrase.
        if (isGluedHyphen(t, x - 1) || (pp && PARTICIPLE.test(w.normal) && (t[x + 1]?.pos === 'NOUN' || t[x + 1]?.pos === 'ADP'))) continue;
        return x;
      case 'ADP':
        pp = true;
        // "after meeting X in Sandvik": a gerund right after the preposition heads its object.
        if (/ing$/.test(t[x + 1]?.normal ?? '') && t[x + 1]?.pos === 'VERB') x++;
        continue;
      case 'ADV': case 'ADJ': // "concluded, sadly, that", "concludes sensational/ADJ that"
        continue;
      case 'CCONJ':
        if (pp) continue;
        return x;
      case 'DET': case 'NOUN': case 'PROPN': case 'NUM': case 'PRON':
        // A noun phrase that no preposition or time word introduces is the content itself.
        if (pp || timeWord(t, x)) continue;
        return x;
      default:
        if (w.text === ',') {
          // "in the island capital, Sandvik, that …": a name between commas is the apposition of the
          // phrase before it.
          let n = x + 1;
          while (n < sb && t[n]?.pos === 'PROPN') n++;
          if (n > x + 1 && t[n]?.text === ',') { x = n - 1; continue; }
          pp = false;
          continue;
        }
        if (isGluedHyphen(t, x)) continue; // "op-ed"
        return x;
    }
  }
  return sb;
}

/** A word of a time phrase: "this week", "last month", "Friday". */
function timeWord(t: readonly Token[], x: number): boolean {
  const time = (v: string): boolean => NOT_NAMES.has(v) || TIME_NOUNS.has(v) || v === 'yesterday' || v === 'today';
  return time(t[x]!.normal) || ((t[x]!.pos === 'DET' || t[x]!.pos === 'ADJ') && time(t[x + 1]?.normal ?? ''));
}

/**
 * Where the content opens after the adjuncts of a cue: after "that" ("said in a statement
 * on Friday that …"), or at the colon or comma before a quote ("told reporters on Monday,
 * “…”"); null when the content starts at once or no opening follows.
 */
export function openingAfterAdjuncts(ctx: Context, j: number, sb: number): { at: number; clause: boolean } | null {
  const t = ctx.tokens;
  const x = adjunctEnd(ctx, j, sb);
  const w = t[x];
  // "said that the …", but in "said that was …" the "that" is the content's subject.
  if (w?.normal === 'that') return { at: t[x + 1]?.pos === 'AUX' || t[x + 1]?.pos === 'VERB' ? x : x + 1, clause: true };
  if (w?.text === ':' && ctx.inQuote[x + 1] && x > j) return { at: x, clause: false };
  if (ctx.inQuote[x] && x > j + 1 && /^[,:]$/.test(t[x - 1]?.text ?? '')) return { at: x - 1, clause: false };
  return null;
}
