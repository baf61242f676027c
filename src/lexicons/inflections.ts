// Verb forms → lemma for the verbs our rules read by lemma (cue verbs, "be", "get"). Only
// these lemmas are ever compared, so a closed table replaces wink's lemmatizer, whose
// whole-document pass cost as much as a tenth of the analysis (measured, issue 7).
// Regular forms follow English spelling rules; irregular ones are listed from grammar
// references. Forms are matched on wink's `normal`, which already maps British spellings
// ("criticised" → "criticized") and expands contractions ("’s" → "is").
import { BELIEF_VERBS, LISTENER_VERBS, NAMING_VERBS, PASSIVE_REPORT, PHRASAL_CUES, SPEECH_VERBS } from './cues.js';

const IRREGULAR: Readonly<Record<string, readonly string[]>> = {
  be: ['am', 'is', 'are', 'was', 'were', 'been'], // not "being": wink leaves it as is
  feel: ['felt'],
  get: ['got', 'gotten'],
  go: ['went', 'gone'],
  make: ['made'],
  say: ['said'],
  spell: ['spelled', 'spelt'],
  tell: ['told'],
  think: ['thought'],
  write: ['wrote', 'written'],
};

const VOWEL = /[aeiou]/;

/** The regular forms of a verb: -s, -ed, -ing, with the spelling changes English makes. */
function regularForms(v: string): string[] {
  const last = v[v.length - 1] ?? '';
  const before = v[v.length - 2] ?? '';
  if (last === 'e') return [`${v}s`, `${v}d`, `${v.slice(0, -1)}ing`];
  if (last === 'y' && !VOWEL.test(before)) return [`${v.slice(0, -1)}ies`, `${v.slice(0, -1)}ied`, `${v}ing`];
  const s = /(?:s|sh|ch|x|z|o)$/.test(v) ? `${v}es` : `${v}s`;
  // A final consonant after a single vowel doubles in one syllable ("dubbed", "quipped")
  // and in a stressed last syllable ("admitted", "referred"); "-el" doubles in British
  // English only ("labelled", "labeled"), so both spellings are kept.
  const doubled = [`${v}${last}ed`, `${v}${last}ing`];
  if (/^[^aeiou]*(?:qu)?[aeiou][bdgklmnprt]$/.test(v) || /(?:fer|mit|pel)$/.test(v)) return [s, ...doubled];
  return [s, `${v}ed`, `${v}ing`, ...(/[^e]el$/.test(v) ? doubled : [])];
}

function table(): ReadonlyMap<string, string> {
  const lemmas = new Set([
    ...SPEECH_VERBS, ...BELIEF_VERBS, ...NAMING_VERBS, ...LISTENER_VERBS, ...PASSIVE_REPORT,
    ...PHRASAL_CUES.map(([head]) => head), 'be', 'get',
  ]);
  const map = new Map<string, string>();
  for (const lemma of lemmas) {
    const irregular = IRREGULAR[lemma];
    // An irregular verb keeps its -s and -ing forms and lists its past ones.
    const forms = lemma === 'be' ? [] : regularForms(lemma).filter((f) => !irregular || !/ed$/.test(f));
    for (const form of [lemma, ...forms, ...(irregular ?? [])]) if (!map.has(form)) map.set(form, lemma);
  }
  return map;
}

/** Form (wink's normal) → lemma, for the verbs our rules read. */
export const VERB_LEMMAS: ReadonlyMap<string, string> = table();

/**
 * Past participles that differ from the simple past, from grammar references' tables of
 * irregular verbs. After a noun they describe it ("the skipper known as …", "a woman born
 * in …"); they are never a clause's finite verb.
 */
export const DISTINCT_PARTICIPLES: ReadonlySet<string> = new Set([
  'beaten', 'begun', 'blown', 'born', 'broken', 'chosen', 'done', 'drawn', 'driven', 'eaten', 'fallen', 'flown',
  'forbidden', 'forgiven', 'forgotten', 'frozen', 'given', 'gone', 'grown', 'hidden', 'known', 'mistaken', 'proven',
  'ridden', 'risen', 'seen', 'shaken', 'shown', 'spoken', 'stolen', 'sworn', 'taken', 'thrown', 'torn', 'woken',
  'worn', 'written',
]);
