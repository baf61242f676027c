// JSON Lines are read a chunk at a time: lines, line numbers and characters come out as if
// the whole file had been decoded at once, whatever the chunk size.
import { closeSync, mkdtempSync, openSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Line, lines } from '../src/io/lines.js';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-lines-'));

function read(bytes: Uint8Array | string, chunk: number): { lines: Line[]; warnings: string[] } {
  const file = join(dir, 'f.jsonl');
  writeFileSync(file, bytes);
  const fd = openSync(file, 'r');
  const warnings: string[] = [];
  try {
    return { lines: [...lines(fd, (w) => warnings.push(w), chunk)], warnings };
  } finally {
    closeSync(fd);
  }
}

describe('lines of a file', () => {
  it('ends a line at LF, CRLF or a lone CR, drops a BOM opening a line, and says where each line ends', () => {
    const { lines: got } = read('\ufeffa\r\nb\rc\n\nd\n\ufeff\ufeffe', 2);
    expect(got.map((l) => [l.number, l.text])).toEqual([[1, 'a'], [2, 'b'], [3, 'c'], [4, ''], [5, 'd'], [6, '\ufeffe']]);
    expect(got.map((l) => l.at)).toEqual([6, 10, 10, 11, 13, 20]); // bytes, BOMs included
    // A BOM that ends the file opens no line, as a final line break does not.
    expect(read('\ufeff', 1).lines).toEqual([]);
    expect(read('a\n\ufeff', 2).lines.map((l) => l.text)).toEqual(['a']);
    expect(read('a\r\ufeff\r', 2).lines.map((l) => l.text)).toEqual(['a', '']);
  });

  it('decodes characters cut by a chunk boundary, and replaces invalid UTF-8 with one warning', () => {
    expect(read('ø😀\nå', 1).lines.map((l) => l.text)).toEqual(['ø😀', 'å']);
    const bad = read(new Uint8Array([0x61, 0xff, 0x0a, 0xfe, 0x62]), 3);
    expect(bad.lines.map((l) => l.text)).toEqual(['a\ufffd', '\ufffdb']);
    expect(bad.warnings).toEqual(['invalid UTF-8 bytes were replaced with U+FFFD']);
  });

  it('gives the lines of the whole decoded text, for any text and chunk size', () => {
    const text = fc.array(fc.constantFrom('a', 'é', '😀', '{"text":"x"}', ' ', '\n', '\r', '\r\n'), { maxLength: 40 }).map((p) => p.join(''));
    fc.assert(fc.property(text, fc.integer({ min: 1, max: 9 }), (t, chunk) => {
      const whole = t.replace(/\r\n?/g, '\n').split('\n');
      if (t.length && whole[whole.length - 1] === '') whole.pop(); // a final line break ends the last line
      if (!t.length) whole.pop();
      expect(read(t, chunk).lines.map((l) => l.text)).toEqual(whole);
    }));
  });
  it('decodes any bytes as the whole file would be decoded, invalid UTF-8 included', () => {
    const bytes = fc.array(fc.constantFrom(0x61, 0x0a, 0x0d, 0xe2, 0x82, 0xac, 0xc3, 0xa9, 0xff, 0xef, 0xbb, 0xbf), { minLength: 1, maxLength: 40 });
    fc.assert(fc.property(bytes, fc.integer({ min: 1, max: 9 }), (b, chunk) => {
      const raw = Uint8Array.from(b);
      const body = raw;
      const whole = new TextDecoder('utf-8', { ignoreBOM: true }).decode(body).replace(/\r\n?/g, '\n').split('\n')
        .map((l) => l.replace(/^\uFEFF/, '')); // a BOM opens any line (files concatenated)
      if (whole[whole.length - 1] === '') whole.pop();
      expect(read(raw, chunk).lines.map((l) => l.text)).toEqual(whole);
    }));
  });
});

describe('a JSON Lines file', () => {
  it('is read line by line: its articles, line numbers in diagnostics, and refusals as for any file', async () => {
    const file = join(dir, 'corpus.jsonl');
    writeFileSync(file, '{"id":"a","text":"The port is open, Vik said."}\r\n\r\nnot json\r\n{"text":"The ferry will sail, said Berg."}');
    const io = fakeIo();
    expect(await main(['list', file, '--format', 'json'], io)).toBe(1);
    const out = JSON.parse(io.stdout()) as { claims: Array<{ document: string; speaker: { name: string } }>; diagnostics: Array<{ file: string; code: string }> };
    expect(out.claims.map((c) => [c.document.replace(/.*#/, ''), c.speaker.name])).toEqual([['a', 'Vik'], ['4', 'Berg']]);
    expect(out.diagnostics).toMatchObject([{ file: `${file}:3`, code: 'E_JSONL' }]);
    for (const [content, reason] of [['', 'the file is empty'], [' \n \r\n', 'the file holds only white space'], ['{"text":"\u0000"}', 'the file looks binary']] as const) {
      writeFileSync(file, content);
      const bad = fakeIo();
      expect(await main(['list', file], bad)).toBe(1);
      expect(bad.stderr()).toContain(reason);
    }
  });

  it('reports ten malformed lines one by one, then how many more there are', async () => {
    const file = join(dir, 'noise.jsonl');
    writeFileSync(file, `${'not json\n'.repeat(25)}{"text":"The port is open, Vik said."}`);
    const io = fakeIo();
    expect(await main(['list', file, '--format', 'json'], io)).toBe(1);
    const { claims, diagnostics } = JSON.parse(io.stdout()) as { claims: unknown[]; diagnostics: Array<{ file: string; message: string }> };
    expect(claims).toHaveLength(1);
    expect(diagnostics.map((d) => d.file.replace(/.*noise/, 'noise'))).toEqual([...Array.from({ length: 10 }, (_, i) => `noise.jsonl:${i + 1}`), 'noise.jsonl']);
    expect(diagnostics[10]?.message).toBe('15 more malformed lines');
  });

  it('in UTF-16 is decoded whole, as any file', async () => {
    const file = join(dir, 'utf16.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":"x","text":"The port is open, Vik said."}\n', 'utf16le')]));
    const io = fakeIo();
    expect(await main(['list', file, '--format', 'ndjson'], io)).toBe(0);
    expect(io.stdout()).toContain(`"document":"${file}#x"`);
  });
});
