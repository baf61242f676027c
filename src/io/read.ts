// Inputs → articles. Files, directories (searched for *.txt), glob patterns and "-" for
// stdin. Every problem with one input is a diagnostic; the other inputs are still read.
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename, extname, isAbsolute, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import fg from 'fast-glob';
import { REASONS, decode, isUtf16, looksBinary, readCapped, unsupported } from './decode.js';
import { EXTENSIONS, formatOf, fromMarkdown, jsonlArticle } from './formats.js';
import { type Line, lines, textLines } from './lines.js';
import { uniqueIds } from '../ids.js';
import type { Article, ArticleMeta, Diagnostic } from '../types.js';

/** The bundled seed articles, named relative to the working directory when beneath it. */
export function seedsDir(cwd = process.cwd()): string {
  const dir = fileURLToPath(new URL('../../seeds/', import.meta.url));
  const rel = relative(cwd, dir);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : dir;
}
/** The glob for a directory: every supported extension, or the ones --ext names. */
function globFor(ext: readonly string[] | undefined): string {
  const list = ext?.length ? ext : Object.keys(EXTENSIONS);
  return list.length === 1 ? `**/*.${list[0]}` : `**/*.{${list.join(',')}}`;
}


/**
 * The files a glob matches, and links to files, sorted. A link to a directory is not
 * followed: one to a parent made the listing run forever.
 */
async function filesMatching(pattern: string, options: { cwd?: string; caseSensitiveMatch?: boolean }): Promise<string[]> {
  const entries = await fg(pattern, { ...options, onlyFiles: false, followSymbolicLinks: false, objectMode: true });
  const isFile = (path: string): boolean => {
    try {
      return statSync(options.cwd ? join(options.cwd, path) : path).isFile();
    } catch {
      return false; // a broken link
    }
  };
  return entries.filter((e) => e.dirent.isFile() || (e.dirent.isSymbolicLink() && isFile(e.path))).map((e) => e.path).sort();
}

const error = (file: string, code: string, message: string): Diagnostic => ({ level: 'error', code, file, message });

/** Document formats that are no text, by extension: refused with a way to convert them. */
const DOCUMENT_EXTENSIONS: Readonly<Record<string, string>> = {
  pdf: 'a PDF', doc: 'a Word document', docx: 'a Word document', odt: 'an OpenDocument text', rtf: 'an RTF document',
  epub: 'an EPUB book', pages: 'a Pages document', xls: 'a spreadsheet', xlsx: 'a spreadsheet', ppt: 'a slide deck', pptx: 'a slide deck',
};

/** Expands inputs to file paths, in the order given, each directory and glob sorted. */
export async function expandInputs(inputs: readonly string[], ext?: readonly string[]): Promise<{ paths: string[]; diagnostics: Diagnostic[] }> {
  const paths: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) {
    if (input === '-') { paths.push('-'); continue; }
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(input)) {
      diagnostics.push(error(input, 'E_URL', 'URLs are not fetched: save the page (as .html) and pass the file'));
      continue;
    }
    const document = DOCUMENT_EXTENSIONS[extname(input).slice(1).toLowerCase()];
    if (document) {
      diagnostics.push(error(input, 'E_UNSUPPORTED', unsupported(document)));
      continue;
    }
    const info = await stat(input).catch(() => null);
    if (info?.isDirectory()) {
      const found = await filesMatching(globFor(ext), { cwd: input, caseSensitiveMatch: false });
      if (!found.length) diagnostics.push(error(input, 'E_EMPTY_DIR', `the directory holds no ${(ext?.length ? ext : ['txt', 'html', 'md', 'jsonl']).map((e) => `.${e}`).join(', ')} files`));
      paths.push(...found.map((f) => `${input.replace(/\/+$/, '')}/${f}`));
    } else if (info) {
      paths.push(input);
    } else if (fg.isDynamicPattern(input)) {
      const found = await filesMatching(input, {});
      if (!found.length) diagnostics.push(error(input, 'E_NO_MATCH', 'the pattern matches no file'));
      paths.push(...found);
    } else {
      diagnostics.push(error(input, 'E_NOT_FOUND', 'no such file or directory'));
    }
  }
  return { paths, diagnostics };
}

/**
 * Reads the inputs one at a time, so memory holds one file at once (plus what `each` keeps),
 * and a JSON Lines file one line at once. `listing` is `expandInputs(inputs)`, made once by
 * the caller. `progress` gets the files done so far, a fraction within a JSON Lines file.
 */
