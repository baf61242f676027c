// What list and sources share: read the inputs, analyse each article (a failure on one is
// a diagnostic), and merge sources across articles.
import { eachArticle, seedsDir } from '../io/read.js';
import type { Io } from '../io/terminal.js';
import { analyze } from '../pipeline/index.js';
import { type Merged, merge } from '../pipeline/merge.js';
import { compileTopics } from '../pipeline/classify.js';
import { loadTopics } from '../io/topics.js';
import type { Analysis, Article, Diagnostic, Topic } from '../types.js';
import { loadTagger } from './shared.js';

export interface Run extends Merged {
  readonly articles: ReadonlyArray<Pick<Article, 'id' | 'path'>>;
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
  readonly topics?: string;
  readonly keepTexts?: boolean;
  /** Extensions a directory is searched for (default: all supported). */
  readonly ext?: readonly string[];
}

export async function analyzeInputs(inputs: readonly string[], io: Io, { topics: topicsFile, keepTexts = false, ext }: InputOptions = {}): Promise<Run> {
  const topics = compileTopics(loadTopics(topicsFile));
  const tag = await loadTagger();
  const articles: Array<Pick<Article, 'id' | 'path'>> = [];
  const analyses: Analysis[] = [];
  const texts = new Map<string, string>();
  const failures: Diagnostic[] = [];
  const diagnostics = await eachArticle(inputs.length ? inputs : [seedsDir()], io.stdin, (article) => {
    articles.push({ id: article.id, path: article.path });
    if (keepTexts) texts.set(article.path, article.text);
    try {
      const a = analyze(article, tag, topics);
      analyses.push({ ...a, article: { id: article.id, path: article.path, text: '' } });
    } catch (e) {
      // A bug on one article must not cost the others their results.
      failures.push({ level: 'error', code: 'E_ANALYZE', file: article.path, message: `could not be analysed (${(e as Error).message}); please report this` });
    }
  }, ext);
  return { articles, analyses, texts, diagnostics: [...diagnostics, ...failures], topics: topics.map((t) => t.topic), ...merge(analyses) };
}
