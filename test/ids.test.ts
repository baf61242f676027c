// Unique ids: the lowest free "-n" for a repeated name, as a plain search for it would give.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slug, uniqueIds } from '../src/ids.js';

describe('unique ids', () => {
  it('adds -2, -3 … to a repeated name, stepping over ids already taken', () => {
    const id = uniqueIds();
    expect(['x', 'x', 'x-3', 'x', 'x', 'y'].map(id)).toEqual(['x', 'x-2', 'x-3', 'x-4', 'x-5', 'y']);
  });

  it('gives what a search from -2 upwards gives, for any sequence of names', () => {
    const naive = (): ((name: string) => string) => {
      const taken = new Set<string>();
      return (name) => {
        let id = name;
        for (let n = 2; taken.has(id); n++) id = `${name}-${n}`;
        taken.add(id);
        return id;
      };
    };
    fc.assert(fc.property(fc.array(fc.constantFrom('x', 'x-2', 'x-3', 'x-2-2', 'y', 'y-1'), { maxLength: 40 }), (names) => {
      expect(names.map(uniqueIds())).toEqual(names.map(naive()));
    }));
  });
});

describe('slugs', () => {
  it('fold letters outside ASCII to their usual spelling, marks and letters that carry none alike', () => {
    expect(['Jonas Gahr Støre', 'Åse Brække', 'Jörg Mäkelä', 'Łukasz Straße', 'Þóra Guðrún', 'Karin Vik'].map(slug)).toEqual([
      'jonas-gahr-store', 'ase-braekke', 'jorg-makela', 'lukasz-strasse', 'thora-gudrun', 'karin-vik',
    ]);
  });

  it('keep only a-z, 0-9 and single dashes for any text', () => {
    fc.assert(fc.property(fc.string(), (s) => {
      expect(slug(s)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/);
    }));
  });
});
