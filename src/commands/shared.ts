// What every command shares: formats, diagnostics on stderr, the exit status.
import { UsageError, messages } from '../errors.js';
import type { Io } from '../io/terminal.js';
import { clean } from '../render/clean.js';
import { type Cell, renderCsv, renderMarkdown } from '../render/records.js';
import type { Diagnostic } from '../types.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

export function parseFormat(value: string, allowed: readonly string[] = FORMATS): Format {
  if (!allowed.includes(value)) throw new UsageError(messages.badFormat(value, allowed));
  return value as Format;
}

/** Prints diagnostics on stderr and returns the exit status they call for. */
export function report(diagnostics: readonly Diagnostic[], io: Io): 0 | 1 {
  for (const d of diagnostics) io.err(`claims: ${d.level}: ${clean(d.file)}: ${clean(d.message)}\n`);
  return diagnostics.some((d) => d.level === 'error') ? 1 : 0;
}

/** Loads the NLP model only when a command needs it, so --help stays fast. */
export async function loadTagger() {
  const { getTagger } = await import('../nlp/wink.js');
  return getTagger();
}

export const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/**
 * Characters of lines gathered into one write. Small enough that the chunk, flattened for
 * the write, stays in V8's young generation even as a two-byte string (a curly quote makes
 * it one): at 64 K characters every chunk was a large object in the old generation, which
 * only a full collection frees (peak RSS on 1,500 files 8-12 MB higher).
 */
const CHUNK_CHARS = 16 * 1024;

/**
 * One JSON line per record, written a chunk at a time; after each chunk the writer waits
 * while a slow reader (a pipe) has not taken the last one, so a corpus's lines never pile
 * up in memory.
 */
export async function printLines<T>(records: Iterable<T>, io: Io): Promise<void> {
  let chunk = '';
  for (const r of records) {
    chunk += `${JSON.stringify(r)}\n`;
    if (chunk.length < CHUNK_CHARS) continue;
    io.out(chunk);
    chunk = '';
    await io.drain?.();
  }
  if (chunk) io.out(chunk);
}

/** Prints records in a flat format (csv, markdown); returns false for other formats. */
export function printFlat(format: Format, columns: readonly string[], rows: ReadonlyArray<readonly Cell[]>, io: Io): boolean {
  if (format === 'csv') io.out(renderCsv(columns, rows));
  else if (format === 'markdown') io.out(renderMarkdown(columns, rows));
  else return false;
  return true;
}

/**
 * The schema of a command's JSON output, cited by "$schema": a stable id, the same wherever
 * the tool is installed; it is the "$id" of schema/NAME.schema.json in this package.
 */
export const schemaRef = (name: string): string => `urn:claims:schema:${name}`;
