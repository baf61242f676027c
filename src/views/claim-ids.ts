// Claim ids as a reader types them: the full id ("harbour-strike#3"), a short form that a
// narrow table prints ("harb…rike#3": the document's id cut in the middle, its start and
// end kept), or the document and line ("harbour-strike:12", as an editor or grep gives it).
// `claims show` takes all three; a table prints the short form only when the full id does
// not fit.
import type { Claim } from '../types.js';

/** The id, or its short form when longer than `width`: the number and both ends of the document kept. */
export function shortClaimId(id: string, width: number): string {
  if (id.length <= width) return id;
  const hash = id.lastIndexOf('#');
  const doc = id.slice(0, hash);
  const number = id.slice(hash);
  const keep = width - number.length - 1;
  if (keep < 2) return id; // too narrow to cut: the whole id, wrapped, still works
  const head = Math.ceil(keep / 2);
  return `${doc.slice(0, head)}…${doc.slice(doc.length - (keep - head))}${number}`;
}

/**
 * The claims a typed id names: the claim of that id; for "DOC…DOC#N", the claims whose
 * document id starts and ends so, with that number; for "DOC:LINE", the claims on that line
 * of the document whose id, path or file name is DOC.
 */
export function claimsNamed(query: string, claims: readonly Claim[]): Claim[] {
  const exact = claims.filter((c) => c.id === query);
  if (exact.length) return exact;
  const short = /^(.*)…(.*)(#\d+)$/.exec(query);
  if (short) {
    const [, start, end, number] = short as unknown as [string, string, string, string];
    return claims.filter((c) => {
      const hash = c.id.lastIndexOf('#');
      const doc = c.id.slice(0, hash);
      return c.id.slice(hash) === number && doc.startsWith(start) && doc.endsWith(end) && doc.length >= start.length + end.length;
    });
  }
  const line = /^(.+):(\d+)$/.exec(query);
  if (line) {
    const [, doc, n] = line as unknown as [string, string, string];
    return claims.filter((c) => c.line === Number(n) && (documentId(c) === doc || c.document === doc || fileName(c.document) === doc));
  }
  return [];
}

const documentId = (c: Claim): string => c.id.slice(0, c.id.lastIndexOf('#'));
const fileName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
