// Stance and estimative bands, one rule at a time, in our own sentences. The topic is ours:
// will the dock strike spread?
import { describe, expect, it } from 'vitest';
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { estimateOf } from '../src/pipeline/classify/index.js';
import { parseTopics } from '../src/io/topics.js';
import type { TopicStance } from '../src/types.js';
import { stanceOn, strikeTopic } from './helpers.js';

const topic = strikeTopic;
const stance = (text: string): TopicStance | undefined => stanceOn(text);

describe('estimative bands', () => {
  it.each([
    ['a strike is unlikely', 'unlikely', 'unlikely'],
    ['a strike is highly unlikely', 'very-unlikely', 'highly unlikely'],
    ['a strike is very likely', 'very-likely', 'very likely'],
    ['a strike is extremely unlikely', 'almost-no-chance', 'extremely unlikely'],
    ['the strike will most likely end', 'likely', 'most likely'],
    ['a strike is probably not coming', 'unlikely', 'probably not'],
    ['a strike is not likely', 'unlikely', 'not likely'],
    ['there is almost no chance of a strike', 'almost-no-chance', 'almost no chance'],
    ['a strike is almost impossible', 'almost-no-chance', 'almost impossible'],
    ['a strike is not impossible', 'roughly-even', 'not impossible'],
    ['a strike is not very likely', 'unlikely', 'not very likely'],
    ['a strike at the port is hard to imagine', 'unlikely', 'hard to imagine'],
    ['a strike is unthinkable', 'almost-no-chance', 'unthinkable'],
    ['a strike remains a distinct possibility', 'roughly-even', 'distinct possibility'],
  ])('%s → %s (%s)', (text, band, phrase) => {
    expect(estimateOf(text, 'icd203')).toMatchObject({ band, phrase });
  });

  it('longest match first: "highly unlikely" is not "likely"', () => {
    expect(estimateOf('It is highly unlikely.', 'icd203')?.band).toBe('very-unlikely');
  });

  it('gives the range of the chosen scale', () => {
    expect(estimateOf('highly unlikely', 'icd203')?.range).toEqual([5, 20]);
    expect(estimateOf('highly unlikely', 'phia')?.range).toEqual([10, 20]);
    expect(estimateOf('highly unlikely', 'nato')?.range).toEqual([0, 10]);
  });

  it('hedges lower commitment but keep the band', () => {
    expect(estimateOf('I tend to think that a strike is unlikely', 'icd203')).toMatchObject({ band: 'unlikely', commitment: 'hedged' });
  });
});

