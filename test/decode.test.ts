import { describe, expect, it } from 'vitest';
import { decode, hasUtf8Sequence, readCapped } from '../src/io/decode.js';

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

  it('replaces invalid UTF-8 in a UTF-8 text and says so', () => {
    const d = decode(new Uint8Array([...utf8('Bård: ok '), 0xff, 0xfe, ...utf8(' fine')]));
    expect(d.ok && d.text).toBe('Bård: ok \uFFFD\uFFFD fine');
    expect(d.ok && d.warnings).toEqual(['invalid UTF-8 bytes were replaced with U+FFFD']);
  });

  it('reads a text with no UTF-8 character at all as Windows-1252, quotation marks and letters, and says so', () => {
    const legacy = new Uint8Array([0x93, ...utf8('We sail,'), 0x94, ...utf8(' said Bj'), 0xf8, ...utf8('rn M'), 0xfc, ...utf8('ller '), 0x96, ...utf8(' at 8'), 0xa0, ...utf8('am '), 0x80, 0x85]);
    const d = decode(legacy);
    expect(d.ok && d.text).toBe('“We sail,” said Bjørn Müller – at 8\u00a0am €…');
    expect(d.ok && d.warnings).toEqual(['not UTF-8: read as Windows-1252 (Latin-1), the legacy encoding of Western European pages']);
  });

  it('hasUtf8Sequence: a well-formed sequence of two to four bytes, not a lone or cut one', () => {
    expect(hasUtf8Sequence(utf8('ø'))).toBe(true);
    expect(hasUtf8Sequence(utf8('😀'))).toBe(true);
    expect(hasUtf8Sequence(bytes(0x41, 0xf8, 0x72))).toBe(false); // "Bjørn" in Latin-1: ø then a letter
    expect(hasUtf8Sequence(bytes(0xe2, 0x80))).toBe(false); // cut short
    expect(hasUtf8Sequence(bytes(0x80, 0x80))).toBe(false); // continuation bytes alone
    expect(hasUtf8Sequence(bytes(0xc0, 0x80))).toBe(false); // an overlong form
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
    expect(!d.ok && d.reason).toBe('the file is too large to read as one text (more than 1 MB): split it into articles');
    expect(decode(utf8('a'.repeat(2 ** 20)), 2 ** 20).ok).toBe(true);
  });
});

describe('readCapped: a stream that may never end', () => {
  /** Chunks of one byte value, forever; counts what was taken. */
  const endless = (byte: number, taken: { n: number }) => (async function* () {
    for (;;) {
      taken.n++;
      yield new Uint8Array(64 * 1024).fill(byte);
    }
  })();

  it('stops at NUL bytes in the first 8 KB, and decode says binary', async () => {
    const taken = { n: 0 };
    const got = await readCapped(endless(0, taken));
    expect(taken.n).toBe(1);
    expect(decode(got)).toMatchObject({ ok: false, reason: expect.stringContaining('binary') });
  });

  it('stops past its limit, and decode says too large', async () => {
    const taken = { n: 0 };
    const got = await readCapped(endless(0x61, taken), 1024 * 1024);
    expect(taken.n).toBe(17); // 16 chunks make the limit, the 17th passes it
    expect(decode(got, 1024 * 1024)).toMatchObject({ ok: false, reason: expect.stringContaining('too large') });
  });

  it('reads a stream that ends to its end, NUL bytes after the first 8 KB included', async () => {
    const parts = [utf8('Ola Dahl said '), new Uint8Array(9000).fill(0x61), bytes(0), utf8(' so.')];
    const got = await readCapped((async function* () { yield* parts; })());
    expect(got.length).toBe(parts.reduce((n, p) => n + p.length, 0));
  });
});

