// Corpus scale: worker threads give the same output in the same order, streaming hands each
// article on in input order without keeping it, and --jobs is checked.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { analyzeInputs, progressBar, progressLine, workerCount } from '../src/commands/analyze.js';
import { PIECE_CHARS } from '../src/pipeline/index.js';
import { eachArticle, expandInputs } from '../src/io/read.js';
import { renderTable } from '../src/render/table.js';
import { makeStyle } from '../src/render/style.js';
import { fakeIo } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-scale-'));
mkdirSync(join(dir, 'news'));
const seeds = ['seeds/000_636c16dcb16e4523.txt', 'seeds/003_c390e22de8a25d7d.txt', 'fixtures/own/harbour-strike.txt'].map((f) => readFileSync(f, 'utf8'));
for (let i = 0; i < 24; i++) writeFileSync(join(dir, 'news', `n${String(i).padStart(2, '0')}.txt`), seeds[i % 3]!.replace(/Monday/g, `Monday ${i}`));

async function ndjson(jobs: string): Promise<string> {
  const io = fakeIo();
  expect(await main(['list', join(dir, 'news'), '--format', 'ndjson', '--jobs', jobs], io)).toBe(0);
  return io.stdout();
}

describe('--jobs', () => {
  it('worker threads give byte-identical output in input order', async () => {
    const one = await ndjson('1');
    expect(await ndjson('2')).toBe(one);
    expect(one.trim().split('\n').length).toBeGreaterThan(24 * 10);
  }, 60_000);

  it('articles go to workers in batches: a last batch half-filled, more workers than full batches', async () => {
    mkdirSync(join(dir, 'seven'));
    for (let i = 0; i < 7; i++) writeFileSync(join(dir, 'seven', `s${i}.txt`), seeds[i % 3]!.replace(/Monday/g, `Tuesday ${i}`));
    const run = async (jobs: string): Promise<string> => {
      const io = fakeIo();
      expect(await main(['list', join(dir, 'seven'), '--format', 'ndjson', '--jobs', jobs], io)).toBe(0);
      return io.stdout();
    };
    const one = await run('1');
    expect(await run('3')).toBe(one);
    expect(new Set(one.trim().split('\n').map((l) => (JSON.parse(l) as { document: string }).document)).size).toBe(7);
  }, 60_000);

  it('sources and compare take --jobs too, with the same result', async () => {
    for (const command of ['sources', 'compare']) {
      const [one = '', two] = await Promise.all(['1', '2'].map(async (jobs) => {
        const io = fakeIo();
        expect(await main([command, join(dir, 'news'), '--format', 'json', '--jobs', jobs], io)).toBe(0);
        return io.stdout();
      }));
      expect(two).toBe(one);
      expect(one.length).toBeGreaterThan(1000);
    }
  }, 60_000);

  it('by default uses a worker a core on four cores or more, once the text pays for them; --jobs N asks for N', async () => {
    const corpus = join(dir, 'corpus.jsonl');
    const lines: string[] = [];
    for (let i = 0, bytes = 0; bytes < 4.4 * 1024 * 1024; i++) {
      lines.push(JSON.stringify({ id: `a${i}`, text: seeds[i % 3]!.replace(/Monday/g, `Monday ${i}`) }));
      bytes += lines[i]!.length;
    }
    writeFileSync(corpus, lines.join('\n'));
    const many = join(dir, 'many');
    mkdirSync(many);
    lines.forEach((l, i) => writeFileSync(join(many, `m${i}.txt`), (JSON.parse(l) as { text: string }).text));
    const giant = join(dir, 'giant.txt'); // one article, however large: no gain from workers
    writeFileSync(giant, lines.join('\n\n'));
    const count = async (inputs: string[], jobs: number | 'auto', cores?: number): Promise<number> => workerCount((await expandInputs(inputs)).paths, jobs, cores);
    const auto = (inputs: string[], cores: number): Promise<number> => count(inputs, 'auto', cores);
    expect(await auto([corpus], 4)).toBe(4); // one JSON Lines corpus of 4.4 MB
    expect(await auto([many], 4)).toBe(4); // the same as files
    expect(await auto([corpus], 2)).toBe(1); // two cores: no gain (measured), one thread
    expect(await auto([corpus], 5)).toBe(1); // under a megabyte a worker
    expect(await auto([join(dir, 'news')], 4)).toBe(1); // 24 files, but 0.2 MB: one thread is faster
    expect(await auto([giant], 4)).toBe(1);
    expect(await auto([corpus], 1)).toBe(1); // one core
    expect(await count([join(dir, 'news')], 2)).toBe(2); // asked for
    expect(await count([giant], 2)).toBe(1); // asked for, but one article
    expect(await count([corpus], 3)).toBe(3);
    const run = async (jobs: string): Promise<string> => {
      const io = fakeIo();
      expect(await main(['list', corpus, '--format', 'ndjson', '--jobs', jobs], io)).toBe(0);
      return io.stdout();
    };
    expect(await run('2')).toBe(await run('1'));
  }, 60_000);

  it('fails cleanly with workers running: the error reaches the caller, the process ends', () => {
    // Printing fails (the stream callback throws): before, that escaped the workers' message
    // event as an uncaught exception. Reading fails: before, the live workers kept the
    // process running after the error was reported.
    const script = join(dir, 'fail.mjs');
    const news = JSON.stringify(join(dir, 'news'));
    writeFileSync(script, `const { analyzeInputs } = await import(${JSON.stringify(new URL('../dist/commands/analyze.js', import.meta.url).href)});
      const io = (stdin) => ({ out() {}, err() {}, columns: 80, isTTY: false, errIsTTY: false, env: {}, stdin, stdinKind: () => 'other' });
      const report = (e) => console.log('failed:', e.message);
      await analyzeInputs([${news}], io(async () => new Uint8Array()), { jobs: 2, stream() { throw new Error('printing'); } }).catch(report);
      await analyzeInputs([${news}, '-'], io(() => { throw new Error('reading'); }), { jobs: 2, stream() {} }).catch(report);`);
    const r = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 30_000 });
    expect(r.signal).toBeNull(); // not killed by the timeout
    expect(r.stdout.trim().split('\n')).toEqual(['failed: printing', 'failed: reading']);
  }, 40_000);

  it('rejects a job count that is not a whole number', async () => {
    const io = fakeIo();
    expect(await main(['list', '--jobs', '0'], io)).toBe(2);
    expect(io.stderr()).toContain('--jobs expects a whole number of at least 1');
  });
});

