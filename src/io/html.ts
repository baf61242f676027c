// HTML: the article body by Mozilla Readability over linkedom, one paragraph a line; the
// title, byline, site name and published date become metadata. Imported on demand, so
// commands that read no page do not pay for loading a DOM.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type Extracted, clean, quoted } from './formats.js';

/** The few DOM fields read here (the project has no DOM library types). */
interface HtmlElement {
  readonly tagName: string;
  readonly children: ArrayLike<HtmlElement>;
  readonly textContent: string | null;
  querySelector(selector: string): unknown;
}

const BLOCKS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'FIGCAPTION', 'DT', 'DD', 'TD']);

/** The article of a web page, one paragraph a line, and its title, byline, outlet and date. */
export function fromHtml(html: string): Extracted {
  const { document } = parseHTML(html);
  const read = new Readability(document as never).parse();
  const body = parseHTML(`<!doctype html><html><body>${read?.content ?? ''}</body></html>`).document;
  const lines: string[] = [];
  const walk = (el: HtmlElement): void => {
    for (const child of Array.from(el.children)) {
      if (BLOCKS.has(child.tagName) && !child.querySelector('p, li, blockquote, h1, h2, h3, h4, h5, h6')) {
        const line = (child.textContent ?? '').replace(/\s+/g, ' ').trim();
        if (line) lines.push(child.tagName === 'BLOCKQUOTE' ? quoted(line) : line);
      } else walk(child);
    }
  };
  walk(body.body as unknown as HtmlElement);
  const byline = read?.byline?.trim();
  const text = lines.filter((l) => l !== byline).join('\n');
  return {
    text,
    meta: clean({
      title: read?.title ?? undefined, byline: byline || undefined,
      outlet: read?.siteName ?? undefined, published: read?.publishedTime ?? undefined,
    }),
  };
}

