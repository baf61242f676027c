// Names an article mentions, whether or not they speak: the antecedents for pronouns
// ("ISR … they wrote") and the fullest forms of short names ("Sande" → "Karl Johan
// Sande"). Also the acronyms an article defines in parentheses: "Institute … (ISR)".
import { PLACE_MARKERS, TITLES } from '../../lexicons/names.js';
import { type Gender, givenNameGender, isPersonalWord, lastNonSuffix, lowerWords, nameWords, typeOf } from '../text/names.js';
import { type BodySubject, bodySubjects, mentionOf } from '../text/mentions.js';
import { isNameWord, phraseBefore } from '../text/phrases.js';
import { isGluedHyphen } from '../text/tokens.js';
import { startsLowerCase } from '../../letters.js';
import { asideAfter, asideBefore, personAside } from './asides.js';
import { indexNames } from './fullest.js';
import { type IndexSet, indexSet } from '../text/search.js';
import type { Doc, Mention, SourceType, Token } from '../../types.js';

export interface NameMention extends Mention {
  readonly paragraph: number;
  readonly type: SourceType;
  /** In subject position: opens its sentence, or a verb or an appositive comma follows it. */
  readonly subject: boolean;
  /** A subject that opens its sentence or follows a comma or "and": not "even though Vik won", "ideas Vik backed". */
  readonly opensClause: boolean;
  /** The gender an honorific gives this mention ("Mrs. Vik"), whatever the surname's. */
  readonly honorific: Gender | null;
}

export type { Gender };

export interface Entities {
  /** Every name outside quotation marks, in reading order. */
  readonly names: readonly NameMention[];
  /** Each distinct name (its first mention) under each of its words, lower case. */
  readonly byWord: ReadonlyMap<string, readonly NameMention[]>;
  /** Each distinct name under its initials ("ISR" for "Institute for Shipping Research"). */
  readonly byInitials: ReadonlyMap<string, readonly NameMention[]>;
  /** Acronym → the name it abbreviates. */
  readonly acronyms: ReadonlyMap<string, string>;
  /** Names (lower case) the article uses as places: "in X", "from X", "the capital X". */
  readonly places: ReadonlySet<string>;
  /** Surname (lower case) → gender, from honorifics ("Mrs.") and common given names. */
  readonly gender: ReadonlyMap<string, Gender>;
  /** `nameWords`, remembered for this article: resolution asks for the same names often. */
  readonly words: (name: string) => readonly string[];
  /** `typeOf` with this article's places, remembered: a name recurs with the same role words. */
  readonly type: (m: Mention) => SourceType;
  /** Bodies and documents that open a sentence ("The report also found …"), in order. */
  readonly bodies: readonly BodySubject[];
  /**
   * Paragraph index → its place among the body paragraphs: how far back a pronoun reaches
   * is counted in running text, so a caption or a heading between two paragraphs adds nothing.
   */
  readonly bodyOrdinal: readonly number[];
}

const HONORIFIC_GENDER: ReadonlyMap<string, Gender> = new Map([
  ['mr.', 'male'], ['mr', 'male'], ['mrs.', 'female'], ['mrs', 'female'], ['ms.', 'female'], ['ms', 'female'], ['miss', 'female'],
]);

const CONNECTORS = new Set(['of', 'for']);

/** A run of name words in a paragraph, as a mention. */
interface NameRun { readonly i: number; readonly j: number; readonly m: Mention; readonly paragraph: number }

/**
 * Names outside quotation marks (`quoted` holds the [start, end) offsets of quotes), in
 * three passes: the name runs of the article (with its places, acronyms and the number of
 * the verbs after lone names), their types and mentions, and the gender of each surname.
 */
