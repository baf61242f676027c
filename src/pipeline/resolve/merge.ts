// merge: one source across all articles of a run, however each article names it. Pure.
// Sources of one article were already resolved (surnames, pronouns, "the ministry"); across
// articles they are the same source when
//   - their full names agree (case and accents folded);
//   - two organisations have the same content words once demonyms are folded to their
//     stem ("Norlandic Transport Ministry" = "Ministry of Transport of Norland");
//   - one is an acronym of the other ("ISR" = "Institute for Shipping Research") and no
//     other organisation of the run has those initials, or both are the same acronym,
//     neither defined in its article;
//   - two people share a surname and a first name, an initial, or a role. Two people who
//     share only a surname stay apart: "Holm" in one article is not "Erik Holm" in another;
//   - two people's names are one transliterated two ways ("Oleksiy"/"Oleksii", text/translit.ts);
//   - a role with its owner ("Holm's campaign manager") names the one person of the run
//     given that role, and a surname alone the one person of the run with that surname.
import { NAME_SUFFIXES, TITLES } from '../../lexicons/names.js';
import { initials } from '../text/names.js';
import { translitFold } from '../text/translit.js';
import { slug, uniqueIds } from '../../ids.js';
import type { Analysis, Claim, ClaimKind, SourceRecord, SourceType, Speaker } from '../../types.js';

interface Entry {
  readonly doc: string;
  readonly speaker: Speaker;
}

const STOP = new Set(['the', 'of', 'for', 'and', 'on', 'in', 'a', 'an']);
const TYPE_ORDER: readonly SourceType[] = ['person', 'government', 'media', 'organization', 'vague'];

export interface Merged {
  readonly claims: Claim[];
  readonly sources: SourceRecord[];
}

export function merge(analyses: readonly Analysis[]): Merged {
  WORDS.clear();
  PERSON_WORDS.clear();
  const entries: Entry[] = [];
  // Each article's speakers by id, to the index of their entry: keyed per article, so no
  // key string is made for a speaker or a claim (a corpus has tens of thousands).
  const first: number[] = []; // each article's first entry
  const byId = analyses.map((a) => {
    const ids = new Map<string, number>();
    first.push(entries.length);
    for (const s of a.sources) {
      ids.set(s.id, entries.length);
      entries.push({ doc: a.article.path, speaker: s });
    }
    return ids;
  });
  const root = clusters(entries);
  const records = new Map<number, Draft>();
  entries.forEach((e, i) => {
    const r = root(i);
    const d = records.get(r) ?? newDraft();
    d.entries.push(e);
    records.set(r, d);
  });
  const canonical = new Map<number, Speaker>();
  const uniqueId = uniqueIds();
  for (const [r, d] of records) canonical.set(r, canonicalOf(d, uniqueId));
  const claims: Claim[] = [];
  analyses.forEach((a, k) => {
    const ids = byId[k]!;
    const byName = new Map<string, number>(); // an outlet's name in this article → its cluster
    for (let i = first[k]!; i < first[k]! + a.sources.length; i++) byName.set(entries[i]!.speaker.name, root(i));
    for (const c of a.claims) {
      const i = c.speaker ? ids.get(c.speaker.id) : undefined;
      const r = i === undefined ? undefined : root(i);
      const chain = c.viaChain.map((v) => byName.get(v));
      const viaChain = chain.length ? chain.map((v, n) => (v === undefined ? c.viaChain[n] ?? '' : canonical.get(v)?.name ?? '')) : c.viaChain;
      const out: Claim = { ...c, speaker: r === undefined ? null : canonical.get(r) ?? null, via: viaChain[0] ?? null, viaChain };
      if (r !== undefined) records.get(r)?.claims.push(out);
      for (const v of chain) if (v !== undefined) records.get(v)?.relayed.push(c.id);
      claims.push(out);
    }
  });
  const sources = [...records.entries()].map(([r, d]) => record(canonical.get(r)!, d))
    .sort((x, y) => y.claims.length - x.claims.length || y.relayed.length - x.relayed.length || x.name.localeCompare(y.name));
  WORDS.clear();
  PERSON_WORDS.clear();
  return { claims, sources };
}

