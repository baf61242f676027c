// Harmless edits, generated: each base shape of an attribution (a quote with its tail, a
// dash line, "X said that …", "…, X said", "according to X", "X told Y that …", a colon
// block, "according to a role, X, …", a claim after a relative clause that holds one)
// written again with one edit a reader would not notice: an adjective, an aside after the
// name, a time phrase after the cue, an outlet of several words, a given name that is an
// English word, a name with letters outside ASCII or a hyphen, or another sentence before it
// in the paragraph. Every case keeps one claim, its speaker and its content.
// All names, outlets and sentences are made up here (not from the seeds or dev sets).

export interface Case {
  readonly family: string;
  readonly text: string;
  /** The speaker's name as the claim must give it. */
  readonly speaker: string;
  /** The words the claim's text must hold (and the speaker's name it must not). */
  readonly content: string;
  /** The outlet the claim must name as via, where the case has one. */
  readonly via?: string;
}

/** How a shape is written: the speaker as the sentence names it, and the slots around the cue. */
interface Parts {
  readonly name: string;
  /** The speaker phrase before a cue ("union leader Karin Vik", "Karin Vik, 54,"). */
  readonly who: string;
  /** The speaker phrase after an inverted cue, closing the sentence ("Karin Vik, 54"). */
  readonly whoLast: string;
  /** Words right after the cue: a time phrase (" on Tuesday"). */
  readonly after: string;
  /** An outlet, with its article where it takes one ("the Coastal Times"). */
  readonly outlet: string;
  /** A sentence before the claim in the same paragraph. */
  readonly lead: string;
}

const QUOTES = [
  'The ferry will not run until the bridge over the sound is repaired',
  'We have asked the council for a meeting every week since the spring',
  'Nobody on the island wants the school to close its doors',
  'Wages at the yard have not kept up with the price of food',
  'The new timetable leaves the night shift without a bus home',
];

const CLAUSES = [
  'the ferry would not run until the bridge over the sound was repaired',
  'the council had ignored every request for a meeting since the spring',
  'nobody on the island wanted the school to close its doors',
  'wages at the yard had not kept up with the price of food',
  'the new timetable left the night shift without a bus home',
];

/** The base shapes; each returns the text, the content it must keep and whether it names an outlet. */
const SHAPES: ReadonlyArray<readonly [string, (p: Parts, q: string, c: string) => readonly [string, string, boolean]]> = [
  ['quote, said X', (p, q) => [`${p.lead}“${q},” said ${p.whoLast}${p.after}.`, q, false]],
  ['quote, X said', (p, q) => [`${p.lead}“${q},” ${p.who} said${p.after}.`, q, false]],
  ['dash, says X to outlet', (p, q) => [`${p.lead}– ${q}, says ${p.who} to ${p.outlet}.`, q, true]],
  ['X said that', (p, _q, c) => [`${p.lead}${p.who} said${p.after} that ${c}.`, c, false]],
  ['content, X said', (p, _q, c) => [`${p.lead}${cap(c)}, ${p.who} said${p.after}.`, c, false]],
  ['according to X', (p, _q, c) => [`${p.lead}According to ${p.whoLast}, ${c}.`, c, false]],
  ['X told outlet that', (p, _q, c) => [`${p.lead}${p.who} told ${p.outlet}${p.after} that ${c}.`, c, true]],
  ['X told outlet:', (p, q) => [`${p.lead}${p.who} told ${p.outlet}${p.after}:\n“${q}.”`, q, true]],
  ['according to a role, X,', (p, _q, c) => [`${p.lead}According to the ferry line’s spokesperson, ${p.whoLast}, ${c}.`, c, false]],
  ['X, who said …, now says', (p, _q, c) => [`${p.lead}${p.name}, who said${p.after} that the talks had stalled, now says ${c}.`, c, false]],
];

const NAMES = ['Karin Vik', 'Tor Bakke', 'Lena Strand', 'Jonas Eriksen', 'Ingrid Solberg'];

const base = (name: string): Parts => ({ name, who: name, whoLast: name, after: '', outlet: 'Radio Nord', lead: '' });

/** Each family: the edits it makes to the plain parts, and the outlet's name as via gives it. */
type Edit = (name: string) => Parts & { via?: string };

