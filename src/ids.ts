// Ids: a source's id from its name (a slug), and ids made unique with a number: "x", "x-2",
// "x-3" … Each name keeps the last number it was given, so n ids of one name take n steps,
// not n²/2 (a JSON Lines corpus whose lines all carry the same id took 45 s instead of 2 s
// for 20,000 lines).

/** A maker of unique ids: each call returns its name, or the name with the lowest free "-n". */
export function uniqueIds(): (name: string) => string {
  const taken = new Set<string>();
  const last = new Map<string, number>(); // name → the number of its last id, once it has one
  return (name) => {
    let n = last.get(name) ?? 1;
    let id = n === 1 ? name : `${name}-${n}`;
    while (taken.has(id)) id = `${name}-${++n}`;
    if (n > 1) last.set(name, n); // most names come once: they need no entry
    taken.add(id);
    return id;
  };
}

/** A stable id from a name: lower case, accents folded, words joined by dashes. */
/**
 * Latin letters that are not a base letter with a mark, so NFKD leaves them whole: their
 * usual ASCII spellings (the transliterations of library and passport practice).
 */
const FOLDS: Readonly<Record<string, string>> = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ß: 'ss', ð: 'd', Ð: 'D', þ: 'th', Þ: 'TH', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i',
};
const UNACCENTED = /[øØæÆœŒßðÐþÞłŁđĐı]/g;

export function slug(name: string): string {
  // ASCII needs no folding; letters that no accent makes (ø, æ, ß, ł …) fold by a table.
  const folded = (/[^\x00-\x7f]/.test(name) ? name.normalize('NFKD').replace(/\p{M}/gu, '').replace(UNACCENTED, (c) => FOLDS[c] ?? c) : name).toLowerCase();
  // Runs of anything but a-z and 0-9 become one dash, none at either end: one pass, no regex.
  let out = '';
  let from = -1; // start of the current run of letters and digits
  for (let i = 0; i <= folded.length; i++) {
    const c = folded.charCodeAt(i); // NaN past the end
    const kept = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
    if (kept && from < 0) from = i;
    else if (!kept && from >= 0) {
      out += (out ? '-' : '') + folded.slice(from, i);
      from = -1;
    }
  }
  return out || 'source';
}
