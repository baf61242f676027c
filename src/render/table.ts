// Tables for a terminal: borderless cli-table3, text wrapped to the terminal width.
import Table from 'cli-table3';
import { clean } from './clean.js';
import type { Style } from './style.js';

export interface Column {
  readonly header: string;
  /** Fixed width, or undefined for the one column that takes the rest. */
  readonly width?: number;
}

/** Renders rows under headers; returns the text, ending in a newline. */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, style: Style, terminalWidth: number, header = true): string {
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
