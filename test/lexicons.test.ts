// Lexicons are data: lower case, no duplicates, no word in two lists that contradict.
import { describe, expect, it } from 'vitest';
import * as cues from '../src/lexicons/cues.js';
import * as names from '../src/lexicons/names.js';
import * as given from '../src/lexicons/given-names.js';
import { PLACE_WORDS } from '../src/lexicons/places.js';
import { DISTINCT_PARTICIPLES } from '../src/lexicons/inflections.js';

const sets = { ...cues, ...names, ...given, PLACE_WORDS, DISTINCT_PARTICIPLES };

describe('lexicons', () => {
  for (const [name, value] of Object.entries(sets)) {
    if (!(value instanceof Set)) continue;
    it(`${name} is lower case`, () => {
      for (const w of value as Set<string>) expect(w).toBe(w.toLowerCase());
    });
  }

  it('no given name is both male and female', () => {
    for (const n of given.MALE_NAMES) expect(given.FEMALE_NAMES.has(n)).toBe(false);
  });

  it('speech and belief verbs do not overlap', () => {
    for (const v of cues.SPEECH_VERBS) expect(cues.BELIEF_VERBS.has(v)).toBe(false);
  });
});

describe('verb forms (VERB_LEMMAS)', () => {
  it('maps regular, doubled, y-changed and irregular forms to the lemma', async () => {
    const { VERB_LEMMAS } = await import('../src/lexicons/inflections.js');
    const cases: Record<string, string> = {
      says: 'say', said: 'say', tells: 'tell', told: 'tell', thought: 'think', written: 'write', wrote: 'write',
      warns: 'warn', warned: 'warn', warning: 'warn', noted: 'note', noting: 'note', denies: 'deny', denied: 'deny',
      stresses: 'stress', quipped: 'quip', admitted: 'admit', referred: 'refer', labelled: 'label', labeled: 'label',
      goes: 'go', went: 'go', is: 'be', were: 'be', got: 'get', criticized: 'criticize', felt: 'feel',
    };
    for (const [form, lemma] of Object.entries(cases)) expect(VERB_LEMMAS.get(form), form).toBe(lemma);
  });

  it('holds no made-up forms and no other verbs', async () => {
    const { VERB_LEMMAS } = await import('../src/lexicons/inflections.js');
    for (const form of ['sayed', 'telled', 'quiped', 'geting', 'feelled', 'answerred', 'being', 'walked', 'sees']) expect(VERB_LEMMAS.has(form), form).toBe(false);
  });
});