interface Draft {
  readonly entries: Entry[];
  readonly claims: Claim[];
  readonly relayed: string[];
}

const newDraft = (): Draft => ({ entries: [], claims: [], relayed: [] });

/** Union-find over the entries, joined by the rules in the header. */
function clusters(entries: readonly Entry[]): (i: number) => number {
  const parent = entries.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const join = (a: number, b: number): void => { parent[root(a)] = root(b); };
  const byKey = new Map<string, number>();
  const joinOn = (key: string, i: number): void => {
    const j = byKey.get(key);
    if (j === undefined) byKey.set(key, i);
    else join(i, j);
  };
  entries.forEach((e, i) => {
    const s = e.speaker;
    const parts = s.name.includes(' and ') ? s.name.split(' and ') : [];
    for (const name of [s.name, ...s.aliases]) {
      // "Nordwire and Radio Nord" speaking together is not Nordwire speaking alone.
      if (name !== s.name && parts.includes(name)) continue;
      if (s.type === 'person') personKeys(name, s.role).forEach((k) => joinOn(`p:${k}`, i));
      else if (!/^\p{Lu}{2,8}$/u.test(name)) joinOn(`o:${orgKey(name)}`, i);
      // An acronym as the name itself (never defined in its article) is the same source as
      // that acronym named so elsewhere; as an alias it stands for its own article's
      // expansion, which may differ from another article's.
      else if (name === s.name) joinOn(`a:${name}`, i);
    }
  });
  // An acronym joins the organisations whose initials it is (initials alone join nothing).
  // Entries of one name are joined already (by their key above), so one entry a name
  // stands for all: an acronym used in every article of a corpus costs no square.
  const byInitials = new Map<string, Map<string, number>>(); // initials → name → its first entry
  entries.forEach((e, i) => {
    if (e.speaker.type === 'person') return;
    const key = initials(e.speaker.name);
    const names = byInitials.get(key) ?? new Map<string, number>();
    if (!names.has(e.speaker.name)) names.set(e.speaker.name, i);
    byInitials.set(key, names);
  });
  // Only an acronym that is a name joins so (an alias was defined in its article, as that
  // article's expansion), and only when the names of those initials are one organisation:
  // two different ones make the acronym ambiguous.
  entries.forEach((e, i) => {
    const name = e.speaker.name;
    if (e.speaker.type === 'person' || !/^\p{Lu}{2,8}$/u.test(name)) return;
    const expansions = new Set([...(byInitials.get(name)?.values() ?? [])].map(root));
    if (expansions.size === 1) for (const j of expansions) join(i, j);
  });
  joinOwnedRoles(entries, root, join);
  joinSurnames(entries, root, join);
  return root;
}

/**
 * A person named by surname alone in an article that gives no fuller name ("Holm said") is
 * the one person of the run with that surname and a given name ("Erik Holm"); with two
 * ("Erik Holm", "Anna Holm", or "Erik Holm Jr.") the surname says not which, and stays apart.
 */
function joinSurnames(entries: readonly Entry[], root: (i: number) => number, join: (a: number, b: number) => void): void {
  const full = new Map<string, Set<number>>(); // surname → clusters of people named in full
  entries.forEach((e, i) => {
    const w = e.speaker.type === 'person' ? personWords(e.speaker.name).filter((x) => !NAME_SUFFIXES.has(x)) : [];
    if (w.length >= 2) full.set(w[w.length - 1]!, (full.get(w[w.length - 1]!) ?? new Set()).add(root(i)));
  });
  // (A lone name the article gave no gender is typed an organisation: "Lind said" may be either.)
  entries.forEach((e, i) => {
    const lone = e.speaker.type === 'person' || (e.speaker.type === 'organization' && /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u.test(e.speaker.name));
    const w = lone ? personWords(e.speaker.name) : [];
    const only = w.length === 1 && /^\p{Lu}/u.test(e.speaker.name) ? full.get(w[0]!) : undefined;
    if (only?.size === 1) for (const j of only) join(i, j);
  });
}

