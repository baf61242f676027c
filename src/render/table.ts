// Tables for a terminal: borderless cli-table3, text wrapped to the terminal width.
import Table from 'cli-table3';
import { clean } from './clean.js';
import type { Style } from './style.js';

export interface Column {
  readonly header: string;
  /** Fixed width, or undefined for the one column that takes the rest. */
  readonly width?: number;
}

/**
 * cli-table3 lays out each cell against every row above it: time grows with the square of
 * the rows. The widths are fixed, so rows rendered in blocks of this many give the same text
 * in linear time (sources or compare over a corpus: 20,000 rows took 54 s).
 */
const BLOCK = 100;

/** Renders rows under headers; returns the text, ending in a newline. */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, style: Style, terminalWidth: number, header = true): string {
  let out = '';
  for (let i = 0; i === 0 || i < rows.length; i += BLOCK) out += renderBlock(columns, rows.slice(i, i + BLOCK), style, terminalWidth, header && i === 0);
  return out;
}

function renderBlock(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, style: Style, terminalWidth: number, header: boolean): string {
  const fixed = columns.reduce((n, c) => n + (c.width ?? 0), 0);
  const gaps = columns.length * 2;
  const rest = Math.max(20, terminalWidth - fixed - gaps - 1);
  const table = new Table({
    head: header ? columns.map((c) => style.bold(c.header)) : [],
    colWidths: columns.map((c) => c.width ?? rest),
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '',
      'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: '  ',
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const r of rows) table.push(r.map(clean));
  return `${table.toString().split('\n').map((l) => l.trimEnd()).join('\n')}\n`;
}

/** The first `n` items, then "(+k)" for the k left out: a terminal view of a corpus stays short. */
export function firstOf(items: readonly string[], n: number): string[] {
  return items.length > n ? [...items.slice(0, n), `(+${items.length - n})`] : [...items];
}
