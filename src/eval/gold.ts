// Gold annotation files (../shared/docs/gold-format.md): parsed and checked, with errors
// that name the field.
import type { ClaimKind } from '../types.js';

export interface GoldClaim {
  readonly speaker: string | null;
  readonly aliases: readonly string[];
  readonly kind: ClaimKind;
  readonly text: string;
  readonly optional: boolean;
  readonly stance: string | null;
  readonly band: string | null;
  /** The topic the claim bears on, if any (with or without a stance). */
  readonly topic: string | null;
}

export interface Gold {
  readonly document: string;
  readonly ignore: readonly string[];
  readonly claims: readonly GoldClaim[];
}

const KINDS = new Set(['direct', 'indirect', 'mixed']);

/** Parses a gold file's JSON text; throws an Error whose message says what is wrong. */
export function parseGold(json: string): Gold {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new Error(`not valid JSON (${(e as Error).message})`);
  }
  if (!isObject(data)) throw new Error('expected a JSON object at the top');
  if (!Array.isArray(data.claims)) throw new Error('expected "claims" to be an array');
  const claims = data.claims.map((c: unknown, i: number): GoldClaim => {
    if (!isObject(c) || typeof c.text !== 'string') throw new Error(`claims[${i}]: expected an object with a "text" string`);
    if (!KINDS.has(String(c.kind))) throw new Error(`claims[${i}].kind: expected direct, indirect or mixed, found ${JSON.stringify(c.kind)}`);
    return {
      speaker: typeof c.speaker === 'string' ? c.speaker : null,
      aliases: Array.isArray(c.aliases) ? c.aliases.filter((a): a is string => typeof a === 'string') : [],
      kind: c.kind as ClaimKind,
      text: c.text,
      optional: c.optional === true,
      stance: typeof c.stance === 'string' ? c.stance : null,
      band: typeof c.band === 'string' ? c.band : null,
      topic: typeof c.topic === 'string' ? c.topic : null,
    };
  });
  return {
    document: typeof data.document === 'string' ? data.document : '',
    ignore: Array.isArray(data.ignore) ? data.ignore.filter((s): s is string => typeof s === 'string') : [],
    claims,
  };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
