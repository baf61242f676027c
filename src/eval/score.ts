// Scores found claims against gold, exactly as ../shared/docs/gold-format.md says:
// Dice overlap of word sets >= 0.5, one-to-one matching best overlap first; only claims
// that name a speaker are scored; claims inside `ignore` text are passed over; optional
// gold claims count neither for recall nor, when matched, against precision.
import type { Claim, ClaimKind } from '../types.js';
import type { Gold, GoldClaim } from './gold.js';

export interface Counts {
  /** Found claims that are scored (named speaker, not ignored, not matched to an optional). */
  found: number;
  /** Required gold claims. */
  gold: number;
  matched: number;
  /** Matched claims whose speaker is right. */
  attributed: number;
  kindRight: number;
  /** Matched claims whose gold has a stance, and those where ours agrees. */
  stanceGold: number;
  stanceRight: number;
  /** Required gold claims with a stance, found or not: a missed one counts as wrong. */
  stanceAll: number;
  /** Matched claims whose gold bears on a topic with no stance, and those we gave one. */
  noStanceGold: number;
  noStanceGiven: number;
  bandGold: number;
  bandRight: number;
}

export interface Prf { readonly precision: number; readonly recall: number; readonly f1: number }

export interface Score {
  readonly counts: Counts;
  readonly detection: Prf;
  readonly endToEnd: Prf;
  /** Share of matched claims whose speaker is right. */
  readonly attribution: number;
  readonly kind: number;
  /** Over matched claims whose gold has a stance / a band. */
  readonly stance: number;
  readonly band: number;
  /** Over every required gold stance, found or not. */
  readonly stanceAll: number;
  /** Share of matched claims on a topic with no stance in the gold that got one (invented positions). */
  readonly invented: number;
}

/** Stance over every required gold stance, by the gold's topic: right and all. */
export type ByTopic = Map<string, { right: number; all: number }>;

export interface Misses {
  readonly missed: readonly string[];
  readonly spurious: readonly string[];
  readonly misattributed: ReadonlyArray<{ text: string; found: string; gold: string; rules: readonly string[] }>;
}

const MIN_DICE = 0.5;
const ARTICLES = new Set(['the', 'a', 'an']);

export function emptyCounts(): Counts {
  return {
    found: 0, gold: 0, matched: 0, attributed: 0, kindRight: 0, stanceGold: 0, stanceRight: 0, stanceAll: 0, noStanceGold: 0, noStanceGiven: 0,
    bandGold: 0, bandRight: 0,
  };
}

/**
 * Matches one article's claims to its gold and adds to `counts`; returns what went wrong.
 * Each matched claim with the right speaker is also passed to `attributed`, if given.
 */
export function scoreArticle(
  text: string, claims: readonly Claim[], gold: Gold, counts: Counts, attributed?: (claim: Claim, gold: GoldClaim) => void,
  byTopic?: ByTopic,
): Misses {
  const tally = (g: GoldClaim): { right: number; all: number } => {
    const key = g.topic ?? '(no topic)';
    const t = byTopic?.get(key) ?? { right: 0, all: 0 };
    byTopic?.set(key, t);
    return t;
  };
  const ignored = ignoredSpans(text, gold.ignore);
  const found = claims.filter((c) => c.speaker && !ignored.some(([a, b]) => c.span.start >= a && c.span.end <= b));
  const foundWords = found.map((c) => words(c.text));
  const goldWords = gold.claims.map((g) => words(g.text));
  const pairs: Array<[number, number, number]> = [];
  foundWords.forEach((f, i) => goldWords.forEach((g, j) => {
    const d = dice(f, g);
    if (d >= MIN_DICE) pairs.push([d, i, j]);
  }));
  pairs.sort((x, y) => y[0] - x[0] || x[1] - y[1] || x[2] - y[2]);
  const fUsed = new Map<number, number>();
  const gUsed = new Set<number>();
  for (const [, i, j] of pairs) {
    if (fUsed.has(i) || gUsed.has(j)) continue;
    fUsed.set(i, j);
    gUsed.add(j);
  }
  const required = gold.claims.map((g) => !g.optional && g.speaker !== null);
  const misattributed: Array<{ text: string; found: string; gold: string; rules: readonly string[] }> = [];
  const spurious: string[] = [];
  found.forEach((c, i) => {
    const j = fUsed.get(i);
    if (j === undefined) { counts.found++; spurious.push(c.text); return; }
    if (!required[j]) return;
    const g = gold.claims[j]!;
    counts.found++;
    counts.matched++;
    if (speakerRight(c, g.speaker, g.aliases)) {
      counts.attributed++;
      attributed?.(c, g);
    } else misattributed.push({ text: c.text, found: c.speaker?.name ?? '', gold: g.speaker ?? '', rules: c.rules });
    if (c.kind === g.kind) counts.kindRight++;
    // The stance on the gold's topic (a claim may bear on two); with no topic named, the first.
    const ours = (g.topic ? c.topics?.find((x) => x.topic === g.topic) : undefined) ?? c.topics?.[0];
    if (g.stance) {
      counts.stanceGold++;
      if (ours?.stance === g.stance) {
        counts.stanceRight++;
        tally(g).right++;
      }
    } else if (g.topic) {
      counts.noStanceGold++;
      if (ours?.stance) counts.noStanceGiven++;
    }
    if (g.band) {
      counts.bandGold++;
      if ((ours?.band ?? c.estimate?.band) === g.band) counts.bandRight++;
    }
  });
  const missed = gold.claims.filter((_, j) => required[j] && !gUsed.has(j)).map((g) => g.text);
  counts.gold += required.filter(Boolean).length;
  for (const [j, g] of gold.claims.entries()) {
    if (!required[j] || !g.stance) continue;
    counts.stanceAll++;
    tally(g).all++;
  }
  return { missed, spurious, misattributed };
}

