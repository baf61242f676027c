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
  dropFurniture(document as unknown as { querySelectorAll(s: string): ArrayLike<FurnitureElement> });
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


interface FurnitureElement {
  readonly tagName: string;
  getAttribute(name: string): string | null;
  remove(): void;
}

/**
 * Words of a class or id that mark an element as no part of the article: advertising,
 * promotion, navigation, sharing and sign-up boxes, asides (from the class names of common
 * page templates and the ARIA landmark roles). Matched as whole parts of a name split at
 * "-", "_" and spaces: "ad-slot" and "top_ads" are ads, "header" and "shadow" are not.
 */
const FURNITURE = new Set([
  'ad', 'ads', 'adslot', 'advert', 'adverts', 'advertisement', 'advertising', 'banner', 'cookie', 'cookies', 'newsletter', 'nav',
  'navbar', 'navigation', 'promo', 'promos', 'promoted', 'promotion', 'related', 'share', 'sharing', 'sidebar', 'social', 'sponsor',
  'sponsored', 'subscribe', 'teaser',
]);
const FURNITURE_TAGS = new Set(['NAV', 'ASIDE']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'banner', 'contentinfo']);

/** Removes ads, promos, navigation and asides before the article is extracted. */
function dropFurniture(document: { querySelectorAll(s: string): ArrayLike<FurnitureElement> }): void {
  for (const el of Array.from(document.querySelectorAll('*'))) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.toLowerCase().split(/[\s_-]+/);
    const role = (el.getAttribute('role') ?? '').toLowerCase();
    if (FURNITURE_TAGS.has(el.tagName) || FURNITURE_ROLES.has(role) || names.some((n) => FURNITURE.has(n))) el.remove();
  }
}