describe('stance on a topic', () => {
  it.each([
    ['band', 'Ola Dahl said a strike in the port is highly unlikely.', 'unlikely', 'band'],
    ['neg-raising', 'Ola Dahl said: I don’t think the dock workers will strike.', 'unlikely', 'neg-raising'],
    ['capability denial', 'Ola Dahl said the union is unable to strike this winter.', 'unlikely', 'capability-denial'],
    ['capability denial by lack', 'Ola Dahl said the union lacks the means to strike at the port.', 'unlikely', 'capability-denial'],
    ['refusal', 'Ola Dahl said the dock workers will not strike.', 'unlikely', 'refusal'],
    ['denial word of the topic', 'The port union says it has no plans to strike.', 'unlikely', 'refusal'],
    ['generic holder', 'Ola Dahl said some fear the strike will reach the port of Vik.', 'possible', 'generic-holder'],
    ['intention', 'Ola Dahl said the union is preparing a strike at every port.', 'likely', 'intention'],
    ['an intention after a word of commitment', 'Ola Dahl said the union threatened to strike at the port.', 'likely', 'intention'],
    ['an intention stated by the cue', 'The port union threatened to strike at the port.', 'likely', 'intention'],
    ['evidence denial, before intention', 'Ola Dahl said he sees no indication that the union is preparing a strike at the port.', 'unlikely', 'evidence-denial'],
    ['possibility is not likely', 'Ola Dahl said the strike could reach other ports.', 'possible', 'possibility'],
    ['neg-raising in the cue', 'Ola Dahl does not believe the dock workers will strike.', 'unlikely', 'neg-raising'],
    ['an expectation is likely', 'Ola Dahl said he expects the dock workers to strike in May.', 'likely', 'expectation'],
    ['but a negated one is neg-raising', 'Ola Dahl said he does not expect the dock workers to strike.', 'unlikely', 'neg-raising'],
    ['a possible intention is a possibility', 'Ola Dahl warned that the union may be planning a strike at the port.', 'possible', 'possibility'],
    ['"not imminent" is unlikely', 'Ola Dahl said a strike at the port is not imminent.', 'unlikely', 'band'],
    ['not ruled out is possible, not a capability denial', 'Ola Dahl said: We cannot rule out a strike at the port.', 'possible', 'not-ruled-out'],
    ['doubt in the content', 'Ola Dahl said: I doubt the dock workers will strike.', 'unlikely', 'neg-raising'],
    ['doubt as the cue', 'Ola Dahl doubts that the dock workers could strike for long.', 'unlikely', 'neg-raising'],
    ['a threat with a level', 'Ola Dahl said the threat of a strike at the port remains high.', 'likely', 'band'],
    ['a level of zero', 'Ola Dahl said the probability of a strike at the port is close to zero.', 'unlikely', 'band'],
    ['capability denial by position', 'Ola Dahl said the union is in no position to strike at the port.', 'unlikely', 'capability-denial'],
    ['conditional', 'Ola Dahl said that if talks fail, the dock workers will strike.', 'conditional', 'conditional'],
  ])('%s', (_, text, expected, rule) => {
    expect(stance(text)).toMatchObject({ stance: expected, rule });
  });

  it('reads "no doubt" as a booster, not as doubt', () => {
    const found = stance('Ola Dahl said there is no doubt the dock workers will strike.');
    expect(found?.stance).not.toBe('unlikely');
    expect(found?.commitment).toBe('boosted');
  });

  it('reads a condition before the attribution with the claim after it, which keeps its own words', () => {
    const [claim] = analyze({ id: 't', path: 't', text: 'If talks fail, Ola Dahl said, the dock workers will strike.' }, getTagger(), topic).claims;
    expect(claim?.text).toBe('the dock workers will strike');
    expect(claim?.topics?.[0]).toMatchObject({ stance: 'conditional', rule: 'conditional', condition: 'talks fail' });
  });

  it('reads a level a likelihood noun is given in a claim on the topic, an intensifier moving it', () => {
    expect(stance('Ola Dahl said the probability of a strike at the port is low, but not zero.'))
      .toMatchObject({ stance: 'unlikely', rule: 'band', band: 'unlikely', phrase: 'probability of a strike at the port is low' });
    expect(stance('Ola Dahl said the risk of a strike at the port remains very low.')).toMatchObject({ band: 'very-unlikely' });
  });

  it('records the condition, and "even if" concedes rather than conditions', () => {
    expect(stance('Ola Dahl said that if talks fail on Friday, the dock workers will strike.')?.condition).toBe('talks fail on Friday');
    expect(stance('Ola Dahl said that even if talks fail, the dock workers will not strike.')).toMatchObject({ stance: 'unlikely', rule: 'refusal' });
  });

  it('a counterfactual asserts nothing about the event', () => {
    expect(stance('Ola Dahl said that if a strike had been planned, the ships would have left the port.')).toMatchObject({ stance: null, rule: 'counterfactual' });
  });

  it('records a change of likelihood as a direction', () => {
    expect(stance('Ola Dahl said that if wages fall, the risk of a port strike begins to increase.')?.direction).toBe('up');
    // Any form of the verb, and the content keeps the noun phrase whose "that" it is.
    const [claim] = analyze({ id: 't', path: 't', text: 'Ola Dahl said the chances that the dock workers strike are growing.' }, getTagger(), topic).claims;
    expect(claim?.text).toBe('the chances that the dock workers strike are growing');
    expect(claim?.topics?.[0]?.direction).toBe('up');
    expect(stance('Ola Dahl said the risk of a port strike has fallen since May.')?.direction).toBe('down');
  });

  it('a deontic modal carries no likelihood', () => {
    expect(stance('Ola Dahl said the dock union must decide on the strike.')?.stance).toBeNull();
  });

  it('event scope: a likelihood about another event does not bear on the topic', () => {
    const [claim] = analyze({ id: 't', path: 't', text: 'Ola Dahl said the ferry was most likely delayed by fog.' }, getTagger(), topic).claims;
    expect(claim?.topics).toBeUndefined();
    expect(claim?.estimate?.band).toBe('likely');
  });

  it('a reference the article set up: "this" after the event', () => {
    const text = 'The dock workers may strike at the port next week.\nOla Dahl said that if they want to do this, they need the union.';
    const [claim] = analyze({ id: 't', path: 't', text }, getTagger(), topic).claims;
    expect(claim?.topics?.[0]?.stance).toBe('conditional');
  });

  it('the actors must be in view: the same words about another place do not count', () => {
    const [claim] = analyze({ id: 't', path: 't', text: 'Ola Dahl said the teachers will not strike.' }, getTagger(), topic).claims;
    expect(claim?.topics).toBeUndefined();
  });
});

