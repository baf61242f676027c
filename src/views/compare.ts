// Positions on one topic, one row per source: its strongest estimative wording, band and
// range on the chosen scale, its stance when no band is stated, and its conditions. Pure.
import { BANDS, type Band, RANGES, type Scale } from '../lexicons/estimative.js';
import { stanceOfBand } from '../pipeline/classify/index.js';
import { dated } from '../pipeline/resolve/merge.js';
import type { Claim, SourceType, Stance } from '../types.js';

export interface CompareRow {
  readonly source: { readonly id: string; readonly name: string; readonly type: SourceType };
  /** The source's position: from its strongest band, else the stance most of its claims take. */
  readonly position: Stance | null;
  readonly phrase: string | null;
  readonly band: Band | null;
  readonly range: readonly [number, number] | null;
  readonly claims: number;
  readonly conditions: readonly string[];
  readonly evidence: readonly string[];
  /** Outlets that carried these claims, and the first and last date among them. */
  readonly outlets: readonly string[];
  readonly first: string | null;
  readonly last: string | null;
}

const STANCE_ORDER: readonly Stance[] = ['unlikely', 'possible', 'conditional', 'likely'];

export function compareRows(claims: readonly Claim[], topic: string, scale: Scale): CompareRow[] {
  const bySource = new Map<string, Claim[]>();
  for (const c of claims) {
    if (!c.speaker || !c.topics?.some((t) => t.topic === topic)) continue;
    const list = bySource.get(c.speaker.id);
    if (list) list.push(c);
    else bySource.set(c.speaker.id, [c]);
  }
  const rows = [...bySource.values()].map((list) => row(list, topic, scale));
  return rows.sort((a, b) => order(a) - order(b) || a.source.name.localeCompare(b.source.name));
}

function row(list: readonly Claim[], topic: string, scale: Scale): CompareRow {
  const stances = list.map((c) => c.topics!.find((t) => t.topic === topic)!);
  // The strongest band is the one furthest from an even chance.
  const banded = stances.filter((s) => s.band).sort((a, b) => strength(b.band!) - strength(a.band!));
  const strongest = banded[0];
  const counts = new Map<Stance, number>();
  for (const s of stances) if (s.stance && s.stance !== 'conditional') counts.set(s.stance, (counts.get(s.stance) ?? 0) + 1);
  const majority = [...counts.entries()].sort((a, b) => b[1] - a[1] || STANCE_ORDER.indexOf(a[0]) - STANCE_ORDER.indexOf(b[0]))[0]?.[0];
  // Each condition once, though several claims state it.
  const conditions = [...new Set(stances.filter((s) => s.stance === 'conditional' && s.condition).map((s) => s.condition!))];
  const speaker = list[0]!.speaker!;
  return {
    source: { id: speaker.id, name: speaker.name, type: speaker.type },
    position: strongest ? stanceOfBand(strongest.band!) : majority ?? (conditions.length ? 'conditional' : null),
    phrase: strongest?.phrase ?? null,
    band: strongest?.band ?? null,
    range: strongest ? RANGES[scale][strongest.band!] : null,
    claims: list.length,
    conditions,
    evidence: list.map((c) => c.id),
    ...dated(list),
  };
}

function strength(band: Band): number {
  return Math.abs(BANDS.indexOf(band) - 3);
}

/** Banded rows first, low to high; then the rest by stance. */
function order(r: CompareRow): number {
  if (r.range) return (r.range[0] + r.range[1]) / 2;
  return 200 + (r.position ? STANCE_ORDER.indexOf(r.position) : 9);
}

/** A band as words, the same in the chart and the table: "almost no chance 1–5 %". */
export function bandLabel(band: Band, range: readonly [number, number]): string {
  return `${band.replace(/-/g, ' ')} ${range[0]}–${range[1]} %`;
}
