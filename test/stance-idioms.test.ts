// Stance from wording that takes a position without the usual words (classify/idioms.ts),
// references back to the event, and a plain future of the actor (issue 19). Our own
// sentences, on our own topic: will the dock strike spread? Each shape has harmless
// variants beside it and the trigger in a place where it must not count.
import { describe, expect, it } from 'vitest';
import { stanceOn } from './helpers.js';

const stance = (text: string, nth = 0): [string | null, string | null] | undefined => {
  const s = stanceOn(text, nth);
  return s ? [s.stance, s.rule] : undefined;
};

describe('a short answer refers back to the event named just before', () => {
  it.each([
    ['"I can\'t see it" after a question in the same sentence', 'Asked whether the dock strike would spread, Ola Dahl said: “I can’t see it.”'],
    ['"I don\'t think so", the event a sentence back', 'The dock strike may spread to the ferries. Asked about that, Ola Dahl replied: “I don’t think so.”'],
    ['he "can\'t see" that happening, with a time phrase', 'Talk grew of the dock strike spreading to the ferries. On Monday the harbour master, Ola Dahl, said he “can’t see” that happening.'],
  ])('%s', (_, text) => {
    expect(stance(text)).toEqual(['unlikely', 'neg-raising']);
  });

  it.each([
    ['"Probably not.", a bare verdict', 'The dock union may strike this week. Asked about it on Monday, Ola Dahl said: “Probably not.”', 'unlikely'],
    ['"Highly likely." with a time phrase before the cue', 'Talk of a dock strike grew. On Friday Ola Dahl, the harbour master, said: “Highly likely.”', 'likely'],
  ])('a bare verdict refers back too: %s', (_, text, value) => {
    expect(stance(text)?.[0]).toBe(value);
  });

  it.each([
    ['a verdict after a sentence on something else', 'The weather was fine at the port. Ola Dahl said: “Probably not.”'],
    ['the event three sentences back', 'The dock strike may spread. The weather was fine. Ships came in. Crews rested. Ola Dahl said: “I can’t see it.”'],
    ['"they" names people, not the event', 'The dock strike may spread. Ola Dahl said they would rest on Monday.'],
  ])('not: %s', (_, text) => {
    expect(stance(text)).toBeUndefined();
  });

  it('the actors may come just after the claim, in the next sentence', () => {
    expect(stance('Ola Dahl said a strike is now very likely. She has led the dock union since May.')).toEqual(['likely', 'band']);
    expect(stance(`Ola Dahl said a strike is now very likely. ${'The weather was calm all week. '.repeat(12)}She leads the dock union.`)).toBeUndefined();
  });
});

