// The terminal experience (issue 20): output that fits the terminal, a progress line that
// never shares a line with output, ids a reader can pass to claims show, and one id a
// source in every format.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { progressLine } from '../src/commands/analyze.js';
import { capped, cut, fit } from '../src/render/table.js';
import { wrap } from '../src/render/wrap.js';
import { claimsNamed, shortClaimId } from '../src/views/claim-ids.js';
import type { Claim } from '../src/types.js';
import { renderScale, ruler } from '../src/render/scale.js';
import { makeStyle } from '../src/render/style.js';
import { type CompareRow, compareRows } from '../src/views/compare.js';
import { fakeIo } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'claims-terminal-'));
// A small folder of our own: one person named in full in one article and by surname in others.
const folder = join(dir, 'news');
writeFileSync(join(dir, 'placeholder'), '');
const texts = [
  'Harbour director Vera Lindqvist-Aaberg said on Monday that the northern quay will stay closed until the storm damage has been repaired, which could take several weeks.',
  '“The repairs are going faster than we feared,” Lindqvist-Aaberg told the Coastal Times. The union’s long-serving spokesperson, Karl Holm, said the workers were not consulted about the plan.',
  'The ferry company said the timetable would change. “We will add a second boat in the evenings,” Lindqvist-Aaberg said.',
];
import { mkdirSync } from 'node:fs';
mkdirSync(folder);
texts.forEach((t, i) => writeFileSync(join(folder, `a-rather-long-article-name-number-${i}.txt`), t));

const widest = (text: string): number => Math.max(0, ...text.split('\n').map((l) => [...l].length));
const at = (columns: number) => ({ ...fakeIo(), columns });

