// Token shapes shared by the stages: dashes that open an aside and hyphens inside a name.
import { QUOTE_DASHES } from '../../lexicons/marks.js';
import type { Token } from '../../types.js';

/** A dash set off by spaces, which opens or closes an aside as a comma does ("X - who … - said"). */
export function isDash(t: readonly Token[], i: number): boolean {
  const w = t[i];
  // Read for every token: most are words, told by their span (end − start is the text's
  // length) without reading the text; then one character code.
  if (!w || w.end - w.start > 2) return false;
  const dash = w.text.length === 1 ? DASH_CODES.has(w.text.charCodeAt(0)) : w.text === '--';
  return dash && t[i - 1]?.end !== w.start;
}

const DASH_CODES: ReadonlySet<number> = new Set(Array.from(QUOTE_DASHES, (c) => c.charCodeAt(0)));

/** A hyphen with no space on either side, inside a name: "Nord-Invest", "Anna Berg-Holm". */
export function isGluedHyphen(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  return t?.text === '-' && tokens[i - 1]?.end === t.start && tokens[i + 1]?.start === t.end;
}
