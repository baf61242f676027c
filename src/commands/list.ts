// claims list: every quote and attributed claim in the inputs, as a table, JSON or NDJSON.
import { analyzeInputs } from './analyze.js';
import type { Io } from '../io/terminal.js';
import { renderTable } from '../render/table.js';
import type { Style } from '../render/style.js';
import type { Analysis, Claim, ClaimKind } from '../types.js';
import { type Format, json, printFlat, printLines, report, schemaRef } from './shared.js';
import type { Cell } from '../render/records.js';
import { explainClaim } from './show.js';
import { UsageError } from '../errors.js';
import { shortClaimId } from '../views/claim-ids.js';

export interface ListOptions {
  readonly format: Format;
  readonly speaker?: string;
  readonly kind?: string;
  readonly topics?: readonly string[];
  readonly minConfidence?: number;
  readonly explain?: boolean;
  readonly ext?: readonly string[];
  readonly jobs?: number | 'auto';
  /** Print each article's claims as soon as they are ready (NDJSON, table), unmerged. */
  readonly stream?: boolean;
}

const KINDS: readonly ClaimKind[] = ['direct', 'indirect', 'mixed'];

export async function list(inputs: readonly string[], opts: ListOptions, io: Io, style: Style): Promise<number> {
  if (opts.kind && !KINDS.includes(opts.kind as ClaimKind)) {
    throw new UsageError(`Unknown kind "${opts.kind}": expected one of ${KINDS.join(', ')}.`);
  }
  // Every format merges sources across the articles first, so a source has one id and one
  // name whatever the format. With --stream (NDJSON and the table), each article's claims
  // print as soon as they are ready instead, with the article's own speakers: a corpus too
  // large to hold, at the price of ids that are the article's, not the run's.
  const streaming = !!opts.stream && (opts.format === 'ndjson' || opts.format === 'table');
  if (opts.stream && !streaming) throw new UsageError(`--stream prints NDJSON or a table, not ${opts.format}: merging across articles needs every article first.`);
  let printed = 0;
  const stream = (a: Analysis): void => {
    const found = a.claims.filter((c) => keep(c, opts));
    if (opts.format === 'ndjson') for (const c of found) io.out(`${JSON.stringify(c)}\n`);
    else if (found.length) io.out(claimsTable(found, style, io.columns, printed === 0));
    printed += found.length;
  };
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, keepTexts: !!opts.explain, ext: opts.ext, jobs: opts.jobs, ...(streaming ? { stream } : {}) });
  if (streaming) {
    if (opts.format === 'table' && run.read && !printed) io.out(style.dim('No claims found.\n'));
    return report(run.diagnostics, io);
  }
  const claims = run.claims.filter((c) => keep(c, opts));
  if (opts.format === 'ndjson') {
    await printLines(claims, io);
    return report(run.diagnostics, io);
  }
  if (opts.format === 'table' && !opts.explain) {
    io.out(claims.length ? claimsTable(claims, style, io.columns, true) : run.read ? style.dim('No claims found.\n') : '');
    return report(run.diagnostics, io);
  }
  const perDocument = new Map<string, number>(); // counted in one pass: a corpus has thousands
  for (const c of claims) perDocument.set(c.document, (perDocument.get(c.document) ?? 0) + 1);
  const documents = run.analyses.map((a) => ({ path: a.article.path, id: a.article.id, claims: perDocument.get(a.article.path) ?? 0 }));
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('claims'), schema: 'claims/1', documents, claims, diagnostics: run.diagnostics }));
  else if (printFlat(opts.format, CLAIM_COLUMNS, claims.map(claimCells), io)) { /* printed */ }
  else for (const c of claims) io.out(`${explainClaim(c, run, style)}\n`);
  return report(run.diagnostics, io);
}

const CLAIM_COLUMNS = [
  'id', 'document', 'line', 'kind', 'speaker', 'speaker_id', 'speaker_type', 'speaker_role', 'cue', 'via', 'confidence', 'stance', 'band', 'phrase',
  'published', 'outlet', 'url', 'text',
];

function claimCells(c: Claim): Cell[] {
  const t = c.topics?.[0];
  return [c.id, c.document, c.line, c.kind, c.speaker?.name, c.speaker?.id, c.speaker?.type, c.speaker?.role, c.cue, c.viaChain.join(' < '),
    c.confidence, t?.stance, t?.band ?? c.estimate?.band, t?.phrase ?? c.estimate?.phrase, c.published, c.outlet, c.url, c.text];
}

function keep(c: Claim, opts: ListOptions): boolean {
  if (opts.kind && c.kind !== opts.kind) return false;
  if (opts.minConfidence !== undefined && c.confidence < opts.minConfidence) return false;
  if (!opts.speaker) return true;
  const want = opts.speaker.toLowerCase();
  return !!c.speaker && [c.speaker.name, ...c.speaker.aliases].some((n) => n.toLowerCase().includes(want));
}

function claimsTable(claims: readonly Claim[], style: Style, width: number, header: boolean): string {
  // The id as claims show takes it; cut in the middle ("harb…rike#3", which show also takes)
  // when long, and shorter still on a narrow terminal, where the claim's text needs the room.
  const idWidth = Math.min(ID_WIDTH, claims.reduce((n, c) => Math.max(n, c.id.length), 2));
  const rows = claims.map((c) => [c.speaker ? c.speaker.name : '?', c.kind, c.cue ?? '–', c.text, c.id]);
  return renderTable(
    [{ header: 'Speaker', width: 20, min: 12 }, { header: 'Kind', width: 8, drop: 1 }, { header: 'Cue', width: 12, drop: 2 }, { header: 'Claim' },
      { header: 'Id', width: idWidth, min: Math.min(idWidth, ID_MIN), shorten: shortClaimId }],
    rows, style, width, header,
  );
}

/** Widest a claim id is shown in the table, and narrowest on a small terminal ("ab…yz#12"). */
const ID_WIDTH = 22;
const ID_MIN = 10;
