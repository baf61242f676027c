// Wrapping prose to the terminal: at spaces, by visible width (colour codes take none), a
// word wider than the line kept whole rather than split.
import { createRequire } from 'node:module';
import { stripVTControlCharacters } from 'node:util';

export const stringWidth = createRequire(import.meta.url)('string-width') as (text: string) => number;

/** Columns a text takes on a terminal, colour codes left out. */
export const visibleWidth = (s: string): number => stringWidth(stripVTControlCharacters(s));

/**
 * Each line of `text` wrapped to `width` columns (one spare: a full line wraps on some
 * terminals), the lines a wrap adds indented by `indent` spaces.
 */
export function wrap(text: string, width: number, indent = 0): string {
  if (!Number.isFinite(width)) return text;
  const max = Math.max(20, width - 1);
  return text.split('\n').map((line) => {
    if (visibleWidth(line) <= max) return line;
    const out: string[] = [];
    let cur = '';
    for (const word of line.split(' ')) {
      const next = cur ? `${cur} ${word}` : word;
      if (cur.trim() && visibleWidth(next) > max) {
        out.push(cur);
        cur = `${' '.repeat(indent)}${word}`;
      } else cur = next;
    }
    out.push(cur);
    return out.join('\n');
  }).join('\n');
}