describe('output fits the terminal', () => {
  const commands: string[][] = [
    ['list'], ['sources'], ['compare'], ['topics'], ['show', '000_636c16dcb16e4523#3'], ['eval', 'fixtures', '--texts', 'seeds', '-v'],
    ['list', folder], ['sources', folder], ['list', folder, '--stream'],
  ];
  for (const columns of [40, 80, 120]) {
    it.each(commands)(`at ${columns} columns: claims %s …`, async (...args) => {
      const io = at(columns);
      const base = fakeIo();
      Object.assign(io, { stdout: base.stdout }); // (the spread copied the closures; keep one pair)
      const out: string[] = [];
      const tty = { ...io, out: (t: string) => { out.push(t); } };
      expect(await main(args, tty)).toBe(0);
      expect(widest(out.join(''))).toBeLessThan(columns);
    });
  }

  it('on a narrow terminal, cuts ids in the middle, as claims show takes them, and keeps room for the text', async () => {
    const out: string[] = [];
    const io = { ...at(40), out: (t: string) => { out.push(t); } };
    expect(await main(['list'], io)).toBe(0);
    const first = out.join('').split('\n')[1]!;
    const id = /(\S+#\d+)\s*$/.exec(first)?.[1] ?? '';
    expect(id).toMatch(/^000_.*….*#1$/);
    expect(first.indexOf(id) - first.search(/\s{2}\S/)).toBeGreaterThan(12); // the claim's column between speaker and id
    const shown: string[] = [];
    expect(await main(['show', id], { ...at(40), out: (t: string) => { shown.push(t); } })).toBe(0);
    expect(shown.join('')).toMatch(/^000_636c16dcb16e4523#1\nseeds\/000_636c16dcb16e4523\.txt:\d+\n/); // id and place: two lines at 40
  });

  it('leaves out the columns of least value first, and keeps the text readable', () => {
    const columns = [{ header: 'Speaker', width: 20, min: 12 }, { header: 'Kind', width: 8, drop: 1 }, { header: 'Cue', width: 12, drop: 2 }, { header: 'Claim' }, { header: 'Id', width: 22 }];
    const rows = [['Vera Lindqvist-Aaberg', 'indirect', 'reported', 'a claim long enough to need the room', 'a-rather-long-name#12']];
    const shown = (width: number): string[] => fit(columns, rows, width).map((p) => columns[p.index]!.header);
    expect(shown(140)).toEqual(['Speaker', 'Kind', 'Cue', 'Claim', 'Id']);
    expect(shown(80)).toEqual(['Speaker', 'Kind', 'Claim', 'Id']); // the cue goes first
    expect(shown(60)).toEqual(['Speaker', 'Claim', 'Id']);
    for (const width of [60, 80, 140]) {
      const placed = fit(columns, rows, width);
      expect(placed.reduce((n, p) => n + p.width, 0) + 2 * (placed.length - 1)).toBeLessThan(width);
      // (At 60 the id and the speaker at its minimum leave the text a little less.)
      expect(placed.find((p) => p.flex)!.width).toBeGreaterThanOrEqual(width === 60 ? 20 : 24);
    }
  });

  it('on a very wide terminal the text column is as wide as its widest cell, no wider', () => {
    const columns = [{ header: 'Speaker', width: 20 }, { header: 'Claim' }, { header: 'Id', width: 10 }];
    const rows = [['Ola Dahl', 'the quay is shut', 'q#1'], ['Vera Lind', 'the ferry will run again on Friday', 'q#2']];
    expect(fit(columns, rows, 10_000).map((p) => p.width)).toEqual([9, 34, 3]);
    expect(fit(columns, rows, 40).find((p) => p.flex)!.width).toBeLessThan(34); // a narrow one wraps it
  });

  it('cuts with "…" at a word end when one is near, and wraps at spaces without splitting words', () => {
    expect(cut('Belarusian Defense Ministry', 20)).toBe('Belarusian Defense…');
    expect(cut('Lindqvist-Aaberg', 10)).toBe('Lindqvist…');
    expect(cut('short', 10)).toBe('short');
    const wrapped = wrap('the storm damage will take several weeks to repair at the northern quay', 30, 2);
    expect(wrapped.split('\n').every((l) => l.length < 30)).toBe(true);
    expect(wrapped.replace(/\s+/g, ' ')).toBe('the storm damage will take several weeks to repair at the northern quay');
  });
});

describe('a very long claim in a table', () => {
  it('capped: short text as it is; a long one cut after 2,000 characters at a word end, with " …"', () => {
    expect(capped('the quay is shut')).toBe('the quay is shut');
    const long = 'the ferry ran late again '.repeat(200);
    const shown = capped(long);
    expect(shown.length).toBeLessThanOrEqual(2_002);
    expect(shown.endsWith(' …')).toBe(true);
    const kept = shown.slice(0, -2);
    expect(long.startsWith(kept) && long[kept.length]).toBe(' '); // whole words
    const emoji = `${'x'.repeat(1_999)}😀${'x'.repeat(3_000)}`; // no space: cut at 2,000, not inside the pair
    expect(capped(emoji)).toBe(`${'x'.repeat(1_999)} …`);
  });

  it('the table shows its start and the JSON all of it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-long-'));
    const words = 'the harbour board met again on a grey day and '.repeat(1_000);
    writeFileSync(join(dir, 'long.txt'), `“${words}then it ended,” said Ola Dahl.\n`);
    const table = at(100);
    const out: string[] = [];
    expect(await main(['list', join(dir, 'long.txt')], { ...table, out: (t: string) => { out.push(t); } })).toBe(0);
    const text = out.join('');
    expect(text).toContain('Ola Dahl');
    expect(text).toContain('…');
    expect(text.length).toBeLessThan(5_000);
    const json = fakeIo();
    await main(['list', join(dir, 'long.txt'), '--format', 'json'], json);
    expect((JSON.parse(json.stdout()) as { claims: Claim[] }).claims[0]!.text).toContain('then it ended');
  });
});