/**
 * The words of each name, remembered for one merge: a corpus names the same sources in
 * article after article, and folding a name is the costly part. Cleared when a merge starts.
 */
const WORDS = new Map<string, readonly string[]>();
const PERSON_WORDS = new Map<string, readonly string[]>();
function remembered(memo: Map<string, readonly string[]>, name: string, read: (name: string) => string[]): readonly string[] {
  let w = memo.get(name);
  if (!w) memo.set(name, (w = read(name)));
  return w;
}

/** A person's name as words, titles and honorifics dropped, a suffix kept ("erik holm jr"). */
function personWords(name: string): readonly string[] {
  return remembered(PERSON_WORDS, name, readPersonWords);
}

function readPersonWords(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}.'’-]+/u)
    .map((w) => w.replace(/\.$/, '')).filter((w) => w && !TITLES.has(w) && !TITLES.has(`${w}.`));
}

/**
 * "Holm's campaign manager", as a source of its own, is the one person of the run the
 * articles gave that role ("Lars Berg, Holm's campaign manager" or "Holm campaign manager
 * Lars Berg"). Only a role with its owner joins so: "the campaign manager" of one article
 * may be another's.
 */
function joinOwnedRoles(entries: readonly Entry[], root: (i: number) => number, join: (a: number, b: number) => void): void {
  const holders = new Map<string, Set<number>>(); // owned role → clusters of named people with it
  entries.forEach((e, i) => {
    const key = e.speaker.type === 'person' && e.speaker.role ? ownedRole(e.speaker.role, false) : null;
    if (key) holders.set(key, (holders.get(key) ?? new Set()).add(root(i)));
  });
  if (!holders.size) return;
  entries.forEach((e, i) => {
    const key = e.speaker.type === 'person' ? ownedRole(e.speaker.name, true) : null;
    const only = key ? holders.get(key) : undefined;
    if (only?.size === 1) for (const j of only) join(i, j);
  });
}

/**
 * A role with a capitalised owner, as one key: "Holm's campaign manager" and "Holm campaign
 * manager" → "holm campaign manager". As a name, the owner needs its "'s" (else "Karin Vik"
 * would be a role).
 */
function ownedRole(phrase: string, asName: boolean): string | null {
  const m = /^(?:the\s+)?(\p{Lu}[\p{L}-]*)(['’]s?)?\s+(\p{Ll}[\p{Ll}\s-]*)$/u.exec(phrase.trim());
  if (!m || (asName && !m[2])) return null;
  return `${fold(m[1]!)} ${m[3]!.replace(/\s+/g, ' ')}`;
}

const fold = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Lower case, accents folded, suffixes and stop words dropped. */
function words(name: string): readonly string[] {
  return remembered(WORDS, name, readWords);
}

function readWords(name: string): string[] {
  return name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/\.$/, '')).filter((w) => w && !STOP.has(w) && !NAME_SUFFIXES.has(w));
}

/** A word without the endings that make a demonym or a country name: "norlandic" → "norland". */
function stem(w: string): string {
  for (const end of ['ian', 'ean', 'ese', 'ish', 'ic', 'an', 'ia', 'a', 'e', 'i']) {
    if (w.endsWith(end) && w.length - end.length >= 4) return w.slice(0, -end.length);
  }
  return w;
}

export function orgKey(name: string): string {
  return words(name).map(stem).sort().join(' ');
}

/**
 * Keys under which a person joins others: the full name, the surname with the first name,
 * and the surname with the role. A surname alone is no key, nor is an initial.
 */