/** A family of edits (each made for two speakers) or of names (each in the plain parts). */
const FAMILIES: ReadonlyArray<readonly [string, ReadonlyArray<Edit> | readonly string[]]> = [
  ['plain', NAMES],
  ['adjective', [
    (n) => ({ ...base(n), who: `veteran union leader ${n}`, whoLast: `veteran union leader ${n}` }),
    (n) => ({ ...base(n), after: ' in a recent interview' }),
    (n) => ({ ...base(n), after: ' in a short written statement on Friday' }),
    (n) => ({ ...base(n), outlet: 'the local newspaper Fjordposten', via: 'Fjordposten' }),
    (n) => ({ ...base(n), who: `the long-serving harbour master ${n}`, whoLast: `the long-serving harbour master ${n}` }),
  ]],
  ['aside', [
    (n) => ({ ...base(n), who: `${n}, 54,`, whoLast: `${n}, 54` }),
    (n) => ({ ...base(n), who: `${n}, who has led the union since 2015,`, whoLast: `${n}, who has led the union since 2015` }),
    (n) => ({ ...base(n), who: `${n}, a pilot at the harbour,`, whoLast: `${n}, a pilot at the harbour` }),
    (n) => ({ ...base(n), who: `${n} (Centre Party)`, whoLast: `${n} (Centre Party)` }),
    (n) => ({ ...base(n), who: `${n}, who has run the yard for twenty years and knows every crane by name,`, whoLast: `${n}, who has run the yard for twenty years and knows every crane by name` }),
  ]],
  ['time', [
    (n) => ({ ...base(n), after: ' on Tuesday' }),
    (n) => ({ ...base(n), after: ' late on Monday evening' }),
    (n) => ({ ...base(n), after: ' last week' }),
    (n) => ({ ...base(n), after: ' earlier this month' }),
  ]],
  ['outlet', [
    (n) => ({ ...base(n), outlet: 'the Coastal Times', via: 'Coastal Times' }),
    (n) => ({ ...base(n), outlet: 'Radio Nord Nyheter', via: 'Radio Nord Nyheter' }),
    (n) => ({ ...base(n), outlet: 'Fjord TV', via: 'Fjord TV' }),
    (n) => ({ ...base(n), outlet: 'the Island Weekly Post', via: 'Island Weekly Post' }),
  ]],
  ['given name that is a word', ['Per Holm', 'May Lindqvist', 'Will Berg', 'Mark Sund', 'Hope Dale', 'Bill Frost', 'Grant Lie', 'Rose Aune']],
  ['letters outside ASCII, hyphens', ['Søren Østby', 'Åse Brække', 'Anna Berg-Holm', 'Jörg Mäkelä', 'Jean-Luc Marchand', 'Øystein Dæhli', 'Zoë Lønning', 'Ayşe Yıldızoğlu', 'Zofia Wiśniewska']],
  ['mid-paragraph', [
    (n) => ({ ...base(n), lead: 'The ferry was late again on Friday. ' }),
    (n) => ({ ...base(n), lead: 'Talks resumed after the weekend, but little has changed. ' }),
    (n) => ({ ...base(n), lead: 'Three boats stayed in the harbour. The crews waited for news. ' }),
    (n) => ({ ...base(n), lead: 'In the morning the quay was empty; by noon it was full. ' }),
  ]],
];

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Every generated case: each family over every base shape, names and contents rotated. */
export function cases(): Case[] {
  const out: Case[] = [];
  let k = 0;
  for (const [family, members] of FAMILIES) {
    const parts: Array<Parts & { via?: string }> = members.flatMap((m, e) => typeof m === 'string'
      ? [base(m)]
      : (e % 2 === 0 ? NAMES.slice(0, 2) : NAMES.slice(2, 4)).map((n) => m(n)));
    for (const [, shape] of SHAPES) {
      for (const p of parts) {
        const i = k++;
        const [text, content, named] = shape(p, QUOTES[i % QUOTES.length]!, CLAUSES[i % CLAUSES.length]!);
        out.push({ family, text, speaker: p.name, content, via: named ? p.via ?? p.outlet : undefined });
      }
    }
  }
  return out;
}
