// Names as words, and the type of source they make: a name's words, initials and surname,
// whether one name is a short form of another, and whether it names a person, a state
// body, an outlet, another organisation or a vague group. Pure; read by entities, resolve
// and merge.
import {
  GOVERNMENT_HEADS, LONE_SOURCES, MEDIA_WORDS, NAME_SUFFIXES, ORG_HEADS, ORG_LAST_WORDS, ROLE_NOUNS, TITLES, VAGUE_NOUNS,
} from '../../lexicons/names.js';
import { OCCUPATIONS } from '../../lexicons/occupations.js';
import { PLACE_WORDS } from '../../lexicons/places.js';
import { FEMALE_NAMES, MALE_NAMES } from '../../lexicons/given-names.js';
import { startsUpperCase } from '../../letters.js';
import type { Mention, SourceType } from '../../types.js';

export type Gender = 'male' | 'female';

/** The gender a common given name says (lower case), or null for any other word. */
export function givenNameGender(word: string): Gender | null {
  return MALE_NAMES.has(word) ? 'male' : FEMALE_NAMES.has(word) ? 'female' : null;
}

export function initials(name: string): string {
  let out = '';
  for (const w of splitWords(name)) if (startsUpperCase(w)) out += w[0];
  return out;
}

/** The last word of a name that is not a suffix such as "Jr.", lower case. */
export function surname(name: string): string {
  return lastNonSuffix(lowerWords(name));
}

/**
 * The kind of source, from the words of its name first ("… Ministry", "… News"), then of
 * its role ("the regional newspaper X", "economist X"), then from its shape: a plural group
 * ("Democrats"), two or more name words (a person), a name the article uses as a place
 * (a state or city acting: "Norland accused …").
 */
