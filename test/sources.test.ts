// Sources: types from general words, roles, and merging across articles, with our own texts.
import { describe, expect, it } from 'vitest';
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { merge, orgKey } from '../src/pipeline/resolve/merge.js';
import type { SourceRecord } from '../src/types.js';

const run = (...texts: string[]): SourceRecord[] =>
  merge(texts.map((text, i) => analyze({ id: `d${i}`, path: `d${i}.txt`, text }, getTagger()))).sources;
const find = (records: SourceRecord[], name: string): SourceRecord | undefined => records.find((s) => s.name === name);

describe('source types', () => {
  it.each([
    ['person, by two name words', 'Karin Vik said the ferry was late.', 'Karin Vik', 'person'],
    ['person, by a role noun', 'Economist Lars Berg said prices will rise.', 'Lars Berg', 'person'],
    ['government, by a head word', 'The Norland Transport Ministry said the bridge is safe.', 'Norland Transport Ministry', 'government'],
    ['organization, by a head word', 'The Institute for Shipping Research said the port is full.', 'Institute for Shipping Research', 'organization'],
    ['media, by a head word', 'The Coastal News said the strike is over.', 'Coastal News', 'media'],
    ['media, by its role', 'The strike is over, according to the weekly newspaper Kystbladet.', 'Kystbladet', 'media'],
    ['media, as the subject of "writes"', 'The strike is over, writes Nordwire.', 'Nordwire', 'media'],
    ['vague, a plural description', 'Local officials said the road will close.', 'Local officials', 'vague'],
    ['vague, a plural noun opening the sentence', 'Critics say the tax is unfair.', 'Critics', 'vague'],
    ['vague, a quantifier for a group', 'Many said the tax is unfair.', 'Many', 'vague'],
    ['vague, a group by its members', 'Norlanders say the tax is unfair.', 'Norlanders', 'vague'],
    ['organization, by the last word of a name', 'The Coastal Nations said the ban is lifted.', 'Coastal Nations', 'organization'],
    ['organization, a three-word name ending in such a word', 'Harbour Rights Watch said the ban is unlawful.', 'Harbour Rights Watch', 'organization'],
    ['person, not by such a word inside a name', 'Nations Berg said the ban is lifted.', 'Nations Berg', 'person'],
    ['vague, such a word as a modifier', 'School districts say the ban is costly.', 'School districts', 'vague'],
    ['organization, a hyphenated name kept whole', 'Coca-Cola said the plant would close.', 'Coca-Cola', 'organization'],
    ['person, a hyphenated surname kept whole', 'Anna Berg-Holm said the plant would close.', 'Anna Berg-Holm', 'person'],
    ['person, a lone name the article gives a gender', '“We are ready,” Vik said.\nVik said she would stay on the board.', 'Vik', 'person'],
    ['organization, a lone name with no gender', '“We are ready,” Vik said.', 'Vik', 'organization'],
    ['government, a state used as an actor', 'Ships sail daily to Norland.\nNorland accused its neighbour of spying on its fleet.', 'Norland', 'government'],
  ])('%s', (_, text, name, type) => {
    expect(find(run(text), name)?.type).toBe(type);
  });

  it('an outlet named only as "told X" is a source of type media, with the claims it relayed', () => {
    const records = run('– The talks have failed, Karin Vik tells Radio Nord.');
    expect(find(records, 'Radio Nord')).toMatchObject({ type: 'media', claims: [], relayed: ['d0#1'] });
    expect(find(records, 'Karin Vik')?.via).toEqual(['Radio Nord']);
  });

  it('keeps role and affiliation apart from the name', () => {
    const records = run('Norlandic researcher Karin B. Vik of the Harbour Institute believes the port will grow.');
    expect(find(records, 'Karin B. Vik')).toMatchObject({ type: 'person', role: 'Norlandic researcher', affiliation: 'Harbour Institute' });
  });

  it('gives an acronym defined in parentheses as an alias', () => {
    const records = run('The Institute for Shipping Research (ISR) met on Monday.\nThe ISR says the port is full.');
    expect(find(records, 'Institute for Shipping Research')?.aliases).toEqual(['ISR']);
  });
});

