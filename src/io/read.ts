// Inputs → articles. Files, directories (searched for *.txt), glob patterns and "-" for
// stdin. Every problem with one input is a diagnostic; the other inputs are still read.
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { decode } from './decode.js';
import type { Article, Diagnostic } from '../types.js';

/** The bundled seed articles, named relative to the working directory when beneath it. */
export function seedsDir(cwd = process.cwd()): string {
  const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}
const TEXT_GLOB = '**/*.txt';


const error = (file: string, code: string, message: string): Diagnostic => ({ level: 'error', code, file, message });

/** Expands inputs to file paths, in the order given, each directory and glob sorted. */
export async function expandInputs(inputs: readonly string[]): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    if (input === '-') { paths.push('-'); continue; }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = (await fg(TEXT_GLOB, { cwd: input, onlyFiles: true })).sort();
      if (!found.length) diagnostics.push(error(input, 'E_EMPTY_DIR', 'the directory holds no .txt files'));
      paths.push(...found.map((f) => `${input.replace(/\/+$/, '')}/${f}`));
    } else if (info) {
      paths.push(input);
    } else if (fg.isDynamicPattern(input)) {
      const found = (await fg(input, { onlyFiles: true })).sort();
      if (!found.length) diagnostics.push(error(input, 'E_NO_MATCH', 'the pattern matches no file'));
      paths.push(...found);
    } else {
      diagnostics.push(error(input, 'E_NOT_FOUND', 'no such file or directory'));
    }
  }
  return { paths, diagnostics };
}

/** Reads the inputs one at a time, so memory holds one file at once (plus what `each` keeps). */
export async function eachArticle(
  inputs: readonly string[], stdin: () => Promise<Uint8Array>, each: (article: Article) => void,
): Promise<Diagnostic[]> {
  const { paths, diagnostics } = await expandInputs(inputs);
  const ids = new Set<string>();
  for (const path of paths) {
    let bytes: Uint8Array;
    try {
      bytes = path === '-' ? await stdin() : await readFile(path);
    } catch (e) {
      diagnostics.push(error(path, 'E_READ', `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`));
      continue;
    }
    const decoded = decode(bytes);
    if (!decoded.ok) {
      diagnostics.push(error(path, 'E_DECODE', decoded.reason));
      continue;
    }
    for (const w of decoded.warnings) diagnostics.push({ level: 'warning', code: 'W_DECODE', file: path, message: w });
    each({ id: uniqueId(path, ids), path, text: decoded.text });
  }
  return diagnostics;
}

/** The file name without its extension; "-2", "-3" … when two inputs share a name. */
function uniqueId(path: string, taken: Set<string>): string {
  const base = path === '-' ? 'stdin' : basename(path, extname(path));
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}
