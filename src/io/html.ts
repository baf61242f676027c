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
  if (html.length > DOM_MAX_CHARS) return fromGiantHtml(html);
  // A fragment ("<p>…</p>", or text with a "<" in it) gets a page around it: linkedom makes
  // its first element the document, or none, and Readability found nothing or failed.
  const page = /<(?:html|body)[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(boundNesting(page));
  // Readability parses the page again for each of its tries: an element of tens of thousands
  // of nodes ("line<br>" or "a < b" a hundred thousand times: a node each) took seconds and
  // then overflowed the stack. Such a page, or one Readability fails on, is read without it.
  const root = document.documentElement as unknown as DeepNode | null;
  if (!root || crowded(root)) return fromGiantHtml(html);
  flattenDeep(root);
  dropFurniture(document as unknown as { querySelectorAll(s: string): ArrayLike<FurnitureElement> });
  let read: ReturnType<Readability['parse']>;
  try {
    read = new Readability(document as never).parse();
  } catch {
    return fromGiantHtml(html);
  }
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
      title: read?.title || titleOf(html), byline: byline || undefined,
      outlet: read?.siteName ?? undefined, published: read?.publishedTime ?? undefined,
    }),
  };
}


/**
 * A page longer than this is read without a DOM. The DOM and Readability took some 45 bytes
 * of memory a character (a 20 MB page: 0.9 GB), so a page of about 90 MB ran out of memory;
 * a news page is rarely over 5 MB.
 */
const DOM_MAX_CHARS = 16 * 2 ** 20;

/**
 * A giant page's text, in linear time: the head, scripts, styles and comments dropped, a
 * line break at each block tag, other tags dropped, entities decoded; the title from <title>.
 */
export function fromGiantHtml(html: string): Extracted {
  const text = withoutRawText(html)
    .replace(LINE_BREAK_TAG, '\n')
    .replace(/<[^<>]*>/g, '')
    .split('\n').map((line) => entities(line).replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
  return { text, meta: clean({ title: titleOf(html) }) };
}

/** The text of the page's <title>, wherever it stands (a page with no <head> has it in the body). */
function titleOf(html: string): string | undefined {
  const title = /<title[^<>]*>([^<]*)<\/title>/i.exec(html)?.[1];
  return title ? entities(title).trim() || undefined : undefined;
}

/** Opening tags whose content is no text of the page, and comments. */
const RAW = /<(head|script|style|noscript|template)\b[^<>]*>|<!--/gi;
const RAW_END: Readonly<Record<string, RegExp>> = Object.fromEntries(
  ['head', 'script', 'style', 'noscript', 'template'].map((t) => [t, new RegExp(`</${t}\\s*>`, 'gi')]),
);

/**
 * The page without its head, scripts, styles and comments, searched forward only (linear: a
 * lazy pattern ran from each unclosed "<script" to the end). One never closed ends the page.
 */
function withoutRawText(html: string): string {
  let out = '';
  let from = 0;
  RAW.lastIndex = 0;
  for (let m = RAW.exec(html); m; m = RAW.exec(html)) {
    out += `${html.slice(from, m.index)} `;
    const end = m[1] ? RAW_END[m[1].toLowerCase()]! : /-->/g;
    end.lastIndex = RAW.lastIndex;
    if (!end.exec(html)) return out;
    from = RAW.lastIndex = end.lastIndex;
  }
  return out + html.slice(from);
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', mdash: '—', ndash: '–', hellip: '…',
  lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
};

/** Named entities of punctuation and numeric ones decoded; any other left as written. */
function entities(s: string): string {
  return s.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (m, e: string) => {
    if (e[0] !== '#') return ENTITIES[e.toLowerCase()] ?? m;
    const code = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : m;
  });
}

/** Tags that nest: not void ("<br>"), and with an end tag the page must write ("</div>", not "</p>"). */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rb', 'rt', 'rp', 'html', 'head', 'body',
]);
const TAG = /<(\/?)([A-Za-z][\w:-]*)[^<>]*>/g;

/** Tags nested deeper than this are dropped, their text kept, before the page is parsed. */
const MAX_NESTING = 500;

