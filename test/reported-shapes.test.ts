// Shapes of reported speech found by probing sentences of our own (no dev-set text): a
// clause of two words after "that"; "According to" a source with a name or role in
// apposition, the owner of a document ("a statement from X"), and before a noun the tagger
// reads as a verb; a cue inside a relative clause set off by commas; a short quote after a
// colon; "In X's view, …"; a clause after "that" whose verb the tagger reads as a noun; a
// participle cue after an opening adjunct; a passive report ("said to be"); the outlet named
// before the cue; a gendered description is no antecedent of the other pronoun; a whole
// quote before "according to X". Each: the shape, harmless variants, and the trigger in the
// wrong place.
import { describe, expect, it } from 'vitest';
import { claimsOf, tuples } from './helpers.js';

describe('a clause of two words after "that"', () => {
  it.each([
    ['"said that" and a subject with its verb', 'Karin Vik said that prices rose.', [['Karin Vik', 'indirect', 'prices rose']]],
    ['with an aside, a possessive role and a time phrase', 'The ferry company’s chief executive, Karin Vik, said on Friday that bookings fell.', [['Karin Vik', 'indirect', 'bookings fell']]],
    ['another cue, another name, and a pronoun subject', 'The harbour master Ola Dahl confirmed that he resigned.', [['Ola Dahl', 'indirect', 'he resigned']]],
    ['a belief', 'Siri Nes believes that talks failed.', [['Siri Nes', 'indirect', 'talks failed']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['"that" as a determiner: no verb after it', 'Karin Vik said that day.'],
    ['another cue, "that" before its object', 'Karin Vik asked that question.'],
    ['one word after "that"', 'Karin Vik said that again.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('"According to" a source: a name or role in apposition, the owner of a document', () => {
  it.each([
    ['a role, then the name', 'According to the ferry line’s spokesperson, Karin Vik, the timetable will change in May.', [
      ['Karin Vik', 'indirect', 'the timetable will change in May']]],
    ['the name, then the role', 'According to Karin Vik, the ferry line’s spokesperson, the timetable will change in May.', [
      ['Karin Vik', 'indirect', 'the timetable will change in May']]],
    ['an adjective and a preposition in the role, a time phrase in the content', 'According to a long-serving spokesman for the dock union, Ola Dahl, the strike will go on until Friday.', [
      ['Ola Dahl', 'indirect', 'the strike will go on until Friday']]],
    ['another name, a role with "at"', 'According to Siri Nes, an analyst at Fjord Securities, fares will rise.', [['Siri Nes', 'indirect', 'fares will rise']]],
    ['no apposition: as before', 'According to Karin Vik, the timetable will change in May.', [['Karin Vik', 'indirect', 'the timetable will change in May']]],
    ['a document "from" its owner: the owner speaks', 'According to a brief statement from the ferry line, the timetable will change in May.', [
      ['ferry line', 'indirect', 'the timetable will change in May']]],
    ['the same after the content, with a time phrase', 'The timetable will change in May, according to a report from the harbour council on Monday.', [
      ['harbour council', 'indirect', 'The timetable will change in May']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['a body, then a name that is the subject of the content', 'According to the ferry line, Karin Vik will lead the talks.', [
      ['ferry line', 'indirect', 'Karin Vik will lead the talks']]],
    ['a list after the source, not an apposition', 'According to the ferry line, Vik, Dahl and Nes will lead the talks.', [
      ['ferry line', 'indirect', 'Vik, Dahl and Nes will lead the talks']]],
    ['people "from" a body are no document: they speak', 'According to officials from the ferry line, the timetable will change.', [
      ['officials', 'indirect', 'the timetable will change']]],
    ['a role, then a list that is the content\'s subject', 'According to Karin Vik, the mayor, the council and the port agree on the plan.', [
      ['Karin Vik', 'indirect', 'the mayor, the council and the port agree on the plan']]],
  ])('the content keeps its subject: %s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});

describe('"according to" before a noun the tagger reads as a verb ("to police")', () => {
  it.each([
    ['a role of two nouns before the name', 'According to police spokesman Ola Dahl, two men were held on Monday.', [['Ola Dahl', 'indirect', 'two men were held on Monday']]],
    ['another such noun, after the content', 'Two men were held on Monday, according to harbour director Karin Vik.', [['Karin Vik', 'indirect', 'Two men were held on Monday']]],
    ['a noun alone stays the source', 'According to figures released on Monday, exports fell by a tenth.', [['figures', 'indirect', 'exports fell by a tenth']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});

describe('a cue inside a relative clause set off by commas', () => {
  it.each([
    ['the main clause after it says something too', 'Karin Vik, who said last week that the ferry would stop, now says it will run all winter.', [
      ['Karin Vik', 'indirect', 'the ferry would stop'], ['Karin Vik', 'indirect', 'it will run all winter']]],
    ['another name and cue, an auxiliary after the aside', 'Ola Dahl, who warned in May that fares would rise, has been proved right.', [
      ['Ola Dahl', 'indirect', 'fares would rise']]],
    ['a relative clause nested in what is reported', 'Karin Vik, who said that the quay, which is old, would close, was wrong.', [
      ['Karin Vik', 'indirect', 'the quay, which is old, would close']]],
    ['an aside with no cue: the main cue as before', 'A senior harbour official, who spoke on condition of anonymity, said the talks had stalled.', [
      ['senior harbour official', 'indirect', 'the talks had stalled']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['a comma inside what is reported that no verb follows ends nothing', 'Karin Vik, who said that the ferry, the bus and the train would stop, now says they will run.', [
      ['Karin Vik', 'indirect', 'the ferry, the bus and the train would stop'], ['Karin Vik', 'indirect', 'they will run']]],
    ['the main clause\'s subject is the one before the outer aside, not a nested one', 'Ola Dahl, who said that the quay, which is old, would close, now says it will stay open.', [
      ['Ola Dahl', 'indirect', 'the quay, which is old, would close'], ['Ola Dahl', 'indirect', 'it will stay open']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});

describe('a short quote after a colon that ends a clause with a named subject', () => {
  it.each([
    ['the shape', 'Karin Vik put it plainly: “If nothing happens, we close.”', [['Karin Vik', 'direct', 'If nothing happens, we close.']]],
    ['an aside, a time phrase and an adverb', 'Ola Dahl, the harbour master, was blunt on Monday: “We close in May.”', [['Ola Dahl', 'direct', 'We close in May.']]],
    ['another name, straight quotation marks', 'Siri Nes summed it up: "Nobody wants this."', [['Siri Nes', 'direct', 'Nobody wants this.']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['no one named before the colon', 'The new plan has one aim: “zero waste.”'],
    ['a name in quotation marks', 'Karin Vik has a new boat: “The Sea Hawk.”'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('"In X\'s view, …": whose view the sentence gives', () => {
  it.each([
    ['a name', 'In Karin Vik’s view, the ferry can wait another year.', [['Karin Vik', 'indirect', 'the ferry can wait another year']]],
    ['a description with an adjective, another noun', 'In the long-serving harbour master’s opinion, the quay is safe.', [['long-serving harbour master', 'indirect', 'the quay is safe']]],
    ['"in the … of X", with a role in apposition', 'In the opinion of Ola Dahl, a lawyer for the union, the strike is legal.', [['Ola Dahl', 'indirect', 'the strike is legal']]],
    ['a pronoun, after the one it stands for', 'Karin Vik runs the kiosk at the quay.\nIn her view, the ferry can wait another year.', [['Karin Vik', 'indirect', 'the ferry can wait another year']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['"in" a time', 'In the past, the ferry has waited for years.'],
    ['"in view of" a reason', 'In view of the storm, the ferry will wait another day.'],
    ['a view of something, no comma after it', 'In Karin Vik’s view of the port nothing has changed.'],
    ['the view noun with no clause after it', 'In Karin Vik’s view, a fine day.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('a clause after "that" whose verb the tagger reads as a noun', () => {
  it.each([
    ['a participle cue after a clause', 'The mayor thanked the crews, stressing that the two ports share the same goals.', [
      ['mayor', 'indirect', 'the two ports share the same goals']]],
    ['a verb cue, another subject, verb and name', 'Karin Vik said that the islanders face a hard winter.', [['Karin Vik', 'indirect', 'the islanders face a hard winter']]],
    ['with a time phrase', 'Ola Dahl said on Monday that the crews fear the worst.', [['Ola Dahl', 'indirect', 'the crews fear the worst']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it.each([
    ['"that" as a determiner: an object, no clause', 'Karin Vik stressed that point again at the meeting.'],
    ['an adjunct after "that" with no verb', 'Karin Vik said that in a race like this one.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });
});

describe('a participle cue in a sentence that opens with an adjunct', () => {
  it.each([
    ['"For his part,"', 'For his part, the envoy thanked the council, stressing that the talks would go on.', [['envoy', 'indirect', 'the talks would go on']]],
    ['a time phrase and a name', 'On Monday evening, Karin Vik visited the quay, saying the repairs would take a month.', [['Karin Vik', 'indirect', 'the repairs would take a month']]],
    ['a name inside the adjunct is not the subject', 'In a letter to Karin Vik, the council set out its plan, adding that the ferry would stop in May.', [
      ['council', 'indirect', 'the ferry would stop in May']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});

describe('a passive report: what is said of someone, not by them', () => {
  it.each([
    ['"said to be" after a noun', 'The man said to be behind the harbour plan has left the town.'],
    ['"is believed to have", another verb and a time phrase', 'Karin Vik is believed to have left the island on Monday.'],
    ['"thought to be"', 'The ferry, thought to be the oldest in the fleet, will be sold.'],
  ])('no claim: %s', (_, text) => {
    expect(tuples(text)).toEqual([]);
  });

  it.each([
    ['"claimed to be": a claim of the subject', 'Ola Dahl claimed to be the owner of the old ferry.', [['Ola Dahl', 'indirect', 'to be the owner of the old ferry']]],
    ['"said to" a listener', 'Karin Vik said to reporters that the ferry would run.', [['Karin Vik', 'indirect', 'the ferry would run']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});

describe('the outlet named before the cue', () => {
  const via = (text: string): Array<[string | null, string | null]> => claimsOf(text).map((c) => [c.speaker?.name ?? null, c.via]);
  it.each([
    ['an opening "In statements to X,"', 'In statements to the Coastal Times, Karin Vik said the ferry would run in May.', [['Karin Vik', 'Coastal Times']]],
    ['an opening "In an interview with X,", another name and outlet', 'In a long interview with Radio Nord, Ola Dahl said the quay was safe.', [['Ola Dahl', 'Radio Nord']]],
    ['an aside "speaking to X"', 'Karin Vik, speaking to the Island Weekly Post, said the ferry would run in May.', [['Karin Vik', 'Island Weekly Post']]],
    ['"in statements to X" after the cue', 'Karin Vik said in statements to the Coastal Times that the ferry would run in May.', [['Karin Vik', 'Coastal Times']]],
    ['no outlet: a statement to the council, in lower case', 'In a statement to the council, Karin Vik said the ferry would run in May.', [['Karin Vik', null]]],
  ])('%s', (_, text, expected) => {
    expect(via(text)).toEqual(expected);
  });
});

describe('a gendered description ("the spokeswoman") is no antecedent of the other pronoun', () => {
  it.each([
    ['"he" after a spokeswoman, with a man in view', 'Ola Dahl met the ferry line’s spokeswoman on Monday.\nThe timetable will change, he said.', 'Ola Dahl'],
    ['"she" after a chairman, with a woman in view', 'Karin Vik met the harbour board’s chairman on Monday.\nThe timetable will change, she said.', 'Karin Vik'],
    ['"he" after a spokeswoman and no one else: no speaker rather than the wrong one', 'The ferry line’s spokeswoman said the boats were full.\n\nThe timetable will change, he said.', null],
    ['a surname ending in -man is no description', 'Karin Chapman said the boats were full.\n\nThe timetable will change, she said.', 'Karin Chapman'],
  ])('%s', (_, text, speaker) => {
    expect(tuples(text).at(-1)?.[0]).toBe(speaker);
  });
});

describe('a whole quote before "according to X"', () => {
  it.each([
    ['the shape', '“There is no plan B,” according to Karin Vik.', [['Karin Vik', 'direct', 'There is no plan B']]],
    ['a role and a time phrase', '“The quay will hold for another winter,” according to the harbour master, Ola Dahl, on Monday.', [
      ['Ola Dahl', 'direct', 'The quay will hold for another winter']]],
    ['a quote inside a longer content stays mixed', 'The quay is “safe enough” for now, according to Karin Vik.', [['Karin Vik', 'mixed', 'The quay is “safe enough” for now']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });
});