export function findEntities(doc: Doc, quoted: ReadonlyArray<{ readonly outer: { start: number; end: number } }>): Entities {
  const starts = indexSet(doc.sentences.map((x) => x.tokens[0]), doc.tokens.length);
  const { runs, places, acronyms, singular } = nameRuns(doc, starts);
  const typer = mentionTyper(places, singular);
  const { names, votes, givenBySurname } = nameMentions(doc, starts, runs, quoted, typer);
  // A surname two people of the article share ("Jane Berg", "Olav Berg") says no gender.
  const gender = new Map<string, Gender>();
  for (const [k, v] of votes) if (v !== 0 && (givenBySurname.get(k)?.size ?? 0) < 2) gender.set(k, v > 0 ? 'male' : 'female');
  const memo = new Map<string, readonly string[]>();
  const words = (name: string): readonly string[] => {
    let w = memo.get(name);
    if (!w) memo.set(name, (w = nameWords(name)));
    return w;
  };
  const { byWord, byInitials } = indexNames(names, words);
  let body = 0;
  const bodyOrdinal = doc.paragraphs.map((p) => (p.role === 'body' ? body++ : body));
  return { names, byWord, byInitials, acronyms, gender, places, words, type: typer.type, bodies: bodySubjects(doc, typer.type), bodyOrdinal };
}

/**
 * Pass 1: the runs of name words, paragraph by paragraph, and which of them the article uses
 * as places ("in X"), defines as acronyms ("Institute … (ISR)"), or, for a lone name ending
 * in -s, follows with singular or plural verbs ("Summers seeks …" is no group).
 */
function nameRuns(doc: Doc, starts: IndexSet): { runs: NameRun[]; places: Set<string>; acronyms: Map<string, string>; singular: Map<string, number> } {
  const { tokens } = doc;
  const text = doc.article.text;
  const runs: NameRun[] = [];
  const places = new Set<string>();
  const acronyms = new Map<string, string>();
  // Votes: +1 for each singular verb after a lone name, -1 for each plural.
  const singular = new Map<string, number>();
  for (const p of doc.paragraphs) {
    if (p.role === 'pullquote') continue;
    // Of a heading only a speaker's label counts ("KARIN VIK: Why now?"): its other
    // capitalised words are a title's.
    const heading = p.role === 'heading';
    let i = p.tokens[0];
    while (i < p.tokens[1]) {
      if (!isNameWord(tokens[i])) { i++; continue; }
      let j = runEnd(tokens, i, p.tokens[1]);
      if (heading && (i !== p.tokens[0] || tokens[j]?.text !== ':')) break;
      // "Chances of a deal are slim", "Fears of an attack grew": a plural common noun that
      // opens a sentence, before "of" and a lower-case word, is no name.
      if (j === i + 1 && starts.has(i) && /s$/.test(tokens[i]?.normal ?? '') && tokens[j]?.normal === 'of' && startsLowerCase(tokens[j + 1]?.text ?? '')) { i = j; continue; }
      let m = mentionOf(text, tokens, i, j);
      // The role words in front of the name belong to it: "the think tank Institute …".
      const prior = tokens[i - 1];
      const np = prior && i > p.tokens[0] && startsLowerCase(prior.text) ? phraseBefore(tokens, j, p.tokens[0]) : null;
      if (np && np[0] < i) {
        const whole = mentionOf(text, tokens, np[0], j);
        if (whole.kind === 'name' && whole.text === m.text && whole.role) m = { start: m.start, end: m.end, text: m.text, kind: m.kind, role: whole.role, affiliation: m.affiliation };
      }
      runs.push({ i, j, m, paragraph: p.index });
      if (!m.text.includes(' ') && m.text.endsWith('s') && tokens[i - 1]?.pos !== 'ADP') {
        const n = numberOfVerbAt(tokens, j);
        if (n) singular.set(m.text, (singular.get(m.text) ?? 0) + n);
      }
      const before = tokens[i - 1]?.pos === 'DET' ? tokens[i - 2] : tokens[i - 1];
      // "in X", "to X": a place, but not "according to X", "told to X".
      const reportedTo = before?.normal === 'to' && (tokens[i - 2]?.normal === 'according' || tokens[i - 2]?.pos === 'VERB');
      if (before && PLACE_MARKERS.has(before.normal) && !reportedTo) places.add(m.text.toLowerCase());
      const acro = tokens[j + 1];
      if (tokens[j]?.text === '(' && tokens[j + 2]?.text === ')' && acro && /^\p{Lu}{2,8}$/u.test(acro.text)) {
        acronyms.set(acro.text, m.text);
        j += 3;
      }
      i = j;
    }
  }
  return { runs, places, acronyms, singular };
}

