// claims list: every quote and attributed claim in the inputs, as a table, JSON or NDJSON.
import { analyzeInputs } from './analyze.js';
import type { Io } from '../io/terminal.js';
import { renderTable } from '../render/table.js';
import type { Style } from '../render/style.js';
import type { Claim, ClaimKind } from '../types.js';
import { type Format, json, printFlat, report, schemaRef } from './shared.js';
import type { Cell } from '../render/records.js';
import { explainClaim } from './show.js';
import { UsageError } from '../errors.js';

export interface ListOptions {
  readonly format: Format;
  readonly speaker?: string;
  readonly kind?: string;
  readonly topics?: string;
  readonly minConfidence?: number;
  readonly explain?: boolean;
  readonly ext?: readonly string[];
}

const KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed'];

export async function list(inputs: readonly string[], opts: ListOptions, io: Io, style: Style): Promise<number> {
  if (opts.kind && !KINDS.includes(opts.kind as ClaimKind)) {
    throw new UsageError(`Unknown kind "${opts.kind}": expected one of ${KINDS.join(', ')}.`);
  }
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, keepTexts: !!opts.explain, ext: opts.ext });
  const claims = run.claims.filter((c) => keep(c, opts));
  const documents = run.analyses.map((a) => ({
    path: a.article.path, id: a.article.id, claims: claims.filter((c) => c.document === a.article.path).length,
  }));
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('claims'), schema: 'claims/1', documents, claims, diagnostics: run.diagnostics }));
  else if (opts.format === 'ndjson') for (const c of claims) io.out(`${JSON.stringify(c)}\n`);
  else if (printFlat(opts.format, CLAIM_COLUMNS, claims.map(claimCells), io)) { /* printed */ }
  else if (opts.explain) for (const c of claims) io.out(`${explainClaim(c, run, style)}\n`);
  else if (run.articles.length) io.out(claimsTable(claims, style, io.columns));
  return report(run.diagnostics, io);
}

const CLAIM_COLUMNS = ['id', 'document', 'line', 'kind', 'speaker', 'speaker_type', 'speaker_role', 'cue', 'via', 'confidence', 'stance', 'band', 'phrase', 'text'];

function claimCells(c: Claim): Cell[] {
  const t = c.topics?.[0];
  return [c.id, c.document, c.line, c.kind, c.speaker?.name, c.speaker?.type, c.speaker?.role, c.cue, c.viaChain.join(' < '),
    c.confidence, t?.stance, t?.band ?? c.estimate?.band, t?.phrase ?? c.estimate?.phrase, c.text];
}

function keep(c: Claim, opts: ListOptions): boolean {
  if (opts.kind && c.kind !== opts.kind) return false;
  if (opts.minConfidence !== undefined && c.confidence < opts.minConfidence) return false;
  if (!opts.speaker) return true;
  const want = opts.speaker.toLowerCase();
  return !!c.speaker && [c.speaker.name, ...c.speaker.aliases].some((n) => n.toLowerCase().includes(want));
}

function claimsTable(claims: readonly Claim[], style: Style, width: number): string {
  if (!claims.length) return style.dim('No claims found.\n');
  // Where: the line alone for one document, else a short document id and the line.
  const docs = new Set(claims.map((c) => c.document));
  const short = (id: string): string => (id.length > 14 ? `${id.slice(0, 13)}…` : id);
  const rows = claims.map((c) => [
    c.speaker ? c.speaker.name : '?',
    c.kind,
    c.cue ?? '–',
    c.text,
    docs.size === 1 ? String(c.line) : `${short(c.id.slice(0, c.id.indexOf('#')))}:${c.line}`,
  ]);
  const where = Math.min(32, Math.max(5, ...rows.map((r) => (r[4] ?? '').length)));
  return renderTable(
    [{ header: 'Speaker', width: 20 }, { header: 'Kind', width: 8 }, { header: 'Cue', width: 12 }, { header: 'Claim' }, { header: 'Where', width: where }],
    rows, style, width,
  );
}