describe('start-up', () => {
  // NODE_DEBUG=module logs every CommonJS package node loads; wink-nlp and its model are.
  const loads = (...args: string[]): string =>
    spawnSync(process.execPath, ['bin/claims.js', ...args], { encoding: 'utf8', env: { ...process.env, NODE_DEBUG: 'module' } }).stderr;

  it('the V8 flags the CLI sets (pretenuring, inlining) are known to this Node: a run prints nothing on stderr', () => {
    // V8 writes "unrecognized flag" to stderr itself, for every run, if a Node drops one.
    const r = spawnSync(process.execPath, ['bin/claims.js', 'list', join(dir, 'news', 'n00.txt'), '--format', 'ndjson'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trim().split('\n').length).toBeGreaterThan(3);
  }, 60_000);

  it('--help and --version do not load the NLP model; a command that reads text does', () => {
    expect(loads('--help')).not.toContain('wink-nlp');
    expect(loads('--version')).not.toContain('wink-nlp');
    expect(loads('list', 'fixtures/own/harbour-strike.txt', '--format', 'json')).toContain('wink-nlp');
  }, 30_000);
});

describe('streaming', () => {
  it.each(['1', '2'])('prints the first articles\' claims while a later input has not been written yet (--jobs %s)', async (jobs) => {
    const fifo = join(dir, `later-${jobs}.txt`);
    execFileSync('mkfifo', [fifo]);
    const io = fakeIo();
    // Workers take articles in batches, but one at a time when streaming.
    const running = main(['list', join(dir, 'news', 'n00.txt'), fifo, '--format', 'ndjson', '--jobs', jobs, '--stream'], io);
    // Nothing writes to the pipe until the first file's claims are out (or ten seconds have
    // passed): a run that held its output until every input was read would show none here.
    for (let i = 0; i < 200 && !io.stdout().includes('n00.txt'); i++) await new Promise((r) => setTimeout(r, 50));
    const before = io.stdout().trim().split('\n').filter(Boolean).length;
    // The pipe is written whatever happened, so a failing run still ends.
    const writer = spawn('sh', ['-c', `cat '${join(dir, 'news', 'n01.txt')}' > '${fifo}'`]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    expect(await running).toBe(0);
    expect(await written).toBe(0);
    expect(before).toBeGreaterThan(5);
    expect(io.stdout().trim().split('\n').length).toBeGreaterThan(before);
  }, 30_000);

  it('hands each article on in input order and keeps none of them', async () => {
    const seen: string[] = [];
    const run = await analyzeInputs([join(dir, 'news')], fakeIo(), { stream: (a) => seen.push(a.article.id) });
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => `n${String(i).padStart(2, '0')}`));
    expect(run.analyses).toEqual([]);
    expect(run.claims).toEqual([]);
  });

  it('prints the table header once for the whole run', async () => {
    const io = fakeIo();
    await main(['list', join(dir, 'news'), '--jobs', '1', '--stream'], io);
    expect(io.stdout().match(/Speaker\s+Kind/g)).toHaveLength(1);
  });
});

