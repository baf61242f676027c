// A worker thread for --jobs: loads the model once, then analyses the articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { getTagger } from './nlp/wink.js';
import { compileTopics } from './pipeline/classify.js';
import { analyze } from './pipeline/index.js';
import type { Article, Topic } from './types.js';

const tag = getTagger();
const topics = compileTopics((workerData as { topics: Topic[] }).topics);
parentPort?.on('message', ({ seq, article }: { seq: number; article: Article }) => {
  try {
    parentPort?.postMessage({ seq, analysis: analyze(article, tag, topics) });
  } catch (e) {
    parentPort?.postMessage({ seq, error: (e as Error).message });
  }
});
