// Lexicons are data: lower case, no duplicates, no word in two lists that contradict.
import { describe, expect, it } from 'vitest';
import * as cues from '../src/lexicons/cues.js';
import * as names from '../src/lexicons/names.js';
import * as given from '../src/lexicons/given-names.js';
import { PLACE_WORDS } from '../src/lexicons/places.js';

const sets = { ...cues, ...names, ...given, PLACE_WORDS };

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
