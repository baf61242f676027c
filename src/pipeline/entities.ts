// Names an article mentions, whether or not they speak: the antecedents for pronouns
// ("ISR … they wrote") and the fullest forms of short names ("Sande" → "Karl Johan
// Sande"). Also the acronyms an article defines in parentheses: "Institute … (ISR)".
import { MEDIA_WORDS, NAME_SUFFIXES, ORG_HEADS, VAGUE_NOUNS } from '../lexicons/names.js';
import { PLACE_WORDS } from '../lexicons/places.js';
import { FEMALE_NAMES, MALE_NAMES } from '../lexicons/given-names.js';
import { isNameWord, mentionOf } from './phrases.js';
import type { Doc, Mention, SourceType } from '../types.js';

export interface NameMention extends Mention {
  readonly paragraph: number;
  readonly type: SourceType;
  /** In subject position: opens its sentence, or a verb or an appositive comma follows it. */
  readonly subject: boolean;
}

export type Gender = 'male' | 'female';

export interface Entities {
  /** Every name outside quotation marks, in reading order. */
  readonly names: readonly NameMention[];
  /** Each distinct name (its first mention) under each of its words, lower case. */
  readonly byWord: ReadonlyMap<string, readonly NameMention[]>;
  /** Each distinct name under its initials ("ISR" for "Institute for Shipping Research"). */
  readonly byInitials: ReadonlyMap<string, readonly NameMention[]>;
  /** Acronym → the name it abbreviates. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Surname (lower case) → gender, from honorifics ("Mrs.") and common given names. */
  readonly gender: ReadonlyMap<string, Gender>;
}

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr.', 'male'], ['mr', 'male'], ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'], ['miss', 'female'],
]);


const CONNECTORS = new Set(['of', 'for']);

/** Names outside quotation marks (`quoted` holds the [start, end) offsets of quotes). */
export function findEntities(doc: Doc, quoted: ReadonlyArray<{ readonly outer: { start: number; end: number } }>): Entities {
  const { tokens } = doc;
  const text = doc.article.text;
  // Names come in reading order and quotes are sorted: one pointer walks both (linear).
  let qi = 0;
  const inQuote = (offset: number): boolean => {
    while (qi < quoted.length && (quoted[qi]?.outer.end ?? 0) <= offset) qi++;
    const q = quoted[qi];
    return !!q && offset >= q.outer.start && offset < q.outer.end;
  };
  const names: NameMention[] = [];
  const acronyms = new Map<string, string>();
  const votes = new Map<string, number>(); // surname → (male votes − female votes); an honorific outweighs given names
  const starts = new Set(doc.sentences.map((x) => x.tokens[0]));
  const isSubject = (i: number, j: number): boolean => {
    let k = i;
    while (k > 0 && !starts.has(k) && ['DET', 'ADJ'].includes(tokens[k - 1]?.pos ?? '')) k--;
    const next = tokens[j];
    return starts.has(k) || next?.pos === 'VERB' || next?.pos === 'AUX' || next?.text === ',';
  };
  const vote = (name: string, g: Gender, weight: number): void => {
    const key = surname(name);
    if (key) votes.set(key, (votes.get(key) ?? 0) + (g === 'male' ? weight : -weight));
  };
  for (const p of doc.paragraphs) {
    if (p.role !== 'body') continue;
    let i = p.tokens[0];
    while (i < p.tokens[1]) {
      if (!isNameWord(tokens[i])) { i++; continue; }
      let j = i + 1;
      while (j < p.tokens[1]) {
        if (isNameWord(tokens[j])) { j++; continue; }
        const skip = tokens[j + 1]?.normal === 'the' ? 2 : 1;
        if (CONNECTORS.has(tokens[j]?.normal ?? '') && isNameWord(tokens[j + skip])) { j += skip; continue; }
        break;
      }
      const m = mentionOf(text, tokens, i, j);
      const h = HONORIFIC_GENDER.get(tokens[i]?.normal ?? '');
      const type = h ? 'person' : typeOf(m);
      if (!inQuote(m.start)) names.push({ ...m, paragraph: p.index, type, subject: isSubject(i, j) });
      if (type === 'person') {
        const first = m.text.split(/\s+/)[0]?.toLowerCase() ?? '';
        const given: Gender | null = MALE_NAMES.has(first) ? 'male' : FEMALE_NAMES.has(first) ? 'female' : null;
        if (h) vote(m.text, h, 5);
        if (given) vote(m.text, given, 1);
      }
      const acro = tokens[j + 1];
      if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && acro && /^\p{Lu}{2,8}$/u.test(acro.text)) {
        acronyms.set(acro.text, m.text);
        j += 3;
      }
      i = j;
    }
  }
  const gender = new Map<string, Gender>();
  for (const [k, v] of votes) if (v !== 0) gender.set(k, v > 0 ? 'male' : 'female');
  return { names, ...indexNames(names), acronyms, gender };
}

