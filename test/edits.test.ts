// The rules that make a claim survive a harmless edit, one by one: each shape, a variant or
// two, and the trigger in the wrong place, where it must not fire. The generated families
// are in variants.test.ts; these are the cases a reader checks by eye.
import { describe, expect, it } from 'vitest';
import { getTagger } from '../src/nlp/wink.js';
import { segment } from '../src/pipeline/segment.js';
import { claimsOf, tuples } from './helpers.js';

/** The part of speech segment gives each word of the text, as "word/POS". */
const tags = (text: string): string[] => segment({ id: 't', path: 't', text }, getTagger()(text)).tokens.map((t) => `${t.text}/${t.pos}`);

describe('given names that are English words', () => {
  it.each([
    ['“We are ready,” said Per Holm.', 'Per Holm'],
    ['Will Berg said that the ferry would stop.', 'Will Berg'],
    ['“We are ready,” said May Lindqvist.', 'May Lindqvist'],
    ['Grant Lie told Radio Nord that the ferry would stop.', 'Grant Lie'],
    ['The ferry will stop, Hope Dale said.', 'Hope Dale'],
  ])('%s', (text, speaker) => {
    expect(tuples(text).map(([s]) => s)).toEqual([speaker]);
  });

  it('a modal opening a question stays a modal; a month after "in" stays a date', () => {
    expect(tags('Will Norway join the alliance?')[0]).toBe('Will/AUX');
    expect(tuples('In May Norway voted against the plan, Karin Vik said.')).toEqual([
      ['Karin Vik', 'indirect', 'In May Norway voted against the plan'],
    ]);
  });

  it('a preposition before a number is no name ("per day")', () => {
    expect(tuples('The fee is 20 kroner per day, Per Holm said.')).toEqual([['Per Holm', 'indirect', 'The fee is 20 kroner per day']]);
  });
});

describe('asides and time phrases around the speaker', () => {
  it.each([
    ['The ferry will stop, Karin Vik, 54, said.', 'Karin Vik'],
    ['The ferry will stop, Karin Vik, a pilot at the harbour, said.', 'Karin Vik'],
    ['The ferry will stop, Karin Vik, who has led the union since 2015, said.', 'Karin Vik'],
    ['Karin Vik, who has led the union since 2015, said the ferry would stop.', 'Karin Vik'],
    ['“The ferry will stop,” Karin Vik (Centre Party) said.', 'Karin Vik'],
    ['“The ferry will stop,” said Karin Vik last week.', 'Karin Vik'],
    ['“The ferry will stop,” said Karin Vik late on Monday evening.', 'Karin Vik'],
    ['“The ferry will stop,” said the long-serving harbour master Karin Vik.', 'Karin Vik'],
  ])('%s', (text, speaker) => {
    expect(tuples(text).map(([s, , c]) => [s, c.includes('ferry') && !c.includes('Vik')])).toEqual([[speaker, true]]);
  });

  it('the outlet after an aside or a time phrase is via', () => {
    const via = (text: string): Array<string | null> => claimsOf(text).map((c) => c.via);
    expect(via('– The ferry will stop, says Karin Vik, 54, to Radio Nord.')).toEqual(['Radio Nord']);
    expect(via('– The ferry will stop, says Karin Vik (Centre Party) to Radio Nord.')).toEqual(['Radio Nord']);
    expect(via('Karin Vik told Radio Nord last week that the ferry would stop.')).toEqual(['Radio Nord']);
    // No outlet: a place after "in" is no listener.
    expect(via('– The ferry will stop, says Karin Vik, 54, in Larsvik.')).toEqual([null]);
  });
});

describe('adjuncts between a cue and its content', () => {
  it.each([
    ['The mayor said in a short written statement released on Friday that the ferry would stop.'],
    ['The mayor said in a recent interview with the Coastal Times that the ferry would stop.'],
    ['The mayor said earlier this month, in a letter to the board, that the ferry would stop.'],
  ])('%s', (text) => {
    expect(tuples(text)).toEqual([['mayor', 'indirect', 'the ferry would stop']]);
  });

  it('a participle before its noun is no cue ("a brief written statement")', () => {
    expect(tuples('The brief written statement said nothing about the ferry.')).toEqual([]);
  });

  it('a noun phrase right after the cue is the content, "that" in it a relative', () => {
    expect(tuples('The mayor said the storm that hit the coast was the worst in years.')).toEqual([
      ['mayor', 'indirect', 'the storm that hit the coast was the worst in years'],
    ]);
    // A belief whose object has a relative clause states no view.
    expect(tuples('The mayor feared the storm that hit the coast.')).toEqual([]);
  });
});