describe('progress line', () => {
  const tty = (env: NodeJS.ProcessEnv = {}) => ({ ...fakeIo({ env }), errIsTTY: true });

  it('shows "done/total files" on a terminal once a run passes two seconds, and clears it', () => {
    let now = 0;
    const io = tty();
    const p = progressLine(io, () => now);
    p.update(1, 10);
    expect(io.stderr()).toBe(''); // a short run shows nothing
    now = 2500;
    p.update(4, 10);
    now = 2550;
    p.update(5, 10); // at most ten redraws a second
    expect(io.stderr()).toBe(`\r${progressBar(4, 10, 120)}`);
    p.done();
    expect(io.stderr()).toBe(`\r${progressBar(4, 10, 120)}\r\u001b[K`);
  });

  it('draws a bar that fits the terminal', () => {
    expect(progressBar(412, 1000, 120)).toBe(`[${'='.repeat(12)}${' '.repeat(18)}] 41% 412/1000 files`);
    expect(progressBar(10, 10, 120)).toBe(`[${'='.repeat(30)}] 100% 10/10 files`);
    expect(progressBar(1, 3, 30)).toHaveLength(29); // the last column stays free: a full line wraps
    expect(progressBar(1, 3, 10)).toBe('33% 1/3 files'); // no room for a bar
    expect(progressBar(0.5, 1, 40)).toBe(`[${'='.repeat(15)}${' '.repeat(15)}] 50%`); // halfway through one file
  });

  it('moves through a JSON Lines file article by article, giving the event loop turns', async () => {
    const file = join(dir, 'many.jsonl');
    writeFileSync(file, Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: `a${i}`, text: `Officials said ${i} ships are due.` })).join('\n'));
    const shares: number[] = [];
    let turns = 0;
    const timer = setInterval(() => turns++, 5);
    const turnsSeen: number[] = [];
    await eachArticle([file], await expandInputs([file]), async () => new Uint8Array(), () => {
      const t = Date.now();
      while (Date.now() - t < 25); // a slow article, analysed synchronously
      turnsSeen.push(turns);
    }, (done) => shares.push(done));
    clearInterval(timer);
    // The file's share read so far after each article: eight steps of equal lines.
    expect(shares.map((x) => Math.round(x * 8))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
    expect(shares[8]).toBe(1);
    // Ctrl-C and worker messages are served within a file, not only between files.
    expect(turnsSeen[turnsSeen.length - 1]).toBeGreaterThan(0);
  });

  it('for one file, draws only as it moves within it (a JSON Lines file, a giant text)', () => {
    let now = 0;
    const io = tty();
    const p = progressLine(io, () => now);
    now = 3000;
    p.update(0, 1); // the file begins: a count of files says nothing
    expect(io.stderr()).toBe('');
    p.update(0.25, 1);
    expect(io.stderr()).toBe(`\r${progressBar(0.25, 1, 120)}`);
    expect(progressBar(0.25, 1, 120)).toMatch(/\] 25%$/);
  });

  it('gives the event loop turns within a giant text (Ctrl-C, the progress line), not only after it', async () => {
    // Six pieces: with a turn between pieces, no wait for a timer is longer than about a
    // piece's analysis. Read whole in one go, one wait was the whole run (Ctrl-C took 9 s on
    // a text of 20 MB).
    const file = join(dir, 'giant.txt');
    writeFileSync(file, 'The harbour board said on Monday that the quay would open again, said Ola Dahl.\n'.repeat(Math.ceil((5.5 * PIECE_CHARS) / 80)));
    const ticks: number[] = [];
    const timer = setInterval(() => ticks.push(performance.now()), 1);
    const t0 = performance.now();
    const run = await analyzeInputs([file], fakeIo());
    const t1 = performance.now();
    clearInterval(timer);
    expect(run.claims.length).toBeGreaterThan(3000);
    const waits = [t0, ...ticks.filter((t) => t > t0 && t < t1), t1].map((t, i, all) => (i ? t - all[i - 1]! : 0));
    expect(Math.max(...waits)).toBeLessThan((t1 - t0) / 2);
  }, 60_000);

  it('never draws when stderr is no terminal or in CI', () => {
    for (const io of [fakeIo(), tty({ CI: 'true' })]) {
      let now = 0;
      const p = progressLine(io, () => now);
      now = 5000;
      p.update(3, 10);
      p.done();
      expect(io.stderr()).toBe('');
    }
  });
});

