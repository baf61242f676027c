// Quotation marks and dashes. Origin: Unicode punctuation classes Pi/Pf and the quoting
// conventions of English, German, French and Nordic news (see ./README.md).

/** Opening mark → the closing marks that may end it. */
export const QUOTE_PAIRS: ReadonlyMap<string, string> = new Map([
  ['“', '”'],
  ['„', '“”'],
  ['«', '»'],
  ['»', '«'],
  ['‘', '’'],
  ['‚', '‘’'],
  ['"', '"”'],
  ["''", "''"],
  ['``', "''"],
]);

/** Dashes that open a quote paragraph in Nordic and continental news style. */
export const QUOTE_DASHES = '–—―‒-';
