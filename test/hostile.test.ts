// Hostile and broken input, generated here (no large files are committed): every claim is
// the input sliced at its span, nothing throws, control characters never reach a terminal,
// and the worst shapes finish in time linear in their size.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawn } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LONG_RUN, getTagger, longRun, placesFromSpaces, placesIn } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { compileTopics } from '../src/pipeline/classify/index.js';
import { loadTopics } from '../src/io/topics.js';
import { main } from '../src/main.js';
import { fromMarkdown } from '../src/io/formats.js';
import { fromGiantHtml, fromHtml } from '../src/io/html.js';
import { fakeIo } from './helpers.js';

const topics = compileTopics(loadTopics());
const analyzeText = (text: string) => analyze({ id: 'h', path: 'h.txt', text }, getTagger(), topics);

/** Text that looks like news with every mark the rules read, in any order. */
const newsish = fc.array(fc.constantFrom(
  'Ola Dahl', ' said', ' says', ' told ', 'Radio Nord', ':', ',', '.', 'KARIN VIK: ', '\nVik: ', ' If ', ' promised to ', ' van ', ' al-', ' “', '”', ' "', "''", '«', '»', '‘', '’',
  '\n', '\n\n', '– ', '— ', ' he', ' the ministry', ' according to ', ' that ', ' if ', ' unlikely', ' attack',
  ' Belarus', ' (ISR)', ' citing ', ' This is reported by ', '\r\n', '\u0000', '\u001b[31m', ' ', 'word',
), { maxLength: 80 }).map((parts) => parts.join(''));

describe('any string', () => {
  it('gives claims whose text is the input at their span, inside the input, and never throws', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 200 }), newsish), (text) => {
      for (const c of analyzeText(text).claims) {
        expect(c.span.start).toBeGreaterThanOrEqual(0);
        expect(c.span.end).toBeLessThanOrEqual(text.length);
        expect(c.span.end).toBeGreaterThan(c.span.start);
        expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
      }
    }), { numRuns: 1000 });
  });
});

describe('token offsets', () => {
  it('every token of any string is the input at its offsets', () => {
    const spaced = fc.array(fc.constantFrom('a', 'Ola', "can't", '.', '“', '’s', ' ', '  ', '\u00a0', '\u2003', '\t', '\n', '\r\n', '\u200b', '\ufeff', '😀', 'e\u0301'), { maxLength: 60 }).map((p) => p.join(''));
    fc.assert(fc.property(fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 120 }), spaced), (text) => {
      for (const t of getTagger()(text).tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    }), { numRuns: 1000 });
  });

  it('a long run with no white space is one token of its own, among words the tagger read', () => {
    const blob = BASE64.repeat(10);
    const text = `The ferry left.\nCode: ${blob} was pasted here.\n“Fine,” said Ola Dahl.`;
    const { tokens, sentences } = getTagger()(text);
    const run = tokens.find((t) => t.text === blob);
    expect(run).toMatchObject({ start: text.indexOf(blob), pos: 'X', normal: blob.toLowerCase() });
    const k = tokens.indexOf(run!);
    expect(sentences).toContainEqual([k, k + 1]);
    expect(tokens.map((t) => t.text)).toEqual(expect.arrayContaining(['Code', ':', 'was', 'pasted', 'Ola', 'Dahl']));
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(analyzeText(text).claims.map((c) => [c.speaker?.name, c.text])).toEqual([['Ola Dahl', 'Fine']]);
  });

  it('longRun: the first run of LONG_RUN characters or more with no white space, wherever it starts', () => {
    const run = 'x'.repeat(LONG_RUN);
    expect(longRun(`a ${run} b`, 0)).toEqual([2, 2 + LONG_RUN]);
    expect(longRun(run, 0)).toEqual([0, LONG_RUN]); // the whole text
    expect(longRun(`${'word '.repeat(300)}${run}\t${run}y`, 0)).toEqual([1500, 1500 + LONG_RUN]);
    expect(longRun(`${run}\t${run}y`, LONG_RUN + 1)).toEqual([LONG_RUN + 1, 2 * LONG_RUN + 2]); // from an offset
    expect(longRun(`${'x'.repeat(LONG_RUN - 1)} `.repeat(50), 0)).toBeNull(); // each one short
    expect(longRun(`${'x'.repeat(LONG_RUN - 1)}\u00a0${'x'.repeat(LONG_RUN - 1)}`, 0)).toBeNull(); // any white space ends one
    for (let shift = 0; shift < 7; shift++) expect(longRun(`${' '.repeat(shift * 37)}${run}`, 0)).toEqual([shift * 37, shift * 37 + LONG_RUN]);
  });

  it('are found in the text across white space, with the line breaks in it', () => {
    const at = placesIn('Hi  there,\n friend', ['Hi', 'there', ',', 'friend']);
    expect([...at!.starts]).toEqual([0, 4, 9, 12]);
    expect([...at!.newlineBefore]).toEqual([0, 0, 0, 1]);
  });

  it('fall back to wink\'s own spacing when a token is not where it should be', () => {
    expect(placesIn('Hi there', ['Hi', 'where'])).toBeNull(); // not in the text
    expect(placesIn('Hi x there', ['Hi', 'there'])).toBeNull(); // more than white space before it
    const at = placesFromSpaces(['Hi', 'there', 'friend'], ['', '  ', '\u00a0\n']);
    expect([...at.starts]).toEqual([0, 4, 11]);
    expect([...at.newlineBefore]).toEqual([0, 0, 1]);
  });
});

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Runs analyze and returns seconds per MB. */
function secondsPerMb(text: string): number {
  const t0 = performance.now();
  analyzeText(text);
  return (performance.now() - t0) / 1000 / (text.length / 1e6);
}