describe('a belief inside what a closing tail reports', () => {
  it('is part of the tail speaker’s claim', () => {
    expect(tuples('Most residents wanted the school to stay open, Karin Vik said.')).toEqual([
      ['Karin Vik', 'indirect', 'Most residents wanted the school to stay open'],
    ]);
  });

  it('stands alone without the tail, and a speech cue inside keeps its own speaker', () => {
    expect(tuples('Most residents wanted the school to stay open.')).toEqual([['Most residents', 'indirect', 'the school to stay open']]);
    expect(tuples('The mayor has said that the ferry will stop, the Coastal Times reported.').map(([s]) => s)).toEqual(['mayor']);
  });
});

describe('where a block or a clause ends', () => {
  it('a colon block ends at a paragraph that names the speaker in the third person', () => {
    const text = 'Ola Dahl told Radio Nord:\nWe will not give up the fight for this quay.\nDahl has worked on the quay since 2019.';
    expect(tuples(text).map(([, , c]) => c)).toEqual(['We will not give up the fight for this quay.']);
    // Another name in the paragraph does not end it.
    const other = 'Ola Dahl told Radio Nord:\nWe will not give up the fight for this quay.\nKarin Vik and the board know that very well.';
    expect(tuples(other)).toHaveLength(2);
  });

  it('a participle after ", and" goes on with a passive, and ends an active clause', () => {
    expect(tuples('Police said the skipper was detained on Monday, and charged with smuggling.')).toEqual([
      ['Police', 'indirect', 'the skipper was detained on Monday, and charged with smuggling'],
    ]);
    expect(tuples('The harbour board delayed the vote, admitted it had lost the papers, and blamed the mayor for the delay.')).toEqual([
      ['harbour board', 'indirect', 'it had lost the papers'],
    ]);
  });

  it('"This has been confirmed by X" refers back over auxiliaries, adverbs and a time phrase', () => {
    for (const second of ['This has now been confirmed by the harbour authority.', 'This was confirmed on Monday by the harbour authority.']) {
      expect(tuples(`The ferry stops in June. ${second}`)).toEqual([['harbour authority', 'indirect', 'The ferry stops in June']]);
    }
    // A full clause between the subject and the verb is no back reference.
    expect(tuples('The ferry stops in June. This plan, which many opposed, was confirmed by the board.').map(([, , c]) => c)).not.toContain('The ferry stops in June');
  });

  it('a relay word glued to a name is read off it, but not off an ordinary word ending in it', () => {
    expect(claimsOf('The ferry stops in June. This is reported by the agency Nordwireciting the harbour authority.').map((c) => [c.speaker?.name, c.via])).toEqual([
      ['harbour authority', 'Nordwire'],
    ]);
    expect(claimsOf('The ferry stops in June. This is reported by something exciting.').map((c) => c.via)).not.toContain('something ex');
  });
});

describe('who a pronoun or a title in a tail stands for', () => {
  it('a name in the speaker’s own dash quote is not who "he" is', () => {
    const text = 'Colonel Per Holm leads the coast guard.\n– The Great Storm was the worst night of my life, he says.';
    expect(tuples(text).map(([s]) => s)).toEqual(['Per Holm']);
  });

  it('a capitalised title alone stands for the person the article gave it', () => {
    expect(tuples('Deputy Mayor Ulf Berg spoke on the quay. – It has been a long winter, says the Deputy Mayor.').map(([s]) => s)).toEqual(['Ulf Berg']);
    expect(tuples('Chief Commissioner Åse Moe arrived late. The ferry will stop in June, the Commissioner said.').map(([s]) => s)).toEqual(['Åse Moe']);
    // A title with no one in view stays a source of its own.
    expect(tuples('The ferry will stop in June, the Deputy Mayor said.').map(([s]) => s)).toEqual(['Deputy Mayor']);
  });
});

