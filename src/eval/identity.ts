// Source identity across the articles of a run: does each real source keep one id, and does
// any id hold two real sources? Gold sources are unified across articles by their `speaker`
// names and their multi-word, capitalised aliases ("Erik Holm" with alias "Minister Erik
// Holm" in one article, "Minister Erik Holm" in another), spelled alike once transliteration
// variants are folded. A single-word alias ("Holm") joins nothing: two people may share a surname.
//
// Only claims that matched a gold claim with the right speaker are counted, so an attribution
// error (already counted by end-to-end F1) is not counted again as a split or an over-merge.
import type { GoldClaim } from './gold.js';
import { translitFold } from '../pipeline/text/translit.js';

export interface Attributed {
  readonly document: string;
  /** The source id the run gave the claim (after merging across articles). */
  readonly id: string;
  readonly gold: GoldClaim;
}

export interface Identity {
  /** Gold sources with attributed claims in two or more articles. */
  readonly sources: number;
  /** Of those, the ones whose claims all carry one id. */
  readonly merged: number;
  readonly mergedShare: number;
  /** Ids whose claims belong to two or more gold sources. */
  readonly overMerged: number;
  /**
   * Of those, the ids that hold two people with different given names ("Anna Berg" and
   * "Olav Berg"), neither gold source listing the other's full name among its aliases.
   */
  readonly differentPeople: number;
  /** The sources that were split, with their ids; the ids that were over-merged, with their sources. */
  readonly split: ReadonlyArray<{ readonly source: string; readonly ids: readonly string[] }>;
  readonly joined: ReadonlyArray<{ readonly id: string; readonly sources: readonly string[] }>;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
const STOP = new Set(['the', 'a', 'an', 'of', 'for', 'and', 'in', 'on']);
const nameWords = (s: string): string[] => (fold(s).match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !STOP.has(w));

/**
 * An alias that names the source: multi-word, capitalised, and sharing a word with the name
 * ("Sen. Erik Holm" for "Erik Holm", "Norland Transport Ministry" for "Ministry of Transport
 * of Norland"). "The company" or "First Minister" is a description that two sources may share.
 */
function namingAlias(alias: string, speaker: string): boolean {
  const a = alias.trim();
  if (!/^\p{Lu}/u.test(a) || !/\S\s+\S/u.test(a)) return false;
  const name = new Set(nameWords(speaker).map(stem));
  return nameWords(a).some((w) => name.has(stem(w)));
}

/** "belarusian" and "belarus", "norlandic" and "norland": one word for this comparison. */
const stem = (w: string): string => w.replace(/(?:ian|ic|ish|ese|an|n)$/, '');

export function identity(claims: readonly Attributed[]): Identity {
  // Union-find over "document + gold speaker": the same name in two articles, or a shared
  // multi-word alias, is one source.
  const parent = new Map<string, string>();
  const root = (k: string): string => {
    let r = k;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(k, r);
    return r;
  };
  const byKey = new Map<string, string>();
  for (const c of claims) {
    const node = `${c.document}\u0000${fold(c.gold.speaker ?? '')}`;
    if (!parent.has(node)) parent.set(node, node);
    for (const name of [c.gold.speaker ?? '', ...c.gold.aliases.filter((a) => namingAlias(a, c.gold.speaker ?? ''))]) {
      const key = translitFold(name); // one spelling of a transliterated name ("Oleksiy"/"Oleksii")
      if (!key) continue;
      const other = byKey.get(key);
      if (other === undefined) byKey.set(key, node);
      else parent.set(root(node), root(other));
    }
  }
  const bySource = new Map<string, { name: string; names: Set<string>; docs: Set<string>; ids: Set<string> }>();
  const byId = new Map<string, Set<string>>();
  for (const c of claims) {
    const r = root(`${c.document}\u0000${fold(c.gold.speaker ?? '')}`);
    const s = bySource.get(r) ?? { name: c.gold.speaker ?? '', names: new Set(), docs: new Set(), ids: new Set() };
    for (const n of [c.gold.speaker ?? '', ...c.gold.aliases]) s.names.add(fold(n));
    s.docs.add(c.document);
    s.ids.add(c.id);
    bySource.set(r, s);
    byId.set(c.id, (byId.get(c.id) ?? new Set()).add(r));
  }
  const across = [...bySource.values()].filter((s) => s.docs.size >= 2);
  const merged = across.filter((s) => s.ids.size === 1).length;
  const nameOf = (r: string): string => bySource.get(r)?.name ?? r;
  const over = [...byId].filter(([, rs]) => rs.size > 1);
  const joined = over.map(([id, rs]) => ({ id, sources: [...rs].map(nameOf).sort() }));
  const people = (a: string, b: string): boolean => differentPeople(bySource.get(a)!, bySource.get(b)!);
  const differing = over.filter(([, rs]) => [...rs].some((a, i) => [...rs].slice(i + 1).some((b) => people(a, b)))).length;
  return {
    sources: across.length,
    merged,
    mergedShare: across.length ? Math.round((merged / across.length) * 1000) / 1000 : 0,
    overMerged: joined.length,
    differentPeople: differing,
    split: across.filter((s) => s.ids.size > 1).map((s) => ({ source: s.name, ids: [...s.ids].sort() })),
    joined,
  };
}

/** Two people's names with different first words (titles aside), neither among the other's names. */
function differentPeople(a: { name: string; names: Set<string> }, b: { name: string; names: Set<string> }): boolean {
  const given = (name: string): string | null => {
    if (!/^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)+$/u.test(name.trim())) return null; // a person's name: capitalised words
    const w = nameWords(name).filter((x) => !TITLE_WORDS.has(x));
    return w.length >= 2 ? w[0]! : null;
  };
  // (One name transliterated two ways, "Oleksiy"/"Oleksii", is no different given name.)
  const [x, y] = [given(a.name), given(b.name)].map((g) => (g === null ? null : translitFold(g)));
  return !!x && !!y && x !== y && !a.names.has(fold(b.name)) && !b.names.has(fold(a.name));
}

const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'dr', 'sen', 'senator', 'president', 'minister', 'gen', 'general', 'sir']);
