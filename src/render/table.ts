// Tables for a terminal: borderless cli-table3, fitted to the terminal's width. One column
// (the one with no width: a claim's text, a source's name) takes the room that is left and
// wraps at word boundaries; the others keep to their width and are cut with "…". When the
// terminal is too narrow for them all, the columns of least value are left out first, then
// the others shrink to their minimum, so the text column keeps a readable width.
import Table from 'cli-table3';
import { clean } from './clean.js';
import { wholeCharEnd } from '../letters.js';
import type { Style } from './style.js';
import { stringWidth } from './wrap.js';


export interface Column {
  readonly header: string;
  /** Widest the column gets (narrower when no cell needs it all); undefined for the one column that takes the rest. */
  readonly width?: number;
  /** Narrowest it shrinks to on a small terminal (default: its width). */
  readonly min?: number;
  /** Left out on a narrow terminal, highest first; undefined: always shown. */
  readonly drop?: number;
  /** How a cell too wide is cut (default: its end, with "…"). */
  readonly shorten?: (text: string, width: number) => string;
}

/** The text column never gets narrower than this while another column can be left out or shrink. */
const TEXT_MIN = 24;
const GAP = 2;

/**
 * cli-table3 lays out each cell against every row above it: time grows with the square of
 * the rows. The widths are fixed, so rows rendered in blocks of this many give the same text
 * in linear time (sources or compare over a corpus: 20,000 rows took 54 s).
 */
const BLOCK = 100;

/** Renders rows under headers, no line wider than `terminalWidth`; returns the text, ending in a newline. */
export function renderTable(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, style: Style, terminalWidth: number, header = true): string {
  const cleaned = rows.map((r) => r.map(clean));
  const layout = fit(columns, cleaned, terminalWidth);
  const cells = cleaned.map((r) => layout.map((l) => (l.flex ? capped(r[l.index] ?? '') : (columns[l.index]!.shorten ?? cut)(r[l.index] ?? '', l.width))));
  const head = header ? layout.map((l) => style.bold(cut(columns[l.index]!.header, l.width))) : [];
  let out = '';
  for (let i = 0; i === 0 || i < cells.length; i += BLOCK) {
    out += renderBlock(layout.map((l) => l.width), cells.slice(i, i + BLOCK), i === 0 ? head : []);
  }
  return out;
}

interface Placed { readonly index: number; readonly width: number; readonly flex: boolean }

/** Which columns are shown, and how wide, for the rows and the terminal. */
export function fit(columns: readonly Column[], rows: ReadonlyArray<readonly string[]>, terminalWidth: number): Placed[] {
  // Each fixed column as wide as its widest cell or header needs, up to its width.
  const need = columns.map((c, k) => {
    if (c.width === undefined) return 0;
    let w = stringWidth(c.header);
    for (const r of rows) {
      if (w >= c.width) break;
      w = Math.max(w, stringWidth(r[k] ?? ''));
    }
    return Math.min(c.width, Math.max(1, w));
  });
  const flexAt = columns.findIndex((c) => c.width === undefined);
  // (A text column whose cells are all short needs no more than they do.)
  // (With no text column, one column is still kept spare: a full line wraps on some terminals.)
  let textMin = flexAt < 0 ? 1 : stringWidth(columns[flexAt]!.header);
  for (let i = 0; i < rows.length && textMin < TEXT_MIN; i++) textMin = Math.max(textMin, stringWidth(rows[i]![flexAt] ?? ''));
  textMin = Math.min(TEXT_MIN, textMin);
  // No wider than its widest cell: on a very wide terminal the columns after it stay near.
  const textNeed = (): number => {
    if (flexAt < 0) return Infinity;
    let w = stringWidth(columns[flexAt]!.header);
    for (const r of rows) {
      if (w >= terminalWidth) break;
      w = Math.max(w, stringWidth(capped(r[flexAt] ?? '')));
    }
    return w;
  };
  // Leave out the columns of least value until the others fit, shrinking them a little
  // (MAX_SHRINK columns in all, the widest first, never below their minimum) rather than
  // leave out one more; with nothing left to leave out, shrink them as far as needed.
  const droppable = columns.map((_, k) => k).filter((k) => columns[k]!.drop !== undefined).sort((a, b) => columns[b]!.drop! - columns[a]!.drop!);
  let kept = columns.map((_, k) => k);
  for (;;) {
    const widths = [...need];
    const room = (): number => terminalWidth - GAP * (kept.length - 1) - kept.reduce((n, k) => n + (k === flexAt ? 0 : widths[k]!), 0);
    const last = !droppable.length;
    if (last || textMin - room() <= MAX_SHRINK) {
      for (const k of kept.filter((x) => x !== flexAt).sort((a, b) => widths[b]! - widths[a]!)) {
        if (room() >= textMin) break;
        widths[k] = Math.max(Math.min(widths[k]!, columns[k]!.min ?? widths[k]!), widths[k]! - (textMin - room()));
      }
    }
    if (room() >= textMin || last) {
      const flexWidth = Math.min(Math.max(1, room() - 1), textNeed()); // one column spare: a full line wraps on some terminals
      return kept.map((k) => ({ index: k, width: k === flexAt ? flexWidth : widths[k]!, flex: k === flexAt }));
    }
    const gone = droppable.shift()!;
    kept = kept.filter((k) => k !== gone);
  }
}

/**
 * The most characters of a cell a table shows: cli-table3 draws a cell in time that grows
 * with the square of its length (a claim of 940,000 characters took 20 s to show). `show`
 * and the other formats give the whole text.
 */
const CELL_MAX = 2_000;

/** A cell's text, cut after CELL_MAX characters (at a word end when one is near) with "…". */
export function capped(text: string): string {
  if (text.length <= CELL_MAX) return text;
  const space = text.lastIndexOf(' ', CELL_MAX);
  const end = space > CELL_MAX / 2 ? space : wholeCharEnd(text, CELL_MAX);
  return `${text.slice(0, end).trimEnd()} …`;
}

/** How many columns the shown columns may lose in all before one more is left out instead. */
const MAX_SHRINK = 8;

/** Text cut to `width` columns, ending in "…" when cut (at a word end when one is near). */
export function cut(text: string, width: number): string {
  if (stringWidth(text) <= width) return text;
  if (width <= 1) return '…';
  let out = '';
  for (const ch of text) {
    if (stringWidth(out + ch) > width - 1) break;
    out += ch;
  }
  const space = out.lastIndexOf(' ');
  if (space > width / 2) out = out.slice(0, space);
  return `${out.trimEnd()}…`;
}

function renderBlock(widths: readonly number[], rows: ReadonlyArray<readonly string[]>, head: readonly string[]): string {
  const table = new Table({
    head: [...head],
    colWidths: [...widths],
    wordWrap: true,
    wrapOnWordBoundary: true,
    chars: {
      top: '', 'top-mid': '', 'top-left': '', 'top-right': '', bottom: '', 'bottom-mid': '',
      'bottom-left': '', 'bottom-right': '', left: '', 'left-mid': '', mid: '', 'mid-mid': '',
      right: '', 'right-mid': '', middle: ' '.repeat(GAP),
    },
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 0 },
  });
  for (const r of rows) table.push([...r]);
  return `${table.toString().split('\n').map((l) => l.trimEnd()).join('\n')}\n`;
}

/** The first `n` items, then "(+k)" for the k left out: a terminal view of a corpus stays short. */
export function firstOf(items: readonly string[], n: number): string[] {
  return items.length > n ? [...items.slice(0, n), `(+${items.length - n})`] : [...items];
}
