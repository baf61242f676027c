// Bytes → text, or a reason not to read them. Pure. Handles UTF-8 with or without BOM,
// UTF-16 with BOM, CRLF and lone CR line ends (made "\n" so offsets stay one a character),
// invalid UTF-8 (replaced, with a warning), binary content and files too large for one
// string (refused).

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly warnings: readonly string[] }
  | { readonly ok: false; readonly reason: string };

export function decode(bytes: Uint8Array, maxBytes = MAX_BYTES): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `the file is too large to read as one text (${mb(bytes.length)}; the limit is ${mb(maxBytes)}): split it into articles` };
  }
  const warnings: string[] = [];
  let text: string;
  if (isUtf16(bytes)) text = new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(bytes.subarray(2));
  else {
    if (looksBinary(bytes)) return { ok: false, reason: BINARY };
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const body = bytes.subarray(start);
    try {
      text = STRICT.decode(body);
    } catch {
      text = LENIENT.decode(body);
      warnings.push('invalid UTF-8 bytes were replaced with U+FFFD');
    }
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
  if (text.trim() === '') return { ok: false, reason: 'the file holds only white space' };
  return { ok: true, text, warnings };
}

/** The longest text V8 can hold is 2^29 − 24 characters; UTF-8 takes a byte or more for each. */
const MAX_BYTES = 2 ** 29 - 24;

const mb = (bytes: number): string => `${Math.round(bytes / 2 ** 20)} MB`;

/** A UTF-16 byte order mark, either way round. */
export function isUtf16(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** NUL bytes in the first 8 KB: no text format we read has them (UTF-16 has a BOM). */
export function looksBinary(bytes: Uint8Array): boolean {
  return bytes.subarray(0, 8192).indexOf(0) !== -1;
}

export const BINARY = 'the file looks binary (it holds NUL bytes), not text';

// Made once, not per file.
const STRICT = new TextDecoder('utf-8', { fatal: true });
const LENIENT = new TextDecoder('utf-8');
