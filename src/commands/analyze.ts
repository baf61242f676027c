// What list and sources share: read the inputs, analyse each article (a failure on one is
// a diagnostic), and merge sources across articles.
import { statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { availableParallelism } from 'node:os';
import { eachArticle, expandInputs, seedsDir } from '../io/read.js';
import { formatOf } from '../io/formats.js';
import type { Io } from '../io/terminal.js';
import { PIECE_CHARS, analyzeBatch, analyzeInSteps } from '../pipeline/index.js';
import { type Merged, merge } from '../pipeline/resolve/merge.js';
import { compileTopics } from '../pipeline/classify/index.js';
import { loadTopics } from '../io/topics.js';
import { createPool } from './pool.js';
import type { Analysis, Article, Diagnostic, Topic } from '../types.js';
import { loadTagger } from './shared.js';

export interface Run extends Merged {
  /** How many articles were read (a count: a corpus may hold millions). */
  readonly read: number;
  readonly analyses: readonly Analysis[];
  readonly diagnostics: Diagnostic[];
  readonly topics: readonly Topic[];
  /** Article texts by path, kept only when asked for (claims show, --explain). */
  readonly texts: ReadonlyMap<string, string>;
}

/**
 * Reads and analyses the inputs one at a time: an article's text is dropped once it is
 * analysed (unless `keepTexts`), so memory grows with the claims found, not with the input.
 */
export interface InputOptions {
  readonly topics?: readonly string[];
  readonly keepTexts?: boolean;
  /** Extensions a directory is searched for (default: all supported). */
  readonly ext?: readonly string[];
  /** Worker threads; 1 (the default) analyses in this thread, 'auto' as many as pay off. */
  readonly jobs?: number | 'auto';
  /**
   * Streaming: each article's analysis in input order, as soon as it is ready; then no
   * analysis is kept and sources are not merged across articles.
   */
  readonly stream?: (analysis: Analysis) => void;
}

/** Articles tagged together before the stages run (see analyzeBatch): 16 measured fastest. */
const BATCH = 16;

/**
 * Reads and analyses the inputs one at a time (or in --jobs worker threads): an article's
 * text is dropped once it is analysed (unless `keepTexts`), so memory grows with the claims
 * found, not with the input; with `stream`, not even with those.
 */
export async function analyzeInputs(inputs: readonly string[], io: Io, options: InputOptions = {}): Promise<Run> {
  const { keepTexts = false, ext, jobs = 1, stream } = options;
  const topics = loadTopics(options.topics);
  let read = 0;
  const analyses: Analysis[] = [];
  const texts = new Map<string, string>();
  const failures: Diagnostic[] = [];
  const progress = progressLine(io);
  let filesDone = 0; // as the reader last reported it: files, and a JSON Lines file's share read
  const take = (article: Article, analysis: Analysis | undefined, error?: string): void => {
    if (error || !analysis) {
      // A bug on one article must not cost the others their results.
      failures.push({ level: 'error', code: 'E_ANALYZE', file: article.path, message: `could not be analysed (${error ?? 'unknown error'}); please report this` });
      return;
    }
    const light = { ...analysis, article: { id: article.id, path: article.path, text: '', ...(article.meta ? { meta: article.meta } : {}) } };
    if (stream) {
      progress.clear(); // rows never land on the end of the progress line
      stream(light);
    } else analyses.push(light);
  };
  let each: (article: Article) => void | Promise<void>;
  let finish = async (): Promise<void> => {};
  let abort = async (): Promise<void> => {};
  // No input named: text piped or redirected in, else the bundled seeds (shown as
  // "seeds/…", never as a path inside the install).
  const stdinKind = io.stdinKind();
  const named = inputs.length ? inputs : stdinKind === 'pipe' || stdinKind === 'file' ? ['-'] : [seedsDir()];
  const seeds = !inputs.length && named[0] !== '-' && isAbsolute(named[0]!) ? named[0]! : null;
  const shown = (path: string): string => (seeds && path.startsWith(seeds) ? `seeds/${path.slice(seeds.length).replace(/^\/+/, '')}` : path);
  if (named.includes('-') && stdinKind === 'tty') io.err('claims: reading an article from the terminal: paste it, then press Ctrl-D (or pass a file instead of -)\n');
  const listing = await expandInputs(named, ext); // listed once: for the worker count and the reading
  const workers = jobs === 1 ? 1 : workerCount(listing.paths, jobs);
  if (workers > 1) {
    const pool = createPool(workers, topics, (o) => take(o.article, o.analysis, o.error), stream ? 1 : undefined);
    each = (article) => pool.submit(article);
    finish = () => pool.close();
    abort = () => pool.terminate();
  } else {
    const tag = await loadTagger();
    const compiled = compileTopics(topics);
    // Articles go through in small batches (tagged together, then analysed), in order; a
    // stream prints each article as soon as it is read, so it goes one at a time.
    const size = stream ? 1 : BATCH;
    const pending: Article[] = [];
    const flush = (): void => {
      analyzeBatch(pending, tag, compiled).forEach((o, i) => take(pending[i]!, 'analysis' in o ? o.analysis : undefined, 'error' in o ? o.error : undefined));
      pending.length = 0;
    };
    each = async (article) => {
      if (article.text.length > PIECE_CHARS) {
        // A giant article, a piece at a time, with a turn of the event loop between pieces:
        // Ctrl-C is served at once and the progress line moves within the file.
        flush();
        const done = filesDone; // (within a JSON Lines file, its share read: the bar stays there)
        let analysis: Analysis | undefined;
        let error: string | undefined;
        try {
          const steps = analyzeInSteps(article, tag, compiled);
          for (let step = steps.next(); ; step = steps.next()) {
            if (step.done) {
              analysis = step.value;
              break;
            }
            if (Number.isInteger(done)) progress.update(done + step.value, listing.paths.length);
            await new Promise((resolve) => setImmediate(resolve));
          }
        } catch (e) {
          error = (e as Error).message ?? String(e);
        }
        take(article, analysis, error);
        return;
      }
      pending.push(article);
      if (pending.length >= size) flush();
    };
    finish = async () => flush();
  }
  let diagnostics: Diagnostic[];
  try {
    diagnostics = await eachArticle(named, listing, io.stdin, (found) => {
      const article = seeds ? { ...found, path: shown(found.path) } : found;
      read++;
      if (keepTexts) texts.set(article.path, article.text);
      return each(article);
    }, (done, total) => {
      filesDone = done;
      progress.update(done, total);
    });
    await finish();
  } catch (e) {
    await abort(); // live workers would keep the process running after the error is reported
    throw e;
  } finally {
    progress.done();
  }
  const merged = stream ? { claims: [], sources: [] } : merge(analyses);
  // Once merged, an article's own claims and sources are copies no command reads: only its
  // path, id and metadata are kept, so memory holds each claim once.
  const articles = stream ? analyses : analyses.map((a) => ({ article: a.article, claims: [], sources: [] }));
  return { read, analyses: articles, texts, diagnostics: [...diagnostics, ...failures], topics, ...merged };
}

/**
 * Cores below which the default is one thread. On this 2-vCPU machine two workers ran the
 * real-text corpus at 1.02–1.03x of one thread with 1.7x its memory (npm run bench: two
 * processes on halves of it reach 1.13x, the machine's ceiling), so two cores give nothing
 * worth the memory.
 */
const MIN_CORES = 4;

/** Text that pays for a worker's start: it loads a model of its own (about 0.3 s). */
const BYTES_PER_WORKER = 1024 * 1024;

/**
 * How many threads analyse. Asked for (`--jobs N`): N, unless there is one article (a
 * giant one would only be copied back from its worker, doubling the memory). By default
 * ('auto'): on four cores or more, one a core once the text pays for their start, a megabyte
 * each, spread over four files each or held in JSON Lines, where one file may be a whole
 * corpus. Below that, one thread is as fast or faster: here 400 files (1.4 MB) took as long
 * with two workers as with none, and on two cores no corpus ran faster with two.
 */
export function workerCount(paths: readonly string[], jobs: number | 'auto', cores = availableParallelism()): number {
  const isJsonl = (path: string): boolean => formatOf(path, '') === 'jsonl';
  if (jobs !== 'auto') return paths.length > 1 || paths.some(isJsonl) ? jobs : 1;
  if (cores < MIN_CORES) return 1;
  const enough = cores * BYTES_PER_WORKER;
  let bytes = 0;
  let jsonl = 0;
  const pays = (): boolean => bytes >= enough && (jsonl >= enough || paths.length >= cores * 4);
  for (let i = 0; i < paths.length && !pays(); i++) { // sizes only until they are enough
    const path = paths[i]!;
    const size = path === '-' ? 0 : sizeOf(path);
    bytes += size;
    if (isJsonl(path)) jsonl += size;
  }
  return pays() ? cores : 1;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0; // reported when it is read
  }
}

