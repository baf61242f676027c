// claims sources: one row per source across all inputs, with its type, role, claims by
// kind, documents and the outlets it spoke through.
import type { Io } from '../io/terminal.js';
import { renderTable } from '../render/table.js';
import type { Style } from '../render/style.js';
import { SOURCE_TYPES, type SourceRecord, type SourceType } from '../types.js';
import { UsageError } from '../errors.js';
import { analyzeInputs } from './analyze.js';
import { type Format, json, printFlat, printLines, report, schemaRef } from './shared.js';
import type { Cell } from '../render/records.js';


export interface SourcesOptions {
  readonly format: Format;
  readonly type?: string;
  readonly topics?: readonly string[];
  readonly ext?: readonly string[];
  /** Worker threads, as for list. */
  readonly jobs?: number | 'auto';
}

export async function sources(inputs: readonly string[], opts: SourcesOptions, io: Io, style: Style): Promise<number> {
  if (opts.type && !SOURCE_TYPES.includes(opts.type as SourceType)) {
    throw new UsageError(`Unknown type "${opts.type}": expected one of ${SOURCE_TYPES.join(', ')}.`);
  }
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, ext: opts.ext, jobs: opts.jobs });
  const records = run.sources.filter((s) => !opts.type || s.type === opts.type);
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('sources'), schema: 'claims-sources/1', sources: records, diagnostics: run.diagnostics }));
  else if (opts.format === 'ndjson') await printLines(records, io);
  else if (printFlat(opts.format, SOURCE_COLUMNS, records.map(sourceCells), io)) { /* printed */ }
  else if (run.read) io.out(sourcesTable(records, style, io.columns));
  return report(run.diagnostics, io);
}

const SOURCE_COLUMNS = ['id', 'name', 'type', 'role', 'affiliation', 'aliases', 'documents', 'claims', 'direct', 'indirect', 'mixed', 'via', 'relayed', 'outlets', 'first', 'last'];

function sourceCells(s: SourceRecord): Cell[] {
  return [s.id, s.name, s.type, s.role, s.affiliation, s.aliases.join('; '), s.documents.join('; '), s.claims.length,
    s.kinds.direct, s.kinds.indirect, s.kinds.mixed, s.via.join('; '), s.relayed.length, s.outlets.join('; '), s.first, s.last];
}

function sourcesTable(records: readonly SourceRecord[], style: Style, width: number): string {
  if (!records.length) return style.dim('No sources found.\n');
  const rows = records.map((s) => [
    s.aliases.length ? `${s.name} (${s.aliases.join(', ')})` : s.name,
    s.type,
    [s.role, s.affiliation].filter(Boolean).join(', ') || '–',
    s.claims.length ? `${s.claims.length} (${s.kinds.direct}/${s.kinds.indirect}/${s.kinds.mixed})` : s.relayed.length ? `relayed ${s.relayed.length}` : '0',
    String(s.documents.length),
    s.via.join(', ') || '–',
  ]);
  return renderTable(
    [{ header: 'Source' }, { header: 'Type', width: 12, min: 6 }, { header: 'Role / affiliation', width: 24, min: 12, drop: 1 },
      { header: 'Claims d/i/m', width: 13, min: 6 }, { header: 'Docs', width: 4 }, { header: 'Via', width: 16, min: 8, drop: 2 }],
    rows, style, width,
  );
}