/** The end of the run of name words from token i: hyphens and "of" / "for" (the) inside it. */
function runEnd(tokens: readonly Token[], i: number, ceil: number): number {
  let j = i + 1;
  while (j < ceil) {
    if (isNameWord(tokens[j])) { j++; continue; }
    if (isGluedHyphen(tokens, j) && isNameWord(tokens[j + 1])) { j += 2; continue; }
    const skip = tokens[j + 1]?.normal === 'the' ? 2 : 1;
    if (CONNECTORS.has(tokens[j]?.normal ?? '') && isNameWord(tokens[j + skip])) { j += skip; continue; }
    break;
  }
  return j;
}

/**
 * A mention's type, read once per name and role words ("a name recurs"), turned to person
 * where the article describes the name as one: "Dana Evans, the chairwoman of …" (described),
 * "her father, Sven," (titled), or a lone name that takes singular verbs.
 */
interface MentionTyper {
  readonly type: (m: Mention) => SourceType;
  readonly described: Set<string>;
  readonly titled: Set<string>;
}

function mentionTyper(places: ReadonlySet<string>, singular: ReadonlyMap<string, number>): MentionTyper {
  const types = new Map<string, SourceType>();
  const bareTypes = new Map<string, SourceType>(); // most mentions: a name, no role words
  const described = new Set<string>();
  const titled = new Set<string>();
  const type = (m: Mention): SourceType => {
    const bare = m.kind === 'name' && m.role === null;
    const memo = bare ? bareTypes : types;
    const key = bare ? m.text : `${m.kind}\u0000${m.role ?? ''}\u0000${m.text}`;
    let t = memo.get(key);
    if (!t) memo.set(key, (t = typeOf(m, places)));
    // (A full name ending in -s is a person's when its surname alone takes singular verbs:
    // "Anna Summers visited …; Summers has said …". A one-word name's last word is itself.)
    const person = t === 'vague'
      ? described.has(m.text) || (singular.get(m.text) ?? 0) > 0 || (m.kind === 'name' && (singular.get(m.text.slice(m.text.lastIndexOf(' ') + 1)) ?? 0) > 0)
      : t === 'organization' && titled.has(m.text);
    return person ? 'person' : t;
  };
  return { type, described, titled };
}

/**
 * Pass 2: each run as a name mention (outside quotes), with its role from an aside, its type,
 * whether it is a subject, and the gender votes of honorifics (5) and given names (1).
 */
function nameMentions(
  doc: Doc, starts: IndexSet, runs: readonly NameRun[], quoted: ReadonlyArray<{ readonly outer: { start: number; end: number } }>, typer: MentionTyper,
): { names: NameMention[]; votes: Map<string, number>; givenBySurname: Map<string, Set<string>> } {
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
  const votes = new Map<string, number>(); // surname → (male votes − female votes); an honorific outweighs given names
  const givenBySurname = new Map<string, Set<string>>(); // surname → first words of the full names that end in it
  const vote = (key: string, g: Gender, weight: number): void => {
    if (key) votes.set(key, (votes.get(key) ?? 0) + (g === 'male' ? weight : -weight));
  };
  for (const run of runs) {
    const { i, j, paragraph } = run;
    let m = run.m;
    const h = HONORIFIC_GENDER.get(tokens[i]?.normal ?? '');
    const after = m.kind === 'name' && personAside(tokens, j);
    const before = m.kind === 'name' && tokens[i - 1]?.text === ',' && isPersonalWord(tokens[i - 2]?.normal ?? '');
    if (after || before) {
      typer.described.add(m.text);
      // The aside is the role where the phrase gave none: "Siri Nes, an analyst at Fjord
      // Securities" (analyst, of Fjord Securities), "Its leader, Tor Bakke".
      if (!m.role) m = { ...m, ...(after ? asideAfter(text, tokens, j) : asideBefore(text, tokens, i - 2)) };
      // "her father, Sven": a title (not a role an organisation may have, "owner") makes a
      // lone name a person's, where it would be read as an organisation's.
      if (TITLES.has(tokens[i - 2]?.normal ?? '') && !m.text.includes(' ')) typer.titled.add(m.text);
    }
    const type = h ? 'person' : typer.type(m);
    if (!inQuote(m.start)) {
      // Written out field by field: a spread of mentions of two shapes was the hot spot here.
      const { start, end, text: name, kind, role, affiliation } = m;
      const subject = isSubject(tokens, starts, i, j);
      names.push({ start, end, text: name, kind, role, affiliation, paragraph, type, subject, opensClause: subject && opensClause(tokens, starts, i), honorific: h ?? null });
    }
    if (type === 'person') {
      const words = lowerWords(m.text); // read once: the given name, then the surname
      const first = words[0] ?? '';
      const key = lastNonSuffix(words);
      if (m.text.includes(' ')) givenBySurname.set(key, (givenBySurname.get(key) ?? new Set<string>()).add(first));
      const given = givenNameGender(first);
      if (h) vote(key, h, 5);
      if (given) vote(key, given, 1);
    }
  }
  return { names, votes, givenBySurname };
}

