// The process's streams, behind an interface so commands can be run in tests in-process.
import { fstatSync } from 'node:fs';
import { readCapped } from './decode.js';
export interface Io {
  out(text: string): void;
  /**
   * Resolves when standard output has room again: a pipe to a slow reader keeps what is
   * written in memory until it reads it. Absent where output is collected (tests).
   */
  drain?(): Promise<void>;
  err(text: string): void;
  readonly columns: number;
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). */
  readonly errIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  stdin(): Promise<Uint8Array>;
  /**
   * What standard input is: a terminal, a pipe or a file with text (`cat a.txt | claims
   * list`, `claims list < a.txt`), or anything else (nothing attached, /dev/null, a socket
   * a program left open), which is never waited on unless "-" is named.
   */
  stdinKind(): 'tty' | 'pipe' | 'file' | 'other';
}

export function nodeIo(): Io {
  return {
    out: (t) => { process.stdout.write(t); },
    drain: () => new Promise<void>((resolve) => {
      if (!process.stdout.writableNeedDrain) return resolve();
      const done = (): void => {
        process.stdout.off('drain', done);
        process.stdout.off('close', done);
        resolve();
      };
      process.stdout.on('drain', done);
      process.stdout.on('close', done);
    }),
    err: (t) => { process.stderr.write(t); },
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 100,
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
    env: process.env,
    stdinKind: () => {
      try {
        if (process.stdin.isTTY) return 'tty';
        const s = fstatSync(0);
        return s.isFIFO() ? 'pipe' : s.isFile() && s.size > 0 ? 'file' : 'other';
      } catch {
        return 'other';
      }
    },
    stdin: () => readCapped(process.stdin),
  };
}
