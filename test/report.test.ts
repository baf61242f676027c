/// <reference lib="dom" />
// claims report: a page safe for any input (parsed here, no browser needed), and the page as
// a reader sees it in a real browser (Debian's chromium, driven by puppeteer-core, which
// downloads no browser of its own): every claim marked once, the chart as compare says, the
// filter, no request leaving the page, and a screenshot.
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import type { Claim } from '../src/types.js';
import { fakeIo } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-report-'));
const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function report(args: string[]): Promise<string> {
  const out = join(dir, `r${Math.random().toString(36).slice(2)}.html`);
  const io = fakeIo();
  expect(await main(['report', ...args, '-o', out], io), io.stderr()).toBe(0);
  return out;
}

async function json<T>(args: string[]): Promise<T> {
  const io = fakeIo();
  await main([...args, '--format', 'json'], io);
  return JSON.parse(io.stdout()) as T;
}

describe('claims report: safe for any input', () => {
  it('lets no element, attribute or script of the input into the page', async () => {
    const hostile = join(dir, 'hostile.txt');
    writeFileSync(hostile, [
      'The port is <script>alert(1)</script> closed, said Ola "Dahl\' <b>Berg</b>.',
      '“A </script><img src=x onerror=alert(2)> test,” said Karin Vik.',
      '“See <a href="javascript:alert(3)">this</a> and \u2028 that,” said Karin Vik.',
    ].join('\n'));
    const html = readFileSync(await report([hostile]), 'utf8');
    const { document } = parseHTML(html);
    expect(document.querySelectorAll('script')).toHaveLength(2); // the data and ours
    expect(document.querySelectorAll('img, iframe, object, embed')).toHaveLength(0);
    // (The page's own <b> holds claim ids; the input's <b>Berg</b> is text.)
    expect((Array.from(document.querySelectorAll('b')) as Array<{ textContent: string }>).every((b) => /#\d+$/.test(b.textContent))).toBe(true);
    for (const el of Array.from(document.querySelectorAll('*')) as Array<{ attributes: ArrayLike<{ name: string; value: string }> }>) {
      for (const a of Array.from(el.attributes)) {
        expect(a.name.startsWith('on'), a.name).toBe(false);
        expect(a.value.trim().toLowerCase().startsWith('javascript:'), a.value).toBe(false);
      }
    }
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).not.toMatch(/https?:/);
    const data = document.getElementById('report-data')?.textContent ?? '';
    expect(data).not.toMatch(/[<>\u2028\u2029]/);
    expect(() => JSON.parse(data)).not.toThrow();
    expect(html).not.toMatch(/(?:src|href)="(?:https?:)?\/\//); // nothing to fetch
    expect(document.body.textContent).toContain('<script>alert(1)</script>'); // shown as text
  });

  it('refuses to print a page on a terminal, and writes it to a pipe', async () => {
    const tty = fakeIo({ isTTY: true });
    expect(await main(['report'], tty)).toBe(2);
    expect(tty.stderr()).toMatch(/^claims: Give the page a file/);
    const pipe = fakeIo();
    expect(await main(['report', 'fixtures/own/harbour-strike.txt'], pipe)).toBe(0);
    expect(pipe.stdout()).toMatch(/^<!doctype html>/);
  });
});

const browser = existsSync(CHROMIUM);
if (!browser && process.env.CI) throw new Error(`chromium is needed for the report tests (${CHROMIUM}); .ci/run installs it`);

describe.skipIf(!browser)('claims report in a real browser', () => {
  const open = async <T>(file: string, query: string, read: (page: import('puppeteer-core').Page) => Promise<T>): Promise<{ result: T; requests: string[] }> => {
    const puppeteer = (await import('puppeteer-core')).default;
    const b = await puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'], headless: true });
    try {
      const page = await b.newPage();
      await page.setViewport({ width: 1280, height: 800 });
      const requests: string[] = [];
      page.on('request', (r) => { requests.push(r.url()); });
      await page.goto(`file://${file}${query}`, { waitUntil: 'load' });
      return { result: await read(page), requests };
    } finally {
      await b.close();
    }
  };

  it('marks every claim once, with its speaker, draws the chart as compare does, and asks the network for nothing', async () => {
    for (const inputs of [[], ['fixtures/own']]) {
      const topics = inputs.length ? ['--topics', 'fixtures/own/strike-topic.json'] : [];
      const file = await report([...inputs, ...topics]);
      const { result, requests } = await open(file, '', (page) => page.evaluate(() => ({
        marked: Array.from(document.querySelectorAll('a.claim[id]')).map((a) => [(a as HTMLElement).dataset.claim, (a as HTMLElement).dataset.speaker]),
        bars: Array.from(document.querySelectorAll('figure.topic svg a')).map((a) => [a.closest('figure')!.getAttribute('data-topic'), a.getAttribute('data-source'), a.getAttribute('data-band')]),
        filter: !(document.getElementById('filter') as HTMLFormElement).hidden,
      })));
      const claims = (await json<{ claims: Claim[] }>(['list', ...inputs, ...topics])).claims;
      expect(result.marked).toEqual(claims.map((c) => [c.id, c.speaker?.id ?? '']));
      expect(new Set(result.marked.map(([id]) => id)).size).toBe(claims.length);
      const topic = inputs.length ? 'strike-spreads' : 'northern-front';
      const rows = (await json<{ rows: Array<{ source: { id: string }; band: string | null }> }>(['compare', ...inputs, ...topics, '--topic', topic])).rows;
      expect(result.bars.filter(([t]) => t === topic).map(([, s, b]) => [s, b])).toEqual(rows.filter((r) => r.band).map((r) => [r.source.id, r.band]));
      expect(result.filter).toBe(true); // the script ran
      expect(requests).toEqual([`file://${file}`]);
    }
  }, 60_000);

  it('filters by speaker and kind: the others lose their highlight, and come back', async () => {
    const file = await report([]);
    const claims = (await json<{ claims: Claim[] }>(['list'])).claims;
    const speaker = claims[0]!.speaker!.id;
    const { result } = await open(file, `?speaker=${speaker}`, async (page) => {
      const shown = (): Promise<string[]> => page.evaluate(() => Array.from(document.querySelectorAll('a.claim[id]:not(.off)')).map((a) => (a as HTMLElement).dataset.claim!));
      const one = await shown();
      await page.select('#filter select[name="speaker"]', '');
      const all = await shown();
      await page.select('#filter select[name="kind"]', 'direct');
      return { one, all, direct: await shown() };
    });
    expect(result.one).toEqual(claims.filter((c) => c.speaker?.id === speaker).map((c) => c.id));
    expect(result.all).toHaveLength(claims.length);
    expect(result.direct).toEqual(claims.filter((c) => c.kind === 'direct').map((c) => c.id));
  }, 60_000);

  it('shows a claim\'s card when it is clicked, and takes a screenshot of the seeds\' report at 1280×800', async () => {
    const file = await report([]);
    const shot = join(dir, 'seeds-report.png');
    const { result } = await open(file, '', async (page) => {
      await page.screenshot({ path: shot });
      await page.click('a.claim[id="000_636c16dcb16e4523-13"]');
      return page.evaluate(() => {
        const card = document.getElementById('card-000_636c16dcb16e4523-13')!;
        return { shown: getComputedStyle(card).display !== 'none', text: card.textContent };
      });
    });
    expect(result.shown).toBe(true);
    expect(result.text).toContain('Arne Bård Dalhaug');
    // Focused (from the keyboard), a claim shows its paragraph's cards.
    const { result: focused } = await open(file, '', async (page) => {
      await page.focus('a.claim[id="000_636c16dcb16e4523-13"]');
      return page.evaluate(() => getComputedStyle(document.getElementById('card-000_636c16dcb16e4523-13')!).display !== 'none');
    });
    expect(focused).toBe(true);
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  }, 60_000);

  // (Its load time is measured by `npm run bench`, not here: a timed test fails on a busy machine.)
  it('makes a report of 1,000 articles under 20 MB that opens with every claim marked', async () => {
    const corpus = join(dir, 'corpus');
    mkdirSync(corpus);
    const texts = ['fixtures/own/harbour-strike.txt', 'fixtures/own/island-ferry.txt'].map((f) => readFileSync(f, 'utf8'));
    for (let i = 0; i < 1000; i++) writeFileSync(join(corpus, `a${String(i).padStart(4, '0')}.txt`), texts[i % 2]!.replace(/Monday/g, `Monday ${i}`));
    const file = await report([corpus]);
    expect(statSync(file).size).toBeLessThan(20 * 2 ** 20);
    const { result } = await open(file, '', (page) => page.evaluate(() => document.querySelectorAll('a.claim[id]').length));
    expect(result).toBeGreaterThan(10_000);
  }, 180_000);
});