describe('dash quotes after an intro, and reach counted in running text', () => {
  it('the dash lines after "He elaborates:" are the intro speaker’s', () => {
    const text = 'Ola Dahl spoke after the vote.\n– We lost the ferry today, he says.\nHe elaborates:\n– This has been our fight for many years.\n– And we will go on.';
    expect(tuples(text).map(([s, , c]) => [s, c])).toEqual([
      ['Ola Dahl', 'We lost the ferry today'], ['Ola Dahl', 'This has been our fight for many years.'], ['Ola Dahl', 'And we will go on.'],
    ]);
  });

  it('a caption or heading between the speaker and "he says" does not put the speaker out of reach', () => {
    const text = 'Ola Dahl leads the ferry crews.\n– The crews are tired, says Dahl.\nPhoto: Harbour Archive\nFerry times\nThe boats wait at the quay.\n– We need two more boats, he says.';
    expect(tuples(text).map(([s]) => s)).toEqual(['Ola Dahl', 'Ola Dahl']);
  });

  it('a title no one holds stands for the person in focus', () => {
    expect(tuples('Ulf Berg spoke on the quay after the vote.\n– It has been a long winter, says the Deputy Mayor.').map(([s]) => s)).toEqual(['Ulf Berg']);
  });
});

describe('news-agency verbs and colon lists', () => {
  it.each([
    ['The statement indicated that the ferry would stop in June.', 'statement'],
    ['The ministry affirmed that the ferry would stop in June.', 'ministry'],
    ['The mayor reiterated that the ferry would stop in June.', 'mayor'],
    ['Dahl considers that the ferry will stop in June.', 'Dahl'],
  ])('%s', (text, speaker) => {
    expect(tuples(text).map(([s, , c]) => [s, c])).toEqual([[speaker, text.includes('will stop') ? 'the ferry will stop in June' : 'the ferry would stop in June']]);
  });

  it('the same verbs with an object report nothing', () => {
    for (const text of ['The sign indicated the way to the quay.', 'The board affirmed its support for the crews.', 'The judge considered the case on Monday.']) expect(tuples(text)).toEqual([]);
  });

  it('a list after "X notes that … the following:" is X\'s, one indirect claim an item; after "X told Y:" direct', () => {
    const text = 'Dahl notes that the crews have achieved the following:\nRepairs to the north quay before the winter.\nA new crane for the container yard.\nDahl added that the work would go on.';
    expect(tuples(text)).toEqual([
      ['Dahl', 'indirect', 'Repairs to the north quay before the winter.'], ['Dahl', 'indirect', 'A new crane for the container yard.'],
      ['Dahl', 'indirect', 'the work would go on'],
    ]);
    expect(tuples('Dahl told Radio Nord:\nThe crews repaired the north quay.').map(([, k]) => k)).toEqual(['direct']);
  });

  it('a second verb with "that" goes with a that-clause inside the content, not with the speaker', () => {
    expect(tuples('Holm said the board requested that the ferry stop and indicated that it would pay the crews.')).toEqual([
      ['Holm', 'indirect', 'the board requested that the ferry stop and indicated that it would pay the crews'],
    ]);
  });
});

describe('wire shapes of translated Arabic news', () => {
  it('a dateline with an agency whose dash is glued to it, or a source tag before a slash, is no subject', () => {
    expect(tuples('Oslo, NTB- Harbour Minister, Ola Dahl, affirmed that the ferry would stop in June.').map(([s]) => s)).toEqual(['Ola Dahl']);
    expect(tuples('Coast News Daily / The Harbour Minister of the region, Ola Dahl, said on Monday that the ferry would stop.').map(([s]) => s)).toEqual(['Ola Dahl']);
  });

  it('the last item of a list after ", and" is no clause subject for a participle', () => {
    expect(tuples('He condemned the fees charged to Vik, Holm, and other towns, noting that these fees have become a burden.').map(([, , c]) => c)).toContain('these fees have become a burden');
    expect(tuples('He condemned the fees charged to Vik, Holm, and other towns, noting that these fees have become a burden.').map(([s]) => s)).not.toContain('other towns');
  });

  it('a gerund after a preposition and a name between commas are adjuncts before "that"', () => {
    expect(tuples('Dahl said after meeting Holm in the island capital, Sandvik, that the ferry would stop.')).toEqual([
      ['Dahl', 'indirect', 'the ferry would stop'],
    ]);
  });
});

describe('a name followed by a verb the tagger read as a noun is a subject', () => {
  it('"X talks/NOUN about …" puts X in focus for a later title', () => {
    const text = 'After the vote, Ulf Berg talks about the meeting that made Holm change his mind.\n– It has been a long day, says the Deputy Mayor.';
    expect(tuples(text).map(([s]) => s)).toEqual(['Ulf Berg']);
  });
});

