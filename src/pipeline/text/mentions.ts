// Mentions: a speaker's phrase split into the name and the title or role words before it
// ("Retired Rear Admiral | Karl Johan Sande"), or kept whole when it names no one
// ("the ministry"). Read from part-of-speech tags and the lexicons, as phrases.ts is.
import { ARTICLES, GOVERNMENT_HEADS, HONORIFICS, ORG_HEADS, ROLE_NOUNS, TITLES } from '../../lexicons/names.js';
import { OCCUPATIONS } from '../../lexicons/occupations.js';
import type { Doc, Mention, SourceType, Token } from '../../types.js';
import { CONNECTORS, NOUN_PREPOSITIONS, isCapitalized, isCommonNoun, isDeterminer, isNameWord, isPronoun, isRole } from './phrases.js';
import { isGluedHyphen } from './tokens.js';
import { startsLowerCase } from '../../letters.js';

const DEMONYM = /^[A-Z][a-z]+(?:ian|ean|an|ese|ish|i|ic)$/;

/** True when the phrase names an organisation ("… Ministry", "Institute for …"). */
function hasOrgHead(tokens: readonly Token[], a: number, b: number): boolean {
  for (let i = a; i < b; i++) {
    const w = tokens[i]?.normal ?? '';
    if (ORG_HEADS.has(w) || GOVERNMENT_HEADS.has(w)) return true;
  }
  return false;
}

/**
 * Makes a Mention of the phrase [a, b): the trailing run of name words is the name, what
 * stands before it (titles, demonyms, role nouns) is the role. A phrase with no name words
 * is nominal ("the ministry", "local reports"), named by its words without the article.
 */
export function mentionOf(text: string, tokens: readonly Token[], a: number, b: number): Mention {
  const first = tokens[a];
  const lastTok = tokens[b - 1];
  if (!first || !lastTok) throw new RangeError(`empty phrase [${a}, ${b})`);
  if (b - a === 1 && isPronoun(first)) {
    return { start: first.start, end: first.end, text: first.text, kind: 'pronoun', role: null };
  }
  let s = a;
  while (s < b - 1 && isDeterminer(tokens[s])) s++;
  // "the organiser of a harbour rally", "officials in both towns": a described source.
  for (let i = s + 1; i < b - 1; i++) {
    const w = tokens[i]?.normal ?? '';
    const adjective = (w === 'to' || w === 'with') && tokens[i - 1]?.pos === 'ADJ' && isCommonNoun(tokens[i - 2]);
    if ((NOUN_PREPOSITIONS.has(w) && isCommonNoun(tokens[i - 1])) || adjective) {
      let d = a;
      while (d < b - 1 && ARTICLES.has(tokens[d]?.normal ?? '')) d++;
      return span(text, tokens, d, b, 'nominal', null);
    }
  }
  // "Karin B. Vik of ISR", "Kari Strand at the Defence Institute": a person's name before
  // "of" or "at" keeps the rest as affiliation.
  let e = b;
  for (let i = s + 1; i < b - 1; i++) {
    if ((tokens[i]?.normal === 'of' || tokens[i]?.normal === 'at') && isNameWord(tokens[i - 1]) && !hasOrgHead(tokens, s, i) && !TITLES.has(tokens[i - 1]?.normal ?? '')) {
      e = i;
      break;
    }
  }
  const f = tokens[e + 1]?.normal === 'the' && e + 2 < b ? e + 2 : e + 1; // "at the Defence Institute"
  const affiliation = e < b ? text.slice(tokens[f]?.start ?? 0, lastTok.end) : null;
  // The name is the trailing run of name words (and connectors inside it).
  let n = e;
  while (n > s && (isNameWord(tokens[n - 1]) || isJoin(tokens, n - 1, s))) n--;
  while (n < e && !isNameWord(tokens[n])) n++;
  if (n >= e || !isNameWord(tokens[e - 1])) {
    let d = a;
    while (d < b - 1 && ARTICLES.has(tokens[d]?.normal ?? '')) d++;
    return span(text, tokens, d, b, 'nominal', null);
  }
  // Titles in front of a person's name are role, not name; an organisation keeps its words.
  if (!hasOrgHead(tokens, n, e)) {
    // (An occupation is a role only before a given name and a surname: "Engineer Sara Holm",
    // not "Baker Mayfield", where it may be the given name.)
    while (n < e - 1 && (isRole(tokens[n]) || (OCCUPATIONS.has(tokens[n]?.normal ?? '') && e - n >= 3) || isDemonymBeforeTitle(tokens, n) || CONNECTORS.has(tokens[n]?.normal ?? ''))) n++;
  }
  // A title inside the run ends the role: "Nordland District Judge | Karl Dahl", "Bank of
  // Norway Governor | Karl Dahl", unless what follows is an organisation's name.
  for (let k = e - 2; k >= n; k--) {
    if (isRole(tokens[k]) && !hasOrgHead(tokens, k + 1, e)) { n = k + 1; break; }
  }
  // "three yearsSir Karl Holm": a space lost in the page glues a word to the name's first; the
  // lower-case part is no name, and a title after it ("Sir") is role.
  const head = tokens[n]?.text ?? '';
  const glued = startsLowerCase(head) ? /^\p{Ll}{2,}(?=\p{Lu}\p{Ll})/u.exec(head)?.[0].length ?? 0 : 0;
  if (glued && n < e - 1 && TITLES.has(tokens[n]!.text.slice(glued).toLowerCase())) {
    const m = span(text, tokens, n + 1, e, 'name', tokens[n]!.text.slice(glued), affiliation || undefined);
    return m;
  }
  // The role as written ("17-year-old", "former U.S. envoy"), honorifics left out.
  let role: string | null = null;
  for (let k = s, from = -1; k <= n; k++) {
    const honorific = k < n && HONORIFICS.has(tokens[k]?.normal ?? '');
    if (from < 0 && k < n && !honorific) from = k;
    if (from >= 0 && (k === n || honorific)) {
      const part = text.slice(tokens[from]?.start ?? 0, tokens[k - 1]?.end ?? 0);
      role = role ? `${role} ${part}` : part;
      from = -1;
    }
  }
  const name = span(text, tokens, n, e, 'name', role, affiliation || undefined);
  return glued ? { ...name, start: name.start + glued, text: name.text.slice(glued) } : name;
}

