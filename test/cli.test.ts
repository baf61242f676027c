// The CLI in-process: main(argv, io) with a fake Io, so exit codes and the split between
// stdout (data) and stderr (messages) are checked without spawning node.
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';
import type { Claim, SourceRecord } from '../src/types.js';

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-cli-'));
  writeFileSync(join(dir, 'good.txt'), '“We are ready,” said Karin Vik.\n');
  writeFileSync(join(dir, 'empty.txt'), '');
  writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 1]));
  writeFileSync(join(dir, 'escape.txt'), '“Clear \u001b[2J the screen \u0007 now,” said Ola Dahl.\n');
  mkdirSync(join(dir, 'no-text'));
  // Two articles on two questions of our own, each with its gold, and a file of both topics.
  const questions = join(dir, 'questions');
  mkdirSync(questions);
  writeFileSync(join(questions, 'a.txt'), 'Karin Vik said a strike at the port is very likely.\n');
  writeFileSync(join(questions, 'b.txt'), 'Ola Dahl said the ferry will probably not sail in May.\n');
  const gold = (speaker: string, text: string, topic: string, stance: string): string =>
    JSON.stringify({ claims: [{ speaker, aliases: [], kind: 'indirect', text, topic, stance }] });
  writeFileSync(join(questions, 'a.gold.json'), gold('Karin Vik', 'a strike at the port is very likely', 'strike', 'likely'));
  writeFileSync(join(questions, 'b.gold.json'), gold('Ola Dahl', 'the ferry will probably not sail in May', 'ferry', 'unlikely'));
  writeFileSync(join(dir, 'questions.json'), JSON.stringify([
    { id: 'strike', question: 'Will the dock strike spread?', actors: ['port*', 'dock*'], events: ['strike*'] },
    { id: 'ferry', question: 'Will the ferry stop?', actors: ['ferry'], events: ['sail*', 'run*'] },
  ]));
  writeFileSync(join(dir, 'no-text', 'notes.pdf'), '%PDF-1.4');
});

