import { describe, expect, it } from 'vitest';
import { decode } from '../src/io/decode.js';

const bytes = (...b: number[]): Uint8Array => new Uint8Array(b);
const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('decode', () => {
  it('reads UTF-8 with and without a BOM, and makes CRLF and CR into LF', () => {
    expect(decode(utf8('a\r\nb\rc'))).toEqual({ ok: true, text: 'a\nb\nc', warnings: [] });
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Bård')]))).toMatchObject({ ok: true, text: 'Bård' });
  });

  it('decodes UTF-16 with a BOM, both byte orders', () => {
    expect(decode(bytes(0xff, 0xfe, 0x48, 0, 0x69, 0))).toMatchObject({ ok: true, text: 'Hi' });
    expect(decode(bytes(0xfe, 0xff, 0, 0x48, 0, 0x69))).toMatchObject({ ok: true, text: 'Hi' });
  });

  it('replaces invalid UTF-8 and says so', () => {
    const d = decode(new Uint8Array([...utf8('ok '), 0xff, 0xfe, ...utf8(' fine')]));
    expect(d.ok && d.text).toBe('ok \uFFFD\uFFFD fine');
    expect(d.ok && d.warnings).toEqual(['invalid UTF-8 bytes were replaced with U+FFFD']);
  });

  it.each([
    ['empty', bytes(), /empty/],
    ['white space only', utf8(' \n\t\n'), /white space/],
    ['binary', bytes(0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d), /binary/],
  ])('refuses %s input with a reason', (_, input, reason) => {
    const d = decode(input);
    expect(d.ok).toBe(false);
    expect(!d.ok && d.reason).toMatch(reason);
  });

  it('refuses a file too large for one string, before decoding it (the limit is a parameter here)', () => {
    const d = decode(utf8('a'.repeat(3 * 2 ** 20)), 2 ** 20);
    expect(!d.ok && d.reason).toBe('the file is too large to read as one text (3 MB; the limit is 1 MB): split it into articles');
    expect(decode(utf8('a'.repeat(2 ** 20)), 2 ** 20).ok).toBe(true);
  });
});
