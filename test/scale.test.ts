// Corpus scale: worker threads give the same output in the same order, streaming hands each
// article on in input order without keeping it, and --jobs is checked.
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { analyzeInputs } from '../src/commands/analyze.js';
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

  it('--help and --version do not load the NLP model; a command that reads text does', () => {
    expect(loads('--help')).not.toContain('wink-nlp');
    expect(loads('--version')).not.toContain('wink-nlp');
    expect(loads('list', 'fixtures/own/harbour-strike.txt', '--format', 'json')).toContain('wink-nlp');
  }, 30_000);
});

describe('streaming', () => {
  it('hands each article on in input order and keeps none of them', async () => {
    const seen: string[] = [];
    const run = await analyzeInputs([join(dir, 'news')], fakeIo(), { stream: (a) => seen.push(a.article.id) });
    expect(seen).toEqual(Array.from({ length: 24 }, (_, i) => `n${String(i).padStart(2, '0')}`));
    expect(run.analyses).toEqual([]);
    expect(run.claims).toEqual([]);
  });

  it('prints the table header once for the whole run', async () => {
    const io = fakeIo();
    await main(['list', join(dir, 'news'), '--jobs', '1'], io);
    expect(io.stdout().match(/Speaker\s+Kind/g)).toHaveLength(1);
  });
});
