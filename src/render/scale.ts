// The compare picture: a horizontal 0–100 % probability scale, each source's band drawn as
// a range bar with its name beside it, and the sources with no band listed by stance below.
// Colour only adds emphasis; the picture reads the same in plain text.
import { clean } from './clean.js';
import { cut, firstOf } from './table.js';
import type { Style } from './style.js';
import { type CompareRow, bandLabel } from '../views/compare.js';
import type { Stance } from '../types.js';

/** Names listed on one line of "No band stated". */
const NAMES_SHOWN = 20;

export function renderScale(rows: readonly CompareRow[], style: Style, width: number): string {
  const banded = rows.filter((r) => r.range);
  let longest = 12;
  for (const r of banded) longest = Math.max(longest, clean(r.source.name).length);
  // Name, bar and band words share the line: the bar gives way first, then the name.
  const label = Math.min(longest, 28, Math.max(12, Math.floor(width / 4)));
  const bar = Math.max(12, Math.min(60, width - label - 34));
  const col = (p: number): number => Math.round((p / 100) * (bar - 1));
  const lines: string[] = [];
  if (banded.length) lines.push(style.dim(' '.repeat(label + 2) + ruler(bar)));
  for (const r of banded) {
    const [lo, hi] = r.range!;
    const cells = Array.from({ length: bar }, (_, i) => (i >= col(lo) && i <= col(hi) ? '█' : '·'));
    const drawn = cells.join('').replace(/█+/, (m) => paint(style, r.position)(m));
    const name = cut(clean(r.source.name), label).padEnd(label);
    const words = cut(`${bandLabel(r.band!, r.range!)}${r.conditions.length ? ', with conditions' : ''}`, Math.max(8, width - label - bar - 5));
    lines.push(`${name}  ${drawn}  ${words}`);
  }
  const rest = rows.filter((r) => !r.range);
  if (rest.length) {
    if (lines.length) lines.push('');
    lines.push(style.bold('No band stated:'));
    for (const stance of ['likely', 'possible', 'conditional', 'unlikely', null] as const) {
      const names = rest.filter((r) => r.position === stance).map((r) => clean(r.source.name) + (r.conditions.length && stance !== 'conditional' ? ' (with conditions)' : ''));
      // A corpus may give thousands: the first few, then how many more (the table has them all).
      if (names.length) lines.push(...wrapped(`  ${(stance ?? 'no clear position').padEnd(18)}`, firstOf(names, NAMES_SHOWN), width, (s) => paint(style, stance)(s)));
    }
  }
  return `${lines.join('\n')}\n`;
}

/** A label, then names after it wrapped to the width, lines after the first indented under the first name. */
function wrapped(label: string, names: readonly string[], width: number, paintLabel: (s: string) => string): string[] {
  const indent = ' '.repeat(label.length);
  const room = Math.max(8, width - 1 - label.length);
  const lines: string[] = [];
  let cur = '';
  for (const [i, n] of names.entries()) {
    const comma = i < names.length - 1 ? ',' : '';
    const item = cut(n, room - comma.length) + comma;
    if (cur && cur.length + 1 + item.length > room) { lines.push(cur); cur = item; } else cur = cur ? `${cur} ${item}` : item;
  }
  lines.push(cur);
  return lines.map((l, i) => (i === 0 ? `${paintLabel(label)}${l}` : `${indent}${l}`));
}

/**
 * The percentages above the bar, each centred on its cell. A narrow bar (12 cells in a 40-column
 * pane) has no room for all five: the ends come first, then 50 %, then the quarters, each only
 * where a space is left on either side ("0%    50%    100%", never "0%25%5075100%").
 */
export function ruler(bar: number): string {
  const width = bar + 4;
  const cells = Array.from({ length: width }, () => ' ');
  const taken = new Uint8Array(width + 2); // a cell of a mark, or the space one needs beside it
  for (const m of [0, 100, 50, 25, 75]) {
    const text = `${m}%`;
    const at = Math.min(width - text.length, Math.max(0, Math.round((m / 100) * (bar - 1)) - (m === 0 ? 0 : Math.floor(text.length / 2))));
    if (taken.subarray(at, at + text.length).some((x) => x === 1)) continue;
    for (let i = 0; i < text.length; i++) cells[at + i] = text[i]!;
    taken.fill(1, Math.max(0, at - 1), at + text.length + 1);
  }
  return cells.join('').trimEnd();
}

function paint(style: Style, stance: Stance | null): (s: string) => string {
  if (stance === 'unlikely') return style.red;
  if (stance === 'likely') return style.green;
  if (stance === 'possible' || stance === 'conditional') return style.yellow;
  return (s) => s;
}