export function typeOf(m: Mention, places: ReadonlySet<string> = new Set()): SourceType {
  if (m.kind === 'pronoun') return 'person';
  const lower = m.text.toLowerCase();
  // A person or group described before a preposition is what the phrase names:
  // "spokesperson for the Labour Party" is a person, "officials in both towns" a group
  // (but "half of the crew", "the harbour master’s website" are not cut).
  const all = splitWords(lower);
  const cut = m.kind === 'nominal' ? all.findIndex((w, i) => i > 0 && HEAD_ENDS.has(w)) : -1;
  const head = cut > 0 && !/['’]s\b/.test(lower) && classOf(all.slice(0, cut)) & (PERSONAL | VAGUE);
  const nameW = head ? all.slice(0, cut) : all;
  const nameC = classOf(nameW);
  // A description is what its head word is: "union official" and "ministry spokesman" are
  // persons, "union officials" and "company executives" groups, "state media" an outlet.
  const last = lastNonSuffix(nameW);
  const plural = /(?:ans|ers|ites|ists|ats|s)$/.test(last) && !/(?:ss|sis|us)$/.test(last); // not "analysis", "census"
  if (m.kind === 'nominal') {
    const headC = WORD_CLASS.get(last) ?? 0;
    if (headC & PERSONAL) return 'person';
    if (headC & VAGUE || (plural && !headType(headC))) return 'vague';
  }
  const byName = headType(nameC);
  if (byName) return byName;
  // "Critics say", "Others said" opening a sentence; "another says", "Someone told …"
  if (nameW.length === 1 && (nameC & VAGUE || LONE_SOURCES.has(nameW[0] ?? ''))) return 'vague';
  if (m.kind === 'name' && ORG_LAST_WORDS.has(nameW[nameW.length - 1] ?? '')) return 'organization';
  // "Radio Nord and The Times": a coordination takes the type of its first part that is no person.
  if (m.kind === 'name' && m.text.includes(' and ')) {
    const parts = m.text.split(' and ').map((part) => typeOf({ ...m, text: part, role: null }, places));
    return parts.find((t) => t !== 'person') ?? 'person';
  }
  const roleW = m.role ? lowerWords(m.role) : [];
  if (classOf(roleW) & PERSONAL || (m.kind === 'nominal' && nameC & PERSONAL)) return 'person';
  // The role's head decides: "the regional newspaper X" is an outlet, "reality television
  // star X" is not.
  // ("the news agency X", "a news service": an outlet, though "agency" alone is a state body's.)
  const mediaCompound = roleW.length > 1 && MEDIA_WORDS.has(roleW[roleW.length - 2] ?? '') && GOVERNMENT_HEADS.has(roleW[roleW.length - 1] ?? '');
  const byRole = mediaCompound ? 'media' : headType(classOf(roleW.slice(-1)));
  if (byRole) return byRole;
  // "Karen Rogers", "Paul Myers": a given name first makes the rest a surname, not a group.
  if (m.kind === 'name' && nameW.length >= 2 && givenNameGender(nameW[0] ?? '')) return 'person';
  // "Norlanders", "Democrats", "local reports", "officials in both towns": a group.
  if (m.kind === 'nominal') return nameC & VAGUE || plural ? 'vague' : 'organization';
  if (/(?:ans|ers|ites|ists|ats)$/.test(last)) return 'vague';
  if (places.has(lower)) return 'government';
  // "Nordland District Judge Ola Dahl": a title inside a name makes it a person's.
  if (m.kind === 'name' && classOf(nameW.slice(0, -1)) & PERSONAL) return 'person';
  if (nameC & PLACE) return 'organization';
  if (m.role) return 'person';
  // "The Times" is no one's name, nor is "NRK Sport" (an acronym first); "Karin Vik" and
  // "KARIN VIK" (a transcript's speaker) are.
  const acronymFirst = /^\p{Lu}{2,}\s/u.test(m.text) && /\p{Ll}/u.test(m.text);
  return nameW.length >= 2 && nameW[0] !== 'the' && !/^\p{Lu}+$/u.test(m.text) && !acronymFirst ? 'person' : 'organization';
}

/** Words after a description's head that tie it to what describes it: prepositions, "close (to)". */
const HEAD_ENDS: ReadonlySet<string> = new Set(['around', 'at', 'close', 'for', 'from', 'in', 'of', 'on', 'with']);

// What a word tells of a source's type, as bits: one lookup per word instead of one per list.
const MEDIA = 1;
const GOVERNMENT = 2;
const ORGANIZATION = 4;
const PERSONAL = 8;
const VAGUE = 16;
const PLACE = 32;
const WORD_CLASS: ReadonlyMap<string, number> = (() => {
  const map = new Map<string, number>();
  const add = (words: ReadonlySet<string>, bit: number): void => { for (const w of words) map.set(w, (map.get(w) ?? 0) | bit); };
  add(MEDIA_WORDS, MEDIA);
  add(GOVERNMENT_HEADS, GOVERNMENT);
  add(ORG_HEADS, ORGANIZATION);
  add(TITLES, PERSONAL);
  add(ROLE_NOUNS, PERSONAL);
  add(OCCUPATIONS, PERSONAL);
  add(VAGUE_NOUNS, VAGUE);
  add(PLACE_WORDS, PLACE);
  return map;
})();

/** A title or role word ("chairwoman", "senator"): it describes a person. */
export function isPersonalWord(w: string): boolean {
  return ((WORD_CLASS.get(w) ?? 0) & PERSONAL) !== 0;
}

function classOf(words: readonly string[]): number {
  let c = 0;
  for (const w of words) c |= WORD_CLASS.get(w) ?? 0;
  return c;
}

/** The type a head word gives: an outlet before a state body before another organisation. */
function headType(c: number): SourceType | null {
  return c & MEDIA ? 'media' : c & GOVERNMENT ? 'government' : c & ORGANIZATION ? 'organization' : null;
}

/** A word that names a body, not a person: "union", "ministry", "newspaper". */
export function isBodyWord(w: string): boolean {
  return headType(WORD_CLASS.get(w) ?? 0) !== null;
}

/** True when the name or role holds a head word: its type was read, not guessed. */
export function hasHeadWord(m: Pick<Mention, 'text' | 'role'>): boolean {
  return headType(classOf(lowerWords(`${m.role ?? ''} ${m.text}`))) !== null;
}

/** The last word that is no suffix such as "Jr.", or "" when there is none: the surname of a name's lower-case words. */
export function lastNonSuffix(words: readonly string[]): string {
  for (let k = words.length - 1; k >= 0; k--) if (!NAME_SUFFIXES.has(words[k]!)) return words[k]!;
  return '';
}

/** Lower-case words of a name, without suffixes such as "Jr.". */
export function nameWords(name: string): string[] {
  const words = lowerWords(name);
  for (const w of words) if (NAME_SUFFIXES.has(w)) return words.filter((x) => !NAME_SUFFIXES.has(x));
  return words;
}

/** Lower-case words split at white space. */
export function lowerWords(s: string): string[] {
  return splitWords(s.toLowerCase());
}

/** Words split at white space (as `s.split(/\s+/)` without empty words), in one pass. */
function splitWords(s: string): string[] {
  const words: string[] = [];
  let from = -1; // start of the current word, or -1 between words
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const white = c === 32 || (c >= 9 && c <= 13) || (c > 127 && WHITE.test(s[i] ?? ''));
    if (white) {
      if (from >= 0) words.push(s.slice(from, i));
      from = -1;
    } else if (from < 0) from = i;
  }
  if (from >= 0) words.push(s.slice(from));
  return words;
}

const WHITE = /\s/;

/**
 * True when `short` is a shorter form of `full`: a person's surname or part of the name
 * ("Sande", "Mr. Dahl"), or an organisation's name with the same head and at least two
 * words ("Safety Council"). A single word is never a short form of an organisation:
 * "Norland" is not "Ministry of Transport of Norland".
 */
export function isPartOf(short: string, full: string, fullType: SourceType, words: (name: string) => readonly string[] = nameWords): boolean {
  const s = words(short);
  const f = words(full);
  if (!s.length || s.length >= f.length) return false;
  if (fullType !== 'person' && (s.length < 2 || s[s.length - 1] !== f[f.length - 1])) return false;
  for (let i = 0; i + s.length <= f.length; i++) if (startsAt(s, f, i)) return true;
  return false;
}

/** True when the words of `s` stand in `f` from its word i on. */
function startsAt(s: readonly string[], f: readonly string[], i: number): boolean {
  for (let k = 0; k < s.length; k++) if (f[i + k] !== s[k]) return false;
  return true;
}

/** True when `acronym` is the initials of the capitalised words of `name` ("ISR"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(acronym) && initials(name) === acronym;
}

