// Output a script can rely on: every command's JSON against its published schema, CSV that
// round-trips and defuses formulas, Markdown tables, byte-identical runs, and claims show.
import { readFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { analyzeInputs } from '../src/commands/analyze.js';
import { MARKS, explainClaim } from '../src/commands/show.js';
import { makeStyle } from '../src/render/style.js';
import { fakeIo } from './helpers.js';
import type { Claim } from '../src/types.js';

async function run(argv: string[]) {
  const io = fakeIo();
  const code = await main(argv, io);
  return { code, out: io.stdout(), err: io.stderr() };
}

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'claims-formats-'));
  writeFileSync(join(dir, 'formula.txt'), '“=SUM(A1:A9) pays the workers,” said Ola Dahl.\n“We want, say, ‘fair’ pay | now,” said Karin Vik.\n');
});

describe('JSON output validates against the published schemas', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  it.each([
    ['claims', ['list', '--format', 'json']],
    ['claims', ['list', 'fixtures/own/harbour-strike.txt', '--format', 'json']],
    ['sources', ['sources', '--format', 'json']],
    ['compare', ['compare', '--format', 'json']],
    ['topics', ['topics', '--format', 'json']],
    ['eval', ['eval', 'fixtures', '--texts', 'seeds', '--format', 'json', '-v']],
  ])('%s: %j', async (name, argv) => {
    const schema = JSON.parse(readFileSync(`schema/${name}.schema.json`, 'utf8')) as object;
    const { out } = await run(argv);
    const doc = JSON.parse(out) as { $schema: string };
    expect(doc.$schema).toBe(`urn:claims:schema:${name}`);
    expect((schema as { $id: string }).$id).toBe(doc.$schema);
    const validate = ajv.getSchema(`urn:claims:schema:${name}`) ?? ajv.compile(schema);
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
  });
});

describe('CSV and Markdown', () => {
  it('CSV round-trips through a CSV parser with the same cells', async () => {
    const { out } = await run(['list', '--format', 'csv']);
    const rows = parse(out, { relax_quotes: false }) as string[][];
    const claims = (JSON.parse((await run(['list', '--format', 'json'])).out) as { claims: Claim[] }).claims;
    expect(rows[0]).toEqual(['id', 'document', 'line', 'kind', 'speaker', 'speaker_id', 'speaker_type', 'speaker_role', 'cue', 'via', 'confidence', 'stance', 'band', 'phrase', 'published', 'outlet', 'url', 'text']);
    expect(rows.slice(1).map((r) => [r[0], r[4], r[17]])).toEqual(claims.map((c) => [c.id, c.speaker?.name ?? '', c.text]));
    expect(out.endsWith('\r\n')).toBe(true);
  });

  it('defuses a cell that would run as a spreadsheet formula, and quotes commas and quotes', async () => {
    const rows = parse((await run(['list', join(dir, 'formula.txt'), '--format', 'csv'])).out) as string[][];
    const texts = rows.slice(1).map((r) => r[r.length - 1]);
    expect(texts).toContain("'=SUM(A1:A9) pays the workers");
    expect(texts).toContain('We want, say, ‘fair’ pay | now');
  });

  it('Markdown is a table with escaped pipes', async () => {
    const { out } = await run(['list', join(dir, 'formula.txt'), '--format', 'markdown']);
    const lines = out.trim().split('\n');
    expect(lines[0]).toMatch(/^\| id \| document \|/);
    expect(lines[1]).toMatch(/^\| --- \|/);
    expect(out).toContain('fair’ pay \\| now');
  });

  it.each([['sources'], ['compare'], ['topics'], ['eval', 'fixtures', '--texts', 'seeds']])('%s prints csv too', async (...argv) => {
    const { code, out } = await run([...argv, '--format', 'csv']);
    expect(code).toBe(0);
    expect((parse(out) as string[][]).length).toBeGreaterThan(1);
  });
});

describe('stable output', () => {
  it('is byte-identical for the same inputs', async () => {
    const a = (await run(['list', '--format', 'json'])).out;
    const b = (await run(['list', '--format', 'json'])).out;
    expect(a).toBe(b);
  });

  it('lets jq-style filters pick people: .claims[] | select(.speaker.type == "person") | .text', async () => {
    const { claims } = JSON.parse((await run(['list', '--format', 'json'])).out) as { claims: Claim[] };
    const texts = claims.filter((c) => c.speaker?.type === 'person').map((c) => c.text);
    expect(texts).toContain('I tend to think that such an attack is unlikely');
    expect(texts.length).toBeGreaterThan(20);
  });
});

describe('claims show', () => {
  it('highlights exactly the claim, the cue and the speaker mention, for every seed claim', async () => {
    const runResult = await analyzeInputs([], fakeIo(), { keepTexts: true });
    const plain = makeStyle({ isTTY: false, env: {} });
    const between = (s: string, [open, close]: readonly [string, string]): string | null => {
      // Spans may overlap ("Western {{warnings}}" is speaker and cue): other marks are dropped.
      const i = s.indexOf(open);
      return i < 0 ? null : s.slice(i + open.length, s.indexOf(close, i)).replace(/\[\[|\]\]|\{\{|\}\}|<<|>>/g, '');
    };
    for (const c of runResult.claims) {
      const text = runResult.texts.get(c.document)!;
      const shown = explainClaim(c, runResult, plain);
      expect(between(shown, MARKS.claim), c.id).toBe(c.text);
      if (c.cueSpan) expect(between(shown, MARKS.cue), c.id).toBe(text.slice(c.cueSpan.start, c.cueSpan.end));
      if (c.speakerSpan) expect(between(shown, MARKS.speaker), c.id).toBe(text.slice(c.speakerSpan.start, c.speakerSpan.end));
      expect(shown).toMatch(/rules\s+detect: .* → attribute: .* → resolve: /);
    }
  });

  it('prints one claim with its details, and names the closest ids for an unknown one', async () => {
    const ok = await run(['show', '000_636c16dcb16e4523#13']);
    expect(ok.out).toContain('[[I tend to think that such an attack is unlikely]]');
    expect(ok.out).toMatch(/speaker\s+Arne Bård Dalhaug \(person, Retired Lieutenant General\)/);
    const bad = await run(['show', '000_636c16dcb16e4523#99']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('The closest ids: 000_636c16dcb16e4523#9');
  });

  it('list --explain shows every claim that way', async () => {
    const { out } = await run(['list', 'fixtures/own/harbour-strike.txt', '--explain']);
    expect(out.match(/\[\[/g)?.length).toBe(13);
  });

  it('--min-confidence keeps the surer claims only', async () => {
    const all = (JSON.parse((await run(['list', '--format', 'json'])).out) as { claims: Claim[] }).claims;
    const sure = (JSON.parse((await run(['list', '--format', 'json', '--min-confidence', '0.85'])).out) as { claims: Claim[] }).claims;
    expect(sure.length).toBeLessThan(all.length);
    expect(sure.every((c) => c.confidence >= 0.85)).toBe(true);
  });
});
