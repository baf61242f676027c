// The pipeline's folders are its stages, and imports only point backwards: a stage reads its
// own folder, the shared readers of text/, the exported types of earlier stages and the
// project's shared code and data (lexicons, types, letters, ids, pieces); never a later
// stage, the commands, the renderers or I/O. The tagger's types reach segment and the entry
// point only.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve(__dirname, '../src');
const PIPELINE = join(SRC, 'pipeline');
const ORDER = ['segment', 'detect', 'attribute', 'resolve', 'classify'];
const SHARED = [/^lexicons\//, /^types\.ts$/, /^letters\.ts$/, /^ids\.ts$/, /^pieces\.ts$/];

const at = (p: string): string => join(PIPELINE, p);

interface Import { readonly from: string; readonly to: string; readonly typeOnly: boolean }

/** The stage a file under src/ belongs to: a stage name, 'text', 'entry', or its top folder. */
function stageOf(file: string): string {
  const rel = relative(SRC, file).split('/');
  if (rel[0] !== 'pipeline') return rel.length > 1 ? rel[0]! : rel[0]!.replace(/\.ts$/, '');
  if (rel.length > 2) return rel[1]!;
  return rel[1] === 'index.ts' ? 'entry' : rel[1]!.replace(/\.ts$/, '');
}

/** Every relative import and re-export of a file, resolved to a path under src/. */
function importsOf(file: string, source: string): Import[] {
  const out: Import[] = [];
  for (const m of source.matchAll(/^(import|export)(\s+type)?\s[^;]*?\sfrom\s+'([^']+)'/gms)) {
    const spec = m[3]!;
    if (!spec.startsWith('.')) continue;
    out.push({ from: file, to: resolve(dirname(file), spec.replace(/\.js$/, '.ts')), typeOnly: !!m[2] });
  }
  return out;
}

/** Why an import breaks the layout, or null when it keeps it. */
function wrongArrow(imp: Import): string | null {
  const from = stageOf(imp.from);
  const to = stageOf(imp.to);
  const target = relative(SRC, imp.to);
  if (SHARED.some((r) => r.test(target)) || from === to) return null;
  if (to === 'nlp') return imp.typeOnly && (from === 'segment' || from === 'entry') ? null : 'only segment and analyze read the tagger, and only its types';
  if (from === 'entry') return ORDER.includes(to) || to === 'text' ? null : `analyze imports ${target}`;
  if (to === 'text') return null;
  if (from === 'text') return `text/ imports the ${to} stage`;
  const [a, b] = [ORDER.indexOf(from), ORDER.indexOf(to)];
  if (b === -1) return `the ${from} stage imports ${target}, outside the pipeline`;
  if (b > a) return `the ${from} stage imports the later ${to} stage`;
  return imp.typeOnly ? null : `the ${from} stage imports code of the ${to} stage, not only its types`;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? tsFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []);
}

describe('pipeline layout', () => {
  const files = tsFiles(PIPELINE);

  it('every import of the pipeline points to its own stage, text/, an earlier stage\'s types or shared data', () => {
    const wrong = files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')))
      .map((imp) => [relative(SRC, imp.from), relative(SRC, imp.to), wrongArrow(imp)] as const)
      .filter(([, , why]) => why !== null);
    expect(wrong).toEqual([]);
  });

  it('reads the imports of the real files (the check above is not vacuous)', () => {
    const all = files.flatMap((f) => importsOf(f, readFileSync(f, 'utf8')));
    expect(all.length).toBeGreaterThan(80);
    expect(all.some((i) => stageOf(i.from) === 'attribute' && stageOf(i.to) === 'detect' && i.typeOnly)).toBe(true);
  });

  it('flags each kind of wrong arrow', () => {
    const imp = (from: string, to: string, typeOnly = false): Import => ({ from: at(from), to: to.startsWith('/') ? to : at(to), typeOnly });
    expect(wrongArrow(imp('attribute/reported.ts', 'resolve/entities.ts', true))).toMatch(/later resolve/);
    expect(wrongArrow(imp('resolve/index.ts', 'attribute/context.ts'))).toMatch(/not only its types/);
    expect(wrongArrow(imp('resolve/index.ts', 'attribute/context.ts', true))).toBeNull();
    expect(wrongArrow(imp('text/names.ts', 'resolve/entities.ts', true))).toMatch(/text\/ imports/);
    expect(wrongArrow(imp('classify/stance.ts', join(SRC, 'render/table.ts')))).toMatch(/outside the pipeline/);
    expect(wrongArrow(imp('detect.ts', join(SRC, 'nlp/wink.ts'), true))).toMatch(/tagger/);
    expect(wrongArrow(imp('segment.ts', join(SRC, 'nlp/wink.ts'), true))).toBeNull();
    expect(wrongArrow(imp('index.ts', join(SRC, 'commands/list.ts')))).toMatch(/analyze imports/);
    expect(wrongArrow(imp('attribute/blocks.ts', 'text/names.ts'))).toBeNull();
  });

  it('reads multi-line and type-only imports and re-exports', () => {
    const f = at('classify/index.ts');
    const src = "import {\n  a,\n  b,\n} from './x.js';\nimport type { T } from '../y.js';\nexport { c } from './z.js';\nimport fs from 'node:fs';\n";
    expect(importsOf(f, src).map((i) => [relative(PIPELINE, i.to), i.typeOnly])).toEqual([
      ['classify/x.ts', false], ['y.ts', true], ['classify/z.ts', false],
    ]);
  });

  it('only src/nlp/wink.ts imports wink-nlp', () => {
    const importers = tsFiles(SRC).filter((f) => /from\s+'wink-(nlp|eng-lite-web-model)'/.test(readFileSync(f, 'utf8')));
    expect(importers.map((f) => relative(SRC, f))).toEqual(['nlp/wink.ts']);
  });
});
