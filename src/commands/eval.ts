// claims eval: score the tool against gold files (NAME.txt beside NAME.gold.json).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { decode } from '../io/decode.js';
import type { Io } from '../io/terminal.js';
import { analyze } from '../pipeline/index.js';
import { parseGold } from '../eval/gold.js';
import { compileTopics } from '../pipeline/classify/index.js';
import { loadTopics } from '../io/topics.js';
import { type ByTopic, emptyCounts, scoreArticle, stanceByTopic, summarize, type Misses } from '../eval/score.js';
import { type Attributed, type Identity, identity } from '../eval/identity.js';
import { merge } from '../pipeline/resolve/merge.js';
import { renderTable } from '../render/table.js';
import { clean } from '../render/clean.js';
import { wrap } from '../render/wrap.js';
import type { Style } from '../render/style.js';
import type { Analysis, Diagnostic } from '../types.js';
import { UsageError, messages } from '../errors.js';
import { type Format, json, loadTagger, printFlat, report, schemaRef } from './shared.js';
import type { Cell } from '../render/records.js';

export interface EvalOptions {
  readonly format: Format;
  readonly minF1?: number;
  readonly verbose?: boolean;
  /** Where the NAME.txt files are, when not beside the gold files. */
  readonly texts?: string;
  readonly topics?: readonly string[];
  readonly minConfidence?: number;
}

export async function evaluate(dir: string, opts: EvalOptions, io: Io, style: Style): Promise<number> {
  const goldFiles = (await fg('*.gold.json', { cwd: dir, onlyFiles: true })).sort();
  if (!goldFiles.length) throw new UsageError(messages.noGold(dir));
  const tag = await loadTagger();
  const topics = compileTopics(loadTopics(opts.topics));
  const diagnostics: Diagnostic[] = [];
  const total = emptyCounts();
  const byTopic: ByTopic = new Map();
  const documents = [];
  const analyses: Analysis[] = [];
  const attributed: Array<{ document: string; claim: string; gold: Attributed['gold'] }> = [];
  for (const file of goldFiles) {
    const name = file.replace(/\.gold\.json$/, '');
    const textPath = join(opts.texts ?? dir, `${name}.txt`);
    try {
      let gold;
      try {
        gold = parseGold(await readFile(join(dir, file), 'utf8'));
      } catch (e) {
        throw new Error(`bad gold file: ${(e as Error).message}`);
      }
      const decoded = decode(await readFile(textPath));
      if (!decoded.ok) throw new Error(`${textPath}: ${decoded.reason}`);
      const analysis = analyze({ id: name, path: textPath, text: decoded.text }, tag, topics);
      const claims = analysis.claims.filter((c) => c.confidence >= (opts.minConfidence ?? 0));
      analyses.push({ ...analysis, claims, article: { ...analysis.article, text: '' } });
      const counts = emptyCounts();
      const misses = scoreArticle(decoded.text, claims, gold, counts, (c, g) => attributed.push({ document: name, claim: c.id, gold: g }), byTopic);
      for (const k of Object.keys(total) as Array<keyof typeof total>) total[k] += counts[k];
      documents.push({ document: name, ...summarize(counts), ...(opts.verbose ? { misses } : {}) });
    } catch (e) {
      diagnostics.push({ level: 'error', code: 'E_EVAL', file: join(dir, file), message: (e as Error).message });
    }
  }
  // Who is who across the articles: the ids a run gives after merging, as `sources` shows them.
  const idOf = new Map(merge(analyses).claims.map((c) => [c.id, c.speaker?.id ?? '']));
  const sources = identity(attributed.map((a) => ({ document: a.document, id: idOf.get(a.claim) ?? '', gold: a.gold })));
  const questions = stanceByTopic(byTopic);
  const score = { ...summarize(total), stanceByTopic: questions, identity: sources };
  if (opts.format === 'json') io.out(json({ $schema: schemaRef('eval'), schema: 'claims-eval/1', ...score, documents, diagnostics }));
  else if (opts.format === 'ndjson') for (const d of documents) io.out(`${JSON.stringify(d)}\n`);
  else if (printFlat(opts.format, EVAL_COLUMNS, [...documents, { document: 'total', ...score }].map(evalCells), io)) { /* printed */ }
  else io.out(scoreTable(documents, score, style, io.columns, !!opts.verbose) + wrap(topicLine(questions) + identityLines(sources, !!opts.verbose), io.columns, 2));
  const status = report(diagnostics, io);
  if (opts.minF1 !== undefined && score.endToEnd.f1 < opts.minF1) {
    io.err(`claims: end-to-end F1 ${score.endToEnd.f1} is below --min-f1 ${opts.minF1}\n`);
    return 1;
  }
  return status;
}

