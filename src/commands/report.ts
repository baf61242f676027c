// claims report: one self-contained HTML page to read the articles with every claim marked,
// the sources, and the positions on each topic (render/report.ts builds it).
import { writeFileSync } from 'node:fs';
import { SCALES, type Scale } from '../lexicons/estimative.js';
import type { Io } from '../io/terminal.js';
import { renderReport } from '../render/report.js';
import { UsageError } from '../errors.js';
import { compareRows } from '../views/compare.js';
import { analyzeInputs } from './analyze.js';
import { report as diagnose } from './shared.js';

export interface ReportOptions {
  readonly output?: string;
  readonly topic?: string;
  readonly topics?: readonly string[];
  readonly scale: string;
  readonly ext?: readonly string[];
  readonly jobs?: number | 'auto';
}

export async function report(inputs: readonly string[], opts: ReportOptions, io: Io): Promise<number> {
  if (!SCALES.includes(opts.scale as Scale)) throw new UsageError(`Unknown scale "${opts.scale}": expected one of ${SCALES.join(', ')}.`);
  // A page of HTML on a terminal helps no one: ask for a file (or a pipe).
  if (!opts.output && io.isTTY) throw new UsageError('Give the page a file: claims report [inputs...] -o report.html (or redirect the output).');
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, keepTexts: true, ext: opts.ext, jobs: opts.jobs });
  if (opts.topic && !run.topics.some((t) => t.id === opts.topic)) {
    throw new UsageError(`Unknown topic "${opts.topic}": the topics are ${run.topics.map((t) => t.id).join(', ')}.`);
  }
  const byDocument = new Map<string, typeof run.claims[number][]>();
  for (const c of run.claims) byDocument.set(c.document, [...(byDocument.get(c.document) ?? []), c]);
  const documents = run.analyses.map((a) => {
    const claims = byDocument.get(a.article.path) ?? [];
    const meta = a.article.meta;
    return {
      id: a.article.id, path: a.article.path, title: meta?.title ?? a.article.id, outlet: meta?.outlet ?? null,
      published: meta?.published ?? null, text: run.texts.get(a.article.path) ?? '', claims,
    };
  });
  const positions = run.topics.filter((t) => !opts.topic || t.id === opts.topic)
    .map((topic) => ({ topic, rows: compareRows(run.claims, topic.id, opts.scale as Scale) }))
    .filter((p) => p.rows.length || p.topic.id === opts.topic);
  const html = renderReport({ documents, sources: run.sources, positions, scale: opts.scale });
  if (opts.output) {
    try {
      writeFileSync(opts.output, html);
    } catch (e) {
      throw new UsageError(`Cannot write "${opts.output}" (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    io.err(`claims: wrote ${opts.output} (${documents.length} articles, ${run.claims.length} claims, ${Math.ceil(html.length / 1024)} KB)\n`);
  } else io.out(html);
  return diagnose(run.diagnostics, io);
}