describe('a sentence that points back at what was said', () => {
  it.each([
    ['I am sorry.\nSo says former minister Karin Vik after the vote.', 'Karin Vik', null],
    ['The ferry must stop.\nThis is what Ola Dahl told Radio Nord on Monday.', 'Ola Dahl', 'Radio Nord'],
    ['The ferry must stop. Thus writes the harbour master in a letter.', 'harbour master', null],
  ])('%s', (text, speaker, via) => {
    expect(claimsOf(text).map((c) => [c.speaker?.name, c.kind, c.via])).toEqual([[speaker, 'direct', via]]);
  });

  it('not "So" as a conjunction with its own content, nor a sentence that has its own speaker', () => {
    expect(claimsOf('The ferry was late. So Karin Vik said the county must pay.').map((c) => c.text)).toEqual(['the county must pay']);
    expect(claimsOf('“The ferry must stop,” Dahl said. So says the harbour master too.').map((c) => c.speaker?.name)).toEqual(['Dahl']);
  });
});

describe('titles in apposition and offices with an owner', () => {
  it('the name after "the Head of X," speaks', () => {
    expect(tuples('The Head of the Fjord Institute, Kari Lund, stresses that there are doubts about the numbers.').map(([s]) => s)).toEqual(['Kari Lund']);
  });

  it('an office with its owner and no bearer in view is a source of its own, not the person in focus', () => {
    const found = tuples('Ulf Berg arrived in Oslo.\nEarlier today, the Port Authority’s Deputy Mayor announced that she will travel to Bergen.').map(([s]) => s);
    expect(found).not.toContain('Ulf Berg');
  });
});

describe('dash quotes in the Nordic way (issue 18 shapes)', () => {
  it('a question that a dash answer follows is the interviewer’s; the answer and what follows are the speaker’s', () => {
    const text = 'Karin Vik leads the union.\n– Is the strike dangerous for the town?\n– No, it is not, Vik answers.\n– Will you go on?\n– Yes. We will go on until the end of the month.';
    expect(tuples(text).map(([s]) => s)).toEqual(['interviewer', 'Karin Vik', 'interviewer', 'Karin Vik']);
  });

  it('a question with no answer after it continues the speaker', () => {
    expect(tuples('– We are ready, says Karin Vik.\n– Who would not be?').map(([s]) => s)).toEqual(['Karin Vik', 'Karin Vik']);
  });

  it('“…”, – said X; – “…,” says X; says X and continues:', () => {
    expect(tuples('“The port will stay open”, – said Karin Vik.')).toEqual([['Karin Vik', 'direct', 'The port will stay open']]);
    expect(tuples('– “The port will stay open,” says Karin Vik.')).toEqual([['Karin Vik', 'direct', 'The port will stay open']]);
    expect(tuples('The crews are tired, says Karin Vik and continues:\n– We need two more boats before the winter.')).toEqual([
      ['Karin Vik', 'indirect', 'The crews are tired'], ['Karin Vik', 'direct', 'We need two more boats before the winter.'],
    ]);
  });

  it('outlets as listeners, a lower-case outlet included', () => {
    expect(claimsOf('The ferry must run all year, says Karin Vik to news on Tuesday.').map((c) => c.via)).toEqual(['news']);
    expect(claimsOf('Karin Vik told Fjord TV Nyheter:\n“We will keep the ferry running all year.”').map((c) => [c.speaker?.name, c.via])).toEqual([['Karin Vik', 'Fjord TV Nyheter']]);
  });

  it('no quote from a dash as a parenthesis, between numbers, before a lower-case word, or in a short crosshead', () => {
    expect(tuples('The port – built in 1900 – is closed for the winter, the mayor said.')).toEqual([['mayor', 'indirect', 'The port – built in 1900 – is closed for the winter']]);
    expect(tuples('Ticket prices rose by 10 – 15 percent, says Karin Vik.')).toEqual([['Karin Vik', 'indirect', 'Ticket prices rose by 10 – 15 percent']]);
    expect(tuples('The port closed in May. – and that was the end of it, the mayor said.').map(([, k]) => k)).toEqual(['indirect']);
    expect(tuples('– We are ready, says Karin Vik.\n– A long night\nThe board met on Monday.').map(([, , c]) => c)).toEqual(['We are ready']);
  });
});

