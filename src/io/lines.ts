// The lines of a JSON Lines file, read a megabyte at a time: memory holds one line (one
// article), not the file, so a corpus of any size in one file reads like a folder of files.
// Decoding follows decode.ts: invalid UTF-8 is replaced (with one warning) and a line ends
// at LF, CRLF or a lone CR. A BOM is dropped at the start of any line, not only of the file:
// JSON Lines files are often concatenated, and JSON takes no BOM as white space.
import { readSync } from 'node:fs';
import { MAX_BYTES, REASONS, utf8 } from './decode.js';

export interface Line {
  /** 1-based, counting every line break. */
  readonly number: number;
  readonly text: string;
  /** Where the line ends in the file, in bytes (for progress). */
  readonly at: number;
}

/** Bytes read at once. */
const CHUNK = 1 << 20;

/**
 * Lines from an open file, from its first byte, read `chunk` bytes at a time. `warn` hears
 * of invalid UTF-8 (once) and of a line too long to hold.
 */
export function* lines(fd: number, warn: (message: string) => void, chunk = CHUNK): Generator<Line> {
  const buf = Buffer.allocUnsafe(chunk);
  let parts: Buffer[] = []; // the current line's bytes from earlier chunks
  let partBytes = 0;
  let number = 0;
  let at = 0; // bytes of the file before the buffer
  let warned = false;
  const decode = (bytes: Buffer): string => {
    if (bytes.length > MAX_BYTES) {
      warn(`line ${number + 1} is too long to read as one text: only its first 512 MB were read`);
      bytes = bytes.subarray(0, MAX_BYTES);
    }
    const { text, replaced } = utf8(bytes);
    if (replaced && !warned) warn(REASONS.replaced);
    warned ||= replaced;
    return text;
  };
  // One LF-terminated piece: a trailing CR belongs to its CRLF, any other CR ends a line.
  // A BOM that ends the file opens no line (a text's final line break ends its last line).
  function* split(bytes: Buffer, end: number, last = false): Generator<Line> {
    const text = decode(bytes);
    const body = text.endsWith('\r') ? text.slice(0, -1) : text;
    const pieces = body.includes('\r') ? body.split('\r') : [body];
    if (last && text.endsWith('\ufeff') && pieces[pieces.length - 1] === '\ufeff') pieces.pop();
    for (const piece of pieces) {
      yield { number: ++number, text: piece.charCodeAt(0) === 0xfeff ? piece.slice(1) : piece, at: end };
    }
  }
  for (let n = readSync(fd, buf, 0, chunk, null); n > 0; n = readSync(fd, buf, 0, chunk, null)) {
    let from = 0;
    for (let lf = buf.indexOf(10, from); lf !== -1 && lf < n; lf = buf.indexOf(10, from)) {
      const tail = buf.subarray(from, lf);
      yield* split(parts.length ? Buffer.concat([...parts, tail], partBytes + tail.length) : tail, at + lf + 1);
      parts = [];
      partBytes = 0;
      from = lf + 1;
    }
    if (from < n) {
      parts.push(Buffer.from(buf.subarray(from, n))); // copied: the buffer is read into again
      partBytes += n - from;
    }
    at += n;
  }
  if (parts.length) yield* split(Buffer.concat(parts, partBytes), at, true);
}

/** The lines of a text already decoded (from a pipe, or UTF-16): line breaks are "\n" by now. */
export function* textLines(text: string): Generator<Line> {
  let number = 0;
  for (let from = 0; ;) {
    const lf = text.indexOf('\n', from);
    const end = lf === -1 ? text.length : lf;
    yield { number: ++number, text: text.slice(from, end), at: end };
    if (lf === -1) return;
    from = lf + 1;
  }
}