describe('merging across articles', () => {
  it('joins an organisation named with a demonym and with "of"', () => {
    const records = run('The Norlandic Transport Ministry said the bridge is safe.', 'The Ministry of Transport of Norland said repairs start in May.');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ documents: ['d0.txt', 'd1.txt'], aliases: ['Ministry of Transport of Norland'] });
    expect(orgKey('Norlandic Transport Ministry')).toBe(orgKey('Ministry of Transport of Norland'));
  });

  it('keeps two sources speaking together apart from each of them speaking alone', () => {
    const records = run('Nordwire and Radio Nord say the port is closed.\nNordwire says the ferry is late.');
    expect(records.map((r) => [r.name, r.claims.length]).sort()).toEqual([['Nordwire and Radio Nord', 1], ['Nordwire', 1]]);
  });

  it('joins the same acronym in two articles that never define it', () => {
    const records = run('The NTA said the road was closed.', 'The road will reopen in May, the NTA said.');
    expect(records.map((r) => [r.name, r.documents])).toEqual([['NTA', ['d0.txt', 'd1.txt']]]);
  });

  it('keeps apart two organisations that each define the same acronym', () => {
    const records = run(
      'The Norland Transport Agency (NTA) met on Monday.\nThe NTA said the road was closed.',
      'The Nordic Tennis Association (NTA) met on Monday.\nThe NTA said the final was moved.',
    );
    expect(records.map((r) => r.name).sort()).toEqual(['Nordic Tennis Association', 'Norland Transport Agency']);
  });

  it('joins an acronym with its expansion in another article', () => {
    const records = run('The Institute for Shipping Research said the port is full.', 'The port will close, according to ISR.');
    expect(records.map((s) => s.name)).toEqual(['Institute for Shipping Research']);
    expect(records[0]?.aliases).toContain('ISR');
  });

  it('joins the same person named in full in two articles, and a surname in the same article', () => {
    const records = run('Karin Vik said the ferry was late.\n“It is a scandal,” Vik said.', 'Karin Vik said the ferry was late again.');
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ name: 'Karin Vik', aliases: ['Vik'], claims: ['d0#1', 'd0#2', 'd1#1'] });
  });

  it('joins two people with one surname when the role ties them', () => {
    const records = run('Harbour master Lars Holm said the quay is full.', 'Harbour master Holm said the quay is empty.');
    expect(records).toHaveLength(1);
  });

  it('joins a surname alone to the one person of the run with that surname, and not to one of two', () => {
    const names = (...texts: string[]): string[] => run(...texts).map((s) => `${s.name}: ${s.claims.join(' ')}`).sort();
    const lone = '“The quay will stay shut,” Lind said.';
    expect(names('Vera Lind said the bridge is closed.', lone)).toEqual(['Vera Lind: d0#1 d1#1']);
    // A title, an aside or a time phrase in the full name's article changes nothing.
    expect(names('Harbour director Vera Lind, who took office in May, said on Monday that the bridge is closed.', lone)).toEqual(['Vera Lind: d0#1 d1#1']);
    // Two people with that surname: the surname alone says not which.
    expect(names('Vera Lind said the bridge is closed.', 'Tor Lind said the bridge is open.', lone))
      .toEqual(['Lind: d2#1', 'Tor Lind: d1#1', 'Vera Lind: d0#1']);
    // Nor does a surname that is part of an organisation's name make it a person's.
    expect(names('The Lind Foundation said the bridge is closed.', lone)).toEqual(['Lind Foundation: d0#1', 'Lind: d1#1']);
  });

  it('keeps a suffix and a different given name apart, and joins one name transliterated two ways', () => {
    const names = (...texts: string[]): string[] => run(...texts).map((s) => `${s.name}: ${s.claims.join(' ')}`).sort();
    expect(names('Erik Holm Jr. said the ferry is late.', 'Erik Holm said the ferry is on time.', 'Anna Holm said the ferry is gone.'))
      .toEqual(['Anna Holm: d2#1', 'Erik Holm Jr.: d0#1', 'Erik Holm: d1#1']);
    expect(names('Oleksiy Holub said the ferry is late.', 'Oleksii Holub said the ferry is on time.', 'Olexiy Holub said the port is full.'))
      .toEqual(['Oleksiy Holub: d0#1 d1#1 d2#1']);
    expect(names('Aleksandr Morozov said the ferry is late.', 'Alexander Morozov said the ferry is on time.', 'Alexandra Morozova said the port is full.'))
      .toEqual(['Aleksandr Morozov: d0#1 d1#1', 'Alexandra Morozova: d2#1']);
    // Names that differ by a digit are two names, though the letters agree.
    expect(names('Vera Lind2 said the ferry is late.', 'Vera Lind3 said the ferry is on time.', 'Vera Lind2 said the port is full.'))
      .toEqual(['Vera Lind2: d0#1 d2#1', 'Vera Lind3: d1#1']);
    // A fold of the given name alone joins nothing: the surnames must agree.
    expect(names('Oleksiy Holub said the ferry is late.', 'Oleksii Berg said the ferry is on time.')).toEqual(['Oleksii Berg: d1#1', 'Oleksiy Holub: d0#1']);
  });

  it('joins a role with its owner to the one person of the run given it, under that person\'s name', () => {
    const manager = 'Later, Holm’s campaign manager said the count would take days.';
    expect(run('Lars Berg, Holm’s campaign manager, said the race was close.', manager).map((s) => [s.name, s.claims.length]))
      .toEqual([['Lars Berg', 2]]);
    expect(run('Holm campaign manager Lars Berg said the race was close.', manager).map((s) => [s.name, s.claims.length]))
      .toEqual([['Lars Berg', 2]]);
    // In one article, before the name, and with an adjective in the role.
    expect(run(`${manager}\nLars Berg, Holm's campaign manager, said the race was close.`).map((s) => s.name)).toEqual(['Lars Berg']);
    // Another owner's manager, or a role two people hold, stays apart.
    expect(run('Lars Berg, Dahl’s campaign manager, said the race was close.', manager)).toHaveLength(2);
    expect(run('Lars Berg, Holm’s campaign manager, said the race was close.', 'Siv Nes, Holm’s campaign manager, said the race was lost.', manager)).toHaveLength(3);
  });

  it('keeps two people who share only a surname in different articles apart', () => {
    const records = run('Anna Holm, an economist, said prices will rise.', 'Erik Holm said the harbour is quiet.', '“We are ready,” Holm said.');
    expect(records.map((s) => s.name).sort()).toEqual(['Anna Holm', 'Erik Holm', 'Holm']);
  });
});
