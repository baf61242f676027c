// Rule in-view: a sentence that opens with whose view it gives, "In Dahl's view, …", "In
// her opinion, …", "In the words of one docker, …": the rest of the sentence is that
// source's claim, as after "According to X, …" (the rule's id is the same).
import type { Cue } from '../detect.js';
import { type Context, mention, say, tokenSpan } from './context.js';
import { finiteVerbIn } from './clauses.js';
import { sourceApposition } from './tails.js';
import { phraseAfter } from '../text/phrases.js';
import type { Mention } from '../../types.js';

/** Nouns of a view held or put into words, after "in X's" or "in the … of X" (general English). */
const VIEW_NOUNS: ReadonlySet<string> = new Set(['view', 'opinion', 'estimation', 'judgment', 'judgement', 'assessment', 'words']);

/** A possessive pronoun as the subject it stands for, for resolve ("In his view" → "he"). */
const POSSESSOR: ReadonlyMap<string, string> = new Map([['his', 'he'], ['her', 'she'], ['their', 'they'], ['its', 'it']]);

/** How many tokens the owner's phrase may have ("In the long-serving harbour master's view"). */
const OWNER_TOKENS = 8;

export function inView(ctx: Context): void {
  const t = ctx.tokens;
  for (const s of ctx.doc.sentences) {
    const sa = s.tokens[0];
    const sb = s.tokens[1];
    if (t[sa]?.normal !== 'in' || ctx.inQuote[sa] || ctx.doc.paragraphs[s.paragraph]?.role !== 'body') continue;
    const lead = viewLead(ctx, sa, sb);
    if (!lead || t[lead.comma]?.text !== ',') continue;
    const cue: Cue = { type: 'according', tokens: [sa, lead.comma], from: sa, lemma: 'in view', negated: false };
    // "In the opinion of Karin Vik, a lawyer for the union, …": past a role in apposition.
    const apposed = lead.np ? sourceApposition(ctx, lead.np, lead.comma, sb) : null;
    const speaker = apposed ? mention(ctx, apposed.speaker) : lead.speaker;
    const comma = apposed?.comma ?? lead.comma;
    if (ctx.covered[comma + 1] || !finiteVerbIn(t, comma + 1, sb)) continue;
    say(ctx, cue, tokenSpan(ctx, comma + 1, sb), speaker, null, 'according-to');
  }
}

/** "In X's view" / "In his view" / "In the view of X", from token `sa` ("in"): its source and the token after it. */
function viewLead(ctx: Context, sa: number, sb: number): { speaker: Mention | null; np: readonly [number, number] | null; comma: number } | null {
  const t = ctx.tokens;
  const first = t[sa + 1];
  const pronoun = first ? POSSESSOR.get(first.normal) : undefined;
  if (first && pronoun && VIEW_NOUNS.has(t[sa + 2]?.normal ?? '')) {
    return { speaker: { start: first.start, end: first.end, text: pronoun, kind: 'pronoun', role: null }, np: null, comma: sa + 3 };
  }
  if (first?.normal === 'the' && VIEW_NOUNS.has(t[sa + 2]?.normal ?? '') && t[sa + 3]?.normal === 'of') {
    const np = phraseAfter(t, sa + 4, sb);
    return np ? { speaker: mention(ctx, np), np, comma: np[1] } : null;
  }
  // "In Dahl's view": the owner's phrase, then "'s" (or a bare apostrophe) and the noun.
  for (let x = sa + 2; x < Math.min(sb - 1, sa + 1 + OWNER_TOKENS); x++) {
    if (!/^['’]s?$/.test(t[x]?.text ?? '') || !VIEW_NOUNS.has(t[x + 1]?.normal ?? '')) continue;
    const np = phraseAfter(t, sa + 1, x);
    return np && np[1] === x ? { speaker: mention(ctx, np), np, comma: x + 2 } : null;
  }
  return null;
}