/** A name in subject position: it opens its sentence, or a verb or an appositive comma follows it. */
function isSubject(tokens: readonly Token[], starts: IndexSet, i: number, j: number): boolean {
  // "The Berg campaign said …": a name before a common noun modifies it.
  if (tokens[j]?.pos === 'NOUN' && startsLowerCase(tokens[j]?.text ?? '') && !verbalNoun(tokens, j)) return false;
  let k = i;
  while (k > 0 && !starts.has(k) && (tokens[k - 1]?.pos === 'DET' || tokens[k - 1]?.pos === 'ADJ')) k--;
  // "Vik himself has …", "Vik also said …"
  while (REFLEXIVES.has(tokens[j]?.normal ?? '') || tokens[j]?.pos === 'ADV') j++;
  const next = tokens[j];
  return starts.has(k) || next?.pos === 'VERB' || next?.pos === 'AUX' || next?.text === ',' || verbalNoun(tokens, j);
}

/**
 * "Berg talks/NOUN about …": an -s word the tagger read as a noun, before a preposition, a
 * determiner or "that", is the name's verb.
 */
function verbalNoun(tokens: readonly Token[], x: number): boolean {
  const t = tokens[x];
  if (t?.pos !== 'NOUN') return false;
  const w = t.normal;
  if (w.charCodeAt(w.length - 1) !== 115 || w.charCodeAt(w.length - 2) === 115) return false; // -s, not -ss
  const next = tokens[x + 1]?.pos;
  return next === 'ADP' || next === 'DET' || next === 'SCONJ';
}

/** The noun phrase a name ends ("Former Nordland governor Ola Dahl") opens a clause. */
function opensClause(tokens: readonly Token[], starts: IndexSet, i: number): boolean {
  let k = i;
  while (k > 0 && !starts.has(k) && PHRASE_POS.has(tokens[k - 1]?.pos ?? '')) k--;
  return starts.has(k) || tokens[k - 1]?.text === ',' || tokens[k - 1]?.pos === 'CCONJ';
}


/**
 * The grammatical number of the verb at token j, after adverbs: 1 for the third person
 * singular ("is", "has", "now seeks"), -1 for a plural ("are", "have"), else 0.
 */
function numberOfVerbAt(tokens: readonly Token[], j: number): number {
  while (tokens[j]?.pos === 'ADV') j++;
  const v = tokens[j];
  if (!v || (v.pos !== 'VERB' && v.pos !== 'AUX')) return 0;
  if (SINGULAR_AUX.has(v.normal) || (v.pos === 'VERB' && /[^su]s$/.test(v.normal))) return 1;
  return PLURAL_AUX.has(v.normal) ? -1 : 0;
}

const PHRASE_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);

const SINGULAR_AUX: ReadonlySet<string> = new Set(['is', 'was', 'has', 'does']);
const PLURAL_AUX: ReadonlySet<string> = new Set(['are', 'were', 'have', 'do']);


const REFLEXIVES: ReadonlySet<string> = new Set(['himself', 'herself', 'itself', 'themselves']);
