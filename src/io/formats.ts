// Input formats beside plain text, each turned into the text the pipeline reads (spans index
// that text, and `claims show` prints it) plus document metadata:
//   HTML      ./html.ts, loaded only when a page is read
//   Markdown  headings stay headings, block quotes become quotations, list bullets are not
//             quote dashes, links and emphasis keep only their words
//   JSONL     one article a line: {"text", "id"?, "url"?, "title"?, "outlet"?, "published"?}
import type { ArticleMeta } from '../types.js';

export type InputFormat = 'text' | 'html' | 'markdown' | 'jsonl';

export const EXTENSIONS: Readonly<Record<string, InputFormat>> = {
  txt: 'text', text: 'text', html: 'html', htm: 'html', md: 'markdown', markdown: 'markdown', jsonl: 'jsonl', ndjson: 'jsonl',
};

/** The format of an input, from its extension, else from how its text starts. */
export function formatOf(path: string, text: string): InputFormat {
  const ext = /\.([a-z]+)$/i.exec(path)?.[1]?.toLowerCase() ?? '';
  const known = EXTENSIONS[ext];
  if (known && known !== 'text') return known;
  return /^\s*<(!doctype html|html)[\s>]/i.test(text.slice(0, 512)) ? 'html' : 'text';
}

export interface Extracted {
  readonly text: string;
  readonly meta: ArticleMeta;
}

/** Markdown as the pipeline's text: structure kept, markup dropped. */
export function fromMarkdown(md: string): Extracted {
  const lines: string[] = [];
  let title: string | undefined;
  let quote: string[] = [];
  const flush = (): void => {
    if (quote.length) lines.push(quoted(quote.join(' ')));
    quote = [];
  };
  for (const raw of md.split('\n')) {
    const line = raw.trimEnd();
    const q = /^\s*>\s?(.*)$/.exec(line);
    if (q) { if (q[1]?.trim()) quote.push(inline(q[1])); else flush(); continue; }
    flush();
    const h = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (h) {
      const heading = inline(h[1] ?? '').replace(/[.!]$/, '');
      title ??= heading;
      lines.push(heading);
      continue;
    }
    // A list bullet is no quote dash ("- item" would read as "– quote").
    lines.push(inline(line.replace(/^(\s*)[-*+]\s+/, '$1• ')));
  }
  flush();
  return { text: lines.join('\n'), meta: clean({ title }) };
}

/**
 * Links keep their words, emphasis and code marks go. A link's words hold no bracket, its
 * address no space (parentheses one deep, "…/Port_(Larsvik)", then a title in double
 * quotation marks if any), and emphasis holds no mark of its own kind and is no part of a
 * word ("snake_case", "*.txt"), as in CommonMark: each try stops at the
 * next such mark, so a line of many "[", "[a](" or "*x " takes time in its length, where it
 * took time in the square of it (a 400 KB line of "[a](": 14 s; 60 KB of "*x ": 1.4 s).
 */
function inline(s: string): string {
  const plain = (m: string, ...marks: Array<string | undefined>): string => marks.slice(0, 5).find((x) => x !== undefined) ?? m;
  // Twice: emphasis inside emphasis ("**a *b* c**") comes out from the inside.
  return s.replace(LINK, '$1').replace(EMPHASIS, plain).replace(EMPHASIS, plain);
}

const LINK = /!?\[([^[\]]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"]*")?\)/g;
const EMPHASIS = /(?<![\p{L}\p{N}])(?:\*\*([^*\s](?:[^*]*[^*\s])?)\*\*|__([^_\s](?:[^_]*[^_\s])?)__|\*([^*\s](?:[^*]*[^*\s])?)\*|_([^_\s](?:[^_]*[^_\s])?)_)(?![\p{L}\p{N}])|`([^`]+)`/gu;

/** A block quote that is not already in quotation marks becomes a quotation. */
export function quoted(s: string): string {
  return /^["“«„'‘]/.test(s) ? s : `“${s}”`;
}

export interface JsonlArticle {
  readonly id: string;
  readonly text: string;
  readonly meta: ArticleMeta;
}

/**
 * One line of JSON Lines → its article, the reason it is none (reported with its line number,
 * the other lines read on), or null for a blank line.
 */
export function jsonlArticle(raw: string, line: number): JsonlArticle | { readonly reason: string } | null {
  if (!raw.trim()) return null;
  let o: unknown;
  try {
    o = JSON.parse(raw);
  } catch (e) {
    return { reason: `not valid JSON (${(e as Error).message})` };
  }
  const r = o as Record<string, unknown>;
  if (typeof o !== 'object' || o === null || typeof r.text !== 'string' || !r.text.trim()) {
    return { reason: 'expected an object with a non-empty "text" string' };
  }
  const str = (k: string): string | undefined => (typeof r[k] === 'string' || typeof r[k] === 'number' ? String(r[k]) : undefined);
  return {
    id: str('id') ?? String(line),
    text: r.text.replace(/\r\n?/g, '\n'),
    meta: clean({ title: str('title'), outlet: str('outlet'), published: str('published'), url: str('url') }),
  };
}

export function clean(meta: Record<string, string | undefined>): ArticleMeta {
  return Object.fromEntries(Object.entries(meta).filter(([, v]) => v)) as ArticleMeta;
}
