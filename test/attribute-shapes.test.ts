// Two shapes of reported speech, in our own words (issue 19): a paragraph that points back
// at the one before ("This is stated in X's report"), whose document's owner says each
// sentence of it; and two complements of one cue ("said A, but that B"), two claims.
import { describe, expect, it } from 'vitest';
import { claimsOf, tuples } from './helpers.js';

describe('backward references to a document', () => {
  it.each([
    ['"stated in the report of X", a paragraph of its own: every sentence before', 'The port will probably stay open all winter. Even so, night shifts at the quay will be cut.\n\nThis is stated in the report of the Harbour Council.', [
      ['Harbour Council', 'indirect', 'The port will probably stay open all winter'],
      ['Harbour Council', 'indirect', 'Even so, night shifts at the quay will be cut']]],
    ['with a time phrase and an owner\'s possessive', 'The ferry fares will rise in May. Few riders will notice the change.\n\nThis was stated on Monday in the Harbour Council’s yearly review.', [
      ['Harbour Council', 'indirect', 'The ferry fares will rise in May'],
      ['Harbour Council', 'indirect', 'Few riders will notice the change']]],
    ['"by X" in the same paragraph: the sentence before only', 'The quay needs new cranes. The port will stay open all winter. This was stated by the Harbour Council.', [
      ['Harbour Council', 'indirect', 'The port will stay open all winter']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['"in" a place, not a document, names no speaker', 'The port will stay open all winter.\n\nThis is stated in Bergen.'],
    ['a paragraph before that is someone else\'s already', 'The port will stay open all winter, Karin Vik said.\n\nThis was stated in the report of the Harbour Council.'],
  ])('not: %s', (_, text) => {
    expect(tuples(text).filter(([who]) => who === 'Harbour Council' || who === 'Bergen')).toEqual([]);
  });
});

describe('two complements of one cue', () => {
  it.each([
    ['", but that"', 'Karin Vik said the port had shut for a day, but that it would reopen on Monday.', [
      ['Karin Vik', 'indirect', 'the port had shut for a day'], ['Karin Vik', 'indirect', 'it would reopen on Monday']]],
    ['", and that" with an aside and a time phrase', 'Karin Vik, the harbour master, said on Friday the cranes were old, and that new ones would come in May.', [
      ['Karin Vik', 'indirect', 'the cranes were old'], ['Karin Vik', 'indirect', 'new ones would come in May']]],
    ['"added that A and said B": a second cue without "that"', 'The union rep added that the timing of the strike was out of her hands and said it would only come in the spring.', [
      ['union rep', 'indirect', 'the timing of the strike was out of her hands'], ['union rep', 'indirect', 'it would only come in the spring']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['"and said" with no clause after it', 'Karin Vik said the board requested a delay and said nothing more.', 1],
    ['the first has a "that" of its own, which the second may pair with', 'Karin Vik said it was clear that the port had shut, and that it would reopen soon.', 1],
    ['"and that is why" points back, it opens no clause', 'Karin Vik said the cranes were old, and that is why the port shut.', 1],
    ['"and that" inside a quotation', 'Karin Vik said the port was “old, and that shows”.', 1],
  ])('one claim: %s', (_, text, count) => {
    expect(tuples(text)).toHaveLength(count);
  });
});

describe('a cue whose object is the stance itself', () => {
  it.each([
    ['"expressed her willingness to"', 'Karin Vik has expressed her willingness to hold a strike at the port this spring.', [
      ['Karin Vik', 'indirect', 'her willingness to hold a strike at the port this spring']]],
    ['"voiced serious concern over", an adjective before the noun', 'The harbour master voiced serious concern over the risk of a strike spreading to other ports.', [
      ['harbour master', 'indirect', 'serious concern over the risk of a strike spreading to other ports']]],
    ['"ruled out" and a noun phrase with no verb', 'Karin Vik has now ruled out another strike at the port for ten years.', [
      ['Karin Vik', 'indirect', 'another strike at the port for ten years']]],
    ['"did not rule out"', 'The dock union did not rule out a strike at the port.', [['dock union', 'indirect', 'a strike at the port']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['an object that is no stance', 'Karin Vik expressed thanks to the crews for their work.'],
    ['"ruled it out": a pronoun', 'Karin Vik ruled it out.'],
    ['"ruled out of order": a preposition', 'The court ruled out of order the appeal of the dock union.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('a holder of its own inside the content', () => {
  it('is the source, with the writer as via', () => {
    const [c, ...rest] = claimsOf('The Fjord Institute wrote in its report that dock officials continue to believe that the union is unlikely to strike.');
    expect([c?.speaker?.name, c?.via, c?.text, rest.length]).toEqual(['dock officials', 'Fjord Institute', 'the union is unlikely to strike', 0]);
  });

  it.each([
    ['a pronoun holder', 'Karin Vik said they believe that the port will shut.', 'Karin Vik'],
    ['a holder that does not believe', 'Karin Vik said the crews do not think that the port will shut.', 'Karin Vik'],
    ['a thing that confirms', 'Karin Vik said the storm damage confirms that the port will shut.', 'Karin Vik'],
  ])('not: %s', (_, text, speaker) => {
    expect(tuples(text).map(([who]) => who)).toEqual([speaker]);
  });
});

describe('the progressive of a speech verb is active, not passive', () => {
  it.each([
    ['"is voicing concern that"', 'Now, at least one retired admiral is voicing concern that the dock union could strike at every port.', [
      ['at least one retired admiral', 'indirect', 'concern that the dock union could strike at every port']]],
    ['"was telling reporters that"', 'Karin Vik was telling reporters that the port would open.', [['Karin Vik', 'indirect', 'the port would open']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['a passive stays no claim of its subject', 'The closure was announced that morning by fax.'],
    ['a belief in the progressive reports no view', 'The mayor is feeling some pressure from the crews this week.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('an adjective of belief after "be" and before "that"', () => {
  it.each([
    ['"are concerned that", the subject with its phrase', 'A few economists at the harbour office are concerned that the dock union might strike in the event of a pay cut.', [
      ['few economists at the harbour office', 'indirect', 'the dock union might strike in the event of a pay cut']]],
    ['"was not sure that"', 'Karin Vik was not sure that the port would open.', [['Karin Vik', 'indirect', 'the port would open']]],
    ['"are quite confident that", an adverb between', 'The crews are quite confident that they will win.', [['crews', 'indirect', 'they will win']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['before a noun, no "that"', 'She gave the crew a concerned look at the quay.'],
    ['"that" as a pronoun after it, no "be" before', 'Sure that is the ferry, the crew waved.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('a dash answer after "X commented on …"', () => {
  const text = (intro: string): string => `The port was calm today.\n\n${intro}\n\n— The dock union is trying hard to spread the strike. It wants a deal.\n\nThat danger is real. I doubt the owners will give in.\n\nSo a strike could well come.\n`;

  it.each([
    ['"commented on …", an aside and a domain name', 'Karin Vik, a harbour analyst, commented on the chance of a walkout for the Nordpost.no website.'],
    ['"remarked on …" with a time phrase', 'On Monday Karin Vik remarked on the strike to our reporter.'],
  ])('is X\'s, and so are the plain paragraphs after it: %s', (_, intro) => {
    expect(tuples(text(intro))).toEqual([
      ['Karin Vik', 'direct', 'The dock union is trying hard to spread the strike. It wants a deal.'],
      ['Karin Vik', 'direct', 'That danger is real. I doubt the owners will give in.'],
      ['Karin Vik', 'direct', 'So a strike could well come.'],
    ]);
  });

  it.each([
    ['a report with content of its own', 'Karin Vik said the strike would spread.'],
    ['no speech verb', 'Karin Vik walked on the quay in the rain.'],
  ])('not after: %s', (_, intro) => {
    expect(tuples(text(intro)).some(([, , t]) => t === 'So a strike could well come.')).toBe(false);
  });
});

describe('the medium between the subject and its verb', () => {
  it.each([
    ['"in a statement"', 'Karin Vik in a statement stressed that the port would open.', [['Karin Vik', 'indirect', 'the port would open']]],
    ['"during an interview", a description as subject', 'The union leader during an interview said the strike would spread.', [['union leader', 'indirect', 'the strike would spread']]],
  ])('is an adjunct, not the speaker: %s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it('a phrase after "in" that is no medium stays the subject\'s', () => {
    expect(tuples('The dockers in Bergen said the strike would end.')).toEqual([['dockers in Bergen', 'indirect', 'the strike would end']]);
  });
});