/**
 * A progress bar on stderr, "[========            ] 41% 412/1000 files", for runs longer
 * than two seconds, only on a terminal and never in CI; cleared when the run ends.
 */
export function progressLine(io: Io, clock: () => number = Date.now): { update: (done: number, total: number) => void; clear: () => void; done: () => void } {
  const on = io.errIsTTY && !io.env.CI;
  const start = clock();
  let shown = 0;
  let drawn = false;
  return {
    update(done, total) {
      const now = clock();
      // One file shows a bar only as it moves within it (JSON Lines, a giant text).
      if (!on || (total < 2 && Number.isInteger(done)) || now - start < 2000 || now - shown < 100) return;
      shown = now;
      drawn = true;
      io.err(`\r${progressBar(done, total, io.columns)}`);
    },
    /** Erases the line (it is drawn again at the next update): output may follow on the same terminal. */
    clear() {
      if (drawn) io.err('\r\u001b[K');
      drawn = false;
    },
    done() {
      this.clear();
    },
  };
}

/**
 * "[========            ] 41% 412/1000 files", narrower than `columns` (a full line wraps).
 * `done` may be fractional: the bar moves through a JSON Lines file of many articles.
 */
export function progressBar(done: number, total: number, columns: number): string {
  const share = Math.min(1, done / total);
  const tail = ` ${Math.floor(share * 100)}%${total > 1 ? ` ${Math.floor(done)}/${total} files` : ''}`;
  const width = Math.max(0, Math.min(30, columns - tail.length - 3));
  const filled = Math.round(share * width);
  return width ? `[${'='.repeat(filled)}${' '.repeat(width - filled)}]${tail}` : tail.trimStart();
}
