// A worker thread for --jobs: loads the model once, then analyses the articles it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import { getTagger } from './nlp/wink.js';
import { compileTopics } from './pipeline/classify/index.js';
import { analyze } from './pipeline/index.js';
import type { Article, Topic } from './types.js';

const tag = getTagger();
const topics = compileTopics((workerData as { topics: Topic[] }).topics);
parentPort?.on('message', ({ seq, article }: { seq: number; article: Article }) => {
  try {
    const analysis = analyze(article, tag, topics);
    // The text stays here: copying it back cost the worker time and main drops it anyway.
    parentPort?.postMessage({ seq, analysis: { ...analysis, article: { id: article.id, path: article.path, text: '' } } });
  } catch (e) {
    parentPort?.postMessage({ seq, error: (e as Error).message });
  }
});