/** Indexes the first mention of each distinct name, so lookups cost the few names that share a word. */
function indexNames(names: readonly NameMention[]): Pick<Entities, 'byWord' | 'byInitials'> {
  const byWord = new Map<string, NameMention[]>();
  const byInitials = new Map<string, NameMention[]>();
  const seen = new Set<string>();
  const add = (map: Map<string, NameMention[]>, key: string, n: NameMention): void => {
    const list = map.get(key);
    if (list) list.push(n);
    else map.set(key, [n]);
  };
  for (const n of names) {
    const key = `${n.text}\u0000${n.type}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const w of new Set(nameWords(n.text))) add(byWord, w, n);
    add(byInitials, initials(n.text), n);
  }
  return { byWord, byInitials };
}

function initials(name: string): string {
  return name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** The last word of a name that is not a suffix such as "Jr.", lower case. */
export function surname(name: string): string {
  const w = nameWords(name);
  return w[w.length - 1] ?? '';
}

/** A first guess at the kind of source from the words of its name and role. */
export function typeOf(m: Mention): SourceType {
  const words = `${m.role ?? ''} ${m.text}`.toLowerCase().split(/\s+/).filter(Boolean);
  if (m.kind === 'pronoun') return 'person';
  if (words.some((w) => MEDIA_WORDS.has(w))) return 'media';
  if (words.some((w) => ORG_HEADS.has(w))) return 'organization';
  if (m.kind === 'nominal') return words.some((w) => VAGUE_NOUNS.has(w)) ? 'vague' : 'organization';
  if (words.some((w) => PLACE_WORDS.has(w))) return 'organization';
  const nameWords = m.text.split(/\s+/).filter((w) => !NAME_SUFFIXES.has(w.toLowerCase()));
  // "New Yorkers", "Democrats", "Republicans": a group named by its members.
  if (/(?:ans|ers|ites|ists|ats)$/.test(nameWords[nameWords.length - 1] ?? '')) return 'vague';
  if (m.role) return 'person';
  if (nameWords.length >= 2 && !/^\p{Lu}+$/u.test(m.text)) return 'person';
  return 'organization';
}

/** Lower-case words of a name, without suffixes such as "Jr.". */
export function nameWords(name: string): string[] {
  return name.toLowerCase().split(/\s+/).filter((w) => w && !NAME_SUFFIXES.has(w));
}

/**
 * True when `short` is a shorter form of `full`: a person's surname or part of the name
 * ("Sande", "Mr. Dahl"), or an organisation's name with the same head and at least two
 * words ("Safety Council"). A single word is never a short form of an organisation:
 * "Norland" is not "Ministry of Transport of Norland".
 */
export function isPartOf(short: string, full: string, fullType: SourceType): boolean {
  const s = nameWords(short);
  const f = nameWords(full);
  if (!s.length || s.length >= f.length) return false;
  if (fullType !== 'person' && (s.length < 2 || s[s.length - 1] !== f[f.length - 1])) return false;
  for (let i = 0; i + s.length <= f.length; i++) if (s.every((w, k) => f[i + k] === w)) return true;
  return false;
}

/** True when `acronym` is the initials of the capitalised words of `name` ("ISR"). */
export function isAcronymOf(acronym: string, name: string): boolean {
  return /^\p{Lu}{2,8}$/u.test(acronym) && initials(name) === acronym;
}

export { isNameWord };
