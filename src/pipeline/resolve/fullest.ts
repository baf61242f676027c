// The fullest name the article gives a mention ("Sande" → "Karl Johan Sande"), two names
// joined by "and" as one source, the person a title alone stands for, and the index of the
// article's names these lookups use. Pure, remembered per mention: resolution asks them of
// the same names again and again.
import type { Entities, NameMention } from './entities.js';
import { type Gender, givenNameGender, initials, isAcronymOf, isPartOf, lowerWords } from '../text/names.js';
import { ARTICLES, TITLES } from '../../lexicons/names.js';
import { lowerBound } from '../text/search.js';
import type { Mention, SourceType } from '../../types.js';

export interface Fullest {
  readonly name: string;
  readonly type: SourceType;
  readonly mention: NameMention | null;
}

/**
 * Each mention's fullest name, remembered: pronoun resolution asks it of the same names
 * again and again. A mention belongs to one article, so its answer never changes.
 */
const FULLEST = new WeakMap<Mention, Fullest>();

export function fullestName(m: Mention, entities: Entities): Fullest {
  let found = FULLEST.get(m);
  if (!found) FULLEST.set(m, (found = findFullest(m, entities)));
  return found;
}

/** The longest name in the article that contains this one, nearest before it first. */
function findFullest(m: Mention, entities: Entities): Fullest {
  // "Holm and Dahl": each part by its fullest name; two people are persons together.
  const and = m.text.indexOf(' and ');
  if (and > 0 && m.kind === 'name' && m.text.indexOf(' and ', and + 1) < 0) {
    const [a, b] = [m.text.slice(0, and), m.text.slice(and + 5)].map((text) => findFullest({ ...m, text, role: null }, entities));
    if (a && b && (a.name !== m.text.slice(0, and) || b.name !== m.text.slice(and + 5))) {
      return { name: `${a.name} and ${b.name}`, type: pairType(a.type, b.type), mention: null };
    }
  }
  const acronym = entities.acronyms.get(m.text);
  if (acronym) return { name: acronym, type: entities.type({ ...m, text: acronym, role: null }), mention: null };
  let best: NameMention | null = null;
  const words = entities.words(m.text);
  const candidates = [...(entities.byWord.get(words[words.length - 1] ?? '') ?? []), ...(entities.byInitials.get(m.text) ?? [])];
  // A bare surname the article gives a gender ("Mr. Berg") is not a relative of the other
  // gender ("Jane Berg").
  const gender = words.length === 1 ? entities.gender.get(words[0] ?? '') : undefined;
  for (const n of candidates) {
    const fits = isPartOf(m.text, n.text, n.type, entities.words) || isAcronymOf(m.text, n.text);
    if (!fits) continue;
    const given = gender && givenGender(n.text);
    if (given && given !== gender) continue;
    const before = n.start < m.start;
    const bestBefore = best ? best.start < m.start : false;
    if (!best || (before && !bestBefore) || (before === bestBefore && entities.words(n.text).length > entities.words(best.text).length)) best = n;
  }
  if (best) return { name: best.text, type: best.type, mention: best };
  // No fuller name: its own type, and the role its first mention gave ("X, an analyst at Y").
  return { name: m.text, type: entities.type(m), mention: candidates.find((n) => n.text === m.text) ?? null };
}

/**
 * "Holm and Dahl", "Norland and the union": two sources named together, who are "they",
 * with their fullest names; not two places ("across Norland and Sudland").
 */
export function namedPair(first: NameMention | undefined, second: NameMention, full: Fullest, entities: Entities, text: string): { name: string; type: SourceType; mention: Mention } | null {
  if (!first || text.slice(first.end, second.start) !== ' and ') return null;
  if (entities.places.has(first.text.toLowerCase()) || entities.places.has(second.text.toLowerCase())) return null;
  const other = fullestName(first, entities);
  return { name: `${other.name} and ${full.name}`, type: pairType(other.type, full.type), mention: { start: first.start, end: second.end, text: text.slice(first.start, second.end), kind: 'name', role: null } };
}

/** Two sources named together are persons only if both are; else the first that is not. */
function pairType(a: SourceType, b: SourceType): SourceType {
  return a !== 'person' ? a : b;
}

