import { describe, expect, it } from 'vitest';
import { identity } from '../src/eval/identity.js';
import type { GoldClaim } from '../src/eval/gold.js';

const gold = (speaker: string, aliases: string[] = []): GoldClaim => ({ speaker, aliases, kind: 'indirect', text: 'x', optional: false, stance: null, band: null, topic: null });

describe('source identity across articles', () => {
  it('counts a source quoted in two articles as merged only when its claims share one id', () => {
    const s = identity([
      { document: 'a', id: 'erik-holm', gold: gold('Erik Holm', ['Holm']) },
      { document: 'b', id: 'erik-holm', gold: gold('Erik Holm') },
      { document: 'a', id: 'vera-lind', gold: gold('Vera Lind') },
      { document: 'c', id: 'lind', gold: gold('Vera Lind', ['Lind']) },
      { document: 'c', id: 'nobody-else', gold: gold('Ola Dahl') }, // one article only: not counted
    ]);
    expect([s.sources, s.merged, s.mergedShare]).toEqual([2, 1, 0.5]);
    expect(s.split).toEqual([{ source: 'Vera Lind', ids: ['lind', 'vera-lind'] }]);
    expect(s.overMerged).toBe(0);
  });

  it('unifies gold sources by a naming alias, not by a shared description or a bare surname', () => {
    const s = identity([
      { document: 'a', id: 'x', gold: gold('Erik Holm', ['Minister Erik Holm']) },
      { document: 'b', id: 'x', gold: gold('Minister Erik Holm') },
      // "The company" and "Holm" are aliases of two different sources elsewhere.
      { document: 'c', id: 'y', gold: gold('Nordfisk', ['The company', 'Holm']) },
      { document: 'd', id: 'z', gold: gold('Brannvik Group', ['The company']) },
    ]);
    expect([s.sources, s.merged]).toEqual([1, 1]);
  });

  it('counts an id holding two sources, and two people with different given names apart', () => {
    const s = identity([
      { document: 'a', id: 'berg', gold: gold('Anna Berg') },
      { document: 'b', id: 'berg', gold: gold('Olav Berg') },
      { document: 'c', id: 'dahl', gold: gold('Ola Dahl') },
      { document: 'c', id: 'dahl', gold: gold('Dahl') }, // the gold's own short name: no conflict of given names
      { document: 'd', id: 'some', gold: gold('Local farmers') },
      { document: 'd', id: 'some', gold: gold('Coastal fishing crews') }, // groups, not people
    ]);
    expect(s.overMerged).toBe(3);
    expect(s.differentPeople).toBe(1);
    expect(s.joined.map((j) => j.id)).toEqual(['berg', 'dahl', 'some']);
  });

  it('is no conflict when one gold source lists the other as its alias (an impersonation)', () => {
    const s = identity([
      { document: 'a', id: 'p', gold: gold('Vera Lind') },
      { document: 'a', id: 'p', gold: gold('Tora Nes', ['Vera Lind']) },
    ]);
    expect([s.overMerged, s.differentPeople]).toEqual([1, 0]);
  });
});
