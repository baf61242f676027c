'use strict';
// The string-width that cli-table3 measures every word and line with. string-width 4.2.3
// builds the ANSI pattern anew and runs a large emoji pattern on each call, whatever the
// text: over a corpus that was half the run of a terminal table. Text made only of the
// characters below is one column a character, which is what 4.2.3 says of each of them
// (checked for every one of them and against random text in test/string-width.test.ts);
// any other text is measured by 4.2.3 itself, installed as `string-width-cjs`.
const original = require('string-width-cjs');

/** Printable ASCII, Latin-1 to IPA, Greek and Cyrillic, and punctuation (dashes, quotes). */
function plain(c) {
  return c < 0x7f
    ? c >= 0x20
    : (c >= 0xa0 && c <= 0x2ff) || (c >= 0x370 && c <= 0x52f) || (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205e);
}

function stringWidth(text) {
  if (typeof text === 'string') {
    let i = 0;
    while (i < text.length && plain(text.charCodeAt(i))) i++;
    if (i === text.length) return text.length;
  }
  return original(text);
}

module.exports = stringWidth;
module.exports.default = stringWidth;
