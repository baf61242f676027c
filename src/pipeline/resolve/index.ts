// resolve: surface speaker mentions → sources with their fullest name, aliases, role and
// type, walking the article in order so that pronouns and continuations take the right
// earlier source. Rules (ids go into Claim.rules):
//   name        a name, expanded to the fullest form the article gives ("Sande")
//   acronym     an acronym the article defined ("(ISR)") or whose initials fit a name
//   nominal     "the ministry", "the vice president": the last source whose name or role
//               holds the head noun; otherwise the phrase is a (vague) source of its own
//   pronoun     he/she: the last speaker if a person, else the last person named nearby,
//               else the last speaker nearby; they/it: the same with non-persons
//   continues   a quote with no attribution: the last speaker, if near
// Files: entities.ts (the names an article mentions), fullest.ts (fullest names and pairs);
// merge.ts joins sources across the articles of a run, after every article is resolved.
import { PUBLISHING_CUES } from '../../lexicons/cues.js';
import { DEICTIC_PRONOUNS, PERSON_PRONOUNS } from '../../lexicons/names.js';
import type { Entities, NameMention } from './entities.js';
import type { BodySubject } from '../text/mentions.js';
import { type Gender, hasHeadWord, isBodyWord, surname } from '../text/names.js';
import { fullestName, givenGender, namedPair, roleHolder, titleWords, titledPerson } from './fullest.js';
import { NEW_SOURCE, definiteRole, dominantPerson, isStaff, previousSubject, staffEmployer } from './focus.js';
import { documentOwner } from './documents.js';
import { lowerBound } from '../text/search.js';
import { slug } from '../../ids.js';
import { detached } from '../../letters.js';
import type { Candidate, Mention, ResolvedBy, SourceType, Span, Speaker } from '../../types.js';

/** How many paragraphs back a pronoun or a continuation may reach. */
const WINDOW = 2;

/** The source of an interview's questions. */
const INTERVIEWER = 'interviewer';
/** How many names back a pronoun looks at most (bounds the work in one giant paragraph). */
const NAMES_BACK = 60;

export interface Resolved {
  readonly candidate: Candidate;
  readonly speaker: Speaker | null;
  readonly resolvedBy: ResolvedBy | null;
  /** The outlet or intermediary, as a source of its own (typed media unless a person). */
  readonly via: Speaker | null;
}

interface Source {
  name: string;
  type: SourceType;
  role: string | null;
  affiliation: string | null;
  aliases: Set<string>;
}