/**
 * The parser (htmlparser2, under linkedom) takes time in the square of the nesting: 40,000
 * nested elements took 1.2 s, 200,000 half a minute. Counted from the tags as written (no
 * page nests so deep), tags past MAX_NESTING go; a page within it is returned as it is.
 */
export function boundNesting(html: string): string {
  let depth = 0;
  let deepest = 0;
  const nests = (m: RegExpMatchArray): boolean => !m[0].endsWith('/>') && !NOT_NESTING.has(m[2]!.toLowerCase());
  for (const m of html.matchAll(TAG)) {
    if (!nests(m)) continue;
    depth = m[1] ? Math.max(0, depth - 1) : depth + 1;
    deepest = Math.max(deepest, depth);
  }
  if (deepest <= MAX_NESTING) return html;
  let out = '';
  let from = 0;
  depth = 0;
  for (const m of html.matchAll(TAG)) {
    if (!nests(m)) continue;
    if (!m[1]) depth++;
    if (depth > MAX_NESTING) {
      out += `${html.slice(from, m.index)} `;
      from = m.index! + m[0].length;
    }
    if (m[1]) depth = Math.max(0, depth - 1);
  }
  return out + html.slice(from);
}

interface DeepNode {
  readonly nodeType: number;
  readonly tagName?: string;
  readonly childNodes: ArrayLike<DeepNode>;
  readonly children: ArrayLike<DeepNode>;
  textContent: string | null;
  readonly ownerDocument: { createElement(tag: string): DeepNode };
  appendChild(node: DeepNode): void;
}

/**
 * Elements nested deeper than this keep their text, a paragraph for each block, but lose
 * their structure. Pages nest their text some 15 to 40 elements deep; Readability's time
 * grows with the square of the depth and more (2,000 nested elements took 43 s, 4,000
 * overflowed the stack), while 64 levels cost no more per MB than 25.
 */
const MAX_DEPTH = 64;

/** Each element at MAX_DEPTH with elements inside holds its text as paragraphs instead. Iterative: linear, no recursion. */
function flattenDeep(root: DeepNode | null): void {
  const stack: Array<[DeepNode, number]> = root ? [[root, 0]] : [];
  for (let top = stack.pop(); top; top = stack.pop()) {
    const [el, depth] = top;
    if (!el.children.length) continue;
    if (depth < MAX_DEPTH) {
      for (const child of Array.from(el.children)) stack.push([child, depth + 1]);
      continue;
    }
    const lines = blockLines(el);
    el.textContent = '';
    for (const line of lines) {
      const p = el.ownerDocument.createElement('p');
      p.textContent = line;
      el.appendChild(p);
    }
  }
}

/** More nodes than this in one element, and the page is read without Readability. */
const MAX_CHILD_NODES = 10_000;

function crowded(root: DeepNode): boolean {
  const stack = [root];
  for (let el = stack.pop(); el; el = stack.pop()) {
    if (el.childNodes.length > MAX_CHILD_NODES) return true;
    for (let i = 0; i < el.children.length; i++) stack.push(el.children[i]!);
  }
  return false;
}

/** Elements whose start and end break a line of text. */
const LINE_BREAKS = new Set([...BLOCKS, 'TH', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'HEADER', 'FOOTER', 'UL', 'OL', 'DL', 'TABLE', 'TR', 'FIGURE', 'BR']);
/** The same, as tags in a page read without a DOM. */
const LINE_BREAK_TAG = new RegExp(`</?(?:${[...LINE_BREAKS].join('|')})\\b[^<>]*>`, 'gi');
const NO_TEXT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);

/** The text of an element, a line for each block in it, read without recursion. */
function blockLines(root: DeepNode): string[] {
  const lines: string[] = [];
  let line = '';
  const end = (): void => {
    const text = line.replace(/\s+/g, ' ').trim();
    if (text) lines.push(text);
    line = '';
  };
  const stack: Array<DeepNode | null> = [root]; // null: where a block ends
  while (stack.length) {
    const node = stack.pop();
    if (!node) { end(); continue; }
    if (node.nodeType === 3) line += node.textContent ?? '';
    if (node.nodeType !== 1 || NO_TEXT.has(node.tagName ?? '')) continue;
    if (LINE_BREAKS.has(node.tagName ?? '')) {
      end();
      stack.push(null);
    }
    for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  end();
  return lines;
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
