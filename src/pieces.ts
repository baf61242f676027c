// Where a long text is cut into pieces that are read one after the other: the tagger reads
// a giant text in pieces (its memory follows the piece), and the pipeline analyses a giant
// article in pieces (its memory follows the piece and the claims found).
import { wholeCharEnd } from './letters.js';

/**
 * Where the piece that starts at `from` ends, about `size` characters on: after the last line
 * break, else full stop and space, else space, that opens in the piece's second half; else
 * at `size` characters, never between the two halves of a surrogate pair.
 */
export function pieceEnd(text: string, from: number, size: number): number {
  const limit = from + size;
  if (limit >= text.length) return text.length;
  for (const mark of CUT_MARKS) {
    const at = text.lastIndexOf(mark, limit);
    if (at > from + size / 2) return at + mark.length;
  }
  return wholeCharEnd(text, limit);
}

const CUT_MARKS = ['\n', '. ', ' '] as const;
