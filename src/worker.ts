// A worker thread for --jobs: loads the model once, then analyses the batches it is sent,
// tagged together (analyzeBatch) as the single-thread path does.
import { parentPort, workerData } from 'node:worker_threads';
import { getTagger } from './nlp/wink.js';
import { compileTopics } from './pipeline/classify/index.js';
import { analyzeBatch } from './pipeline/index.js';
import type { Article, Topic } from './types.js';

const tag = getTagger();
const topics = compileTopics((workerData as { topics: Topic[] }).topics);
parentPort?.on('message', ({ seqs, articles }: { seqs: number[]; articles: Article[] }) => {
  // The texts stay here: copying them back cost the worker time and main drops them anyway.
  const outcomes = analyzeBatch(articles, tag, topics).map((o, i) => ('analysis' in o
    ? { analysis: { ...o.analysis, article: { id: articles[i]!.id, path: articles[i]!.path, text: '' } } }
    : o));
  parentPort?.postMessage({ seqs, outcomes });
});
