// Saved web pages, Markdown and JSON Lines give the claims of their plain-text versions,
// plus the document's metadata; malformed input is a diagnostic, not the end of the run.
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fromMarkdown } from '../src/io/formats.js';
import { boundNesting, fromGiantHtml, fromHtml } from '../src/io/html.js';
import { fakeIo } from './helpers.js';
import type { Claim, SourceRecord } from '../src/types.js';

async function claimsOf(...argv: string[]): Promise<{ code: number; claims: Claim[]; err: string }> {
  const io = fakeIo();
  const code = await main(['list', ...argv, '--format', 'json'], io);
  return { code, claims: (JSON.parse(io.stdout()) as { claims: Claim[] }).claims, err: io.stderr() };
}
const gist = (claims: Claim[]): Array<[string | undefined, string, string]> => claims.map((c) => [c.speaker?.name, c.kind, c.text]);

describe('input formats', async () => {
  const plain = gist((await claimsOf('fixtures/own/harbour-strike.txt')).claims);

  it('a saved web page: the article body only, with title, outlet and date', async () => {
    const { code, claims } = await claimsOf('fixtures/formats/harbour-strike.html');
    expect(code).toBe(0);
    expect(gist(claims)).toEqual(plain); // navigation, the ad and the footer are gone
    expect(claims[0]).toMatchObject({ outlet: 'The Coastal Times', published: '2026-03-02T08:30:00Z' });
  });

  it('claims show prints the text extracted from the page', async () => {
    const io = fakeIo();
    await main(['show', 'harbour-strike#4', 'fixtures/formats/harbour-strike.html'], io);
    expect(io.stdout().replace(/\s+/g, ' ')).toContain('Pickets gathered at the gate before dawn. – [[We have waited two years for a fair offer]], {{says}} union leader <<Marta Eklund>>, 48, to Kystposten.');
  });

  it('Markdown: the same claims; headings stay headings', async () => {
    expect(gist((await claimsOf('fixtures/formats/harbour-strike.md')).claims)).toEqual(plain);
  });

  it('Markdown: a block quote is a quotation and a list bullet is no quote dash', () => {
    const { text, meta } = fromMarkdown('# Ferry news\n\n> We will not sail at night.\n\n- the first item, says nobody\n\nSee [the timetable](http://x.example) for **details**.');
    expect(text.split('\n')).toEqual(['Ferry news', '', '“We will not sail at night.”', '', '• the first item, says nobody', '', 'See the timetable for details.']);
    expect(meta.title).toBe('Ferry news');
  });

  it('Markdown: a link keeps its words with a title or parentheses in its address; emphasis inside emphasis goes', () => {
    const md = 'The [harbour board](https://port.example/board "Board page") met. See [Port (Larsvik)](https://wiki.example/Port_(Larsvik)).\n\n**The union *will* strike**, said `Ola Dahl`.';
    expect(fromMarkdown(md).text.split('\n')).toEqual(['The harbour board met. See Port (Larsvik).', '', 'The union will strike, said Ola Dahl.']);
    // Marks that open nothing stay: arithmetic, a lone bracket, an address with a space.
    expect(fromMarkdown('2 * 3 = 6, a [note] and [x](a b)').text).toBe('2 * 3 = 6, a [note] and [x](a b)');
    expect(fromMarkdown('the file_name_here and *.txt files').text).toBe('the file_name_here and *.txt files'); // inside words
  });

  it('JSON Lines: each line a document named FILE#id or FILE#LINE, a malformed line a diagnostic', async () => {
    const { code, claims, err } = await claimsOf('fixtures/formats/corpus.jsonl');
    expect(code).toBe(1);
    expect(err).toContain('corpus.jsonl:2: not valid JSON');
    expect([...new Set(claims.map((c) => c.document))]).toEqual([
      'fixtures/formats/corpus.jsonl#strike', 'fixtures/formats/corpus.jsonl#ferry', 'fixtures/formats/corpus.jsonl#4',
    ]);
    expect(gist(claims.filter((c) => c.document.endsWith('#strike')))).toEqual(plain);
    expect(claims[0]).toMatchObject({ outlet: 'The Coastal Times', published: '2026-03-02', url: 'https://coastal.example/strike' });
  });

  it('metadata flows into sources and compare: outlets and the first and last date', async () => {
    const io = fakeIo();
    await main(['sources', 'fixtures/formats/corpus.jsonl', '--format', 'json'], io);
    const vik = (JSON.parse(io.stdout()) as { sources: SourceRecord[] }).sources.find((s) => s.name === 'Karin Vik');
    expect(vik).toMatchObject({ outlets: ['Radio Nord'], first: '2026-03-05', last: '2026-03-05' });
    const cmp = fakeIo();
    await main(['compare', 'fixtures/formats/corpus.jsonl', '--topics', 'fixtures/own/strike-topic.json', '--topic', 'strike-spreads', '--format', 'json'], cmp);
    const rows = (JSON.parse(cmp.stdout()) as { rows: Array<{ source: { name: string }; outlets: string[]; first: string }> }).rows;
    expect(rows.find((r) => r.source.name === 'Jonas Berg')).toMatchObject({ outlets: ['The Coastal Times'], first: '2026-03-02' });
  });

  it('a directory gives every supported file; --ext narrows it; an unknown extension is a usage error', async () => {
    const all = await claimsOf('fixtures/formats');
    expect(new Set(all.claims.map((c) => c.document.replace(/#.*/, ''))).size).toBe(3);
    const only = await claimsOf('fixtures/formats', '--ext', 'md');
    expect(new Set(only.claims.map((c) => c.document))).toEqual(new Set(['fixtures/formats/harbour-strike.md']));
    const io = fakeIo();
    expect(await main(['list', 'fixtures/formats', '--ext', 'docx'], io)).toBe(2);
    expect(io.stderr()).toContain('Unknown extension "docx"');
  });

  it('a page with no article text, and a line with no text, are diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-inputs-'));
    writeFileSync(join(dir, 'empty.html'), '<!doctype html><html><body><nav>Home</nav></body></html>');
    writeFileSync(join(dir, 'lines.jsonl'), '{"id": 1}\n[1, 2]\n{"text": "Ola Dahl said the ferry was late today."}\n');
    const { code, claims, err } = await claimsOf(join(dir, 'empty.html'), join(dir, 'lines.jsonl'));
    expect(code).toBe(1);
    expect(err).toContain('empty.html: no article text was found in the page');
    expect(err).toContain('lines.jsonl:1: expected an object with a non-empty "text" string');
    expect(err).toContain('lines.jsonl:2: expected an object');
    expect(gist(claims)).toEqual([['Ola Dahl', 'indirect', 'the ferry was late today']]);
  });

  it('reads HTML from standard input when it looks like a page', async () => {
    const io = fakeIo({ stdin: '<!DOCTYPE html><html><head><title>T</title></head><body><article><p>“We will not sail at night,” said captain Lars Holm of the ferry company, who has worked on the route for twenty years and knows every rock in the sound.</p><p>The ferry union says the new timetable is unsafe for the crews and for the passengers who travel in winter.</p></article></body></html>' });
    await main(['list', '-', '--format', 'json'], io);
    expect(gist((JSON.parse(io.stdout()) as { claims: Claim[] }).claims).map(([s]) => s)).toEqual(['Lars Holm', 'ferry union']);
  });
});

describe('deeply nested pages', () => {
  const paragraphs = readFileSync('fixtures/own/harbour-strike.txt', 'utf8').split('\n').filter(Boolean);
  const page = (depth: number, inner = paragraphs.map((p) => `<p>${p}</p>`).join('')): string =>
    `<html><body>${'<div class="box">'.repeat(depth)}<article>${inner}</article>${'</div>'.repeat(depth)}</body></html>`;

  it('an article nested 80 or 3,000 elements deep reads as it does at the top', () => {
    const top = fromHtml(page(0)).text;
    expect(top.split('\n')).toEqual(paragraphs);
    expect(fromHtml(page(80)).text).toBe(top); // past the depth Readability is given
    expect(fromHtml(page(3_000)).text).toBe(top); // past the nesting the parser is given (it overflowed the stack)
  });

  it('a few words nested 5,000 deep: read, where Readability overflowed the stack after minutes', () => {
    const words = 'Ola Dahl said the quay was closed.';
    expect(fromHtml(`<html><body>${'<div>'.repeat(5_000)}${words}${'</div>'.repeat(5_000)}</body></html>`).text).toBe(words);
  });

  it('deep down, a line for each block and each line break; no script text', () => {
    const inner = `<div>${paragraphs[1]}<br>${paragraphs[2]}</div><script>var said = "no";</script><div><span>${paragraphs[3]}</span></div>`;
    expect(fromHtml(page(200, inner)).text.split('\n')).toEqual(paragraphs.slice(1, 4));
  });

  it('a fragment with no <html> or <body> is read as a page (it gave no text); text with a "<" in it throws nothing', () => {
    const said = '“We will not sail at night,” said Ola Dahl of the ferry union, who has worked on the route for many years.';
    expect(fromHtml(`<p>${said}</p>`).text).toBe(said);
    expect(fromHtml('<table><tr><td>The quay is shut.</td></tr></table>').text).toBe('The quay is shut.');
    expect(() => fromHtml('a < b and c < d')).not.toThrow();
    // A minimal page with no <html>, <head> or <body> tags, as HTML allows: its text and title.
    const minimal = fromHtml(`<!doctype html><meta charset=utf-8><title>Ferry &amp; port</title><article><p>${said}</p></article>`);
    expect(minimal).toEqual({ text: said, meta: { title: 'Ferry & port' } });
  });

  it('a giant page is read without a DOM: head, scripts, styles and comments out, a line for each block', () => {
    const page = '<html><head><title>Port &amp; ferry</title><style>p { color: red }</style></head><body><!-- nav -->'
      + '<h1>Dock strike</h1><p>&ldquo;We will not give in,&rdquo; said <b>Ola&nbsp;Dahl</b>.</p><SCRIPT>var a = "<p>no</p>";</Script >'
      + '<div>A second&#8212;and last&#x2014;line &bogus;</div><script>never closed <p>not shown</p>';
    expect(fromGiantHtml(page)).toEqual({ text: 'Dock strike\n“We will not give in,” said Ola Dahl.\nA second—and last—line &bogus;', meta: { title: 'Port & ferry' } });
    const paragraph = '<p>The harbour board met on Monday, said Ola Dahl.</p>\n';
    const big = `<html><body>${paragraph.repeat(Math.ceil((17 * 2 ** 20) / paragraph.length))}</body></html>`; // past 16 MB
    const lines = fromHtml(big).text.split('\n');
    expect(lines.length).toBe(Math.ceil((17 * 2 ** 20) / paragraph.length));
    expect(lines[0]).toBe('The harbour board met on Monday, said Ola Dahl.');
  });

  it('boundNesting: a page within the bound is itself; void tags and unclosed paragraphs do not nest', () => {
    const normal = page(30);
    expect(boundNesting(normal)).toBe(normal);
    const loose = `<html><body>${'<p>a line<br><img src="x.png">'.repeat(2_000)}</body></html>`;
    expect(boundNesting(loose)).toBe(loose);
    const deep = page(2_000);
    const bounded = boundNesting(deep);
    expect(bounded.match(/<div/g)).toHaveLength(500); // (<html> and <body> have optional end tags: not counted)
    expect(bounded).not.toContain('<article>');
    expect(bounded.replace(/<[^>]*>|\s/g, '')).toBe(deep.replace(/<[^>]*>|\s/g, '')); // the text is all there
  });
});

describe('how files are read', () => {
  it('a named pipe is read like a file, beside a regular file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-fifo-'));
    const fifo = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    // The writer is another process; a pipe is read asynchronously, files synchronously.
    const writer = spawn('sh', ['-c', `cat fixtures/own/harbour-strike.txt > '${fifo}'`]);
    const written = new Promise((resolve) => writer.on('close', resolve));
    const { code, claims } = await claimsOf(fifo, 'fixtures/own/harbour-strike.txt');
    expect(await written).toBe(0);
    expect(code).toBe(0);
    const half = claims.length / 2;
    expect(gist(claims.slice(0, half))).toEqual(gist(claims.slice(half)));
    expect(half).toBeGreaterThan(5);
  });

  it('a device is refused at once ("/dev/zero" never ends); the other inputs are read', async () => {
    const io = fakeIo();
    const code = await main(['list', '/dev/zero', 'fixtures/own/harbour-strike.txt', '--format', 'ndjson'], io);
    expect(code).toBe(1);
    expect(io.stderr()).toContain('/dev/zero: cannot be read (a device, not a file)');
    expect(io.stdout().trim().split('\n').length).toBeGreaterThan(5);
  });

  it('a link to a file is read; a link to a directory is not followed (one to a parent never ended)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claims-links-'));
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'quay.txt'), 'Ola Dahl said the quay was shut.');
    symlinkSync(join(dir, 'news', 'quay.txt'), join(dir, 'news', 'also.txt'));
    symlinkSync(dir, join(dir, 'news', 'up'));
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'news', 'broken.txt'));
    for (const input of [join(dir, 'news'), join(dir, 'news', '**', '*.txt')]) {
      const { code, claims } = await claimsOf(input);
      expect(code, input).toBe(0);
      expect(claims.map((c) => basename(c.document))).toEqual(['also.txt', 'quay.txt']);
    }
  });

  it('a file that vanished between listing and reading is a diagnostic, the rest is read', async () => {
    const io = fakeIo();
    const code = await main(['list', 'no/such/file.txt', 'fixtures/own/harbour-strike.txt', '--format', 'ndjson'], io);
    expect(code).toBe(1);
    expect(io.stderr()).toContain('no/such/file.txt');
    expect(io.stdout().trim().split('\n').length).toBeGreaterThan(5);
  });
});
