// The string-width that cli-table3 loads (overrides/string-width): the same widths as
// string-width 4.2.3, which it replaces, for any text.
import { createRequire } from 'node:module';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Width = (text: unknown) => number;
const ours = require('string-width') as Width;
const original = require('string-width-cjs') as Width;

describe('string-width for cli-table3', () => {
  it('is the one cli-table3 loads', () => {
    const fromTable = createRequire(require.resolve('cli-table3'))('string-width') as Width;
    expect(fromTable).toBe(ours);
    expect(ours).not.toBe(original);
  });

  it('gives 4.2.3’s width for every single UTF-16 code unit', () => {
    const differ: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (ours(s) !== original(s)) differ.push(c.toString(16));
    }
    expect(differ).toEqual([]);
  });

  it('gives 4.2.3’s width for text mixing plain letters with emoji, joiners, marks, wide letters and escapes', () => {
    const pieces = [
      'a', ' ', '#', '*', '1', '“', '”', '’', '–', '—', '…', 'é', 'ß', 'Ж', 'λ', '©', '®', '‼', '⁉',
      '\u200d', '\ufe0f', '\u20e3', '\u0301', '\u200b', '👍', '🏽', '🇳', '🇴', '❤', '☺', '日', '한',
      '\u001b[31m', '\u001b[39m', '\u009b1m', '\u001b', '\n', '\t', '\u007f', '\ud83d', '\udc4d',
    ];
    fc.assert(fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
      const s = parts.join('');
      expect(ours(s)).toBe(original(s));
    }), { numRuns: 3000 });
  });

  it('measures plain text by its length and anything else as 4.2.3 does', () => {
    expect(ours('“Plain” text – with dashes')).toBe(26);
    expect(ours('日本')).toBe(4);
    expect(ours('\u001b[1mbold\u001b[22m')).toBe(4);
    expect(ours('')).toBe(0);
    expect(ours(42)).toBe(original(42));
  });
});
