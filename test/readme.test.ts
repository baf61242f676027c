// The README and --help cannot drift from the tool: the usage block is what `claims --help`
// prints, and every example of the README and of each command's help runs, on the bundled
// seeds and our fixtures, and succeeds.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

const readme = readFileSync('README.md', 'utf8');

/** The fenced block after a marker comment. */
function blockAfter(marker: string): string {
  const at = readme.indexOf(marker);
  const start = readme.indexOf('\n', readme.indexOf('```', at)) + 1;
  return readme.slice(start, readme.indexOf('```', start));
}

/** Words of a command line as a shell splits them: single and double quotes kept together. */
function words(line: string): string[] {
  return [...line.matchAll(/'([^']*)'|"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3]!);
}

/** Runs one example: `cat FILE |` feeds stdin, `| jq …` and `> FILE` take the output (checked here instead). */
async function runExample(line: string): Promise<{ code: number; out: string; err: string }> {
  let command = line.replace(/\s+#\s.*$/, '').trim();
  let stdin: string | undefined;
  const cat = /^cat (\S+) \| (.*)$/.exec(command);
  if (cat) { stdin = readFileSync(cat[1]!, 'utf8'); command = cat[2]!; }
  const jq = / \| jq .*$/.test(command);
  command = command.replace(/ \| jq .*$/, '').replace(/ > \S+$/, '');
  // A page written with -o goes to a scratch file, never into the repository.
  const args = words(command).map((w, i, all) => (all[i - 1] === '-o' ? join(mkdtempSync(join(tmpdir(), 'claims-readme-')), w) : w));
  expect(args[0], line).toBe('claims');
  const io = fakeIo(stdin === undefined ? {} : { stdin, stdinKind: 'pipe' });
  const code = await main(args.slice(1), io);
  if (jq) JSON.parse(io.stdout()); // what jq would read
  return { code, out: io.stdout(), err: io.stderr() };
}

describe('README', () => {
  it('shows the usage that claims --help prints (at 80 columns)', async () => {
    const io = { ...fakeIo(), columns: 80 };
    const out: string[] = [];
    expect(await main(['--help'], { ...io, out: (t) => { out.push(t); } })).toBe(0);
    expect(blockAfter('<!-- usage:').trimEnd()).toBe(out.join('').trimEnd());
  });

  const examples = blockAfter('<!-- examples:').split('\n').filter((l) => l.trim());
  it.each(examples)('runs: %s', async (line) => {
    const r = await runExample(line);
    expect(r.code, `${line}\n${r.err}`).toBe(0);
    expect(r.out.trim().length + r.err.trim().length, line).toBeGreaterThan(0); // (a page written to a file says so on stderr)
  }, 30_000);
});

describe('--help of each command', () => {
  for (const command of ['list', 'sources', 'compare', 'eval', 'report']) {
    it(`${command}: every example runs`, async () => {
      const io = fakeIo();
      expect(await main([command, '--help'], io)).toBe(0);
      const lines = io.stdout().split('\n').filter((l) => l.startsWith('  $ claims ')).map((l) => l.slice(4).split(/\s{2,}/)[0]!);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        const r = await runExample(line);
        expect(r.code, `${line}\n${r.err}`).toBe(0);
        expect(r.out.trim().length + r.err.trim().length, line).toBeGreaterThan(0);
      }
    }, 60_000);
  }

  it('names no file the repository lacks', async () => {
    for (const command of ['list', 'sources', 'compare', 'eval', 'show', 'topics']) {
      const io = fakeIo();
      await main([command, '--help'], io);
      for (const path of io.stdout().match(/\b(?:fixtures|seeds|docs|schema|topics)\/[\w./-]+\.\w+/g) ?? []) {
        expect(() => readFileSync(path), `${command} --help names ${path}`).not.toThrow();
      }
    }
  });
});

describe('README samples', () => {
  it('shows what claims show prints for its example id (at 80 columns, no colour)', async () => {
    const io = { ...fakeIo(), columns: 80 };
    const out: string[] = [];
    expect(await main(['show', '000_636c16dcb16e4523#13'], { ...io, out: (t) => { out.push(t); } })).toBe(0);
    expect(blockAfter('<!-- sample: show 000_636c16dcb16e4523#13').trimEnd()).toBe(out.join('').trimEnd());
  });
});