/** "of", "for", "and" or a hyphen between name words, and "the" after one: "Radio Nord and The Times". */
function isJoin(tokens: readonly Token[], i: number, floor: number): boolean {
  const t = tokens[i];
  if (!t || i <= floor) return false;
  if (isGluedHyphen(tokens, i)) return isNameWord(tokens[i - 1]);
  if (CONNECTORS.has(t.normal) || t.normal === 'and') return isNameWord(tokens[i - 1]) || tokens[i - 1]?.pos === 'DET';
  const prev = tokens[i - 1]?.normal ?? '';
  return t.pos === 'DET' && (CONNECTORS.has(prev) || prev === 'and');
}

function isDemonymBeforeTitle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && !!next && DEMONYM.test(t.text) && (TITLES.has(next.normal) || ROLE_NOUNS.has(next.normal) || next.pos === 'NOUN' && !isCapitalized(next));
}

/** A mention; every one has the same fields (spreads of two shapes were slow, issue 7). */
function span(text: string, tokens: readonly Token[], a: number, b: number, kind: Mention['kind'], role: string | null, affiliation?: string): Mention {
  const start = tokens[a]?.start ?? 0;
  const end = tokens[b - 1]?.end ?? start;
  return { start, end, text: text.slice(start, end), kind, role, affiliation };
}

/** A body or document that opens a sentence as its subject: "The report also found …". */
export interface BodySubject extends Mention {
  readonly paragraph: number;
  readonly type: SourceType;
}

const SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['the', 'this', 'its', 'their']);

/**
 * Sentence subjects that are bodies or documents ("The report", "The ministry"), which "it"
 * may stand for in the next sentences though they made no claim. Read at sentence starts
 * only: one look per sentence.
 */
export function bodySubjects(doc: Doc, type: (m: Mention) => SourceType): BodySubject[] {
  const { tokens: t, sentences } = doc;
  const out: BodySubject[] = [];
  for (const s of sentences) {
    const a = s.tokens[0];
    if (!SUBJECT_DETERMINERS.has(t[a]?.normal ?? '')) continue;
    let b = a + 1;
    while (b < s.tokens[1] && b < a + 5 && (t[b]?.pos === 'ADJ' || t[b]?.pos === 'NOUN' || t[b]?.pos === 'PROPN')) b++;
    const next = t[b]?.pos;
    if (b === a + 1 || t[b - 1]?.pos !== 'NOUN' || (next !== 'VERB' && next !== 'AUX' && next !== 'ADV')) continue;
    const m = mentionOf(doc.article.text, t, a, b);
    const kind = type(m);
    if (m.kind === 'nominal' && kind !== 'person' && kind !== 'vague') out.push({ ...m, paragraph: s.paragraph, type: kind });
  }
  return out;
}
