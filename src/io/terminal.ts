// The process's streams, behind an interface so commands can be run in tests in-process.
export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly columns: number;
  readonly isTTY: boolean;
  /** Whether stderr is a terminal (for the progress line). */
  readonly errIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  stdin(): Promise<Uint8Array>;
}

export function nodeIo(): Io {
  return {
    out: (t) => { process.stdout.write(t); },
    err: (t) => { process.stderr.write(t); },
    columns: process.stdout.columns || Number(process.env.COLUMNS) || 100,
    isTTY: !!process.stdout.isTTY,
    errIsTTY: !!process.stderr.isTTY,
    env: process.env,
    stdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks);
    },
  };
}
