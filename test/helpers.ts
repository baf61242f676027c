// Shared test helpers: one tagger per test worker, claims projected to short tuples that
// read like the text they came from (textacy's table-driven style).
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import type { Io } from '../src/io/terminal.js';
import type { Claim } from '../src/types.js';

export function claimsOf(text: string): Claim[] {
  return [...analyze({ id: 't', path: 't.txt', text }, getTagger()).claims];
}

/** [speaker, kind, text] for each claim, in order. */
export function tuples(text: string): Array<[string | null, string, string]> {
  return claimsOf(text).map((c) => [c.speaker?.name ?? null, c.kind, c.text]);
}

export interface FakeIo extends Io {
  readonly stdout: () => string;
  readonly stderr: () => string;
}

export function fakeIo(opts: { stdin?: string; stdinKind?: 'tty' | 'pipe' | 'file' | 'other'; isTTY?: boolean; env?: NodeJS.ProcessEnv } = {}): FakeIo {
  let out = '';
  let err = '';
  return {
    out: (t) => { out += t; },
    err: (t) => { err += t; },
    columns: 120,
    isTTY: opts.isTTY ?? false,
    errIsTTY: false,
    env: opts.env ?? {},
    stdin: async () => new TextEncoder().encode(opts.stdin ?? ''),
    stdinKind: () => opts.stdinKind ?? 'other',
    stdout: () => out,
    stderr: () => err,
  };
}
