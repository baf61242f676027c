// Letter case of a word's first character, without a regular expression for ASCII (the
// common case): read for every token by tag repair, name finding and phrase building; and
// strings that outlive their article.

/** As /^\p{Lu}/u.test(s). */
export function startsUpperCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** As /\w/.test(s): an ASCII letter, digit or underscore anywhere in s, read by character code. */
export function hasWordChar(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) return true;
  }
  return false;
}

/** As /^\p{Ll}/u.test(s). */
export function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}

/** `end`, or one less where it would part the two halves of a surrogate pair ("😀"). */
export function wholeCharEnd(text: string, end: number): number {
  const c = text.charCodeAt(end - 1);
  return c >= 0xd800 && c <= 0xdbff ? end - 1 : end;
}

/**
 * The same characters in a string of their own. A slice of a long string is a view that
 * keeps the whole of it alive (V8's sliced strings): a claim's text or a speaker's name held
 * for a whole run kept its article's text in memory (on 1,500 articles the live heap was
 * 3.4 MB larger than with the copies). Joining to a space and cutting it off again copies
 * the characters once.
 */
export function detached(s: string): string {
  return (' ' + s).slice(1);
}

/**
 * Case-folded, one character for one and the same length in code units: each character to
 * the lower case of its upper case ("ſ" and "S" to "s", "ẞ" to "ß", "ς" to "σ"), or where
 * that is not one character of its length, to its lower or upper case, or itself; three
 * pairs that case folding joins with no case between them, one to the other. Two
 * characters that a regular expression with the flags i and u takes for the same have the
 * same fold (checked on every character that has a case, in a test), so a search by fold
 * finds all that such an expression would.
 */
export function foldCase(s: string): string {
  let ascii = true;
  for (let i = 0; i < s.length && ascii; i++) ascii = s.charCodeAt(i) < 128;
  if (ascii) return s.toLowerCase();
  let out = '';
  for (const ch of s) out += foldChar(ch);
  return out;
}

const FOLDED = new Map<string, string>([
  ['\u1fd3', '\u0390'], ['\u1fe3', '\u03b0'], ['\ufb05', '\ufb06'], // ΐ ΐ, ΰ ΰ, ﬅ ﬆ (Unicode's CaseFolding.txt)
]);

function foldChar(ch: string): string {
  let f = FOLDED.get(ch);
  if (f === undefined) {
    const upper = ch.toUpperCase();
    const one = (x: string): boolean => x.length === ch.length && x.codePointAt(0)! > 0xffff === ch.codePointAt(0)! > 0xffff;
    f = [upper.toLowerCase(), ch.toLowerCase(), upper].find(one) ?? ch;
    FOLDED.set(ch, f);
  }
  return f;
}

/** As /\s/ on one character, by its code (every such character is in the first plane). */
export function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a)
    || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