async function run(argv: string[], opts: Parameters<typeof fakeIo>[0] = {}) {
  const io = fakeIo(opts);
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('claims list', () => {
  it('reads the bundled seeds when given no input, as JSON that keeps the contract', async () => {
    const { code, out, err } = await run(['list', '--format', 'json']);
    expect([code, err]).toEqual([0, '']);
    const doc = JSON.parse(out) as { schema: string; documents: Array<{ id: string; claims: number }>; claims: Claim[] };
    expect(doc.schema).toBe('claims/1');
    expect(doc.documents.map((d) => d.id)).toEqual(['000_636c16dcb16e4523', '003_c390e22de8a25d7d']);
    expect(doc.claims.length).toBe(doc.documents.reduce((n, d) => n + d.claims, 0));
    for (const c of doc.claims) {
      expect(c).toMatchObject({ id: expect.stringMatching(/#\d+$/), kind: expect.stringMatching(/^(direct|indirect|mixed)$/) });
      expect(c.span.end).toBeGreaterThan(c.span.start);
    }
  });

  it('prints one claim a line with --format ndjson, and filters by speaker and kind', async () => {
    const { out } = await run(['list', '--format', 'ndjson', '--speaker', 'dalhaug', '--kind', 'direct']);
    const lines = out.trim().split('\n').map((l) => JSON.parse(l) as Claim);
    expect(lines.length).toBeGreaterThan(3);
    expect(lines.every((c) => c.kind === 'direct' && c.speaker?.name.includes('Dalhaug'))).toBe(true);
  });

  it('reads standard input for -', async () => {
    const { code, out } = await run(['list', '-', '--format', 'ndjson'], { stdin: 'Ola Dahl said the bridge will close in June.' });
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({ document: '-', text: 'the bridge will close in June' });
  });

  it('prints a table with no colour off a terminal, and with colour on one unless NO_COLOR', async () => {
    const plain = await run(['list', join(dir, 'good.txt')]);
    expect(plain.out).toMatch(/Speaker\s+Kind\s+Cue\s+Claim/);
    expect(plain.out).toContain('Karin Vik');
    expect(plain.out).not.toContain('\u001b[');
    expect((await run(['list', join(dir, 'good.txt')], { isTTY: true })).out).toContain('\u001b[');
    expect((await run(['list', join(dir, 'good.txt')], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\u001b[');
  });

  it('never lets escape sequences from the input reach the terminal', async () => {
    const { out } = await run(['list', join(dir, 'escape.txt')]);
    expect(out).toContain('Ola Dahl');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
  });

  it('reports each bad input on stderr, goes on with the others, and exits 1', async () => {
    const inputs = ['missing.txt', join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, 'no-text'), join(dir, '*.nothing'), join(dir, 'good.txt')];
    const { code, out, err } = await run(['list', ...inputs, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(out).claims).toHaveLength(1);
    expect(err).toContain('missing.txt: no such file or directory');
    expect(err).toContain('empty.txt: the file is empty');
    expect(err).toContain('binary.txt: the file looks binary');
    expect(err).toContain('no-text: the directory holds no .txt, .html, .md, .jsonl files');
    expect(err).toContain('*.nothing: the pattern matches no file');
    expect(err).not.toMatch(/\n\s+at /); // no stack trace
  });

  it.each([
    [['list', '--format', 'xml'], /Unknown format "xml"/],
    [['list', '--kind', 'rumour'], /Unknown kind "rumour"/],
    [['lsit'], /unknown command/],
    [['eval'], /missing required argument/],
  ])('exits 2 on a usage error: %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('teaches with --help and exits 0', async () => {
    const { code, out } = await run(['list', '--help']);
    expect(code).toBe(0);
    expect(out).toContain('Examples:');
    expect(out).toContain('--format');
  });
});

describe('claims sources', () => {
  it('on the seeds: one ministry across both articles, outlets as media, vague sources; pins today\'s roles and types (the gold has none)', async () => {
    const { code, out } = await run(['sources', '--format', 'json']);
    expect(code).toBe(0);
    const doc = JSON.parse(out) as { schema: string; sources: SourceRecord[] };
    expect(doc.schema).toBe('claims-sources/1');
    const by = (n: string): SourceRecord | undefined => doc.sources.find((s) => s.name === n || s.aliases.includes(n));
    expect(by('Ministry of Defense of Belarus')?.documents).toHaveLength(2);
    expect(by('Jakub M. Godzimirski')).toMatchObject({ type: 'person', role: 'Russian researcher', affiliation: 'NUPI' });
    expect(by('Arne Bård Dalhaug')).toMatchObject({ type: 'person', role: 'Retired Lieutenant General' });
    expect(by('Andrew Boyfield')).toMatchObject({ type: 'person', role: 'Political analyst' });
    expect(by('Volodymyr Zelensky')).toMatchObject({ type: 'person', role: 'Ukrainian President' });
    expect(by('ISW')).toMatchObject({ type: 'organization', name: 'Institute for the Study of War' });
    for (const outlet of ['NTB', 'The Guardian', 'Dagbladet', 'Sky News Arabia', 'Jellyfish']) expect(by(outlet)?.type).toBe('media');
    for (const vague of ['Western warnings', 'Russian reports']) expect(by(vague)?.type).toBe('vague');
  });

  it('filters by --type and rejects an unknown type', async () => {
    const people = JSON.parse((await run(['sources', '--type', 'person', '--format', 'json'])).out) as { sources: SourceRecord[] };
    expect(people.sources.length).toBeGreaterThan(3);
    expect(people.sources.every((s) => s.type === 'person')).toBe(true);
    const bad = await run(['sources', '--type', 'robot']);
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('Unknown type "robot"')]);
  });

  it('prints a table sorted by claims', async () => {
    const { out } = await run(['sources', join(dir, 'good.txt')]);
    expect(out).toMatch(/Source\s+Type\s+Role/);
    expect(out).toContain('Karin Vik');
  });
});

describe('claims compare', () => {
  type Row = { source: { name: string }; position: string | null; band: string | null; range: number[] | null; phrase: string | null; conditions: string[] };
  const rowsOf = (out: string): Row[] => (JSON.parse(out) as { rows: Row[] }).rows;

  it('on the seeds: each source where the gold puts it; pins today\'s band phrases and conditions', async () => {
    const { code, out } = await run(['compare', '--format', 'json']);
    expect(code).toBe(0);
    const rows = rowsOf(out);
    const by = (n: string): Row | undefined => rows.find((r) => r.source.name.includes(n));
    expect(by('Institute for the Study of War')).toMatchObject({ band: 'almost-no-chance', range: [1, 5], phrase: 'extremely unlikely' });
    expect(by('Dalhaug')).toMatchObject({ position: 'unlikely', band: 'very-unlikely', phrase: 'highly unlikely' });
    expect(by('Dalhaug')?.conditions.length).toBeGreaterThan(0);
    expect(by('Boyfield')?.position).toBe('unlikely');
    expect(by('Security Council')?.position).toBe('unlikely');
    expect(by('Godzimirski')?.position).toBe('possible');
    expect(by('NTB')?.position).toBe('possible');
    expect(by('Zelensky')?.position).toBe('likely');
    expect(by('Western warnings')?.position).toBe('likely');
    expect(by('Russian reports')).toBeUndefined(); // "most likely fired": another event
  });

  it('draws the scale, and the ranges follow --scale', async () => {
    const table = await run(['compare']);
    expect(table.out).toMatch(/0%.*25%.*50%.*75%.*100%/);
    // The chart and the table name the band alike; the table gives the source's own wording.
    expect(table.out).toMatch(/Arne Bård Dalhaug\s+·*█+·*\s+very unlikely 5–20 %/);
    expect(table.out).toMatch(/Arne Bård Dalhaug\s+unlikely\s+highly unlikely;.*very unlikely 5–20 %/);
    const phia = rowsOf((await run(['compare', '--scale', 'phia', '--format', 'json'])).out);
    expect(phia.find((r) => r.source.name.includes('Dalhaug'))?.range).toEqual([10, 20]);
  });

  it('works end to end with a topic file of our own', async () => {
    const { code, out } = await run(['compare', 'fixtures/own/harbour-strike.txt', '--topics', 'fixtures/own/strike-topic.json', '--topic', 'strike-spreads', '--format', 'json']);
    expect(code).toBe(0);
    const rows = rowsOf(out);
    expect(rows.find((r) => r.source.name === 'Jonas Berg')).toMatchObject({ position: 'possible' });
    expect(rows.find((r) => r.source.name === 'Jonas Berg')?.conditions).toEqual(['the operator does not return to the table this week']);
  });

  it.each([
    [['compare', '--topics', 'fixtures/own/missing.json'], /Cannot read the topic file "fixtures\/own\/missing.json"/],
    [['compare', '--topic', 'weather'], /Unknown topic "weather"/],
    [['compare', '--scale', 'vibes'], /Unknown scale "vibes"/],
    [['compare', '--topics', 'fixtures/own/strike-topic.json'], /choose one with --topic/],
  ])('exits 2 with a clear message: %j', async (argv, message) => {
    const { code, err } = await run(argv);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });

  it('names a malformed topic file and what is wrong with it', async () => {
    const bad = join(dir, 'bad-topic.json');
    writeFileSync(bad, '{"id": "x", "events": "strike"}');
    const { code, err } = await run(['compare', '--topics', bad]);
    expect(code).toBe(2);
    expect(err).toContain(`The topic file "${bad}" needs "events"`);
  });

  it('lists the topics', async () => {
    const { out } = await run(['topics', '--format', 'json']);
    expect((JSON.parse(out) as { topics: Array<{ id: string }> }).topics.map((t) => t.id)).toEqual(['northern-front']);
  });
});

describe('claims eval', () => {
  it('scores the seeds as today: end-to-end F1 >= 0.98, stance and band 1.000, against the gold in fixtures/', async () => {
    const { code, out } = await run(['eval', 'fixtures', '--texts', 'seeds', '--format', 'json', '--min-f1', '0.98']);
    expect(code).toBe(0);
    const score = JSON.parse(out) as { endToEnd: { f1: number }; counts: { gold: number; stanceGold: number; bandGold: number }; stance: number; band: number };
    expect(score.counts.gold).toBe(37);
    expect(score.endToEnd.f1).toBeGreaterThanOrEqual(0.98);
    expect(score.counts.stanceGold).toBe(15);
    expect(score.stance).toBe(1);
    expect(score.counts.bandGold).toBe(4);
    expect(score.band).toBe(1);
  });

  it('scores our own fixture articles as today (end-to-end F1 1.000)', async () => {
    const { out } = await run(['eval', 'fixtures/own', '--format', 'json']);
    expect(JSON.parse(out).endToEnd.f1).toBe(1);
  });

  it('prints stance over every gold stance for each question, and gives it in JSON', async () => {
    const args = ['eval', join(dir, 'questions'), '--topics', join(dir, 'questions.json')];
    const table = await run(args);
    expect(table.out).toContain('stance all by question: ferry 1/1 (1.000), strike 1/1 (1.000)');
    const json = JSON.parse((await run([...args, '--format', 'json'])).out) as { stanceByTopic: unknown };
    expect(json.stanceByTopic).toEqual([
      { topic: 'ferry', right: 1, all: 1, stanceAll: 1 },
      { topic: 'strike', right: 1, all: 1, stanceAll: 1 },
    ]);
  });

  it('exits 1 when F1 is below --min-f1, and 2 on a bad threshold or an empty directory', async () => {
    expect((await run(['eval', 'fixtures', '--texts', 'seeds', '--min-f1', '0.999'])).code).toBe(1);
    expect((await run(['eval', 'fixtures', '--min-f1', 'high'])).code).toBe(2);
    const empty = await run(['eval', join(dir, 'no-text')]);
    expect([empty.code, empty.err]).toEqual([2, expect.stringContaining('No gold files')]);
  });
});
