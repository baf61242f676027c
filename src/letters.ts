// Letter case of a word's first character, without a regular expression for ASCII (the
// common case): read for every token by tag repair, name finding and phrase building.

/** As /^\p{Lu}/u.test(s). */
export function startsUpperCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return /^\p{Lu}/u.test(s);
}

/** As /^\p{Ll}/u.test(s). */
export function startsLowerCase(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(s);
}
