// Bytes → text, or a reason not to read them. Pure. Handles UTF-8 with or without BOM,
// UTF-16 with BOM, CRLF and lone CR line ends (made "\n" so offsets stay one a character),
// invalid UTF-8 (replaced, with a warning), binary content and files too large for one
// string (refused). JSON Lines files are decoded line by line with the same rules (lines.ts).

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/** Why a file is not read, and the warning for replaced bytes. */
export const REASONS = {
  empty: 'the file is empty',
  blank: 'the file holds only white space',
  binary: 'the file looks binary (it holds NUL bytes), not text',
  replaced: 'invalid UTF-8 bytes were replaced with U+FFFD',
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
  let replaced = false;
  if (isUtf16(bytes)) text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) return { ok: false, reason: REASONS.binary };
    ({ text, replaced } = utf8(bytes.subarray(hasUtf8Bom(bytes) ? 3 : 0)));
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: REASONS.blank };
  return { ok: true, text, warnings: replaced ? [REASONS.replaced] : [] };
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