describe('a trigger word counts in its place', () => {
  it.each([
    ['a modal governing the intention across an adverb', 'Ola Dahl said the dock workers could conceivably be preparing a strike.', 'possible', 'possibility'],
    ['and across "have been"', 'Ola Dahl said the union may well have been planning a strike all along.', 'possible', 'possibility'],
    ['the intention alone', 'Ola Dahl said the dock workers are preparing a strike.', 'likely', 'intention'],
    ['a refusal of the event, whoever is the subject', 'Ola Dahl said it will not join the strike at the port.', 'unlikely', 'refusal'],
    ['a refusal of the actor', 'Ola Dahl said the dock union will not back down and will walk out.', 'unlikely', 'refusal'],
    ['an inability whose object has the event in a relative clause', 'Ola Dahl said the port cannot accept any offer that would end the strike.', 'unlikely', 'capability-denial'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toMatchObject({ stance: value, rule });
  });

  it.each([
    ['an inability of another party, about another verb', 'Ola Dahl said the dock workers are preparing a strike the owners will not be able to stop.', 'likely'],
    ['a refusal of another subject in a coordinated clause', 'Ola Dahl said the dock workers are preparing a strike, and the owners will not be ready.', 'likely'],
    ['"not intentional" denies nothing about the event', 'Ola Dahl said the delay at the port strike talks was not intentional.', null],
  ])('not: %s', (_, text, value) => {
    expect(stance(text)?.stance ?? null).toBe(value);
  });
});

describe('negated events, denied evidence and levels before the noun (issue 19)', () => {
  it.each([
    // "not too late to" keeps the event open; "too good to turn down" leans toward it; "too" with no "to".
    ['Ola Dahl said it is not too late for the dock workers to strike this year.', null],
    ['Ola Dahl said the offer is too good to turn down, so the strike at the port is off.', null],
    ['Ola Dahl said the strike at the port came too, as the crews had warned.', null],
    // "neither" in another clause than the will: no denial.
    ['Ola Dahl said neither side spoke, and the union wants a strike at the port.', null],
    // "the opposing side", "the opposition": no refusal.
    ['Ola Dahl said the opposition party called for talks about the strike at the port.', null],
    // "should" after its subject is a duty, and a question asks: no condition.
    ['Ola Dahl said the board should agree to talks before the strike at the port spreads.', null],
    ['Ola Dahl asked: “Should the union strike at the port?”', null],
    // An adverb after "would" with no "not": no refusal.
    ['Ola Dahl said the board would really like the strike at the port to end.', null],
    // A real condition after "if" stays one.
    ['Ola Dahl said: “If the talks fail, a strike at the port will follow.”', 'conditional'],
  ] as const)('no capability denial or lost condition: %s', (text, value) => {
    expect(stance(text)?.stance ?? null).toBe(value);
  });

  it.each([
    ['"there will be no" before the event', 'Ola Dahl said there will be no strike at the port this year.', 'unlikely', 'negated-event'],
    ['a denied will to the event', 'Ola Dahl said the dock workers do not want to strike, just like the crews.', 'unlikely', 'negated-event'],
    ['the same with "don\'t"', 'Ola Dahl said the dock workers don\'t want to strike, just like the crews.', 'unlikely', 'negated-event'],
    ['the same with "aren’t going to"', 'Ola Dahl said: “The dock workers aren’t going to strike this year.”', 'unlikely', 'negated-event'],
    ['a will denied to both, "neither … nor … wants"', 'Ola Dahl said that, in truth, neither the board nor the union wants a strike at the port this year.', 'unlikely', 'negated-event'],
    ['the same with "wanted to"', 'Ola Dahl said neither the board nor the union wanted to strike at the port.', 'unlikely', 'negated-event'],
    ['a denied sighting of evidence outweighs likelihood words inside it', 'Ola Dahl said he has not seen any signs of an imminent strike at the port.', 'unlikely', 'evidence-denial'],
    // "n't" glued to its verb, with and without "any", a word between, a curly apostrophe.
    ['the same with "hasn\'t"', 'Ola Dahl said the port board hasn\'t seen signs that the dockers plan a strike at the port soon.', 'unlikely', 'evidence-denial'],
    ['the same with "don\'t see any … evidence"', 'Ola Dahl said: “We don\'t see any real evidence today that a strike at the port is imminent.”', 'unlikely', 'evidence-denial'],
    ['the same with a curly "haven’t"', 'Ola Dahl said: “We haven’t found any evidence of an imminent strike at the port.”', 'unlikely', 'evidence-denial'],
    ['a level before the likelihood noun', 'Ola Dahl said there is a high risk of a strike at the port.', 'likely', 'band'],
    // "too … to" and the event after it: it will not happen.
    ['"too afraid to" before the event', 'Ola Dahl said that the dock workers are too afraid of the bosses to strike this year.', 'unlikely', 'capability-denial'],
    ['"too weak to" with a time phrase', 'Ola Dahl said: “The union is far too weak right now to call a strike at the port.”', 'unlikely', 'capability-denial'],
    // A refusal with adverbs between the modal and "not", in quotation marks or not.
    ['"would certainly not allow"', 'Ola Dahl said the board would certainly not allow another strike at the port this year.', 'unlikely', 'refusal'],
    ['"would “definitely not” allow"', 'Ola Dahl said the board would “definitely not” allow a strike at the port.', 'unlikely', 'refusal'],
    ['"will probably not" stays a band', 'Ola Dahl said the board will probably not allow a strike at the port.', 'unlikely', 'band'],
    // Opposing the event, like refusing or resisting it.
    ['"oppose" before the event', 'Ola Dahl said most dock workers oppose a strike at the port this year.', 'unlikely', 'refusal'],
    ['"are opposed to" with an adverb', 'Ola Dahl said the crews are strongly opposed to a strike at the port.', 'unlikely', 'refusal'],
    // A belief no one holds: before, "nobody expects" read as an expectation (likely).
    ['"nobody expects"', 'Ola Dahl said nobody expects a strike at the port this year.', 'unlikely', 'neg-raising'],
    ['"no one thinks … will"', 'Ola Dahl said: “No one thinks the strike at the port will spread.”', 'unlikely', 'neg-raising'],
    // "Should the talks fail, …": "should" before its subject is an inverted condition.
    ['"Should the talks fail, …"', 'Ola Dahl said: “Should the talks fail, the dock workers will strike at the port.”', 'conditional', 'conditional'],
    ['"that should the board not agree, …"', 'Ola Dahl said that should the board not agree to talks, the union would hold a strike at the port.', 'conditional', 'conditional'],
    // "If you mean …" names what is spoken of, and sets no condition.
    ['"if you mean" is no condition', 'Ola Dahl said: “If you mean a strike at the port, then I think it is unlikely.”', 'unlikely', 'band'],
    ['a level in quotation marks after the copula', 'Ola Dahl said the risk of a strike at the port was “very high”.', 'likely', 'band'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toMatchObject({ stance: value, rule });
  });

  it.each([
    ['"no" before the event without "there is"', 'Ola Dahl said the dock union has sent no strike notice yet, but the crews are preparing a strike.', 'likely'],
    ['a will to something else denied', 'Ola Dahl said the owners do not want to pay, and the dock workers are preparing a strike.', 'likely'],
  ])('not: %s', (_, text, value) => {
    expect(stance(text)?.stance).toBe(value);
  });
});

describe('likelihoods given as numbers (issue 19)', () => {
  it.each([
    ['a range in percent after a likelihood word', 'Ola Dahl said the chance of a strike at the port is 15 to 20 percent.', 'unlikely', 'very-unlikely'],
    ['a percent chance', 'Ola Dahl said there is a 70 % chance of a strike at the port.', 'likely', 'likely'],
    ['even odds', 'Ola Dahl said the odds of a strike at the port are about 50/50.', 'possible', 'roughly-even'],
    ['one in N', 'Ola Dahl said the risk of a strike at the port is one in three.', 'unlikely', 'unlikely'],
  ])('%s', (_, text, value, band) => {
    expect(stance(text)).toMatchObject({ stance: value, band });
  });

  it('a percentage with no likelihood word is a quantity, not a likelihood', () => {
    expect(stance('Ola Dahl said 60 percent of the dock workers voted for a strike.')?.band ?? null).toBeNull();
  });
});

describe('readiness, change and analogy (issue 19)', () => {
  it.each([
    ['poised to', 'Ola Dahl said the dock workers are poised to strike at the port.', 'likely', 'intention'],
    ['ready to', 'Ola Dahl said the dock union is ready to strike on Monday.', 'likely', 'intention'],
    ['preparations for', 'Ola Dahl said the dock union is making preparations for a strike.', 'likely', 'intention'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toMatchObject({ stance: value, rule });
  });

  it('an intention word whose clause has no event word is no intention toward the event', () => {
    expect(stance('Ola Dahl said the dock union is ready to meet the owners, but a strike at the port goes on.')?.rule).not.toBe('intention');
  });

  it('a change with no level gives a direction and no position', () => {
    expect(stance('Ola Dahl said the risk of a strike at the port is growing.')).toMatchObject({ stance: null, direction: 'up', rule: 'direction' });
  });

  it('"like … if" and "as if" are analogies, not conditions', () => {
    expect(stance('Ola Dahl said a strike at the port now would be like sailing on if the engine had failed.')?.stance).not.toBe('conditional');
    expect(stance('Ola Dahl said the dock union will strike if the owners cut wages.')?.stance).toBe('conditional');
  });
});

describe('an answer to an interview question (issue 19)', () => {
  const topicsOf = (text: string): Array<string | null | undefined> =>
    analyze({ id: 't', path: 't', text }, getTagger(), topic).claims.map((c) => c.topics?.[0]?.stance);

  it('bears on the topic the question named, and the question takes no position', () => {
    expect(topicsOf('Karin Vik leads the dock union.\n– Will the dock union strike this winter?\n– No, that is very unlikely, Vik answers.'))
      .toEqual([undefined, 'unlikely']);
  });

  it('but not after a question on something else', () => {
    expect(topicsOf('Karin Vik leads the dock union.\n– Will the ferry run this winter?\n– No, that is very unlikely, Vik answers.'))
      .toEqual([undefined, undefined]);
  });
});

describe('topic files', () => {
  it.each([
    ['not JSON', '{ id: ', /not valid JSON/],
    ['no id', '{"events": ["strike"]}', /needs "id"/],
    ['no events', '{"id": "x", "events": []}', /needs "events"/],
    ['events not words', '{"id": "x", "events": [3]}', /needs "events"/],
    ['two "*" in a word', '{"id": "x", "events": ["strike*", "re*arm*"]}', /has "re\*arm\*" in "events": a word may hold one "\*"/],
  ])('names the file and the problem: %s', (_, text, message) => {
    expect(() => parseTopics(text, 'mine.json')).toThrow(message);
    expect(() => parseTopics(text, 'mine.json')).toThrow(/"mine\.json"/);
  });

  it('takes one "*" in each word of a phrase, anywhere in it', () => {
    const [topic] = parseTopics('{"id": "x", "events": ["cross* the* border*", "*stan", "re*arm"]}', 'mine.json');
    expect(topic?.events).toEqual(['cross* the* border*', '*stan', 're*arm']);
  });

  it('shows a value it refuses cut short: a list of 50,000 words with one number in it', () => {
    const events = [...Array.from({ length: 50_000 }, (_, i) => `word${i}`), 7];
    let message = '';
    try {
      parseTopics(JSON.stringify({ id: 'x', events }), 'mine.json');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toMatch(/^The topic file "mine\.json" needs "events": a list of words or phrases, found \["word0","word1",.*…\.$/);
    expect(message.length).toBeLessThan(200);
  });
});