describe('named limits, just inside and just outside', () => {
  const block = (n: number): string => ['Ola Dahl told Radio Nord:', ...Array.from({ length: n }, (_, i) => `The crews worked on the north quay for day number ${i + 1}.`)].join('\n');

  it('a colon block runs over at most COLON_BLOCK_MAX (12) paragraphs', () => {
    expect(claimsOf(block(12))).toHaveLength(12);
    expect(claimsOf(block(13))).toHaveLength(12);
  });

  it('a parenthesis after a name holds up to PARENTHESIS_TOKENS (6) tokens with its marks', () => {
    expect(tuples('Karin Vik (Centre Party) said that the ferry would stop.').map(([s]) => s)).toEqual(['Karin Vik']);
    // Longer: no longer read as a tag on the name, and no claim is made rather than a wrong one.
    expect(tuples('Karin Vik (the Centre Party of the north) said that the ferry would stop.')).toEqual([]);
  });

  it('a relative clause about the source of "According to X" is passed up to RELATIVE_ASIDE_TOKENS (25) tokens', () => {
    const aside = (words: string): string => `According to Holm, who chaired the harbour council ${words}, the price was fair.`;
    expect(tuples(aside('of the island for many long years until the vote of the town in May of last year')).map(([, , c]) => c)).toEqual(['the price was fair']);
    // Longer: the aside is taken into the content, which still holds what was said.
    const long = tuples(aside('of the island for many long years until the vote of the town in May of last year and then left for the mainland with his family'));
    expect(long.map(([, , c]) => c.endsWith('the price was fair'))).toEqual([true]);
  });

  it('after a leading "According to X", the comma may come up to LEAD_TOKENS (8) tokens after X', () => {
    // Seven tokens between "schedule" and the comma: inside.
    expect(tuples('According to the schedule printed in bold type on the board, the ferry stops in June.').map(([, , c]) => c)).toEqual(['the ferry stops in June']);
    // Fourteen: outside, and no claim is made rather than a wrong one.
    expect(tuples('According to the schedule printed in bold type on the old board at the quay on Monday, the ferry stops in June.')).toEqual([]);
  });
});

describe('pages that lost a paragraph break or an opening mark', () => {
  it('a paragraph that is only a tail gives the unclaimed paragraph before it to its speaker', () => {
    expect(tuples('We will not sell the ferry to anyone, because the island needs it.\nthe mayor said.')).toEqual([
      ['mayor', 'direct', 'We will not sell the ferry to anyone, because the island needs it.'],
    ]);
    // Not a paragraph already claimed, and not a tail with more after it.
    expect(tuples('“We will keep the ferry,” Vik said.\nthe mayor said.').map(([s]) => s)).toEqual(['Vik']);
    expect(tuples('The ferry runs all winter.\nthe mayor said the county would pay.').map(([, , c]) => c)).toEqual(['the county would pay']);
  });

  it('a closing mark with no opening one quotes its paragraph up to it, when a tail follows', () => {
    expect(tuples('As long as the ferry runs, the island will live,” Vik added. “We know this well.”').map(([s, k, c]) => [s, k, c])).toContainEqual(
      ['Vik', 'direct', 'As long as the ferry runs, the island will live'],
    );
    // No tail after the mark: no claim.
    expect(tuples('The season is over for the crews,” and the boats rest in the harbour.')).toEqual([]);
  });
});

describe('tails of unmarked words', () => {
  it('a verbless stretch that opens the sentence before an inverted tail is the speaker’s', () => {
    expect(tuples('Far too cold for the crews, says the skipper Ola.')).toEqual([['Ola', 'indirect', 'Far too cold for the crews']]);
    // Not a phrase of one or two words, and not when the tail is not inverted.
    expect(tuples('Too cold, says the skipper.')).toEqual([]);
  });

  it('a base form after a plural subject closing the sentence is the tail’s verb', () => {
    expect(tuples('Still, the crews get used to the cold nights, the skippers claim.')).toEqual([['skippers', 'indirect', 'Still, the crews get used to the cold nights']]);
  });
});

describe('content that opens with a quantity', () => {
  it('"says at least 300 people …" reports; "blamed on the weather" does not', () => {
    expect(tuples('The port authority says at least 300 people are waiting for the ferry.')).toEqual([
      ['port authority', 'indirect', 'at least 300 people are waiting for the ferry'],
    ]);
    expect(tuples('The mayor said about 40 boats would stay in the harbour.').map(([, , c]) => c)).toEqual(['about 40 boats would stay in the harbour']);
    expect(tuples('The mayor blamed on the weather.')).toEqual([]);
  });
});