describe('size and shape', () => {
  const article = '“We will not give in,” said union leader Marta Eklund. The port authority says the strike is unlawful.\n– Nobody wants a long strike, says Ola Dahl.\n';

  it('a 5 MB file of articles, and each worst shape, within 5x the time per MB of plain text', () => {
    const plain = secondsPerMb(article.repeat(Math.ceil(5e6 / article.length)));
    const worst = {
      oneLine: secondsPerMb(article.replace(/\n/g, ' ').repeat(Math.ceil(5e6 / article.length))),
      unclosed: secondsPerMb('“a '.repeat(400_000)),
      tenThousandOpenQuotes: secondsPerMb('He said “no. '.repeat(10_000)),
      alternating: secondsPerMb('– “x” – «y» – ‘z’ —\n'.repeat(40_000)),
      // A blob with no space (base64, a minified script): the tagger's tokenizer takes time in
      // the square of a word's length, so such a run is never given to it.
      noSpace: secondsPerMb(BASE64.repeat(20_000)),
      // Runs just short of that, which the tagger still reads.
      runsJustShort: secondsPerMb(`${BASE64.repeat(8).slice(0, LONG_RUN - 1)} `.repeat(2_000)),
    };
    for (const [shape, s] of Object.entries(worst)) expect(s, shape).toBeLessThan(plain * 5 + 1);
  }, 240_000);

  it('Markdown lines of link and emphasis marks that close nothing, within 5x the time per MB of plain Markdown', () => {
    const perMb = (md: string): number => {
      const t0 = performance.now();
      fromMarkdown(md);
      return (performance.now() - t0) / 1000 / (md.length / 1e6);
    };
    const plain = perMb('The [port](https://port.example) is **closed**, said *Ola Dahl*.\n'.repeat(8_000));
    for (const unit of ['[', '[a](', '*x ', '_x ', '`x ', '**x ', '[a](b "']) {
      expect(perMb(unit.repeat(Math.ceil(200_000 / unit.length))), unit).toBeLessThan(plain * 5 + 1);
    }
  });

  it('HTML with tags that never close, many "<", nested tables: within 5x the time per MB of a plain page', () => {
    const perMb = (html: string, read: (h: string) => unknown): number => {
      const t0 = performance.now();
      read(html);
      return (performance.now() - t0) / 1000 / (html.length / 1e6);
    };
    const paragraph = '<p>The harbour board met on Monday and said the ferry would run again, said Ola Dahl.</p>\n';
    for (const read of [fromHtml, fromGiantHtml]) {
      const plain = perMb(`<html><body><article>${paragraph.repeat(5_000)}</article></body></html>`, read);
      for (const unit of ['a < ', 'a &amp; ', 'a line<br>', '<a ', '<script>', '<!--', '<title', '<table><tr><td>', '<div>']) {
        expect(perMb(unit.repeat(Math.ceil(200_000 / unit.length)), read), `${read.name}: ${unit}`).toBeLessThan(plain * 5 + 1);
      }
    }
  }, 120_000);

  it('a directory of 20,000 tiny files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-many-'));
    mkdirSync(join(dir, 'news'));
    for (let i = 0; i < 20_000; i++) writeFileSync(join(dir, 'news', `${i}.txt`), `“Fine, ${i},” said Ola Dahl.\n`);
    const io = fakeIo();
    const code = await main(['list', join(dir, 'news'), '--format', 'ndjson'], io);
    expect(code).toBe(0);
    expect(io.stdout().trim().split('\n')).toHaveLength(20_000);
  }, 240_000);
});

describe('terminal and pipes', () => {
  it('never prints control characters or escape sequences from the input, in tables, show or messages', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-esc-'));
    const nasty = join(dir, 'x\u001b[2Jy.txt');
    writeFileSync(nasty, '“Run \u001b]0;pwned\u0007 now \r\b,” said Ola\u001b[31m Dahl.\n');
    for (const argv of [['list', nasty], ['sources', nasty], ['show', 'x\u001b[2Jy#1', nasty], ['list', nasty, join(dir, 'gone\u0007.txt')]]) {
      const io = fakeIo();
      await main(argv, io);
      expect(io.stdout() + io.stderr()).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u009b]/);
    }
  });

  it('escapes control characters in JSON as JSON does', async () => {
    const io = fakeIo({ stdin: '“A \u0007bell,” said Ola Dahl.' });
    await main(['list', '-', '--format', 'json'], io);
    expect(io.stdout()).toContain('A \\u0007bell');
  });

  it('ends quietly when the reader of a pipe goes away (claims list | head -1)', async () => {
    const child = spawn('bash', ['-c', 'node bin/claims.js list --format ndjson | head -1 > /dev/null; echo "${PIPESTATUS[0]}"'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    await new Promise((resolve) => child.on('close', resolve));
    expect(out.trim()).toBe('0');
    expect(err).toBe('');
  }, 30_000);

  it('stops at once with status 130 on Ctrl-C', async () => {
    const child = spawn('node', ['bin/claims.js', 'list', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    // Ready signal: a megabyte written to its input (many times a pipe's buffer) is flushed
    // only as the CLI reads it, so by then it runs and has its handler; the input stays open.
    await new Promise<void>((resolve) => child.stdin.write('The port is open. '.repeat(60_000), () => resolve()));
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (c) => resolve(c)));
    expect(code).toBe(130);
  }, 30_000);
});

