// Asides around a speaker's phrase: a parenthesis or a comma-closed apposition or relative
// clause after a name (", 54,", ", who has led the union since 2015,", "(Centre Party)"),
// read forwards past it or backwards to the name before it. Pure.
import { isDeterminer, isNameWord } from './phrases.js';
import type { Token } from '../../types.js';

/**
 * The token after the asides that follow a speaker's phrase at token m: a parenthesis
 * ("(Centre Party)") or an aside closed by a comma (", 54,", ", a pilot at the harbour,",
 * ", who has led the union since 2015,"), one or more; m when none follows, or when the
 * aside runs to the sentence's end.
 */
export function pastAside(tokens: readonly Token[], m: number, ceil: number): number {
  const start = m;
  for (let next = asideEnd(tokens, m, ceil); next > m; next = asideEnd(tokens, m, ceil)) m = next;
  // A comma that closed the last aside (and could have opened another) is passed too.
  return m > start && tokens[m]?.text === ',' ? m + 1 : m;
}

function asideEnd(tokens: readonly Token[], m: number, ceil: number): number {
  const open = tokens[m];
  if (open?.text === '(') {
    for (let x = m + 1; x < ceil; x++) {
      if (tokens[x]?.text === ')') return x + 1;
      if (/^[.!?]$/.test(tokens[x]?.text ?? '')) break;
    }
    return m;
  }
  const w = tokens[m + 1];
  if (open?.text !== ',' || !w || !(RELATIVE_PRONOUNS.has(w.normal) || w.pos === 'NUM' || isDeterminer(w))) return m;
  for (let x = m + 2; x < ceil; x++) {
    if (tokens[x]?.text === ',') return x; // its closing comma, which may open the next aside
    if (/^[.!?;:]$/.test(tokens[x]?.text ?? '')) break;
  }
  return m;
}

/**
 * The token that opens an aside ending at the comma before token k (", 54,", ", a pilot at
 * the harbour,", ", who has led the union since 2015,"), so that the speaker's phrase is read
 * before it; k when no such aside ends there. Read backwards to the comma that opens it.
 */
export function beforeAside(tokens: readonly Token[], k: number, floor: number): number {
  if (tokens[k - 1]?.text !== ',') return k;
  for (let x = k - 2; x > floor; x--) {
    const w = tokens[x]!;
    if (/^[.!?;:]$/.test(w.text)) return k;
    if (w.text !== ',') continue;
    const first = tokens[x + 1];
    return first && (RELATIVE_PRONOUNS.has(first.normal) || first.pos === 'NUM' || isDeterminer(first)) && isNameWord(tokens[x - 1]) ? x : k;
  }
  return k;
}

/** Relative pronouns that open a clause about the noun before them. */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which']);