function personKeys(name: string, role: string | null): string[] {
  const w = words(name);
  if (w.length < 2) return role ? [`${w[0]}|role:${role.toLowerCase()}`] : [];
  // "Erik Holm Jr." is not "Erik Holm": a suffix is part of every key.
  const suffix = personWords(name).filter((x) => NAME_SUFFIXES.has(x) || NAME_SUFFIXES.has(`${x}.`)).join(' ');
  const surname = `${w[w.length - 1]!}${suffix ? ` ${suffix}` : ''}`;
  const first = w[0]!;
  // "Oleksiy Holub" and "Oleksii Holub": one spelling of a transliterated name, surname and all.
  const keys = [`${w.join(' ')}${suffix ? ` ${suffix}` : ''}`, `${surname}|first:${first}`, `tr:${translitFold(w.join(' '))}${suffix ? ` ${suffix}` : ''}`];
  if (role) keys.push(`${surname}|role:${role.toLowerCase()}`);
  return keys;
}

/** The fullest name of the cluster, its other names as aliases, the commonest type. */
function canonicalOf(d: Draft, uniqueId: (name: string) => string): Speaker {
  const speakers = d.entries.map((e) => e.speaker);
  const names = speakers.flatMap((s) => [s.name, ...s.aliases]);
  // A name before a description of the same source ("Lars Berg", not "Holm's campaign manager").
  const rank = (n: string): number => (/^\p{Lu}/u.test(n) && !/['’]s?\s/.test(n) ? 100 : 0) + words(n).length;
  const name = speakers.map((s) => s.name).reduce((a, b) => (rank(b) > rank(a) ? b : a));
  const counts = new Map<SourceType, number>();
  for (const s of speakers) counts.set(s.type, (counts.get(s.type) ?? 0) + 1);
  // A person named in full is a person, though lone surnames elsewhere had no gender.
  const named = speakers.find((s) => s.name === name && s.type === 'person' && words(name).length >= 2);
  let type: SourceType = 'person'; // the commonest type, the first of TYPE_ORDER on a tie
  if (!named) {
    let most = -1;
    for (const t of TYPE_ORDER) if ((counts.get(t) ?? 0) > most) [type, most] = [t, counts.get(t) ?? 0];
  }
  return {
    id: uniqueId(slug(name)),
    name,
    aliases: [...new Set(names)].filter((n) => n !== name).sort(),
    type,
    role: speakers.find((s) => s.role)?.role ?? null,
    affiliation: speakers.find((s) => s.affiliation)?.affiliation ?? null,
  };
}

function record(speaker: Speaker, d: Draft): SourceRecord {
  const kinds: Record<ClaimKind, number> = { direct: 0, indirect: 0, mixed: 0 };
  for (const c of d.claims) kinds[c.kind]++;
  const { outlets, first, last } = dated(d.claims);
  // One literal, the fields in the order of the JSON contract (a spread of the speaker and
  // of the dates cost more than the rest of the record, issue 22).
  return {
    id: speaker.id, name: speaker.name, aliases: speaker.aliases, type: speaker.type, role: speaker.role, affiliation: speaker.affiliation,
    documents: d.entries.length === 1 ? [d.entries[0]!.doc] : [...new Set(d.entries.map((e) => e.doc))].sort(),
    claims: d.claims.map((c) => c.id),
    kinds,
    via: d.claims.some((c) => c.viaChain.length) ? [...new Set(d.claims.flatMap((c) => c.viaChain))].sort() : [],
    relayed: d.relayed,
    outlets, first, last,
  };
}

/** The outlets that carried the claims, and the first and last date among them. */
export function dated(claims: readonly Claim[]): { outlets: string[]; first: string | null; last: string | null } {
  const dates = claims.map((c) => c.published).filter((d): d is string => !!d).sort();
  return {
    outlets: [...new Set(claims.map((c) => c.outlet).filter((o): o is string => !!o))].sort(),
    first: dates[0] ?? null,
    last: dates[dates.length - 1] ?? null,
  };
}