export function resolve(candidates: readonly Candidate[], entities: Entities, text: string): { resolved: Resolved[]; sources: Speaker[] } {
  const gender = withSelfReference(candidates, entities, text);
  if (gender !== entities.gender) entities = { ...entities, gender };
  const sources = new Map<string, Source>();
  let last: { source: Source; paragraph: number; end: number } | null = null;
  const out: Array<{ candidate: Candidate; source: Source | null; resolvedBy: ResolvedBy | null; via: Source | null }> = [];
  const salience = dominantPerson(entities);
  for (const c of candidates) {
    let source: Source | null = null;
    let by: ResolvedBy | null = null;
    // "the institute's review said", "an article in Nordpost said": the owner speaks.
    const owner = c.speaker && documentOwner(c.speaker, entities);
    const m = owner ?? c.speaker;
    if (!m && c.rules.includes('interview-question')) {
      // The interviewer asks; the last speaker, who answers, stays the one in focus.
      const asker: Mention = { start: c.content.start, end: c.content.start, text: INTERVIEWER, kind: 'nominal', role: null };
      out.push({ candidate: c, source: register(sources, INTERVIEWER, asker, 'person'), resolvedBy: 'nominal', via: null });
      if (last) last = { source: last.source, paragraph: c.paragraph, end: last.end }; // the answer after it continues the speaker
      continue;
    } else if (!m) {
      // A dash line continues the speaker of the paragraph just before; a quote may reach further.
      const reach = c.rules.includes('dash-paragraph') ? 1 : WINDOW + 1;
      if (last && distance(entities, last.paragraph, c.paragraph) <= reach) { source = last.source; by = 'continuation'; }
    } else if (m.kind === 'pronoun') {
      source = pronoun(m, c.paragraph, last, entities, sources, text, c.content);
      by = source ? 'pronoun' : null;
    } else {
      // "says the Deputy Mayor": the person the article gave the title.
      // With no one so titled, the person in focus, as "he" or "she" would be.
      const titled = titledPerson(m, entities);
      // (Not an office with its owner, "the Port Authority's Deputy Mayor": a source of its own.)
      const owned = /['’]s\b/.test(m.role ?? '');
      const focus: Source | null = titled || owned || !titleWords(m) ? null : pronoun(m, c.paragraph, last, entities, sources, text, c.content, true);
      let found: Source | null = titled || focus ? null : m.kind === 'nominal' ? nominal(m, sources, entities) : null;
      // "the first minister", "the party leader", "the businessman": one person described by
      // an office or occupation with "the", no one of that role in view, is the person in focus.
      const office = !titled && !focus && !found ? definiteRole(m, entities, text) : null;
      if (office) {
        // The one the article gave that office ("Minister Vera Lind"), else the person it is about.
        const holder = roleHolder(office, m.start, entities);
        const main = holder ? fullestName(holder, entities) : salience.dominant(m.start) ?? previousSubject(m, entities, text, last?.end ?? 0);
        if (main) found = register(sources, main.name, main.mention ?? m, 'person', main.mention);
      }
      // "…,” the analysts added": the staff of the organisation quoted just before, or of the
      // last one named ("a report of the Fjord Institute …").
      if (!titled && !focus && !found && isStaff(m, entities, text)) {
        const employer = staffEmployer(m.start, entities);
        const body = last && last.source.type === 'organization' && hasHeadWord({ text: last.source.name, role: last.source.role });
        if (last && body && distance(entities, last.paragraph, c.paragraph) <= WINDOW) found = last.source;
        else if (employer) found = register(sources, fullestName(employer, entities).name, employer, 'organization');
      }
      if (titled) {
        const full = fullestName(titled, entities);
        source = register(sources, full.name, titled, full.type, full.mention);
        by = 'nominal';
      } else if (focus ?? found) { source = focus ?? found; by = 'nominal'; }
      else {
        // A title with no one in view is a source of its own, whole: "the Deputy Mayor".
        const title = titleWords(m) && m.role ? { ...m, text: `${m.role} ${m.text}`, role: null } : null;
        const full = title ? { name: title.text, type: 'person' as const, mention: null } : fullestName(m, entities);
        source = register(sources, full.name, title ?? m, gendered(full.type, full.name, entities), full.mention);
        by = full.name === m.text ? 'name' : 'alias';
      }
    }
    // "…, writes X" with X no person: X is an outlet.
    const cueWord = c.cue ? /\S*$/.exec(text.slice(c.cue.start, c.cue.end).toLowerCase())?.[0] ?? '' : '';
    if (source && PUBLISHING_CUES.has(cueWord) && source.type === 'organization' && !hasHeadWord({ text: source.name, role: source.role })) source.type = 'media';
    if (source && owner?.outlet && source.type !== 'person') source.type = 'media';
    if (source) last = { source, paragraph: c.paragraph, end: c.content.end };
    out.push({ candidate: c, source, resolvedBy: by, via: outlet(c.via, entities, sources) });
  }
  // Aliases the article gives outright: an acronym in parentheses, the parts of "X and Y".
  for (const x of sources.values()) {
    for (const [acronym, full] of entities.acronyms) if (full === x.name) x.aliases.add(acronym);
    if (x.type !== 'person' && / and /.test(x.name)) for (const part of x.name.split(/ and /)) x.aliases.add(part);
  }
  // Speakers are made once the article is read, so each holds every alias it was seen with.
  const speakers = new Map<Source, Speaker>([...sources.values()].map((x) => [x, toSpeaker(x)]));
  return {
    resolved: out.map(({ candidate, source, resolvedBy, via }) => ({
      candidate, resolvedBy, speaker: source ? speakers.get(source) ?? null : null, via: via ? speakers.get(via) ?? null : null,
    })),
    sources: [...speakers.values()],
  };
}

/**
 * Reported content that opens with a gendered pronoun right after a named speaker nearly
 * always refers to that speaker ("Vik said she would …"): a gender vote for names the
 * honorifics and given names left unknown.
 */
function withSelfReference(candidates: readonly Candidate[], entities: Entities, text: string): ReadonlyMap<string, Gender> {
  const votes = new Map<string, number>();
  for (const c of candidates) {
    if (c.speaker?.kind !== 'name' || c.kind === 'direct') continue;
    const first = /^\p{L}+/u.exec(text.slice(c.content.start, c.content.start + 8))?.[0]?.toLowerCase();
    const g = first === 'he' || first === 'his' ? 1 : first === 'she' || first === 'her' ? -1 : 0;
    const key = surname(fullestName(c.speaker, entities).name);
    if (g && key) votes.set(key, (votes.get(key) ?? 0) + g);
  }
  // Copied only when a vote adds to it: most articles give no new gender.
  let gender: Map<string, Gender> | null = null;
  for (const [k, v] of votes) if (v !== 0 && !entities.gender.has(k)) (gender ??= new Map(entities.gender)).set(k, v > 0 ? 'male' : 'female');
  return gender ?? entities.gender;
}

function register(sources: Map<string, Source>, name: string, m: Mention, type: SourceType, full?: Mention | null): Source {
  const key = name.toLowerCase();
  let s = sources.get(key);
  if (!s) {
    s = { name, type, role: null, affiliation: null, aliases: new Set() };
    sources.set(key, s);
  }
  if (m.text !== name) s.aliases.add(m.text);
  s.role ??= m.role ?? full?.role ?? null;
  s.affiliation ??= m.affiliation ?? full?.affiliation ?? null;
  return s;
}

/** The listener of "told X" or the relay of "X citing Y", as a source: an outlet unless a person. */
function outlet(m: Mention | null, entities: Entities, sources: Map<string, Source>): Source | null {
  if (!m) return null;
  const full = fullestName(m, entities);
  const source = register(sources, full.name, m, full.type, full.mention);
  if (source.type !== 'person' && source.type !== 'vague') source.type = 'media';
  return source;
}


function nominal(m: Mention, sources: Map<string, Source>, entities: Entities): Source | null {
  const nameWords = entities.words;
  const words = nameWords(m.text).filter((w) => w !== 'the');
  const head = words[words.length - 1];
  // "another supporter", "one in three", "thirty percent": a new source, not the last one.
  if (!head || words.length > 3 || words.some((w) => NEW_SOURCE.has(w) || /^\d/.test(w))) return null;
  // "the union" is no "union official", nor "the ministry" its spokesman: a body is no person.
  const body = isBodyWord(head);
  // "Holm's campaign manager" is the one the article gave the role "campaign manager" (or
  // "Holm campaign manager"): the owner may be left out of the role, or written without "'s".
  // A role with an owner of its own must have the same one: not "Dahl's campaign manager".
  const possessive = (w: string): boolean => /['’]s?$/.test(w) && w.length > 2;
  const roleWords = words.filter((w) => !possessive(w));
  const owners = words.filter(possessive).map((w) => w.replace(/['’]s?$/, ''));
  const fits = (role: string): boolean => {
    const r = nameWords(role).map((w) => w.replace(/['’]s?$/, ''));
    if (words.every((w) => r.includes(w))) return true;
    return owners.length > 0 && roleWords.length > 0 && roleWords.every((w) => r.includes(w))
      && r.every((w) => roleWords.includes(w) || owners.includes(w));
  };
  const all = [...sources.values()].reverse();
  return all.find((s) => (!body || s.type !== 'person') && (nameWords(s.name).includes(head) || (s.role && fits(s.role)))) ?? null;
}

function pronoun(
  m: Mention, paragraph: number, last: { source: Source; paragraph: number; end: number } | null,
  entities: Entities, sources: Map<string, Source>, text: string, content: Span, title = false,
): Source | null {
  // "– The Great Storm was the worst night of my life, he says": a name in the speaker’s own words (a
  // dash quote has no quotation marks to hide it) is what they speak of, not who speaks.
  const spoken = (n: NameMention): boolean => n.start >= content.start && n.start < content.end;
  const word = m.text.toLowerCase();
  if (DEICTIC_PRONOUNS.has(word)) return null;
  const wantPerson = title || PERSON_PRONOUNS.has(word);
  const wantGender = word === 'he' ? 'male' : word === 'she' ? 'female' : null;
  const near = (p: number): boolean => distance(entities, p, paragraph) <= WINDOW;
  // Type must agree; gender too, where the article has shown it ("Mrs. Vik", "… she").
  const fits = (t: SourceType, name: string): boolean => {
    // "As Holm and Dahl drove across Nordland, they …": two people are "they"; a name the
    // article uses as a place ("across Nordland") is not.
    if (word === 'they' && name.includes(' and ')) return true;
    if (word === 'they' && entities.places.has(name.toLowerCase())) return false;
    if ((gendered(t, name, entities) === 'person') !== wantPerson) return false;
    if (word === 'it' && t === 'vague') return false; // a group is "they", not "it"
    // A given name settles it; else what the article showed for the surname, which a wife
    // and husband share ("Jane Berg" beside "Mr. Berg").
    const g = givenGender(name) ?? entities.gender.get(surname(name));
    return !wantGender || !g || g === wantGender;
  };
  // A person brought in as a subject after the last claim ("Lars Holm, one of its
  // critics, was more outspoken. “A disaster,” he said") outranks the last speaker.
  if (wantPerson) {
    const from = firstAtOrAfter(entities.names, m.start);
    for (let i = from - 1; i >= Math.max(0, from - NAMES_BACK); i--) {
      const n = entities.names[i];
      if (!n) continue;
      if (n.start < (last?.end ?? 0) || !near(n.paragraph)) break;
      if (spoken(n)) continue;
      const full = fullestName(n, entities);
      // "Mrs. Berg" is no "he", though a husband shares the surname.
      const honorificFits = !wantGender || !n.honorific || n.honorific === wantGender;
      if (n.opensClause && honorificFits && fits(full.type, full.name)) return register(sources, full.name, n, full.type);
    }
  }
  // "The report also found …. It said …": a body that opened a sentence since the last claim.
  let body = word === 'it' ? latestBody(entities.bodies, m.start, last?.end ?? 0) : null;
  if (body && !near(body.paragraph)) body = null;
  if (!body && last && near(last.paragraph) && fits(last.source.type, last.source.name)) return last.source;
  // For he/she, names in subject position first ("Karin Vik, a nurse, …" before "… who
  // oppose Anna Holm."), then any name; they/it often stand for an agent or object
  // ("shared by the Institute … they wrote"), so recency alone decides.
  // Subjects that open their clause come first: in "X talks about what made Y change his
  // mind", Y is the subject of "change" but X's clause is the sentence's.
  for (const rank of wantPerson ? [2, 1, 0] : [0]) {
    const from = firstAtOrAfter(entities.names, m.start);
    for (let i = from - 1; i >= Math.max(0, from - NAMES_BACK); i--) {
      const n = entities.names[i];
      if (!n || (rank === 2 && !n.opensClause) || (rank === 1 && !n.subject) || spoken(n)) continue;
      if (!near(n.paragraph) || (body && n.start < body.start)) break;
      if (body && !n.opensClause) continue; // only a subject after the body outranks it
      const full = fullestName(n, entities);
      const pair = word === 'they' ? namedPair(entities.names[i - 1], n, full, entities, text) : null;
      if (pair) return register(sources, pair.name, pair.mention, pair.type);
      if (fits(full.type, full.name)) return register(sources, full.name, n, full.type);
    }
  }
  if (body) return register(sources, body.text, body, body.type);
  return last && near(last.paragraph) && (last.source.type !== 'person' || fits('person', last.source.name)) ? last.source : null;
}

/** Body paragraphs from paragraph a to paragraph b: headings and captions between them do not count. */
function distance(entities: Entities, a: number, b: number): number {
  return (entities.bodyOrdinal[b] ?? b) - (entities.bodyOrdinal[a] ?? a);
}

/** The last body subject that starts in [from, before). */
function latestBody(bodies: readonly BodySubject[], before: number, from: number): BodySubject | null {
  const k = lowerBound(bodies.length, (i) => (bodies[i]?.start ?? Infinity) < before) - 1;
  const b = bodies[k];
  return b && b.start >= from ? b : null;
}

/** A lone name the article gives a gender ("Vik said she …", "Mrs. Vik") is a person's. */
function gendered(type: SourceType, name: string, entities: Entities): SourceType {
  return type !== 'person' && /^\p{Lu}\p{Ll}+$/u.test(name) && entities.gender.has(name.toLowerCase()) ? 'person' : type;
}

function toSpeaker(s: Source): Speaker {
  return {
    id: slug(s.name),
    name: detached(s.name),
    aliases: [...s.aliases].sort().map(detached),
    type: s.type,
    role: s.role === null ? null : detached(s.role),
    affiliation: s.affiliation === null ? null : detached(s.affiliation),
  };
}

/** Index of the first name that starts at or after `offset` (names are in reading order). */
function firstAtOrAfter(names: readonly NameMention[], offset: number): number {
  return lowerBound(names.length, (i) => (names[i]?.start ?? Infinity) < offset);
}