describe('idioms that take a position', () => {
  it.each([
    ['cannot see the event come', 'Ola Dahl said she cannot see the dock strike spreading.', 'unlikely', 'neg-raising'],
    ['"don\'t see" with an adverb before', 'Ola Dahl said: “Frankly, we don’t see the strike at the port spreading.”', 'unlikely', 'neg-raising'],
    ['the event referred to, denied', 'The dock union talked of a strike. Ola Dahl said: “This is not happening.”', 'unlikely', 'negated-event'],
    ['"it won\'t happen"', 'The dock union talked of a strike. Ola Dahl said: “It won’t happen this year.”', 'unlikely', 'negated-event'],
    ['a denial denied', 'Ola Dahl said: “That is not to say a strike at the port could not happen.”', 'possible', 'not-ruled-out'],
    ['"a question of when, not if"', 'Ola Dahl said a strike at the port had become a question of when, not if.', 'likely', 'certainty'],
    ['"not if but when"', 'Ola Dahl, the harbour master, said it was not if but when the dock strike spread.', 'likely', 'certainty'],
    ['no reason for the event', 'Ola Dahl said the new rota is not a reason for a strike at the port.', 'unlikely', 'negated-event'],
    ['against the actor\'s interests', 'Ola Dahl said it is not in the interests of the dock union to strike again.', 'unlikely', 'reason-against'],
    ['a concern, no lean', 'Ola Dahl said a strike at the port remains a matter of some concern.', 'possible', 'generic-holder'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toEqual([value, rule]);
  });

  it.each([
    ['seeing the event come', 'Ola Dahl said she can see the dock strike spreading.', 'unlikely'],
    ['not seeing signs is denied evidence, read by its own rule', 'Ola Dahl said she does not see any signs of a strike at the port.', 'neg-raising'],
    ['the event happening', 'The dock union talked of a strike. Ola Dahl said: “This is happening now.”', 'negated-event'],
    ['"not to say" before no denial', 'Ola Dahl said: “That is not to say the strike at the port is popular.”', 'not-ruled-out'],
    ['no reason for something else, the event in another clause', 'Ola Dahl said there is no reason for the delay, and the dock workers are preparing a strike.', 'negated-event'],
    ['in the interests of the actor', 'Ola Dahl said it is in the interests of the dock union to strike again.', 'reason-against'],
  ])('not: %s', (_, text, rule) => {
    expect(stance(text)?.[1]).not.toBe(rule);
  });
});

describe('a likelihood word that governs another verb says nothing of the event', () => {
  it.each([
    ['"likely aimed at"', 'Ola Dahl said the union’s notices are likely aimed at winning a better offer before any strike.'],
    ['"most likely indicate"', 'Ola Dahl said the dock union’s ballots most likely indicate anger at the owners, not a strike plan.'],
    ['"likely to continue"', 'Ola Dahl said the dock strike is likely to continue at one port.'],
  ])('%s', (_, text) => {
    expect(stance(text)).toEqual([null, 'band']);
  });

  it('but a likelihood word of the event itself counts', () => {
    expect(stance('Ola Dahl said the dock strike is likely to spread.')).toEqual(['likely', 'band']);
    expect(stance('Ola Dahl said a strike at the port is very likely.')).toEqual(['likely', 'band']);
  });
});

describe('a plain future of the actor, the event after it', () => {
  it.each([
    ['"will"', 'Ola Dahl said the dock union will strike next week.'],
    ['with an adjective and a time phrase', 'On Monday, Ola Dahl said the angry dock union will strike again in the spring.'],
    ['"are going to"', 'Ola Dahl said the dock workers are going to walk out at noon.'],
    ['"\'ll"', 'Ola Dahl said: “The port crews’ll strike if nobody listens.”'],
  ])('%s', (_, text) => {
    expect(stance(text)?.[0]).toBe(text.includes(' if ') ? 'conditional' : 'likely');
  });

  it.each([
    ['another subject', 'Ola Dahl said the owners will strike a deal with the dock union.'],
    ['the actor, but no event after', 'Ola Dahl said the dock union will meet the owners before the strike.'],
  ])('not: %s', (_, text) => {
    expect(stance(text)?.[1]).not.toBe('future');
  });
});

describe('intention in nouns and priorities, and a will denied by the cue', () => {
  it.each([
    ['"every effort to"', 'Ola Dahl said the dock union is now making every effort to widen the strike.', 'likely', 'intention'],
    ['"determination to"', 'Ola Dahl said the dock union’s determination to strike at every port is clear.', 'likely', 'intention'],
    ['"would prioritise"', 'Ola Dahl said the dock union would prioritise a strike over new talks.', 'likely', 'intention'],
    ['"prepare to"', 'Ola Dahl said the dock crews prepare to walk out at dawn.', 'likely', 'intention'],
    ['the cue denies the will', 'Dock workers do not want to strike, just like the crews.', 'unlikely', 'negated-event'],
    ['"only when" is a condition', 'Ola Dahl said the dock union will strike only when the talks fail.', 'conditional', 'conditional'],
    ['a repeated intensifier', 'Ola Dahl said: “The probability of a strike at the port is very, very low.”', 'unlikely', 'band'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toEqual([value, rule]);
  });

  it('a will the cue does not deny', () => {
    expect(stance('Dock workers want to strike, just like the crews.')?.[0]).not.toBe('unlikely');
  });
});

describe('no position where the wording takes none', () => {
  it.each([
    ['a condition in a claim that names no event', 'Ola Dahl said: “If they mean that, the dock union will spend the year on pay talks.”', null],
    ['"if it is to happen": what the event needs', 'Ola Dahl said a deal with the dock union would be needed first if a strike is to happen at all.', null],
    ['evidence denied of a state now', 'Ola Dahl said there is no sign that striking dock crews are in the northern ports.', null],
    ['or of the event as done', 'Ola Dahl said she has seen no evidence that the dock strike has crossed to other ports.', null],
    ['an expectation of something else', 'Ola Dahl said the port staff expect a quiet week, although talk of a strike goes on.', null],
    ['a correlative comparison', 'Ola Dahl said the longer the talks drag on, the more likely a strike at the port becomes.', null],
  ])('%s', (_, text, value) => {
    expect(stance(text)?.[0] ?? null).toBe(value);
  });

  it.each([
    ['a condition on the event', 'Ola Dahl said the dock union will strike if the owners cut pay.', 'conditional'],
    ['a condition, the event referred to with "this"', 'The dock union talks of a strike. Ola Dahl said: “If the union wants to do this, it needs the crews.”', 'conditional'],
    ['evidence denied of preparations', 'Ola Dahl said there is no sign that the dock union is preparing a strike.', 'unlikely'],
    ['an expectation of the event', 'Ola Dahl said the port staff expect a strike at the port next week.', 'likely'],
    ['"more likely than not" is a level', 'Ola Dahl said a strike at the port is more likely than not.', 'likely'],
  ])('but: %s', (_, text, value) => {
    expect(stance(text)?.[0] ?? null).toBe(value);
  });
});

describe('conditions in their sentence, the event as subject, threats (issue 19)', () => {
  it.each([
    ['a reference that itself refers back', 'The dock union spoke of a strike at every port. The owners warned against such a move. But Ola Dahl said there is no sign of it so far.', 'unlikely'],
    ['a condition whose sentence refers back with "that", in a claim naming the event', 'Ola Dahl said: “If the crews ask, I am happy to do that. It has to be a strike at every port.”', 'conditional'],
    ['a condition in another sentence than the event', 'Ola Dahl said: “Strikes can’t come every year. The dock crews could win in the end if members keep pushing.”', 'unlikely'],
    ['the event as the subject, in brackets', 'The dock union met on Monday. Ola Dahl said: “But [strikes] cannot come every spring.”', 'unlikely'],
    ['a threat: possible', 'Ola Dahl said the threat of a strike at the port is real.', 'possible'],
    ['a threat denied', 'Ola Dahl said there is no threat of a strike at the port this year.', 'unlikely'],
  ])('%s', (_, text, value) => {
    expect(stance(text)?.[0] ?? null).toBe(value);
  });

  it('an event word inside the subject, not its head, is no subject of the denial', () => {
    expect(stance('Ola Dahl said the dock workers are preparing a strike the owners will not be able to stop.')?.[0]).toBe('likely');
  });
});

describe('the cue\'s own stance on its object', () => {
  it.each([
    ['"has ruled out" excludes the event', 'Karin Vik has ruled out another strike at the port for ten years.', 'unlikely', 'refusal'],
    ['"did not rule out" keeps it open', 'The dock union did not rule out a strike at the port.', 'possible', 'not-ruled-out'],
    ['"expressed her willingness to" intends it', 'Karin Vik has expressed her willingness to hold a strike at the port this spring.', 'likely', 'intention'],
    ['"under the right circumstances" is a condition', 'Ola Dahl underscored his readiness to strike “tomorrow” under the right circumstances at the port.', 'conditional', 'conditional'],
    ['"in certain circumstances" too', 'Ola Dahl said the dock union would strike in certain circumstances.', 'conditional', 'conditional'],
    ['"would only happen after": the event waits on a condition', 'The dock union met. Ola Dahl said a strike would only happen after the harvest.', 'conditional', 'conditional'],
    ['"it will only come once", "it" the event', 'The dock union talked of a strike. Ola Dahl said it will only come once the talks end.', 'conditional', 'conditional'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toEqual([value, rule]);
  });

  it('"ruled out" of something that is no event of the topic takes no position', () => {
    expect(stance('The dock union met. Karin Vik has ruled out new cranes for the port this year.')?.[0] ?? null).toBeNull();
  });
});

describe('whose event: the actors act, they are not done to', () => {
  it.each([
    ['"against" the actor', 'The union accused the owners of planning a strike against the dock union.'],
    ['"on" the actor as a whole phrase', 'The union accused the owners of planning a strike on the port from the north.'],
  ])('no bearing: %s', (_, text) => {
    expect(stance(text)).toBeUndefined();
  });

  it.each([
    ['the actor doing it, the target another', 'Ola Dahl said the dock union is planning a strike against the owners.', 'likely'],
    ['"on" before the actor as a modifier, not the target', 'Ola Dahl said the dock union is planning a strike on union terms.', 'likely'],
    ['a second mention with the actor as doer', 'Ola Dahl said a strike against the port would hurt them, but the dock union is preparing a strike.', 'likely'],
  ])('bears: %s', (_, text, value) => {
    expect(stance(text)?.[0]).toBe(value);
  });
});

describe('"May" with a capital is a name or a month, no modal', () => {
  it('a name inside the sentence', () => {
    expect(stance('Ola Dahl said the deal Anna May signed with the dock union ends the strike talk.')?.[0] ?? null).toBeNull();
  });

  it.each([
    ['the modal', 'Ola Dahl said the dock union may strike in May.'],
    ['the modal opening a question', 'Ola Dahl said: “May the dock union strike? It may.”'],
  ])('but: %s', (_, text) => {
    expect(stance(text)?.[0]).toBe('possible');
  });
});

describe('in a claim of several sentences, the sentence of the event', () => {
  it('a likelihood word in another sentence says nothing of the event', () => {
    expect(stance('Ola Dahl said: “The talks are very likely to fail next week. The dock union meets on Friday to discuss a strike.”')?.[0]).not.toBe('likely');
  });

  it.each([
    ['the word in the event\'s sentence', 'Ola Dahl said: “The talks failed on Monday. A strike at the port is now very likely.”', 'likely'],
    ['an abbreviation is no sentence end', 'Ola Dahl said: “We see no sign in the U.S. ports that the dock union is preparing a strike.”', 'unlikely'],
  ])('but: %s', (_, text, value) => {
    expect(stance(text)?.[0]).toBe(value);
  });
});

describe('a modal of the deterrence, not of the event', () => {
  it.each([
    ['"might have been deterred from": the event held off, not possible', 'Ola Dahl said the dock union might have been deterred from a strike by the new offer.'],
    ['"has been dissuaded from"', 'Ola Dahl said the dock crews have been dissuaded from a walk out this spring.'],
  ])('%s', (_, text) => {
    expect(stance(text)).toEqual(['unlikely', 'deterred']);
  });

  it.each([
    ['"was not deterred from"', 'Ola Dahl said the dock union was not deterred from a strike.'],
    ['"never been deterred from"', 'Ola Dahl said the dock union has never been deterred from a strike.'],
    ['deterred from something else, the event in another clause', 'Ola Dahl said the crews were deterred from overtime, and the dock union is preparing a strike.'],
  ])('not: %s', (_, text) => {
    expect(stance(text)?.[1]).not.toBe('deterred');
  });
});

describe('negation and its scope (issue 19)', () => {
  it.each([
    ['a likelihood of the event\'s not coming', 'Ola Dahl said: “More likely there will not be a strike at the port.”', 'unlikely', 'band'],
    ['"likely that … will not"', 'Ola Dahl said it is likely that the dock union will not strike.', 'unlikely', 'band'],
    ['a belief none of a group holds, before the likelihood inside it', 'Ola Dahl said none of the crews think a strike at the port is more likely than not.', 'unlikely', 'neg-raising'],
    ['"out of the question"', 'Ola Dahl said a strike at the port is out of the question.', 'unlikely', 'refusal'],
    ['"remains off the table", with an adverb', 'Ola Dahl said a strike at the port remains firmly off the table.', 'unlikely', 'refusal'],
    ['"no" opening the clause, a future after', 'Ola Dahl said no strike will be held at the port this year.', 'unlikely', 'negated-event'],
    ['"that no … is planned"', 'Ola Dahl said that no strike is planned at the port.', 'unlikely', 'negated-event'],
    ['an intention denied', 'Ola Dahl said the dock union is not preparing a strike.', 'unlikely', 'negated-event'],
    ['far in its clause', 'Ola Dahl said the drills are not in any way connected with preparations for a strike at the port.', 'unlikely', 'negated-event'],
    ['a renunciation refused keeps it open', 'Ola Dahl said the dock union will never renounce the strike as a weapon.', 'possible', 'not-ruled-out'],
  ])('%s', (_, text, value, rule) => {
    expect(stance(text)).toEqual([value, rule]);
  });

  it.each([
    ['a negation about something else after the likelihood word', 'Ola Dahl said a strike at the port is likely, not a lockout.', 'likely'],
    ['"no" inside a phrase, not opening the clause', 'Ola Dahl said the dock union has sent no strike notice yet, but the crews are preparing a strike.', 'likely'],
    ['"no" before a state now, not ahead', 'Ola Dahl said the old crews left, and no new strike crews have arrived at the port.', null],
    ['a negation in another clause than the intention', 'Ola Dahl said the owners did not call, and the dock union is preparing a strike.', 'likely'],
    ['the question out of the question is another one', 'Ola Dahl said a pay rise is out of the question, so the dock union may strike.', 'possible'],
  ])('not: %s', (_, text, value) => {
    expect(stance(text)?.[0] ?? null).toBe(value);
  });
});
