// claims compare: where each source stands on one topic, as a picture and a table.
import { type Scale, SCALES } from '../lexicons/estimative.js';
import type { Io } from '../io/terminal.js';
import { renderScale } from '../render/scale.js';
import { firstOf, renderTable } from '../render/table.js';
import type { Style } from '../render/style.js';
import type { Topic } from '../types.js';
import { UsageError } from '../errors.js';
import { type CompareRow, bandLabel, compareRows } from '../views/compare.js';
import { shortClaimId } from '../views/claim-ids.js';
import { clean } from '../render/clean.js';
import { wrap } from '../render/wrap.js';
import { analyzeInputs } from './analyze.js';
import { type Format, json, printFlat, report, schemaRef } from './shared.js';

export interface CompareOptions {
  readonly format: Format;
  readonly topic?: string;
  readonly topics?: readonly string[];
  readonly scale: string;
  readonly ext?: readonly string[];
  /** Worker threads, as for list. */
  readonly jobs?: number | 'auto';
}

export async function compare(inputs: readonly string[], opts: CompareOptions, io: Io, style: Style): Promise<number> {
  if (!SCALES.includes(opts.scale as Scale)) throw new UsageError(`Unknown scale "${opts.scale}": expected one of ${SCALES.join(', ')}.`);
  const scale = opts.scale as Scale;
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, ext: opts.ext, jobs: opts.jobs });
  const topic = pickTopic(run.topics, opts.topic);
  const rows = compareRows(run.claims, topic.id, scale);
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('compare'), schema: 'claims-compare/1', topic, scale, rows, diagnostics: run.diagnostics }));
  else if (opts.format === 'ndjson') for (const r of rows) io.out(`${JSON.stringify(r)}\n`);
  else if (printFlat(opts.format, COMPARE_COLUMNS, rows.map((r) => [r.source.name, r.source.type, r.position, r.phrase, r.band,
    r.range?.[0], r.range?.[1], r.claims, r.conditions.join('; '), r.evidence.join(' '), r.outlets.join('; '), r.first, r.last]), io)) { /* printed */ }
  else if (run.read) {
    io.out(`${style.bold(wrap(clean(`${topic.question}  (${topic.id}, ${scale} scale)`), io.columns))}\n\n`);
    io.out(rows.length ? `${renderScale(rows, style, io.columns)}\n${rowsTable(rows, style, io.columns)}` : style.dim('No claim bears on this topic.\n'));
  }
  return report(run.diagnostics, io);
}

const COMPARE_COLUMNS = ['source', 'type', 'position', 'phrase', 'band', 'range_low', 'range_high', 'claims', 'conditions', 'evidence', 'outlets', 'first', 'last'];

function pickTopic(topics: readonly Topic[], id: string | undefined): Topic {
  const ids = topics.map((t) => t.id).join(', ');
  if (!id) {
    if (topics.length === 1) return topics[0]!;
    throw new UsageError(`More than one topic is defined (${ids}): choose one with --topic.`);
  }
  const found = topics.find((t) => t.id === id);
  if (!found) throw new UsageError(`Unknown topic "${id}": the topics are ${ids}. Add your own with --topics FILE.`);
  return found;
}

// A cell lists a few conditions and claim ids: a source with thousands of claims would fill
// the screen (JSON and CSV keep them all). Evidence ids are whole ids, which claims show takes
// (cut in the middle, as show also takes, when long).
function rowsTable(rows: readonly CompareRow[], style: Style, width: number): string {
  return renderTable(
    [{ header: 'Source', width: 22, min: 14 }, { header: 'Position', width: 11, min: 8 }, { header: 'Strongest wording' },
      // (The chart shows the bands: on a narrow terminal that column goes first.)
      { header: 'Band', width: 26, min: 14, drop: 3 }, { header: 'Claims', width: 6, drop: 2 }, { header: 'Evidence', width: EVIDENCE_ID + 5, drop: 1 }],
    rows.map((r) => [
      r.source.name,
      r.position ?? '–',
      [r.phrase, ...firstOf(r.conditions.map((c) => `if ${c}`), 3)].filter(Boolean).join('; ') || '–',
      r.band ? bandLabel(r.band, r.range!) : '–',
      String(r.claims),
      // The first claim's id as claims show takes it, and how many more (JSON has them all).
      `${shortClaimId(r.evidence[0] ?? '', EVIDENCE_ID)}${r.evidence.length > 1 ? ` +${r.evidence.length - 1}` : ''}`,
    ]),
    style, width,
  );
}

/** Widest an evidence id is shown (a longer one is cut in the middle, as claims show takes it). */
const EVIDENCE_ID = 18;