describe('the progress line', () => {
  it('is erased before output is written and drawn again at the next update', () => {
    let now = 0;
    const io = { ...fakeIo(), errIsTTY: true };
    const p = progressLine(io, () => now);
    now = 3000;
    p.update(1, 10);
    p.clear();
    expect(io.stderr()).toMatch(/\r\u001b\[K$/);
    const erased = io.stderr().length;
    p.clear(); // nothing drawn since: nothing to erase
    expect(io.stderr().length).toBe(erased);
    now = 3200;
    p.update(2, 10);
    expect(io.stderr().length).toBeGreaterThan(erased);
  });
});

describe('claim ids a reader can follow', () => {
  const claim = (id: string, document: string, line: number): Claim => ({ id, document, line } as unknown as Claim);
  const claims = [claim('harbour-strike#3', 'news/harbour-strike.txt', 12), claim('harbour-strike#4', 'news/harbour-strike.txt', 12), claim('harbour-storm#3', 'news/harbour-storm.txt', 2)];

  it('cuts a long id in the middle, keeping its number and both ends of the document', () => {
    expect(shortClaimId('harbour-strike#3', 30)).toBe('harbour-strike#3');
    expect(shortClaimId('a-rather-long-article-name-number-2#14', 18)).toBe('a-rathe…umber-2#14');
    expect(shortClaimId('a-rather-long-article-name-number-2#14', 18)).toHaveLength(18);
  });

  it('finds a claim by its id, by its short form, and by document and line', () => {
    expect(claimsNamed('harbour-strike#3', claims).map((c) => c.id)).toEqual(['harbour-strike#3']);
    expect(claimsNamed('harb…rike#3', claims).map((c) => c.id)).toEqual(['harbour-strike#3']);
    expect(claimsNamed('harb…#3', claims).map((c) => c.id)).toEqual(['harbour-strike#3', 'harbour-storm#3']); // ambiguous: both
    expect(claimsNamed('harbour-strike:12', claims).map((c) => c.id)).toEqual(['harbour-strike#3', 'harbour-strike#4']);
    expect(claimsNamed('news/harbour-strike.txt:12', claims)).toHaveLength(2);
    expect(claimsNamed('harbour-strike.txt:2', claims)).toEqual([]);
    expect(claimsNamed('harbour-strike#9', claims)).toEqual([]);
  });

  it('claims show takes every id the tables print', async () => {
    for (const id of ['000_636c16dcb16e4523#3', '000_636…16e4523#3', '000_636c16dcb16e4523:4', 'seeds/000_636c16dcb16e4523.txt:4']) {
      const io = fakeIo();
      expect(await main(['show', id], io), id).toBe(0);
      expect(io.stdout(), id).toContain('000_636c16dcb16e4523#3');
    }
    const io = fakeIo();
    expect(await main(['show', '0…#3'], io)).toBe(2); // two seed documents fit: name one
    expect(io.stderr()).toMatch(/^claims: "0…#3" fits 2 claims/);
  });

  it('every id of list\'s table is one that claims show takes', async () => {
    const io = at(80);
    const out: string[] = [];
    await main(['list', folder], { ...io, out: (t) => { out.push(t); } });
    const ids = out.join('').match(/\S+#\d+/g) ?? [];
    expect(ids.length).toBeGreaterThan(2);
    for (const id of ids) {
      const shown = fakeIo();
      expect(await main(['show', id, folder], shown), id).toBe(0);
    }
  });
});

describe('one source, one id, in every format', () => {
  it('gives the same speaker ids and the same --speaker results in json, ndjson, csv and the table', async () => {
    const run = async (...args: string[]): Promise<string> => {
      const io = fakeIo();
      expect(await main(['list', folder, ...args], io)).toBe(0);
      return io.stdout();
    };
    const json = (JSON.parse(await run('--format', 'json')) as { claims: Claim[] }).claims;
    const ndjson = (await run('--format', 'ndjson')).trim().split('\n').map((l) => JSON.parse(l) as Claim);
    expect(ndjson.map((c) => c.speaker?.id)).toEqual(json.map((c) => c.speaker?.id));
    const surname = json.filter((c) => c.speaker?.name === 'Vera Lindqvist-Aaberg');
    expect(surname.length).toBe(3); // the surname alone in two articles joins the full name
    for (const format of ['json', 'ndjson', 'csv', 'table']) {
      const out = await run('--format', format, '--speaker', 'vera');
      // (The table cuts a long name with "…".)
      expect((out.match(/"vera-lindqvist-aaberg"|,Vera Lindqvist-Aaberg,|^Vera Lindqvist/gm) ?? []).length, format).toBe(3);
    }
    const csv = await run('--format', 'csv', '--speaker', 'vera');
    expect(csv.trim().split('\r\n')).toHaveLength(4); // a header and three claims
  });
});

describe('input handling', () => {
  const run = async (args: string[], opts: Parameters<typeof fakeIo>[0] = {}): Promise<{ code: number; out: string; err: string }> => {
    const io = fakeIo(opts);
    const code = await main(args, io);
    return { code, out: io.stdout(), err: io.stderr() };
  };
  const article = 'The ferry will not sail before Friday, harbour master Ola Dahl said on Monday.';

  it('reads piped text when no input is named, and the seeds when nothing is piped', async () => {
    const piped = await run(['list', '--format', 'json'], { stdin: article, stdinKind: 'pipe' });
    expect((JSON.parse(piped.out) as { documents: Array<{ path: string }> }).documents.map((d) => d.path)).toEqual(['-']);
    const redirected = await run(['list', '--format', 'json'], { stdin: article, stdinKind: 'file' });
    expect(redirected.out).toContain('Ola Dahl');
    const nothing = await run(['list', '--format', 'json'], { stdinKind: 'other' });
    expect((JSON.parse(nothing.out) as { documents: Array<{ path: string }> }).documents.map((d) => d.path))
      .toEqual(['seeds/000_636c16dcb16e4523.txt', 'seeds/003_c390e22de8a25d7d.txt']);
  });

  it('prints a one-line hint on stderr when "-" waits on a terminal', async () => {
    const r = await run(['list', '-'], { stdin: article, stdinKind: 'tty' });
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^claims: reading an article from the terminal/);
    expect((await run(['list', '-'], { stdin: article, stdinKind: 'pipe' })).err).toBe('');
  });

  it('refuses documents that are no text and URLs, with what to do, and reads the other inputs', async () => {
    const pdf = join(dir, 'report.pdf');
    writeFileSync(pdf, '%PDF-1.4\nBT (The port is closed, said Ola Dahl.) Tj ET\n');
    const renamed = join(dir, 'report-as-text.txt');
    writeFileSync(renamed, '%PDF-1.4\nBT (The port is closed, said Ola Dahl.) Tj ET\n');
    const docx = join(dir, 'letter.docx');
    writeFileSync(docx, 'PK\u0003\u0004 not really a package');
    const text = join(dir, 'ok.txt');
    writeFileSync(text, article);
    const r = await run(['list', pdf, renamed, docx, 'https://example.org/news/1', text, '--format', 'json']);
    expect(r.code).toBe(1);
    expect((JSON.parse(r.out) as { claims: unknown[] }).claims).toHaveLength(1);
    expect(r.err).toContain(`claims: error: ${pdf}: a PDF is not supported: convert it to text first`);
    expect(r.err).toContain(`claims: error: ${renamed}: a PDF is not supported`);
    expect(r.err).toContain('a Word document is not supported');
    expect(r.err).toContain('claims: error: https://example.org/news/1: URLs are not fetched: save the page');
  });

  it('drops ads, promos, navigation and asides of a saved page before reading the article', async () => {
    const page = join(dir, 'page.html');
    writeFileSync(page, `<!doctype html><html><body>
      <div class="ad-slot">“Best prices in town,” says our sponsor.</div>
      <nav>“Read more,” says the menu of the site.</nav>
      <article><h1>Ferry delayed</h1><p>${article}</p><p>The operator said the new boat would arrive in the spring at the earliest.</p>
      <div id="promo_box">“Subscribe today,” says the newsletter team of the paper.</div></article>
      <aside>“A quote in the margin,” says someone else entirely.</aside>
      <div class="header">The Coastal Times, a daily paper, said the storm was the worst in years.</div>
    </body></html>`);
    const r = await run(['list', page, '--format', 'json']);
    const speakers = (JSON.parse(r.out) as { claims: Claim[] }).claims.map((c) => c.speaker?.name);
    expect(speakers).toContain('Ola Dahl');
    expect(speakers.join(' ')).not.toMatch(/sponsor|menu|newsletter|someone/);
  });

  it('reads an occupation before a given name and a surname as a role', async () => {
    for (const [text, name, role] of [
      ['Engineer Sara Holm said the bridge is safe.', 'Sara Holm', 'Engineer'],
      ['The bridge is safe, said Nurse Anna Berg.', 'Anna Berg', 'Nurse'],
      ['Architect Ola Dahl told reporters that the bridge is safe.', 'Ola Dahl', 'Architect'],
      // One word after it: it may be a given name, so it stays a name.
      ['Baker Mayfield said the bridge is safe.', 'Baker Mayfield', null],
    ] as const) {
      const c = (JSON.parse((await run(['list', '-', '--format', 'json'], { stdin: text, stdinKind: 'pipe' })).out) as { claims: Claim[] }).claims[0];
      expect([c?.speaker?.name, c?.speaker?.role], text).toEqual([name, role]);
    }
  });

  it('reads back the topics it prints, and takes --topics more than once', async () => {
    const json = join(dir, 'topics.json');
    writeFileSync(json, (await run(['topics', '--format', 'json'])).out);
    const ndjson = join(dir, 'topics.ndjson');
    writeFileSync(ndjson, (await run(['topics', '--format', 'ndjson', '--topics', 'fixtures/own/strike-topic.json'])).out);
    expect((await run(['compare', '--topics', json, '--topic', 'northern-front', '--format', 'json'])).code).toBe(0);
    const both = await run(['topics', '--topics', json, '--topics', ndjson, '--format', 'json']);
    expect((JSON.parse(both.out) as { topics: Array<{ id: string }> }).topics.map((t) => t.id)).toEqual(['northern-front', 'strike-spreads']);
  });
});

describe('the compare chart', () => {
  const row = (name: string, extra: Partial<CompareRow>): CompareRow => ({
    source: { id: name.toLowerCase(), name, type: 'person' }, position: 'unlikely', phrase: null, band: null, range: null, claims: 1,
    conditions: [], evidence: [`d#1`], outlets: [], first: null, last: null, ...extra,
  });
  const plain = makeStyle({ isTTY: false, env: {} });

  it('names a band as the table does, and starts with no blank line when no source gives a band', () => {
    const banded = renderScale([row('Vera Lind', { phrase: 'highly unlikely', band: 'very-unlikely', range: [5, 20] })], plain, 80);
    expect(banded).toContain('very unlikely 5–20 %');
    const none = renderScale([row('Vera Lind', {}), row('Karl Holm', { position: 'likely' })], plain, 80);
    expect(none.startsWith('No band stated:')).toBe(true);
    expect(none).not.toMatch(/\n\n/);
  });

  it('lists a condition once, though several claims state it', () => {
    const claim = (id: string, condition: string): Claim => ({
      id, speaker: { id: 'vera-lind', name: 'Vera Lind', aliases: [], type: 'person', role: null, affiliation: null },
      topics: [{ topic: 't', stance: 'conditional', band: null, range: null, phrase: null, commitment: 'flat', condition, direction: null, rule: null }],
    } as unknown as Claim);
    const rows = compareRows([claim('d#1', 'the talks fail'), claim('d#2', 'the talks fail'), claim('d#3', 'the port closes')], 't', 'icd203');
    expect(rows[0]?.conditions).toEqual(['the talks fail', 'the port closes']);
  });

  it('keeps a space between the percentages of its ruler, dropping the quarters where the bar is narrow', () => {
    const marks = (bar: number): string[] => ruler(bar).trim().split(/ +/);
    expect(marks(60)).toEqual(['0%', '25%', '50%', '75%', '100%']); // a wide bar: all five, as before
    expect(marks(12)).toEqual(['0%', '50%', '100%']); // a 40-column pane: "0%25%5075100%" before
    for (let bar = 12; bar <= 60; bar++) {
      const line = ruler(bar);
      expect(line, `bar ${bar}`).toMatch(/^0%/);
      expect(line, `bar ${bar}`).toMatch(/ 100%$/);
      expect(line, `bar ${bar}`).not.toMatch(/%\d/); // no mark runs into the next
      expect(line.length).toBeLessThanOrEqual(bar + 4);
    }
  });
});

describe('JSON lines to a slow reader', () => {
  it('are written in chunks, waiting for the reader after each, and come out whole and in order', async () => {
    const { printLines } = await import('../src/commands/shared.js');
    const writes: string[] = [];
    let waits = 0;
    const io = {
      out: (t: string) => { writes.push(t); },
      err: () => {},
      drain: async () => { waits++; },
      columns: 80, isTTY: false, errIsTTY: false, env: {}, stdin: async () => new Uint8Array(), stdinKind: () => 'other' as const,
    };
    const records = Array.from({ length: 3000 }, (_, i) => ({ id: `harbour#${i}`, text: 'The ferry runs again, the skipper said.' }));
    await printLines(records, io);
    expect(writes.join('')).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    expect(writes.length).toBeGreaterThan(1); // 3,000 lines of about 75 characters: several chunks
    expect(waits).toBe(writes.length - 1); // a wait after every full chunk, none after the last
  });

  it('need no drain where output is collected', async () => {
    const { printLines } = await import('../src/commands/shared.js');
    let out = '';
    await printLines([{ a: 1 }, { b: 'two' }], { out: (t: string) => { out += t; }, err: () => {}, columns: 80, isTTY: false, errIsTTY: false, env: {}, stdin: async () => new Uint8Array(), stdinKind: () => 'other' as const });
    expect(out).toBe('{"a":1}\n{"b":"two"}\n');
  });
});
