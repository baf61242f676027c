// Shared test helpers: one tagger per test worker, claims projected to short tuples that
// read like the text they came from (textacy's table-driven style).
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { compileTopics } from '../src/pipeline/classify/index.js';
import { parseTopics } from '../src/io/topics.js';
import type { Io } from '../src/io/terminal.js';
import type { Claim, TopicStance } from '../src/types.js';

export function claimsOf(text: string): Claim[] {
  return [...analyze({ id: 't', path: 't.txt', text }, getTagger()).claims];
}

/** [speaker, kind, text] for each claim, in order. */
export function tuples(text: string): Array<[string | null, string, string]> {
  return claimsOf(text).map((c) => [c.speaker?.name ?? null, c.kind, c.text]);
}

/** Our own test topic: will the dock strike spread? */
export const strikeTopic = compileTopics(parseTopics(JSON.stringify({
  id: 'strike-spreads', question: 'Will the dock strike spread?', actors: ['dock*', 'port*', 'union'],
  events: ['strike*', 'walk out', 'spread*'], denials: ['no plans to strike'],
}), 'test'));

/** The stance of the first claim of a text on the strike topic (undefined: it does not bear on it). */
export function stanceOn(text: string, nth = 0): TopicStance | undefined {
  return analyze({ id: 't', path: 't', text }, getTagger(), strikeTopic).claims[nth]?.topics?.[0];
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
