// Binary search over records in text order (tokens, quotes, names, hits, line starts): the
// one search the stages share, so no rule scans an article per name or quote.
import type { Token } from '../../types.js';

/** The first index in [0, length) for which `before(i)` is false; `before` must be monotone. */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token indexes (sentence starts, say) as a set read by index: one byte a token, no hashing. */
export interface IndexSet { has(i: number): boolean }

export function indexSet(indexes: Iterable<number>, size: number): IndexSet {
  const member = new Uint8Array(size + 1);
  for (const i of indexes) member[i] = 1;
  return { has: (i) => member[i] === 1 };
}

/** Index of the first token that starts at or after `offset`. */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return lowerBound(tokens.length, (i) => (tokens[i]?.start ?? Infinity) < offset);
}
