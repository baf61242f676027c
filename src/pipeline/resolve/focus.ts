// The person an article is about, and descriptions that stand for them: "the first
// minister", "the party leader" with no one of that role named stand for the person the
// article has named most, when one person clearly leads (named twice, and twice as often as
// anyone else). Pure; read by index.ts.
import type { Entities, NameMention } from './entities.js';
import { lowerBound } from '../text/search.js';
import { type Fullest, fullestName } from './fullest.js';
import { hasHeadWord, isPersonalWord } from '../text/names.js';
import type { Mention } from '../../types.js';

/** Words of a description that mark a source other than any named so far, or a count of people. */
export const NEW_SOURCE: ReadonlySet<string> = new Set([
  'another', 'other', 'others', 'one', 'two', 'three', 'four', 'five', 'some', 'many', 'percent', 'half', 'third', 'quarter',
]);

/** How often the dominant person must be named before, and how many times as often as anyone else. */
const DOMINANT_MENTIONS = 2;
const DOMINANT_RATIO = 2;

/**
 * The person the article is about, so far: the one named most often before an offset (by
 * fullest name), at least twice and twice as often as anyone else.
 * Offsets are asked in reading order, so the counts grow with one pointer (linear).
 */
export function dominantPerson(entities: Entities): { dominant: (offset: number) => Fullest | null } {
  const counts = new Map<string, { full: Fullest; n: number }>();
  let next = 0;
  return {
    dominant(offset) {
      if (next > 0 && (entities.names[next - 1]?.start ?? 0) >= offset) { counts.clear(); next = 0; } // asked out of order: count again
      for (; next < entities.names.length && entities.names[next]!.start < offset; next++) {
        const full = fullestName(entities.names[next]!, entities);
        if (full.type !== 'person' || !full.name.includes(' ')) continue;
        const c = counts.get(full.name) ?? { full, n: 0 };
        c.n++;
        counts.set(full.name, c);
      }
      const ranked = [...counts.values()].sort((a, b) => b.n - a.n);
      const [top, second] = ranked;
      if (!top) return null;
      // (One mention makes no focus: "Ola Dahl said …. The mayor said …" are two people.)
      return top.n >= DOMINANT_MENTIONS && (!second || top.n >= DOMINANT_RATIO * second.n) ? top.full : null;
    },
  };
}

/**
 * A description of one person by office or occupation, with "the" and at most two words
 * before its head ("the first minister", "the party leader", "the real estate mogul"): not a
 * count, not another one, not an owner's ("Holm's manager"), not one who plays a person named
 * in the article ("the Holm actor").
 */
export function definiteRole(m: Mention, entities: Entities, text: string): readonly string[] | null {
  const words = definite(m, entities, text);
  if (!words || words.length < 1 || words.length > 3 || m.role) return null;
  const middle = words.slice(0, -1);
  // ("the Holm actor" plays someone: a person's name inside makes it no office.)
  const personal = (w: string): boolean => (entities.byWord.get(w) ?? []).some((n) => n.type === 'person');
  return isPersonalWord(words[words.length - 1]!) && !middle.some((w) => NEW_SOURCE.has(w) || /['’]s$/.test(w) || personal(w)) ? words : null;
}

/** Plural nouns for the experts an organisation employs: "the analysts", "the researchers". */
const STAFF: ReadonlySet<string> = new Set(['analysts', 'authors', 'economists', 'experts', 'researchers', 'scientists']);

/** "the analysts" alone: an organisation's staff, not a group of their own. */
export function isStaff(m: Mention, entities: Entities, text: string): boolean {
  const words = definite(m, entities, text);
  return words?.length === 1 && STAFF.has(words[0]!);
}

/** How many names back the employer of "the analysts" may be: as many as a pronoun looks at. */
const EMPLOYER_NAMES_BACK = 60;

/** The last organisation named before `offset` by a head word ("… Institute", "… Centre"): not a country. */
export function staffEmployer(offset: number, entities: Entities): NameMention | null {
  const from = lowerBound(entities.names.length, (k) => (entities.names[k]?.start ?? Infinity) < offset);
  for (let i = from - 1; i >= Math.max(0, from - EMPLOYER_NAMES_BACK); i--) {
    const n = entities.names[i]!;
    if (n.type === 'organization' && hasHeadWord(n)) return n;
  }
  return null;
}

/** The words of a description after its "the" (written in the mention or just before it); null with no "the". */
function definite(m: Mention, entities: Entities, text: string): readonly string[] | null {
  const written = entities.words(m.text);
  if (written[0] === 'the') return written.slice(1);
  return /\bthe\s+$/i.test(text.slice(Math.max(0, m.start - 4), m.start)) ? written : null;
}

/** How many names back the subject of the sentence before may be (other names may stand between). */
const SUBJECT_NAMES_BACK = 12;

/**
 * "Vera Lind smiled at the news. The party leader said …": a description opening its sentence
 * stands for the person who opened the sentence just before, when nothing was quoted since
 * ("Vera Lind said …. The mayor said …" are two people) and no other person stands between.
 */
export function previousSubject(m: Mention, entities: Entities, text: string, lastClaimEnd: number): Fullest | null {
  if (!/(?:^|[.!?]["”’]?\s+|\n\s*)(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start))) return null;
  const from = lowerBound(entities.names.length, (k) => (entities.names[k]?.start ?? Infinity) < m.start);
  for (let i = from - 1; i >= Math.max(0, from - SUBJECT_NAMES_BACK); i--) {
    const n = entities.names[i]!;
    if (n.start < lastClaimEnd) return null;
    if (n.type !== 'person') continue;
    const full = fullestName(n, entities);
    const ends = text.slice(n.end, m.start).match(/[.!?]["”’]?\s/g)?.length ?? 0;
    return n.opensClause && ends === 1 && full.type === 'person' ? full : null;
  }
  return null;
}
