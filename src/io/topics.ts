// Topics are data: the built-in ones in ../../topics/*.json, and the user's own from
// --topics FILE (one topic object, an array of them, the {"topics": [...]} that `claims topics
// --format json` prints, or one topic a line). A malformed file is a UsageError
// that names the file and the problem.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { wholeCharEnd } from '../letters.js';
import type { Topic } from '../types.js';

const BUILT_IN = fileURLToPath(new URL('../../topics/', import.meta.url));

export function loadTopics(extra?: string | readonly string[]): Topic[] {
  const topics = readdirSync(BUILT_IN).filter((f) => f.endsWith('.json')).sort()
    .flatMap((f) => parseTopics(readFileSync(BUILT_IN + f, 'utf8'), `topics/${f}`));
  // --topics may be given more than once: later files add topics, or replace those of the same id.
  for (const file of typeof extra === 'string' ? [extra] : extra ?? []) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new UsageError(`Cannot read the topic file "${file}" (${(e as NodeJS.ErrnoException).code ?? 'error'}).`);
    }
    for (const t of parseTopics(text, file)) {
      const i = topics.findIndex((x) => x.id === t.id);
      if (i >= 0) topics[i] = t;
      else topics.push(t);
    }
  }
  return topics;
}

/** Parses and checks a topic file; throws a UsageError naming the file and the field. */
export function parseTopics(text: string, file: string): Topic[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // One topic a line, as `claims topics --format ndjson` prints them.
    const lines = text.split('\n').filter((l) => l.trim());
    try {
      if (lines.length < 2) throw e;
      data = lines.map((l) => JSON.parse(l) as unknown);
    } catch {
      throw new UsageError(`The topic file "${file}" is not valid JSON: ${(e as Error).message}.`);
    }
  }
  // What `claims topics --format json` prints: {"topics": [...]}, read back as it is.
  if (typeof data === 'object' && data !== null && !Array.isArray(data) && Array.isArray((data as { topics?: unknown }).topics)) data = (data as { topics: unknown[] }).topics;
  const list = Array.isArray(data) ? data : [data];
  return list.map((t, i) => {
    const where = `The topic file "${file}"${Array.isArray(data) ? `, topic ${i + 1},` : ''}`;
    if (typeof t !== 'object' || t === null) throw new UsageError(`${where} must hold an object, found ${shown(t)}.`);
    const o = t as Record<string, unknown>;
    if (typeof o.id !== 'string' || !/^[a-z0-9][a-z0-9-]*$/.test(o.id)) {
      throw new UsageError(`${where} needs "id": a lower-case word such as "harbour-strike", found ${shown(o.id)}.`);
    }
    const words = (key: string, required: boolean): string[] => {
      const v = o[key];
      if (v === undefined && !required) return [];
      if (!Array.isArray(v) || v.some((w) => typeof w !== 'string' || !w.trim()) || (required && !v.length)) {
        throw new UsageError(`${where} needs "${key}": a list of words or phrases, found ${shown(v)}.`);
      }
      // "attack*": any letters in place of the "*". Two in one word ("a*b*c") could make a
      // search take time in a power of a word's length (a 40-letter word took 22 s with nine).
      const starred = v.find((w: string) => w.split(/\s+/).some((word) => word.indexOf('*') !== word.lastIndexOf('*')));
      if (starred) throw new UsageError(`${where} has ${shown(starred)} in "${key}": a word may hold one "*" (any letters in its place, as in "attack*").`);
      return v.map((w: string) => w.toLowerCase().trim());
    };
    return {
      id: o.id,
      question: typeof o.question === 'string' ? o.question : o.id,
      actors: words('actors', false),
      events: words('events', true),
      denials: words('denials', false),
    };
  });
}

/** A value of the file in a message: as JSON (control characters escaped), cut short. */
function shown(v: unknown): string {
  const json = JSON.stringify(v) ?? String(v);
  return json.length > SHOWN_CHARS ? `${json.slice(0, wholeCharEnd(json, SHOWN_CHARS))}…` : json;
}
const SHOWN_CHARS = 80;
