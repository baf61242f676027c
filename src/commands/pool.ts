// Analysis in worker threads (--jobs N), results handed on in input order. Articles go in
// batches of four, tagged together in the worker, one message each way (one at a time when
// streaming: an article prints as soon as it is read); at most eight articles a worker are
// in flight, so memory does not grow with the number of inputs, and each batch goes to the
// worker with the fewest waiting.
import { Worker } from 'node:worker_threads';
import type { Analysis, Article, Topic } from '../types.js';

// The built worker; under the test runner (sources in .ts) the one that `npm test` builds.
const WORKER = import.meta.url.endsWith('.ts') ? new URL('../../dist/worker.js', import.meta.url) : new URL('../worker.js', import.meta.url);

/** Articles a message carries: one message, not four, and the tagger's code stays warm. */
const BATCH = 4;
/** Articles a worker may hold at once (a multiple of the batch): it never waits for main. */
const DEPTH = 8;

export type Outcome = { readonly article: Article; readonly analysis?: Analysis; readonly error?: string };

export interface Pool {
  /** Queues an article; resolves when there is room for the next one. */
  submit(article: Article): Promise<void>;
  /** Resolves once every submitted article has been handed on. */
  close(): Promise<void>;
  /** Stops the workers at once, whatever they hold (the run failed). */
  terminate(): Promise<void>;
}

export function createPool(jobs: number, topics: readonly Topic[], onResult: (o: Outcome) => void, size = BATCH): Pool {
  const workers = Array.from({ length: jobs }, () => new Worker(WORKER, { workerData: { topics } }));
  const waiting = new Map<number, Outcome>(); // finished, not yet handed on
  const articles = new Map<number, Article>();
  let next = 0; // the next sequence number to hand on
  let seq = 0;
  let inFlight = 0;
  const queued = workers.map(() => 0); // batches sent to each worker, not yet back
  let batch: number[] = []; // sequence numbers of the batch being filled
  const cap = jobs * DEPTH; // a multiple of the batch size: at the cap no batch is half-filled
  let room: (() => void) | null = null;
  let drained: (() => void) | null = null;
  let failed: Error | null = null; // what fails the run, thrown to the caller at its next call
  const fail = (e: Error): void => {
    failed ??= e;
    room?.();
    drained?.();
  };
  const flush = (): void => {
    for (let o = waiting.get(next); o; o = waiting.get(next)) {
      waiting.delete(next);
      next++;
      onResult(o);
    }
    if (inFlight < cap && room) { const r = room; room = null; r(); }
    if (next === seq && drained) drained();
  };
  workers.forEach((w, k) => {
    w.on('message', (m: { seqs: number[]; outcomes: Array<{ analysis?: Analysis; error?: string }> }) => {
      queued[k]!--;
      m.seqs.forEach((n, i) => {
        inFlight--;
        const article = articles.get(n)!;
        articles.delete(n);
        waiting.set(n, { article, analysis: m.outcomes[i]?.analysis, error: m.outcomes[i]?.error });
      });
      // Results are handed on from this event: what fails there (printing, say) must reach
      // the caller, not escape as an uncaught exception.
      try {
        flush();
      } catch (e) {
        fail(e as Error);
      }
    });
    // A worker that dies fails the run with its message (main reports it, exit 2).
    w.on('error', (e) => fail(new Error(`a worker thread failed: ${e.message}`)));
  });
  const check = (): void => {
    if (failed) throw failed;
  };
  const send = (): void => {
    if (!batch.length) return;
    const k = queued.indexOf(Math.min(...queued));
    queued[k]!++;
    workers[k]!.postMessage({ seqs: batch, articles: batch.map((n) => articles.get(n)!) });
    batch = [];
  };
  return {
    async submit(article) {
      check();
      const n = seq++;
      articles.set(n, article);
      inFlight++;
      batch.push(n);
      if (batch.length >= size) send();
      if (inFlight >= cap) await new Promise<void>((resolve) => { room = resolve; });
      check();
    },
    async close() {
      if (!failed) send();
      if (next < seq && !failed) await new Promise<void>((resolve) => { drained = resolve; });
      await this.terminate();
      check();
    },
    async terminate() {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