type Row = { document: string; misses?: Misses } & ReturnType<typeof summarize>;

const EVAL_COLUMNS = [
  'document', 'gold', 'found', 'matched', 'detection_f1', 'attribution', 'e2e_precision', 'e2e_recall', 'e2e_f1', 'kind', 'stance', 'band',
  'stance_all', 'invented_stance',
];

function evalCells(r: Row): Cell[] {
  return [r.document, r.counts.gold, r.counts.found, r.counts.matched, r.detection.f1, r.attribution,
    r.endToEnd.precision, r.endToEnd.recall, r.endToEnd.f1, r.kind, r.counts.stanceGold ? r.stance : null, r.counts.bandGold ? r.band : null,
    r.counts.stanceAll ? r.stanceAll : null, r.counts.noStanceGold ? r.invented : null];
}

/**
 * The document column's width: fixed, so the columns left out on a narrow terminal depend on
 * the terminal alone, never on the names, and the tables of two runs line up.
 */
const DOCUMENT_WIDTH = 22;

function scoreTable(docs: readonly Row[], total: ReturnType<typeof summarize>, style: Style, width: number, verbose: boolean): string {
  const line = (name: string, s: ReturnType<typeof summarize>): string[] => [
    name, String(s.counts.gold), String(s.counts.found), String(s.counts.matched),
    s.detection.f1.toFixed(3), s.attribution.toFixed(3), s.endToEnd.precision.toFixed(3),
    s.endToEnd.recall.toFixed(3), s.endToEnd.f1.toFixed(3), s.kind.toFixed(3),
    s.counts.stanceGold ? s.stance.toFixed(3) : '–', s.counts.bandGold ? s.band.toFixed(3) : '–',
    s.counts.stanceAll ? s.stanceAll.toFixed(3) : '–', s.counts.noStanceGold ? s.invented.toFixed(3) : '–',
  ];
  // "stance" is over matched claims; "stance all" over every gold stance, found or not;
  // "invented" is the share of claims with no position in the gold that got one.
  // On a narrow terminal the columns of least use go first (the JSON has every figure).
  const dropOrder = ['found', 'matched', 'e2e P', 'e2e R', 'kind', 'band', 'invented', 'attrib', 'stance all', 'detect F1', 'stance'];
  const cols = ['gold', 'found', 'matched', 'detect F1', 'attrib', 'e2e P', 'e2e R', 'e2e F1', 'kind', 'stance', 'band', 'stance all', 'invented']
    .map((h) => ({ header: h, width: h.length > 6 ? h.length : 6, ...(dropOrder.includes(h) ? { drop: dropOrder.length - dropOrder.indexOf(h) } : {}) }));
  let out = renderTable([{ header: 'document', width: DOCUMENT_WIDTH, min: 12 }, ...cols], [...docs.map((d) => line(d.document, d)), line(style.bold('total'), total)], style, width);
  if (verbose) {
    let misses = '';
    for (const d of docs) {
      if (!d.misses) continue;
      for (const m of d.misses.missed) misses += `${d.document}  missed      ${clean(m.slice(0, 110))}\n`;
      for (const m of d.misses.spurious) misses += `${d.document}  spurious    ${clean(m.slice(0, 110))}\n`;
      for (const m of d.misses.misattributed) misses += `${d.document}  speaker     ${clean(m.found)} ≠ ${clean(m.gold)} [${m.rules.join(' ')}]: ${clean(m.text.slice(0, 80))}\n`;
    }
    out += wrap(misses, width, 4);
  }
  return out;
}

/** With two or more questions, the stance over every gold stance of each. */
function topicLine(questions: ReturnType<typeof stanceByTopic>): string {
  if (questions.length < 2) return '';
  return `\nstance all by question: ${questions.map((q) => `${clean(q.topic)} ${q.right}/${q.all} (${q.stanceAll.toFixed(3)})`).join(', ')}\n`;
}

/** One line on source identity; with --verbose, the sources split and the ids over-merged. */
function identityLines(s: Identity, verbose: boolean): string {
  if (!s.sources && !s.overMerged) return '';
  let out = `\nsource identity: ${s.merged} of ${s.sources} sources quoted in two or more articles keep one id (${s.mergedShare.toFixed(3)}); `
    + `${s.overMerged} ${s.overMerged === 1 ? 'id holds' : 'ids hold'} claims of two or more sources, ${s.differentPeople} of people with different given names\n`;
  if (verbose) {
    for (const x of s.split) out += `split       ${clean(x.source)}: ${x.ids.map(clean).join(', ')}\n`;
    for (const x of s.joined) out += `over-merged ${clean(x.id)}: ${x.sources.map(clean).join(' + ')}\n`;
  }
  return out;
}
