// Word lists as one search: whole words and phrases of a lexicon found in a text, for
// classify's estimative and topic wording. Pure.

/** Whole words and phrases of a list, found in a text; "attack*" takes any ending. */
export interface Words {
  /** The first occurrence at or after `from`, or null. */
  find(s: string, from?: number): { index: number; text: string } | null;
  test(s: string): boolean;
  /** Every occurrence replaced by `by`. */
  replace(s: string, by: string): string;
}

/**
 * The phrases as one alternation, longest first. The left word boundary is checked by hand
 * on each hit: a look-behind at the head of the pattern keeps V8 from scanning for the
 * phrases' first letters, which made this three times slower (measured, issue 7).
 */
export function wordsPattern(list: readonly string[]): Words {
  const alt = [...list].sort((a, b) => b.length - a.length).map((w) =>
    w.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[\\p{L}\\p{N}]*').replace(/\s+/g, '\\s+'));
  const re = new RegExp(`(?:${alt.join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  const find = (s: string, from = 0): { index: number; text: string } | null => {
    re.lastIndex = from;
    for (let m = re.exec(s); m; m = re.exec(s)) {
      if (!WORD_BEFORE.test(s.slice(Math.max(0, m.index - 2), m.index))) return { index: m.index, text: m[0] };
      re.lastIndex = m.index + 1;
    }
    return null;
  };
  return {
    find,
    test: (s) => find(s) !== null,
    replace(s, by) {
      let out = '';
      let from = 0;
      for (let hit = find(s); hit; hit = find(s, from)) {
        out += s.slice(from, hit.index) + by;
        from = hit.index + hit.text.length;
      }
      return out + s.slice(from);
    },
  };
}

/** A letter, digit or apostrophe just before a hit: the hit starts inside a word. */
const WORD_BEFORE = /[\p{L}\p{N}']$/u;
