// One small case per rule, in our own words, with the negative cases beside them.
import { describe, expect, it } from 'vitest';
import { claimsOf, tuples } from './helpers.js';

describe('direct quotes', () => {
  it.each([
    ['“We will not give in,” said Marta Eklund.', [['Marta Eklund', 'direct', 'We will not give in']]],
    ['"The vote was fair," the mayor said.', [['mayor', 'direct', 'The vote was fair']]],
    ['«We stay here», said Paul Dumas.', [['Paul Dumas', 'direct', 'We stay here']]],
    ['“We will win,” the man on the quay says.', [['man on the quay', 'direct', 'We will win']]],
    ['“Buy the book,” the advert on Nordnett says.', [['advert on Nordnett', 'direct', 'Buy the book']]],
    ['“Prices will rise,” Anna Holm, an economist at the central bank, said on Tuesday.', [['Anna Holm', 'direct', 'Prices will rise']]],
  ])('quote-tail: %s', (text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it('a name in quotation marks inside a sentence takes no verb but a verb of saying as its tail', () => {
    expect(tuples('As for the mayor’s slip over “Nordhavn,” Karin Vik saw the funny side of it.')).toEqual([]);
  });

  it('a quote that ends its sentence takes no tail from the next sentence', () => {
    const found = tuples('He quoted the book “The Art of Sailing.” Peter Lind said the trip was long.');
    expect(found).toEqual([['Peter Lind', 'indirect', 'the trip was long']]);
  });

  it('a second quote in the paragraph continues the speaker, even when short', () => {
    expect(tuples('“We are ready,” said Karin Vik. “Absolutely ready.”')).toEqual([
      ['Karin Vik', 'direct', 'We are ready'],
      ['Karin Vik', 'direct', 'Absolutely ready.'],
    ]);
  });

  it('a short quote continues its speaker though its one long word is the capitalised first one', () => {
    expect(tuples('“A lot depends on the union,” Holm told the Coastal Times. “Even so, not yet.”')).toEqual([
      ['Holm', 'direct', 'A lot depends on the union'],
      ['Holm', 'direct', 'Even so, not yet.'],
    ]);
    // A name or a title in quotation marks is still no statement.
    expect(tuples('“We are ready,” said Karin Vik. “Harbour Lights.” “Ola Dahl.”')).toEqual([['Karin Vik', 'direct', 'We are ready']]);
  });

  it('a quote split by its tail: the second part is the same speaker’s, even when short', () => {
    expect(tuples('“If the port closes, we lose the season,” the director said, “and nobody wants that.”')).toEqual([
      ['director', 'direct', 'If the port closes, we lose the season'],
      ['director', 'direct', 'and nobody wants that.'],
    ]);
  });

  it('a short quote after a comma with more than a tail before it is no one’s statement', () => {
    const found = tuples('“We are ready,” Karin Vik said on Monday before the long meeting of the harbour board in the town hall, “maybe.”');
    expect(found).toEqual([['Karin Vik', 'direct', 'We are ready']]);
  });

  it('a quote inside a sentence with a named subject is that subject’s, not the last speaker’s', () => {
    expect(tuples('“We are tired of waiting for the board,” Ola Dahl said. Anna Lind, a lawyer for the union, has urged members to “stay at home until the board finally pays us.”')).toEqual([
      ['Ola Dahl', 'direct', 'We are tired of waiting for the board'],
      ['Anna Lind', 'direct', 'stay at home until the board finally pays us.'],
    ]);
    // No named subject: the last speaker goes on.
    expect(tuples('“We are tired of waiting for the board,” Ola Dahl said. For the dockers, on the other hand, “the strike is the only way to be heard by the board.”')).toEqual([
      ['Ola Dahl', 'direct', 'We are tired of waiting for the board'],
      ['Ola Dahl', 'direct', 'the strike is the only way to be heard by the board.'],
    ]);
  });

  it('a quote inside a clause takes only a cue word as its tail, not any verb', () => {
    const cues = claimsOf('Although Berg told the court that he cared about "the future of the harbour town," he sold the quay to a rival.').map((c) => c.cue);
    expect(cues).toEqual(['told']);
    expect(tuples('"We will be back next year with more ships," Vik continued.')).toEqual([['Vik', 'direct', 'We will be back next year with more ships']]);
  });

  it('a participle after a quote’s tail takes the tail’s speaker', () => {
    expect(tuples('“We are ready,” Holm said, adding that the port was closed.')).toEqual([
      ['Holm', 'direct', 'We are ready'], ['Holm', 'indirect', 'the port was closed']]);
    expect(tuples('“We are ready,” said Anna Holm, adding that the port was closed.')).toEqual([
      ['Anna Holm', 'direct', 'We are ready'], ['Anna Holm', 'indirect', 'the port was closed']]);
    // "explaining why …" asks: no claim.
    expect(tuples('“We are ready,” said Anna Holm, explaining why the mayor will not come to the port.')).toEqual([
      ['Anna Holm', 'direct', 'We are ready']]);
  });

  it('after “…!” or “…?” a capitalised word that is no name opens a new sentence, not a tail', () => {
    expect(tuples('He waved a banner with “No more cuts!” Her father, Sven, feared that the port would close.')).toEqual([
      ['Sven', 'indirect', 'the port would close']]);
    expect(tuples('“Stop!” Holm shouted at the crowd.')).toEqual([['Holm', 'direct', 'Stop!']]);
  });

  it('a title followed by a passive with its agent has no tail; "said by phone" is one', () => {
    expect(tuples('Later that month, the press will publish “Harbour Lights,” a novel written by Anna Holm about the port.')).toEqual([]);
    expect(tuples('“We won the vote,” Holm said by phone.')).toEqual([['Holm', 'direct', 'We won the vote']]);
  });

  it('a quote that runs over several sentences stays one claim', () => {
    expect(tuples('“The port is closed. The ships wait outside. Nobody knows for how long,” said Ola Dahl.')).toEqual([
      ['Ola Dahl', 'direct', 'The port is closed. The ships wait outside. Nobody knows for how long'],
    ]);
  });

  it('an unclosed quote ends with its paragraph', () => {
    const [claim] = claimsOf('Ola Dahl said that “the port will reopen soon.\nThe weather turned.');
    expect(claim?.text).toBe('the port will reopen soon.');
  });

  it('a lead with a colon and any verb: “Jones echoed: …”', () => {
    expect(tuples('Eva Lund echoed: “This is the end of an era.”')).toEqual([['Eva Lund', 'direct', 'This is the end of an era.']]);
    // However short, and after an opening clause: the quote is the content, not a fragment.
    expect(tuples('Asked whether the port would close, Eva Lund said: “No.”')).toEqual([['Eva Lund', 'direct', 'No.']]);
  });

  it('a lead with a passive of perception, an -ing form read as a noun, or an aside after the subject', () => {
    expect(tuples('Ola Dahl was heard saying: “We will never sell the port.”')).toEqual([['Ola Dahl', 'direct', 'We will never sell the port.']]);
    const text = 'In the video, the preacher Karl Dahl, who died in 2011, is shown lecturing: “Sailors of the north, listen and remember your fathers.”';
    expect(tuples(text)).toEqual([['Karl Dahl', 'direct', 'Sailors of the north, listen and remember your fathers.']]);
  });

  it('keeps the lower-case particles of a name in it: “bin”, “van”, “al-”', () => {
    const text = '“We won,” said Karim bin Saleh.\nAnna van Dijk wrote that the port is full.\nOmar al-Rashid said that the war was over.';
    expect(tuples(text).map((c) => c[0])).toEqual(['Karim bin Saleh', 'Anna van Dijk', 'Omar al-Rashid']);
  });
});

describe('not claims', () => {
  it.each([
    ['scare quotes', 'The so-called “reform” passed on Friday.'],
    ['a name in quotes', 'He posted the pictures on “Telegram” late at night.'],
    ['a title in quotes', 'Her new book, “The Long Road to the Northern Sea Ports,” came out in May.'],
    ['a passive naming', 'The minister, often called “the iron lady of the north”, arrived late.'],
    ['a heading', 'Strike talks collapse at the port'],
    ['a pull quote', '– Unlikely'],
    ['a question that asks whether someone believes', 'Asked if she believed the deal would hold, the minister left.'],
    ['a passive cue', 'The minister is expected to resign next week.'],
    ['a noun of belief before "that"', 'There is little doubt that the port is safe. The fear that the port would close grew in the town.'],
    ['a noun of belief after a quantifier', 'Some thought was given to the port.'],
    ['an everyday sense of a speech verb', 'The navy must maintain its ships in the north.'],
  ])('%s', (_, text) => {
    expect(claimsOf(text)).toEqual([]);
  });
});

describe('dash paragraphs', () => {
  it('reads the tail and continues the speaker on an unattributed dash line', () => {
    const text = [
      '– The talks have failed, says union leader Marta Eklund.',
      '– Nobody wants a long strike.',
    ].join('\n');
    expect(tuples(text)).toEqual([
      ['Marta Eklund', 'direct', 'The talks have failed'],
      ['Marta Eklund', 'direct', 'Nobody wants a long strike.'],
    ]);
  });

  it('sets via for "tells Kystposten"', () => {
    const [c] = claimsOf('– We have waited two years, Eklund tells Kystposten.');
    expect(c?.via).toBe('Kystposten');
    expect(c?.cue).toBe('tells');
  });

  it('reads the place a speaker works at, and the outlet after it', () => {
    const [c] = claimsOf('– The strike will spread, says senior researcher Kari Strand at the Coastal Research Institute to Kystposten.');
    expect(c?.speaker).toMatchObject({ name: 'Kari Strand', role: 'senior researcher', affiliation: 'Coastal Research Institute' });
    expect(c?.via).toBe('Kystposten');
    // "at" and no name after it is no place of work.
    expect(claimsOf('– The strike will spread, says Kari Strand at a rally in Vik.')[0]?.speaker?.affiliation).toBeNull();
  });

  it('sets via for "said in an interview with X that …"', () => {
    const [c] = claimsOf('Lena Holm said in an interview with the Coastal Times that the union had walked out.');
    expect(c).toMatchObject({ via: 'Coastal Times', text: 'the union had walked out' });
    expect(claimsOf('Lena Holm said in an interview with her union that the talks had failed.')[0]?.via).toBeNull();
  });

  it('a dash list item without a verb is not a continuation', () => {
    const text = '“We won,” said Ola Dahl.\n— Karin Vik of the Daily Courier, winner of the harbour prize.';
    expect(tuples(text)).toEqual([['Ola Dahl', 'direct', 'We won']]);
  });
});

describe('colon blocks', () => {
  it('gives the unquoted paragraphs after "X told Y:" to X, up to the next heading', () => {
    const text = [
      'Analyst Lars Strand told Radio Nord:',
      'The blockade will not last the winter.',
      'Both sides need the trade too much.',
      'Other news',
      'The ferry left on time.',
    ].join('\n');
    const found = claimsOf(text);
    expect(found.map((c) => [c.speaker?.name, c.text, c.via])).toEqual([
      ['Lars Strand', 'The blockade will not last the winter.', 'Radio Nord'],
      ['Lars Strand', 'Both sides need the trade too much.', 'Radio Nord'],
    ]);
  });

  it('that opened with quotations, ends at the first unquoted paragraph', () => {
    const text = [
      'Analyst Lars Strand told Radio Nord:',
      '“The blockade will not last the winter.”',
      '“Both sides need the trade too much.”',
      'Despite the talks, the ferry left on time in the morning.',
    ].join('\n');
    expect(tuples(text)).toEqual([
      ['Lars Strand', 'direct', 'The blockade will not last the winter.'],
      ['Lars Strand', 'direct', 'Both sides need the trade too much.'],
    ]);
  });

  it('ends at the next paragraph that ends in a colon, which opens a block of its own', () => {
    const text = [
      'Analyst Lars Strand told Radio Nord:',
      'The blockade will not last the winter.',
      'His colleague Eva Lund echoed:',
      'Both sides need the trade far too much.',
    ].join('\n');
    expect(tuples(text)).toEqual([
      ['Lars Strand', 'direct', 'The blockade will not last the winter.'],
      ['Eva Lund', 'direct', 'Both sides need the trade far too much.'],
    ]);
  });

  it('goes on past a verb with an everyday sense and an object, and ends at the same verb with a clause', () => {
    const text = [
      'Analyst Lars Strand writes:',
      'The report mentions neither the mayor nor the port by name.',
      'Both sides need the trade too much.',
      'The harbour master noted that the ice was thin.',
    ].join('\n');
    expect(tuples(text)).toEqual([
      ['Lars Strand', 'direct', 'The report mentions neither the mayor nor the port by name.'],
      ['Lars Strand', 'direct', 'Both sides need the trade too much.'],
      ['harbour master', 'indirect', 'the ice was thin'],
    ]);
  });
});

describe('speaker labels', () => {
  it('gives a transcript line to the name before its colon, and a surname label to the full name', () => {
    const text = [
      'Transcript of the interview:',
      'ANNA BERG: Why sell it?', // a short question: a heading to the segmenter
      'KARIN VIK: We will not sell the ferry company this year.',
      'HOST: Why not sell it now?',
      'BERG: What did the buyers offer?',
      'VIK: Far too little, I am afraid.',
    ].join('\n');
    expect(tuples(text)).toEqual([
      ['ANNA BERG', 'direct', 'Why sell it?'],
      ['KARIN VIK', 'direct', 'We will not sell the ferry company this year.'],
      ['ANNA BERG', 'direct', 'What did the buyers offer?'],
      ['KARIN VIK', 'direct', 'Far too little, I am afraid.'],
    ]);
  });

  it('lends a heading\'s label, and no other capitalised words of a heading, to the names of the article', () => {
    expect(tuples('Karin Vik Tweets About Ferry Plans\n“We will sail in May,” Vik said.')).toEqual([['Vik', 'direct', 'We will sail in May']]);
  });

  it('reads a headline led by a name whose surname the article uses again', () => {
    const body = 'The harbour master spoke on Monday. Dahl has run the port for ten years.';
    expect(tuples(`Ola Dahl: Port Will Not Reopen Before Spring\n${body}`)).toEqual([['Ola Dahl', 'indirect', 'Port Will Not Reopen Before Spring']]);
    expect(tuples(`Ola Dahl: “We Have Waited Long Enough”\n${body}`)).toEqual([['Ola Dahl', 'direct', 'We Have Waited Long Enough']]);
  });

  it('takes no label that is no person\'s, and no line that states nothing', () => {
    const body = 'Mayor Ola Dahl of Nordvik spoke on Monday. Dahl has run the port for ten years.';
    for (const line of [
      'Update: The ferry will sail again at noon.',
      'Nordvik: The ferry will sail again at noon.',
      'Live Updates: The ferry will sail again at noon.',
      'Ola Dahl: A Life at Sea',
      'Harbour Strike: Ola Dahl Says Talks Have Failed',
    ]) {
      expect(tuples(`${line}\n${body}`).filter((c) => c[2].includes('ferry') || c[2].includes('Life')), line).toEqual([]);
    }
  });
});

describe('reported speech', () => {
  it.each([
    ['subject-cue', 'The port authority says the strike is unlawful.', [['port authority', 'indirect', 'the strike is unlawful']]],
    ['phrasal cue', 'Ola Dahl went on to say that the ships would wait.\nHe points out that the ice is thin.', [
      ['Ola Dahl', 'indirect', 'the ships would wait'], ['Ola Dahl', 'indirect', 'the ice is thin']]],
    ['negated belief', 'Karin Vik does not believe the ferry will sail.', [['Karin Vik', 'indirect', 'the ferry will sail']]],
    ['a hyphenated name after the cue', 'The strike is over, says Anna Berg-Holm.', [['Anna Berg-Holm', 'indirect', 'The strike is over']]],
    ['a hyphenated name as the shared subject', 'Nord-Invest never publishes its accounts but says its fleet has doubled.', [['Nord-Invest', 'indirect', 'its fleet has doubled']]],
    ['a second cue with "that" after "and", its subject shared', 'Karin Vik said that the quay was safe and noted that the cranes were new.', [
      ['Karin Vik', 'indirect', 'the quay was safe'], ['Karin Vik', 'indirect', 'the cranes were new']]],
    ['cue after content, then a time phrase', 'The port “lost more than it earned” in the strike, the Coastal Times reported two weeks ago.', [
      ['Coastal Times', 'mixed', 'The port “lost more than it earned” in the strike']]],
    ['a stretch of time is no subject, a name with a time word is one', 'The owners used the whole month trying to tell the town that the port is safe.\nThe film Nine Days says that the port was never safe.', [
      ['Nine Days', 'indirect', 'the port was never safe']]],
    ['cue after content', 'The ferry will not sail before Friday, writes the Coastal Times.', [['Coastal Times', 'indirect', 'The ferry will not sail before Friday']]],
    ['according to, after', 'The bridge will close in June, according to the road agency.', [['road agency', 'indirect', 'The bridge will close in June']]],
    ['"quoted X as saying": X speaks, through the one who quoted', 'Nordwire quoted a senior official as saying that the talks had failed.', [
      ['senior official', 'indirect', 'the talks had failed']]],
    ['the same with a pronoun, and in the passive with a whole quote', 'Ola Dahl met the press. The paper quoted him as saying the port is safe.\nThe minister was quoted as saying: “We will not give in.”', [
      ['Ola Dahl', 'indirect', 'the port is safe'], ['minister', 'direct', 'We will not give in.']]],
    ['according to a document published by someone: the publisher speaks', 'According to figures published by the agency on Thursday, exports fell by 12%.', [
      ['agency', 'indirect', 'exports fell by 12%']]],
    ['according to a phrase whose head the tagger reads as an adjective', 'The bridge will close in June, according to the most recent average of road surveys.', [
      ['most recent average of road surveys', 'indirect', 'The bridge will close in June']]],
    ['according to, after an opening participle phrase: the main clause', 'Citing security concerns, the ministry closed the port on Monday, according to the Coastal Times.\nBoasting 20,000 residents who fish for a living, with its harbour in Vik, the town seems proud of its fleet, according to the Coastal Times.', [
      ['Coastal Times', 'indirect', 'the ministry closed the port on Monday'], ['Coastal Times', 'indirect', 'the town seems proud of its fleet']]],
    ['according to, before', 'According to Ola Dahl, the bridge will close in June.', [['Ola Dahl', 'indirect', 'the bridge will close in June']]],
    ['noun cue with of', 'The talks went on amid Western warnings of a wider blockade.', [['Western warnings', 'indirect', 'a wider blockade']]],
    ['noun cue with from … that', 'There are accusations from the union that the firm hid its profits.', [['union', 'indirect', 'the firm hid its profits']]],
    ['a commitment with "to" and a verb reports an intention', 'Ola Dahl promised to cut taxes for every fisherman.\nThe union threatened to close the port for good.', [
      ['Ola Dahl', 'indirect', 'to cut taxes for every fisherman'], ['union', 'indirect', 'to close the port for good']]],
    ['a commitment with "to" and a quote is an intention in the speaker\'s words', 'Ivar Holm spoke on Tuesday night. He vowed to “keep the harbour open all winter” and to “bring our case to the capital.”', [
      ['Ivar Holm', 'mixed', 'to “keep the harbour open all winter” and to “bring our case to the capital.”']]],
    ['but not with an object, nor as an adjective', 'Ola Dahl promised money to every fisherman in the town.\nThe storm threatened the town and its harbour.\nShe won most of the regular, pledged delegates. The reported cases of fraud were few.', []],
    ['"told" with the thing told as its object is no cue', 'At the last service of his tour, held near the border, the bishop told the old story of the flooded town.\nThe mayor tells one joke at every meeting. Dahl told them a tale, not the truth.', []],
    ['but "told" with a listener is', 'The mayor told reporters the story was false.', [['mayor', 'indirect', 'the story was false']]],
    ['accuse … of', 'The union accused the firm of hiding its profits.', [['union', 'indirect', 'hiding its profits']]],
    ['mixed quote', 'Ola Dahl said the plan was “a total disaster” for the town.', [['Ola Dahl', 'mixed', 'the plan was “a total disaster” for the town']]],
    ['naming verb with a quoted fragment', 'Karin Vik called the decision “a betrayal.”', [['Karin Vik', 'mixed', 'the decision “a betrayal.”']]],
    ['a naming verb after an appositive', 'Nina Berg, director of the Harbour Union, called the speech “a turning point” for the town.', [['Nina Berg', 'mixed', 'the speech “a turning point”']]],
    ['not a name given to the appositive’s subject', 'Karin Vik, long referred to as “the iron lady”, has met the board twice.', []],
    ['an appositive with an infinitive in it', 'Jens Holm, a nurse working to end the strike, said the wards were short of staff.', [['Jens Holm', 'indirect', 'the wards were short of staff']]],
    ['a speech verb that names, with "as"', 'Karin Vik has described the strike as the town standing up for itself.', [['Karin Vik', 'indirect', 'the strike as the town standing up for itself']]],
    ['a participle phrase between subject and cue', 'A port official speaking to Radio Nord said the quay was closed.', [['port official', 'indirect', 'the quay was closed']]],
    ['appositive subject', 'Ola Dahl, a fisherman from the island, said the catch was poor.', [['Ola Dahl', 'indirect', 'the catch was poor']]],
    ['description before a name', 'When the harbour master, Ola Dahl, said on Monday that the port was full, nobody listened.', [['Ola Dahl', 'indirect', 'the port was full']]],
    ['a cue the tagger reads as an adjective, before "that"', 'Mr. Holm alleged that the firm had hidden its profits.', [['Holm', 'indirect', 'the firm had hidden its profits']]],
    ['a word between subject and cue', 'Dock workers overall said the pay was too low.', [['Dock workers', 'indirect', 'the pay was too low']]],
    ['content that opens with a condition', 'Karin Vik said, if chosen, she would ask the board to close the port.', [['Karin Vik', 'indirect', 'if chosen, she would ask the board to close the port']]],
    ['an opening clause that ends where a claim of its own begins', 'The mayor conceded that while the bridge mattered little to the plan, he argued the port could not grow without it.', [
      ['mayor', 'indirect', 'while the bridge mattered little to the plan'], ['mayor', 'indirect', 'the port could not grow without it']]],
    ['a quantifier for a group as subject, and "say" read as a noun', 'Some say the harbour tax is unfair.', [['Some', 'indirect', 'the harbour tax is unfair']]],
    ['a word for one unnamed source as subject', 'While one agency counts 400 boats, another says the fleet is smaller.\nLooks like someone told the mayor that the port is finished.', [
      ['another', 'indirect', 'the fleet is smaller'], ['someone', 'indirect', 'the port is finished']]],
    ['people described by whom they stand near', 'Dahl is in good health, but those around him admit that a third term looks improbable.\nThose close to the mayor say the port will close. People close to her say it will not.', [
      ['those around him', 'indirect', 'a third term looks improbable'], ['Those close to the mayor', 'indirect', 'the port will close'], ['People close to her', 'indirect', 'it will not']]],
    ['a listener pronoun is not content, unless told what to do', 'The mayor told them the port will close. The mayor urged them to vote for the plan.', [
      ['mayor', 'indirect', 'the port will close'], ['mayor', 'indirect', 'them to vote for the plan']]],
    ['a participle after a phrase of place: the clause subject speaks', 'Holm was filmed at the quay telling Dahl to take the next boat and stay away.\nBerg was recorded on camera telling reporters that the port would close.', [
      ['Holm', 'indirect', 'to take the next boat and stay away'], ['Berg', 'indirect', 'the port would close']]],
    ['but after "with" the phrase is the participle\'s subject', 'The plan could fail, with most dockers saying they will strike.', [['most dockers', 'indirect', 'they will strike']]],
    ['a semicolon ends the content, and a subject pronoun is no listener', 'Some dockers said the cuts were overdue; others warned they could hurt the service.', [
      ['Some dockers', 'indirect', 'the cuts were overdue'], ['others', 'indirect', 'they could hurt the service']]],
    ['a participle closing the sentence is what the speaker did', 'The ferry operator said it would cut 200 jobs, blaming rising fuel costs.', [['ferry operator', 'indirect', 'it would cut 200 jobs']]],
    ['but not "including …", nor a gerund subject', 'The union said prices would rise for everyone, including the poor.\nTwo dockers admitted that, given the divide, reaching a deal will be hard.', [
      ['union', 'indirect', 'prices would rise for everyone, including the poor'], ['Two dockers', 'indirect', 'given the divide, reaching a deal will be hard']]],
    ['a tail with "late" or "early" before its time', 'The storm damaged the outer pier, the harbour master said late on Sunday.\nThe pier will reopen, the mayor said early Monday.', [
      ['harbour master', 'indirect', 'The storm damaged the outer pier'], ['mayor', 'indirect', 'The pier will reopen']]],
    ['"that" after a time phrase opens the content, whatever its tag', 'The weather service had warned on Friday that winds could reach hurricane force.', [
      ['weather service', 'indirect', 'winds could reach hurricane force']]],
    ['verbs of manner of speaking are cues', 'The captain shouted that the ship was sinking. Dahl whispered that the pier was safe.', [
      ['captain', 'indirect', 'the ship was sinking'], ['Dahl', 'indirect', 'the pier was safe']]],
    ['after a tail, a clause with its own speaker and a colon before a quote is theirs', 'As the crowd cheered Holm in Vik, the reporter Ola Dahl wrote, his aide whispered to him: “The town is behind you.”', [
      ['his aide', 'direct', 'The town is behind you.']]],
    ['"that" after a hyphenated word, and "posted" with a that-clause', 'Dahl argued in an op-ed that the harbour belongs to the people.\nHolm posted on social media that the vote had been rigged. Holm posted a video of the pier.', [
      ['Dahl', 'indirect', 'the harbour belongs to the people'], ['Holm', 'indirect', 'the vote had been rigged']]],
    ['according to a source with an aside about them', 'According to Holm, who chaired the council until May, the price was fair.', [['Holm', 'indirect', 'the price was fair']]],
    ['a noun the tagger reads as an adjective after a determiner', "One ranking puts the skipper first among the town's boat owners. Another ranking says the skipper owns no boat at all.", [
      ['Another ranking', 'indirect', 'the skipper owns no boat at all']]],
    ['a past verb after ", and" is the subject\'s next act', 'The harbour board delayed the vote, admitted it had lost the papers, and blamed the mayor for the delay.', [
      ['harbour board', 'indirect', 'it had lost the papers']]],
    ['but no source in "no one" or "nobody"', 'Ola Dahl spoke first. No one said the port was safe. Nobody believes it will reopen.', []],
    ['not "a say"', 'Dock workers want a say in the plan.', []],
    ['a participle after a comma: the listener follows it', 'Vik backed the plan in June, telling the press in May that she was “still making up her mind.”', [['Vik', 'mixed', 'she was “still making up her mind.”']]],
    ['a second cue of the same subject ends the content', 'Dahl said he had no boats of his own, but agreed that the ferry needed repairs.', [
      ['Dahl', 'indirect', 'he had no boats of his own'], ['Dahl', 'indirect', 'the ferry needed repairs']]],
    ['"agreed to" is no tail', 'Two weeks later, when the vote was over, the board agreed to reopen the quay.', []],
    ['a naming verb after "went on to" or "chose to": the first verb\'s subject names', 'Karin Vik went on to call the plan “a betrayal.”\nOla Dahl chose to describe the strike as a victory for the town.', [
      ['Karin Vik', 'mixed', 'the plan “a betrayal.”'], ['Ola Dahl', 'indirect', 'the strike as a victory for the town']]],
    ['a naming verb of credit', 'Berg credited the win to “a long season at sea.”', [['Berg', 'mixed', 'the win to “a long season at sea.”']]],
    ['no claim runs over a claim found before it in the sentence', 'Asked about the delay, Karin Vik said that was normal for a new ferry — no worse, she said, than any other winter.', [
      ['Karin Vik', 'indirect', 'that was normal for a new ferry']]],
    ['a participle describing the subject is no claim, and the subject is found before it', 'Dock workers hoping to keep their jobs said the port must stay open.', [
      ['Dock workers', 'indirect', 'the port must stay open']]],
    ['but a participle with a that-clause after a noun is one; after a phrase of place, its clause\'s subject speaks', 'The union replied in a leaflet stating that the port was full.', [['union', 'indirect', 'the port was full']]],
    ['a coordinated subject', 'Karin Vik and her union said the strike would go on.', [['Karin Vik and her union', 'indirect', 'the strike would go on']]],
    ['a coordinated subject after an opening phrase', 'On Monday, the mayor and his staff said the road would reopen.', [['mayor and his staff', 'indirect', 'the road would reopen']]],
    ['a list of subjects', 'The union, the mayor and the port authority said the talks had failed.', [['union, the mayor and the port authority', 'indirect', 'the talks had failed']]],
    ['not the object of the clause before', 'The ship hit the pier and the captain said the fog was thick.', [['captain', 'indirect', 'the fog was thick']]],
    ['a subject attached by a preposition', 'Organisers of the march against the new port tax say the route is safe.', [['Organisers of the march against the new port tax', 'indirect', 'the route is safe']]],
    ['an appositive holding a relative clause with "that"', 'Anna Lind, the founder of a group that urges farmers to stay in Vik, said she had seen no change.', [
      ['Anna Lind', 'indirect', 'she had seen no change']]],
    ['but a main verb after a relative clause ends the chain', 'The board that runs the port met on Monday, and its chairman, Ola Berg, said the talks failed.', [
      ['Ola Berg', 'indirect', 'the talks failed']]],
    ['"claim" after a subject and before "that" is the verb, though tagged a noun; an adverb of an adjective joins the subject',
      'Lately the union’s most loyal members claim that the vote was rigged.', [['union’s most loyal members', 'indirect', 'the vote was rigged']]],
    ['but "the claim that" is a noun', 'The union’s claim that the vote was rigged was rejected by the court.', []],
    ['an appositive with a participle that is no past tense ("known", "taken")', 'Karl Dahl, the skipper known as “Fox,” stated that he had seen the wreck.\nOfficials familiar with the files taken from the office in Vik, Nordland, said that the files were old.', [
      ['Karl Dahl', 'indirect', 'he had seen the wreck'], ['Officials familiar with the files', 'indirect', 'the files were old']]],
    ['content ends before a relative clause that reports someone', 'Karl Dahl said that he saw the wreck, which the crew described as “a ghost ship.”\nThe mayor said that the ferry, which is old, will sail.', [
      ['Karl Dahl', 'indirect', 'he saw the wreck'], ['crew', 'mixed', 'as “a ghost ship.”'], ['mayor', 'indirect', 'the ferry, which is old, will sail']]],
    ['a cue after the comma that closes an opening clause is the main clause\'s: its content runs on', [
      'Although the port is old, the mayor said that ships, which are new, will wait.',
      'Asked about the port, the mayor said that ships, which are old, will wait.',
      'Flying Fish Media, a booking agency, says that Holm, who charges high fees, has lost money.'].join('\n'), [
      ['mayor', 'indirect', 'ships, which are new, will wait'], ['mayor', 'indirect', 'ships, which are old, will wait'],
      ['Fish Media', 'indirect', 'Holm, who charges high fees, has lost money']]],
    ['but a cue inside the opening clause ends its content at the comma', [
      'When the harbour chief, Ola Dahl, said that the port was safe, the dockers laughed.',
      'While the mayor, who is new, said the port is safe, the union disagreed.'].join('\n'), [
      ['Ola Dahl', 'indirect', 'the port was safe'], ['mayor', 'indirect', 'the port is safe']]],
    ['a name in apposition after the tail\'s description speaks; a relative clause about it is no content', '“We wait,” said one resident, Anna Vik.\nThe port is safe, says a spokesman, Ola Dahl, who works at the quay.', [
      ['Anna Vik', 'direct', 'We wait'], ['Ola Dahl', 'indirect', 'The port is safe']]],
    ['a time phrase between the listener and content with no "that"', 'General Tor Vik told lawmakers on Monday there was “no immediate threat” to the border.\nOla Dahl said Thursday\'s meeting was long.', [
      ['Tor Vik', 'mixed', 'there was “no immediate threat” to the border'], ['Ola Dahl', 'indirect', 'Thursday\'s meeting was long']]],
    ['a capitalised preposition inside a name', '“We see no signs of that,” Colonel Per Holm, a spokesman for the armed forces, told the paper.', [
      ['Per Holm', 'direct', 'We see no signs of that']]],
    ['an adjective after "the" read as a noun, and a title with "the" as a subject', 'The general, a former commander of the northern fleet, believes an attack is very unlikely.', [
      ['general', 'indirect', 'an attack is very unlikely']]],
    ['a verb of belief after a quantifier, though tagged a noun, also after a colon', 'Some think an attack on the port is likely.\nOfficials are divided: some think the port is safe.', [
      ['Some', 'indirect', 'an attack on the port is likely'], ['Some', 'indirect', 'the port is safe']]],
    ['a title the tagger reads as an adjective ends the subject; "fear" after a plural subject before a clause; "assessed that"', [
      'The military intelligence chief said that the border was calm.',
      'Western officials fear Moscow is moving troops to the border.',
      'The institute assessed that the port would stay open. Engineers assessed the damage to the quay.'].join('\n'), [
      ['military intelligence chief', 'indirect', 'the border was calm'], ['Western officials', 'indirect', 'Moscow is moving troops to the border'],
      ['institute', 'indirect', 'the port would stay open']]],
    ['a cue before "that" that the tagger reads as a noun', 'Several experts interviewed by the broadcaster doubt that an attack is being prepared.', [
      ['Several experts', 'indirect', 'an attack is being prepared']]],
    ['an appositive after an inverted tail is no content', 'There is a real danger of escalation, warned Anna Lie, the foreign minister.', [
      ['Anna Lie', 'indirect', 'There is a real danger of escalation']]],
    ['"asked if" asks', '“No,” Eva Strand replied when asked if the talks had failed.', [['Eva Strand', 'direct', 'No']]],
    ['an appositive whose closing comma is missing', 'On Friday, Sen. Ana Berg (D-Nord), a supporter of the new harbour plan told reporters that the port would grow.', [
      ['Ana Berg', 'indirect', 'the port would grow']]],
    ['an aside between dashes before the cue', 'Anna Lind – who was born in Vik – said the union has several options.', [
      ['Anna Lind', 'indirect', 'the union has several options']]],
    ['a lone dash opens no aside', 'The strike is over - Holm says the port will reopen.', [['Holm', 'indirect', 'the port will reopen']]],
    ['cue after content with a phrase after the tail', 'The port will close, the mayor said on Monday.', [['mayor', 'indirect', 'The port will close']]],
    ['but not when the phrase leads to content', 'When the port closed, the mayor said at a meeting that ships would wait.', [['mayor', 'indirect', 'ships would wait']]],
    ['a negated verb before a name is no inverted tail', 'Holm, who had just met the dockers, did not mention Berg by name.', []],
    ['a participle phrase before a tail is no statement', 'Before leaving office, the mayor said.', []],
    ['an adverb or a phrase before a tail leads into the clause after it', 'Still, Ola Dahl added, the port will stay open all winter.\nIn the last hours of the talks, Karin Vik said, nobody on the quay slept.', [
      ['Ola Dahl', 'indirect', 'the port will stay open all winter'], ['Karin Vik', 'indirect', 'nobody on the quay slept']]],
    ['but an opening clause with its main clause before the tail is content', 'If the talks fail, the dock workers will strike, said Ola Dahl.', [
      ['Ola Dahl', 'indirect', 'If the talks fail, the dock workers will strike']]],
    ['nor an opening clause: the main clause after the tail is the claim', 'When the port closed, the mayor said.\nAs the ferry docked at dawn, the Coastal Times reported, the crew sang a song about the north.', [
      ['Coastal Times', 'indirect', 'the crew sang a song about the north']]],
    ['nor before a tail with a phrase', 'Before leaving office, the mayor responded with anger, praising the dockers.', []],
    ['but a subject split from its verb by the tail is', 'The most pressing issues facing the port, dockers said, are pay and safety.', [
      ['dockers', 'indirect', 'The most pressing issues facing the port'], ['dockers', 'indirect', 'are pay and safety']]],
    ['a phrase after "and" and a preposition is no subject: the clause’s subject speaks', 'Lind is supporting Holm and in a letter wrote that the campaign was inspiring.', [
      ['Lind', 'indirect', 'the campaign was inspiring']]],
    ['the same before a naming verb', 'Anna Lind, who leads the party, backs Holm and in a letter credited him with “a fine and honest campaign.”', [
      ['Anna Lind', 'mixed', 'him with “a fine and honest campaign.”']]],
    ['but an opening phrase with a preposition leaves the subject after it', 'In a letter, the union wrote that the campaign was over.', [['union', 'indirect', 'the campaign was over']]],
    ['a participle aside ends where the main verb resumes', 'Karl Dahl, recalling that the talks had failed, described himself as “a patient man.”', [
      ['Karl Dahl', 'indirect', 'the talks had failed'], ['Karl Dahl', 'mixed', 'himself as “a patient man.”']]],
    ['but not at a relative clause inside the content', 'The mayor met the dockers, saying the port, which is old, is closing soon.', [
      ['mayor', 'indirect', 'the port, which is old, is closing soon']]],
    ['a cue after "could", "might" or "may" is hypothetical', 'Critics may argue that the tax is too high.', []],
    ['the same for a verb that is no cue there', 'Towns could feel a loss of trade if the new ferry stops running.', []],
    ['without the modal it is a claim', 'Critics argue that the tax is too high.', [['Critics', 'indirect', 'the tax is too high']]],
    ['a cue inside a "how" clause asks, it does not assert', 'Nobody knows how deeply the union believes the strike can work.', []],
    ['nor does a "how" clause as subject', 'How she answers that will decide the vote.', []],
    ['"according to" a document by a named source: the source speaks', 'The average wage in Vik is about 30 crowns an hour, according to a study by Amy Lind, a professor at the college.', [
      ['Amy Lind', 'indirect', 'The average wage in Vik is about 30 crowns an hour']]],
    ['but people from a named source stay the speakers', 'The port lost money, according to officials from Nordbank.', [
      ['officials from Nordbank', 'indirect', 'The port lost money']]],
    ['a dateline is no subject', 'Vik (Nordwire) – Mayor Anna Holm has criticised the board, saying that the port was badly run.', [
      ['Anna Holm', 'indirect', 'the port was badly run']]],
    ['a lead with "As": the clause after it is the source’s', 'As the Coastal Times reported on Monday, the port authority fined the union.', [
      ['Coastal Times', 'indirect', 'the port authority fined the union']]],
    ['but "As" with no cue of saying is a time clause', 'As the talks went on, the mayor said the port would close.', [['mayor', 'indirect', 'the port would close']]],
    ['inside a relative clause, a second one ends the content', 'They named Nordfox, a ring of thieves who police say is tied to a foreign agency and who claimed the attack.', [
      ['police', 'indirect', 'is tied to a foreign agency']]],
    ['but a relative clause inside the content stays', 'Officials say the man, who lives here and who works there, is guilty.', [
      ['Officials', 'indirect', 'the man, who lives here and who works there, is guilty']]],
    ['an aside about a name that runs to the sentence end is the writer’s', 'Holm said she would stand beside the mayor, Karl Dahl, who has been criticised for the closure of the port.', [
      ['Holm', 'indirect', 'she would stand beside the mayor, Karl Dahl']]],
    ['but one inside the content stays', 'Holm said Karl Dahl, who runs the port, would resign.', [['Holm', 'indirect', 'Karl Dahl, who runs the port, would resign']]],
    ['content ends before "and" with a verb of accusing, its subject shared', 'Holm said the port was closed and accused the board of hiding the costs.', [
      ['Holm', 'indirect', 'the port was closed'], ['Holm', 'indirect', 'hiding the costs']]],
    ['the object of an opening preposition is no subject', 'Of Dahl, Holm, who once worked for him, said, “He is a decent man.”', [
      ['Holm', 'direct', 'He is a decent man.']]],
    ['a role word opening the sentence, which the tagger reads as a name, keeps its phrase', 'Analysts familiar with the plan said the port was closed.', [
      ['Analysts familiar with the plan', 'indirect', 'the port was closed']]],
    ['the same before an aside with a participle', 'Officials familiar with the deal, speaking on condition of anonymity, said it was close to done.', [
      ['Officials familiar with the deal', 'indirect', 'it was close to done']]],
    ['not a phrase of an opening phrase', 'After the vote on the tax the mayor said the budget was safe.', [['mayor', 'indirect', 'the budget was safe']]],
    ['not a clause after ", and"', 'The quay is closed, officials say, and dock workers say the cranes are broken.', [
      ['officials', 'indirect', 'The quay is closed'], ['dock workers', 'indirect', 'the cranes are broken']]],
  ])('%s', (_, text, expected) => {
    expect(tuples(text)).toEqual(expected);
  });

  it('reads a backward reference with a relay: "This is reported by X citing Y"', () => {
    const [c] = claimsOf('The bridge will close for a week.\nThis is reported by the agency Nordwire citing the Road Directorate.');
    expect([c?.speaker?.name, c?.via, c?.text]).toEqual(['Road Directorate', 'Nordwire', 'The bridge will close for a week']);
  });

  it('ends content at a participle cue and gives it the same speaker', () => {
    const found = tuples('The Ministry of Transport said that the bridge is safe, noting that “repairs start in June.”');
    expect(found).toEqual([
      ['Ministry of Transport', 'indirect', 'the bridge is safe'],
      ['Ministry of Transport', 'direct', 'repairs start in June.'],
    ]);
  });

  it('splits "X said A and Y said B"', () => {
    expect(tuples('One in three said the plan was fair and one in four said it was a mistake.')).toEqual([
      ['One in three', 'indirect', 'the plan was fair'],
      ['one in four', 'indirect', 'it was a mistake'],
    ]);
    // A naming verb starts the second claim too.
    expect(tuples('Both spoke afterwards, Holm saying she was “quite hopeful” and Dahl calling it a “fair start.”')).toEqual([
      ['Holm', 'mixed', 'she was “quite hopeful”'],
      ['Dahl', 'mixed', 'it a “fair start.”'],
    ]);
    // The second cue may be negated and have an adverb before it.
    expect(tuples('Forty members said they support the plan and twelve have not publicly stated that they oppose it.')).toEqual([
      ['Forty members', 'indirect', 'they support the plan'],
      ['twelve', 'indirect', 'they oppose it'],
    ]);
  });
});

describe('claim records', () => {
  it('text is always the article sliced at the span', () => {
    const text = '“We are ready,” said Karin Vik.\n– Nobody wants a strike, says Ola Dahl.\nThe union says the offer is poor.';
    for (const c of claimsOf(text)) expect(text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('gives stable ids and 1-based lines', () => {
    const found = claimsOf('Intro line.\n“We are ready,” said Karin Vik.');
    expect(found.map((c) => [c.id, c.line])).toEqual([['t#1', 2]]);
  });
});
