// analyze: one article through the pipeline, segment → detect → attribute → resolve →
// classify, and the public Claim records. Pure: the tagger and the compiled topics are
// passed in, nothing here does I/O.
import type { Tagger } from '../nlp/wink.js';
import type { Analysis, Article, Claim, ResolvedBy } from '../types.js';
import { attribute } from './attribute.js';
import { type CompiledTopic, classify } from './classify.js';
import { detect } from './detect.js';
import { findEntities } from './entities.js';
import { resolve } from './resolve.js';
import { segment } from './segment.js';

export function analyze(article: Article, tag: Tagger, topics: readonly CompiledTopic[] = []): Analysis {
  const doc = segment(article, tag(article.text));
  const detected = detect(doc);
  const candidates = attribute(doc, detected);
  const { resolved, sources } = resolve(candidates, findEntities(doc, detected.quotes), article.text);
  const lineStarts = lineIndex(article.text);
  const claims: Claim[] = resolved.map(({ candidate: c, speaker, resolvedBy, via }, i) => ({
    id: `${article.id}#${i + 1}`,
    document: article.path,
    span: c.content,
    line: lineOf(lineStarts, c.content.start),
    kind: c.kind,
    text: article.text.slice(c.content.start, c.content.end),
    cue: c.cue ? article.text.slice(c.cue.start, c.cue.end) : null,
    cueSpan: c.cue,
    speaker,
    speakerSpan: c.speaker ? { start: c.speaker.start, end: c.speaker.end } : null,
    resolvedBy,
    via: via?.name ?? null,
    viaChain: via ? [via.name] : [],
    confidence: confidence(c.rules, resolvedBy),
    rules: [`detect:${DETECTED_BY[c.rules[0] ?? ''] ?? 'cue-word'}`, ...c.rules.map((r) => `attribute:${r}`), ...(resolvedBy ? [`resolve:${resolvedBy}`] : [])],
  }));
  return { article, claims: classify(article.text, claims, topics), sources };
}

/** What the detect stage found that the first attribute rule worked on. */
const DETECTED_BY: Readonly<Record<string, string>> = {
  'quote-tail': 'quotation-marks', 'quote-continues': 'quotation-marks', 'naming-quote': 'quotation-marks',
  'dash-paragraph': 'dash-line', 'colon-block': 'colon-intro', 'according-to': 'according-to', 'noun-cue': 'noun-cue',
};

/**
 * How sure the attribution is, from the rules that fired: a named speaker beside the cue
 * is surest; a pronoun, a description or a continuation of the last speaker less so.
 */
function confidence(rules: readonly string[], by: ResolvedBy | null): number {
  if (!by) return 0.2;
  const base = { name: 0.9, alias: 0.85, nominal: 0.7, pronoun: 0.7, continuation: 0.6 }[by];
  // Rules that reach further from the cue, or read less of the sentence, are less sure.
  const weak = rules.filter((r) => WEAK_RULES.has(r)).length * 0.1;
  return Math.round(Math.max(0.1, base - weak) * 100) / 100;
}

const WEAK_RULES: ReadonlySet<string> = new Set([
  'noun-cue', 'participle', 'shared-subject', 'naming-as', 'content-resumes', 'backward-reference',
]);

function lineIndex(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
