// What list and sources share: read the inputs, analyse each article (a failure on one is
// a diagnostic), and merge sources across articles.
import { readArticles, seedsDir } from '../io/read.js';
import type { Io } from '../io/terminal.js';
import { analyze } from '../pipeline/index.js';
import { type Merged, merge } from '../pipeline/merge.js';
import { compileTopics } from '../pipeline/classify.js';
import { loadTopics } from '../io/topics.js';
import type { Analysis, Article, Diagnostic, Topic } from '../types.js';
import { loadTagger } from './shared.js';

export interface Run extends Merged {
  readonly articles: readonly Article[];
  readonly analyses: readonly Analysis[];
  readonly diagnostics: Diagnostic[];
  readonly topics: readonly Topic[];
}

export async function analyzeInputs(inputs: readonly string[], io: Io, topicsFile?: string): Promise<Run> {
  const topics = compileTopics(loadTopics(topicsFile));
  const { articles, diagnostics } = await readArticles(inputs.length ? inputs : [seedsDir()], io.stdin);
  const tag = articles.length ? await loadTagger() : null;
  const analyses: Analysis[] = [];
  for (const article of articles) {
    try {
      if (tag) analyses.push(analyze(article, tag, topics));
    } catch (e) {
      // A bug on one article must not cost the others their results.
      diagnostics.push({ level: 'error', code: 'E_ANALYZE', file: article.path, message: `could not be analysed (${(e as Error).message}); please report this` });
    }
  }
  return { articles, analyses, diagnostics, topics: topics.map((t) => t.topic), ...merge(analyses) };
}