export function summarize(c: Counts): Score {
  return {
    counts: { ...c },
    detection: prf(c.matched, c.found, c.gold),
    endToEnd: prf(c.attributed, c.found, c.gold),
    attribution: c.matched ? round(c.attributed / c.matched) : 0,
    kind: c.matched ? round(c.kindRight / c.matched) : 0,
    stance: c.stanceGold ? round(c.stanceRight / c.stanceGold) : 0,
    band: c.bandGold ? round(c.bandRight / c.bandGold) : 0,
    stanceAll: c.stanceAll ? round(c.stanceRight / c.stanceAll) : 0,
    invented: c.noStanceGold ? round(c.noStanceGiven / c.noStanceGold) : 0,
  };
}

function prf(tp: number, found: number, gold: number): Prf {
  const precision = found ? tp / found : 0;
  const recall = gold ? tp / gold : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision: round(precision), recall: round(recall), f1: round(f1) };
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** Lower-cased letters and digits, accents folded. */
export function words(s: string): Set<string> {
  return new Set(fold(s).match(/[\p{L}\p{N}]+/gu) ?? []);
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

export function dice(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size && !b.size) return 0;
  let both = 0;
  for (const w of a) if (b.has(w)) both++;
  return (2 * both) / (a.size + b.size);
}

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'him', 'her', 'them']);

/** Name words, with a leading article dropped. */
function nameKey(s: string): string[] {
  const w = fold(s).match(/[\p{L}\p{N}]+/gu) ?? [];
  return ARTICLES.has(w[0] ?? '') ? w.slice(1) : w;
}

/** A found name (or alias) equal to a gold name or alias, or holding one as whole words. */
export function speakerRight(c: Pick<Claim, 'speaker'>, goldName: string | null, goldAliases: readonly string[]): boolean {
  if (!c.speaker || !goldName) return false;
  const found = [c.speaker.name, ...c.speaker.aliases].map(nameKey).filter((w) => w.length && !(w.length === 1 && PRONOUNS.has(w[0]!)));
  const gold = [goldName, ...goldAliases].map(nameKey).filter((w) => w.length);
  return found.some((f) => gold.some((g) => containsRun(f, g)));
}

function containsRun(hay: readonly string[], needle: readonly string[]): boolean {
  for (let i = 0; i + needle.length <= hay.length; i++) if (needle.every((w, k) => hay[i + k] === w)) return true;
  return false;
}

function ignoredSpans(text: string, ignore: readonly string[]): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const s of ignore) {
    if (!s) continue;
    for (let i = text.indexOf(s); i !== -1; i = text.indexOf(s, i + 1)) spans.push([i, i + s.length]);
  }
  return spans;
}

export type { ClaimKind };

/** Stance over every required gold stance, one row per question, in name order. */
export function stanceByTopic(byTopic: ByTopic): Array<{ topic: string; right: number; all: number; stanceAll: number }> {
  return [...byTopic].sort(([a], [b]) => a.localeCompare(b))
    .map(([topic, { right, all }]) => ({ topic, right, all, stanceAll: all ? round(right / all) : 0 }));
}