export async function eachArticle(
  inputs: readonly string[], listing: { paths: readonly string[]; diagnostics: Diagnostic[] }, stdin: () => Promise<Uint8Array>,
  each: (article: Article) => void | Promise<void>, progress?: (done: number, total: number) => void,
): Promise<Diagnostic[]> {
  const { paths, diagnostics } = listing;
  const uniqueId = uniqueIds(); // "-2", "-3" … added when two inputs share a name
  const named = new Set(inputs); // paths given by name; the others came from a listing
  // Files are read synchronously and analysis is synchronous too: the event loop gets a
  // turn now and then, so Ctrl-C, worker messages and the progress line are served.
  let yielded = Date.now();
  const breathe = async (): Promise<void> => {
    if (Date.now() - yielded <= 50) return;
    await new Promise((resolve) => setImmediate(resolve));
    yielded = Date.now();
  };
  // A JSON Lines file goes line by line, each article on as soon as its line is read.
  // Malformed lines are reported one by one up to MAX_LINE_ERRORS, then counted.
  const jsonl = async (path: string, lines: Iterable<Line>, size: number, done: number): Promise<void> => {
    let any = false;
    let bad = 0;
    for (const line of lines) {
      const a = jsonlArticle(line.text, line.number);
      if (!a) continue;
      any = true;
      if ('reason' in a) {
        if (++bad <= MAX_LINE_ERRORS) diagnostics.push(error(`${path}:${line.number}`, 'E_JSONL', a.reason));
        continue;
      }
      await each({ id: uniqueId(`${baseName(path)}#${a.id}`), path: `${path}#${a.id}`, text: a.text, meta: a.meta });
      progress?.(done + Math.min(1, line.at / size), paths.length);
      await breathe();
    }
    if (!any) diagnostics.push(error(path, 'E_DECODE', REASONS.blank));
    if (bad > MAX_LINE_ERRORS) diagnostics.push(error(path, 'E_JSONL', `${bad - MAX_LINE_ERRORS} more malformed lines`));
  };
  for (const [done, path] of paths.entries()) {
    progress?.(done, paths.length);
    const file = path !== '-' && formatOf(path, '') === 'jsonl' ? openJsonl(path) : null;
    if (file && 'reason' in file) diagnostics.push(error(path, file.code, file.reason));
    else if (file) {
      const warn = (message: string): void => { diagnostics.push({ level: 'warning', code: 'W_DECODE', file: path, message }); };
      try {
        await jsonl(path, lines(file.fd, warn), file.size, done);
      } finally {
        closeSync(file.fd);
      }
    }
    if (file) continue;
    const read = path === '-' ? await settle(stdin()) : await readPath(path, named.has(path));
    if ('code' in read) {
      diagnostics.push(error(path, 'E_READ', `cannot be read (${read.code})`));
      continue;
    }
    const { bytes } = read;
    const decoded = decode(bytes);
    if (!decoded.ok) {
      diagnostics.push(error(path, 'E_DECODE', decoded.reason));
      continue;
    }
    for (const w of decoded.warnings) diagnostics.push({ level: 'warning', code: 'W_DECODE', file: path, message: w });
    const format = formatOf(path, decoded.text);
    if (format === 'jsonl') { // from a pipe, or in UTF-16
      await jsonl(path, textLines(decoded.text), decoded.text.length, done);
      continue;
    }
    let extracted: { text: string; meta?: ArticleMeta | undefined };
    try {
      extracted = format === 'html' ? (await import('./html.js')).fromHtml(decoded.text)
        : format === 'markdown' ? fromMarkdown(decoded.text) : { text: decoded.text, meta: undefined };
    } catch (e) {
      // A page the extractor fails on is this input's problem; the others are still read.
      diagnostics.push(error(path, 'E_EXTRACT', `its ${format === 'html' ? 'page' : 'text'} could not be read (${(e as Error).message ?? String(e)})`));
      continue;
    }
    const { text, meta } = extracted;
    if (!text.trim()) {
      diagnostics.push(error(path, 'E_EMPTY', format === 'html' ? 'no article text was found in the page' : 'the file holds no text'));
      continue;
    }
    await each({ id: uniqueId(baseName(path)), path, text, ...(meta && Object.keys(meta).length ? { meta } : {}) });
    await breathe();
  }
  return diagnostics;
}

/** Malformed lines of one JSON Lines file reported each; the rest are counted in one message. */
const MAX_LINE_ERRORS = 10;

type Read = { bytes: Uint8Array } | { code: string };

type Opened = { fd: number; size: number } | { code: string; reason: string };

/**
 * A JSON Lines file opened to be read line by line, or refused as decode.ts refuses any file
 * (empty, binary). Null for what is read whole instead: anything but a regular file (a pipe
 * is read asynchronously, see readPath) and UTF-16, rare in JSON Lines.
 */
function openJsonl(path: string): Opened | null {
  let fd: number | null = null;
  try {
    if (!statSync(path).isFile()) return null;
    fd = openSync(path, 'r');
    const head = new Uint8Array(8192);
    const got = head.subarray(0, readSync(fd, head, 0, head.length, 0));
    const refusal = !got.length ? REASONS.empty : looksBinary(got) && !isUtf16(got) ? REASONS.binary : null;
    if (!refusal && !isUtf16(got)) return { fd, size: fstatSync(fd).size };
    closeSync(fd);
    return refusal ? { code: 'E_DECODE', reason: refusal } : null;
  } catch (e) {
    if (fd !== null) closeSync(fd);
    return { code: 'E_READ', reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})` };
  }
}

/**
 * A regular file is read synchronously: an awaited read of a small file cost as much as
 * its analysis, in open/stat/read/close round trips (measured, issue 7). A named pipe is
 * read asynchronously, so it cannot block Ctrl-C, and only as far as readCapped reads; a
 * device is refused. Directory listings and globs hold regular files only; a path named on
 * the command line is checked.
 */
function readPath(path: string, named: boolean): Read | Promise<Read> {
  try {
    if (!named) return { bytes: readFileSync(path) };
    const info = statSync(path);
    if (info.isFile()) return { bytes: readFileSync(path) };
    // A device ("/dev/zero", a terminal) is no file of text, and may never end.
    if (info.isCharacterDevice() || info.isBlockDevice() || info.isSocket()) return { code: 'a device, not a file' };
  } catch (e) {
    return { code: (e as NodeJS.ErrnoException).code ?? 'error' };
  }
  return settle(readCapped(createReadStream(path)));
}

/** A read that never rejects: its failure is a diagnostic. */
function settle(read: Promise<Uint8Array>): Promise<Read> {
  return read.then((bytes) => ({ bytes }), (e: NodeJS.ErrnoException) => ({ code: e.code ?? 'error' }));
}

function baseName(path: string): string {
  return path === '-' ? 'stdin' : basename(path, extname(path));
}
