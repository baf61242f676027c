// Untrusted text into HTML: every piece of input goes through `esc` (text and attribute
// values alike), ids through `anchor`, and data for scripts through `jsonForScript`. Pure.

const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value, escaped; control characters (but line breaks) become U+FFFD. */
export function esc(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c]!).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
}

/** An id safe in an attribute and a URL fragment: letters, digits, "-" and "_", others as "-". */
export function anchor(s: string): string {
  return s.replace(/[^A-Za-z0-9_-]/g, '-');
}

/**
 * JSON that cannot end its <script> element or be read as markup: <, >, & and the two line
 * separators that old parsers took for line ends, as \u escapes.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