describe('output of a whole corpus', () => {
  it('a table of many rows: one header, every row, columns aligned (rendered in blocks)', () => {
    const rows = Array.from({ length: 250 }, (_, i) => [`source ${i}`, i % 2 ? 'person' : 'media', 'x'.repeat(i % 7)]);
    const text = renderTable([{ header: 'Source', width: 12 }, { header: 'Type', width: 8 }, { header: 'Note' }], rows, makeStyle({ isTTY: false, env: {} }), 80);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(251);
    expect(lines.filter((l) => l.startsWith('Source'))).toHaveLength(1);
    // Columns as wide as their widest cell (up to their width): the same in every block.
    expect(lines[250]).toBe('source 249  person  xxxx');
    expect(new Set(lines.slice(1).map((l) => l.indexOf(l.includes('person') ? 'person' : 'media')))).toEqual(new Set([12]));
  });

  it('compare gives the first claim id in the table, then how many more; JSON keeps all', async () => {
    const file = join(dir, 'union.jsonl');
    writeFileSync(file, Array.from({ length: 10 }, (_, i) => JSON.stringify({ id: `d${i}`, text: 'The union said the dock strike will spread to other ports.' })).join('\n'));
    const args = ['compare', file, '--topics', 'fixtures/own/strike-topic.json', '--topic', 'strike-spreads'];
    const table = fakeIo();
    expect(await main(args, table)).toBe(0);
    expect(table.stdout()).toMatch(/union\S*#d0#1 \+9/);
    const json = fakeIo();
    await main([...args, '--format', 'json'], json);
    expect((JSON.parse(json.stdout()) as { rows: Array<{ evidence: string[] }> }).rows[0]?.evidence).toHaveLength(10);
  });

  it('compare names twenty sources a line under "No band stated", then how many more', async () => {
    const file = join(dir, 'unions.jsonl');
    const words = 'Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel India Juliett Kilo Lima Mike Oscar Papa Quebec Romeo Sierra Tango Uniform Victor Whiskey Xray Yankee';
    writeFileSync(file, words.split(' ').map((w) => JSON.stringify({ text: `Dock Union ${w} said the dock strike will spread to other ports.` })).join('\n'));
    const args = ['compare', file, '--topics', 'fixtures/own/strike-topic.json', '--topic', 'strike-spreads'];
    const json = fakeIo();
    await main([...args, '--format', 'json'], json);
    const sources = (JSON.parse(json.stdout()) as { rows: unknown[] }).rows.length;
    expect(sources).toBeGreaterThan(20);
    const io = fakeIo();
    expect(await main(args, io)).toBe(0);
    // Wrapped to the terminal, the list goes on under its label.
    const out = io.stdout();
    const list = out.slice(out.indexOf('Dock Union Alpha,'), out.indexOf(')', out.indexOf('(+')) + 1).replace(/\s+/g, ' ');
    expect(list.split(', ')).toHaveLength(21);
    expect(list.endsWith(`, (+${sources - 20})`)).toBe(true);
  });
});

describe('a slow reader', () => {
  it('gets every NDJSON line, in order, from a run whose output is many times the pipe\'s buffer', async () => {
    // 24 articles give some 250 lines; read through a pipe that is not read for a while,
    // the writer must wait for it (printLines and Io.drain) and still lose nothing.
    const expected = await ndjson('1');
    expect(expected.length).toBeGreaterThan(128 * 1024); // more than a pipe holds
    const child = spawn(process.execPath, ['bin/claims.js', 'list', join(dir, 'news'), '--format', 'ndjson', '--jobs', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pause(); // nothing is read at first: the pipe fills and the writer waits
    await new Promise((r) => setTimeout(r, 1500));
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    child.stdout.resume();
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(code).toBe(0);
    expect(Buffer.concat(chunks).toString('utf8')).toBe(expected);
  }, 60_000);
});
