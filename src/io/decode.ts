// Bytes → text, or a reason not to read them. Pure. Handles UTF-8 with or without BOM,
// UTF-16 with BOM, CRLF and lone CR line ends (made "\n" so offsets stay one a character),
// invalid UTF-8 (replaced, with a warning; a text with no UTF-8 character at all is read as
// Windows-1252, with a warning), binary content and files too large for one string (refused).
// JSON Lines files are decoded line by line with the same rules, but for Windows-1252: JSON
// is UTF-8 (lines.ts).

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Why a file is not read, and the warning for replaced bytes. */
export const REASONS = {
  empty: 'the file is empty',
  blank: 'the file holds only white space',
  binary: 'the file looks binary (it holds NUL bytes), not text',
  replaced: 'invalid UTF-8 bytes were replaced with U+FFFD',
  legacy: 'not UTF-8: read as Windows-1252 (Latin-1), the legacy encoding of Western European pages',
} as const;

/** The longest text V8 can hold is 2^29 − 24 characters; UTF-8 takes a byte or more for each. */
export const MAX_BYTES = 2 ** 29 - 24;

export function decode(bytes: Uint8Array, maxBytes = MAX_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: REASONS.empty };
  const kind = documentFormat(bytes);
  if (kind) return { ok: false, reason: unsupported(kind) };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `the file is too large to read as one text (more than ${mb(maxBytes)}): split it into articles` };
  }
  let text: string;
  let warning: string | null = null;
  if (isUtf16(bytes)) text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) return { ok: false, reason: REASONS.binary };
    const body = bytes.subarray(hasUtf8Bom(bytes) ? 3 : 0);
    const read = utf8(body);
    text = read.text;
    // Not UTF-8, and not one UTF-8 character in it: a legacy 8-bit text ("Bj\xf8rn",
    // "\x93quoted\x94"), not UTF-8 with a broken byte. Replaced, its letters and quotation
    // marks were lost, and with them its claims.
    if (read.replaced && !hasUtf8Sequence(body)) {
      text = cp1252(body);
      warning = REASONS.legacy;
    } else if (read.replaced) warning = REASONS.replaced;
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: REASONS.blank };
  return { ok: true, text, warnings: warning ? [warning] : [] };
}

/** A well-formed UTF-8 sequence of two to four bytes somewhere in the bytes. */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0xc2 || b > 0xf4) continue;
    const n = b < 0xe0 ? 1 : b < 0xf0 ? 2 : 3;
    let k = 1;
    while (k <= n && i + k < bytes.length && (bytes[i + k]! & 0xc0) === 0x80) k++;
    if (k > n) return true;
  }
  return false;
}

/**
 * Formats of documents that are no text, by their first bytes: a PDF ("%PDF-", which an
 * uncompressed one would otherwise pass as text, operators and all), and the ZIP packages of
 * Word, OpenDocument and EPUB files ("PK", NUL bytes later). Null for anything else.
 */
export function documentFormat(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 5));
  if (head === '%PDF-') return 'a PDF';
  if (head.startsWith('PK\u0003\u0004')) return 'a ZIP package (a .docx, .odt or .epub document)';
  if (head.startsWith('{\\rtf')) return 'an RTF document';
  return null;
}

/** The message for a document format that is no text. */
export const unsupported = (kind: string): string => `${kind} is not supported: convert it to text first (for example with pdftotext or pandoc) and pass the .txt`;

/** UTF-8 → text; invalid bytes become U+FFFD, and `replaced` says so. */
export function utf8(bytes: Uint8Array): { text: string; replaced: boolean } {
  try {
    return { text: STRICT.decode(bytes), replaced: false };
  } catch {
    return { text: LENIENT.decode(bytes), replaced: true };
  }
}

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** A UTF-16 byte order mark, either way round. */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes in the first 8 KB: no text format we read has them (UTF-16 has a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, BINARY_PROBE).indexOf(0) !== -1;
}

/** The bytes looksBinary reads. */
const BINARY_PROBE = 8192;

/**
 * A stream read to its end (a pipe, standard input), or only until it is plainly no text for
 * decode to take: a NUL byte in its first 8 KB, or more than `max` bytes. A stream may never
 * end ("cat /dev/zero |"): it was read until memory ran out.
 */
export async function readCapped(stream: AsyncIterable<Uint8Array>, max = MAX_BYTES): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    chunks.push(chunk);
    total += chunk.length;
    if (total > max) break;
    if (total - chunk.length < BINARY_PROBE && looksBinary(Buffer.concat(chunks, Math.min(total, BINARY_PROBE)))) break;
  }
  return Buffer.concat(chunks, total);
}

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

// Made once, not per file. A BOM is dropped by the callers, where they expect one.
const STRICT = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const LENIENT = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Windows-1252: Latin-1, but for 0x80-0x9F, which hold the curly quotation marks, dashes and
 * a few letters. Node 20's TextDecoder reads those bytes as control characters.
 */
function cp1252(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1').replace(/[\x80-\x9f]/g, (c) => C1[c.charCodeAt(0) - 0x80]!);
}

// WHATWG's index of windows-1252, 0x80-0x9F (five codes are unassigned and stay as they are).
const C1 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
].map((code) => String.fromCharCode(code));
