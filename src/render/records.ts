// Records as CSV (RFC 4180) or a Markdown table. Cells that a spreadsheet would run as a
// formula (starting with = + - @, a tab or a CR) get a leading apostrophe, so they show as
// text; control characters never reach either format raw.
import { clean } from './clean.js';

export type Cell = string | number | null | undefined;

const FORMULA = /^[=+\-@\t\r]/;

/** One CSV field: defused, quoted when it holds a comma, a quote or a line break. */
function csvCell(value: Cell): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (FORMULA.test(s)) s = `'${s}`;
  s = s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** RFC 4180: a header line, then one line a record, CRLF line ends. */
export function renderCsv(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  return [columns, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** A GitHub-flavoured Markdown table that pastes into an issue or a report. */
export function renderMarkdown(columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const cell = (v: Cell): string => clean(v === null || v === undefined ? '' : String(v)).replace(/\\/g, '\\\\').replace(/\|/g, '\\|');
  const line = (r: readonly Cell[]): string => `| ${r.map(cell).join(' | ')} |`;
  return [line(columns), `| ${columns.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n') + '\n';
}