/** The gender of a full name's given name ("Jane Berg"), or of a description's head noun ("the spokeswoman"), if known. */
export function givenGender(name: string): Gender | null {
  const space = name.indexOf(' ');
  if (space < 0) return roleGender(name);
  return givenNameGender(name.slice(0, space).toLowerCase()) ?? roleGender(name);
}

/**
 * The gender a description's head noun says: "the spokeswoman", "a congresswoman" are
 * female, "the chairman", "a policeman" male (English compounds of -woman and -man). Only a
 * description in lower case: "Berman" or "Chapman" are surnames.
 */
function roleGender(name: string): Gender | null {
  const head = name.slice(name.lastIndexOf(' ') + 1);
  if (!/^\p{Ll}/u.test(head)) return null;
  return /wom[ae]n$/.test(head) ? 'female' : MALE_ROLE.test(head) ? 'male' : null;
}

const MALE_ROLE = /^(?:spokes|chair|business|congress|council|police|fire|camera|anchor|fore|sales|states|alder|country|sports|news|trades|middle)m[ae]n$/;

/**
 * "says the Deputy Mayor", "the Harbour Commissioner said": a capitalised phrase of title words alone
 * stands for the person the article gave that title before the mention ("Deputy Mayor Ulf
 * Berg"), the latest one whose role holds every word; null when the phrase has another word
 * or no person holds the title.
 */
export function titledPerson(m: Mention, entities: Entities): NameMention | null {
  const words = titleWords(m);
  return words ? roleHolder(words, m.start, entities) : null;
}

/** The latest person named before `offset` whose role holds every one of `words`. */
export function roleHolder(words: readonly string[], offset: number, entities: Entities): NameMention | null {
  const m = { start: offset };
  const from = lowerBound(entities.names.length, (k) => (entities.names[k]?.start ?? Infinity) < m.start);
  for (let i = from - 1; i >= Math.max(0, from - TITLE_NAMES_BACK); i--) {
    const n = entities.names[i]!;
    // (Not a place with a misread aside, "toward Norland, the mayor and the judge …".)
    if (n.type !== 'person' || !n.role || / and /.test(n.role) || entities.places.has(n.text.toLowerCase())) continue;
    const role = new Set(lowerWords(n.role));
    if (words.every((w) => role.has(w))) return n;
  }
  return null;
}

/** Names a title looks back over for its bearer, as many as a pronoun does: it keeps resolution linear in the article. */
const TITLE_NAMES_BACK = 60;

/** The words of a capitalised phrase of title words alone ("the Deputy Mayor"), or null. */
export function titleWords(m: Mention): string[] | null {
  if (m.kind !== 'name') return null; // "the minister" (lower case) is a description: nominal
  if (!TITLES.has(m.text.slice(m.text.lastIndexOf(' ') + 1).toLowerCase())) return null; // most names end in no title
  // "the Port Authority's Deputy Mayor": the owner before the title is no part of it.
  const words = lowerWords(`${m.role ?? ''} ${m.text}`).filter((w) => !ARTICLES.has(w) && !/['’]s$/.test(w));
  return words.length && words.every((w) => TITLES.has(w)) ? words : null;
}

const TYPE_BIT: Readonly<Record<SourceType, number>> = { person: 1, government: 2, media: 4, organization: 8, vague: 16 };

/** Indexes the first mention of each distinct name, so lookups cost the few names that share a word. */
export function indexNames(names: readonly NameMention[], words: Entities['words']): Pick<Entities, 'byWord' | 'byInitials'> {
  const byWord = new Map<string, NameMention[]>();
  const byInitials = new Map<string, NameMention[]>();
  const seen = new Map<string, number>(); // name → its types indexed so far, as bits
  const add = (map: Map<string, NameMention[]>, key: string, n: NameMention): void => {
    const list = map.get(key);
    if (list) list.push(n);
    else map.set(key, [n]);
  };
  for (const n of names) {
    const types = seen.get(n.text) ?? 0;
    const bit = TYPE_BIT[n.type];
    if (types & bit) continue;
    seen.set(n.text, types | bit);
    const ws = words(n.text);
    // Each word once ("Karl Karlsen Karl" is listed under "karl" once).
    for (let k = 0; k < ws.length; k++) if (ws.indexOf(ws[k]!) === k) add(byWord, ws[k]!, n);
    add(byInitials, initials(n.text), n);
  }
  return { byWord, byInitials };
}
