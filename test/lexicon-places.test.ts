// Every lexicon word that triggers a rule, in its place and out of it: a verb of saying or
// belief attributes content after it, and nothing when no content follows or when it
// describes a noun; a refusal or inability word denies the event when said of the topic's
// actor, and not when said of someone else's other act; a given name that is an English
// word names someone before a surname, and nobody in lower case.
import { describe, expect, it } from 'vitest';
import { BELIEF_VERBS, SPEECH_VERBS } from '../src/lexicons/cues.js';
import { CAPABILITY_DENIALS, EVIDENCE_DENIALS, INTENTIONS, NOT_RULED_OUT, REFUSALS } from '../src/lexicons/estimative.js';
import { VERB_LEMMAS } from '../src/lexicons/inflections.js';
import { getTagger } from '../src/nlp/wink.js';
import { analyze } from '../src/pipeline/index.js';
import { compileTopics } from '../src/pipeline/classify/index.js';
import { parseTopics } from '../src/io/topics.js';
import { claimsOf } from './helpers.js';

/** The past form of each cue lemma that VERB_LEMMAS knows ("said", "warned"). */
const PAST = new Map<string, string>();
for (const [form, lemma] of VERB_LEMMAS) {
  const regular = form.endsWith('ed');
  if (regular || (!PAST.has(lemma) && !form.endsWith('s') && !form.endsWith('ing') && form !== lemma)) PAST.set(lemma, form);
}

describe('verbs of saying and belief, in place and out of it', () => {
  const lemmas = [...SPEECH_VERBS, ...BELIEF_VERBS].filter((l) => PAST.has(l));

  it('covers every verb of the two lists', () => {
    expect(lemmas.length).toBe(SPEECH_VERBS.size + BELIEF_VERBS.size);
  });

  it.each(lemmas.map((l) => [l, PAST.get(l)!]))('%s (%s)', (_, past) => {
    // In place: a that-clause after it is the subject's claim.
    expect(claimsOf(`Karin Vik ${past} that the ferry would stop in June.`).map((c) => [c.speaker?.name, c.text])).toEqual([
      ['Karin Vik', 'the ferry would stop in June'],
    ]);
    // No content after it, or a participle describing a noun: no claim.
    expect(claimsOf(`Karin Vik ${past} at the meeting on Monday.`)).toEqual([]);
    expect(claimsOf(`The ${past} figures arrived on Monday.`)).toEqual([]);
  });
});

describe('given names that are English words', () => {
  it.each([
    ['Per Holm', 'The fee is twenty kroner per trip, the skipper said.'],
    ['May Lindqvist', 'The ferry may stop in June, the skipper said.'],
    ['Will Berg', 'The ferry will stop in June, the skipper said.'],
    ['Hope Dale', 'We hope the ferry runs in June, the skipper said.'],
    ['Grant Lie', 'The county did not grant the money, the skipper said.'],
    ['Rose Aune', 'The price rose again in June, the skipper said.'],
  ])('%s names someone before a surname; the word in lower case names nobody', (name, other) => {
    expect(claimsOf(`The ferry will stop in June, ${name} said.`).map((c) => c.speaker?.name)).toEqual([name]);
    expect(claimsOf(other).map((c) => c.speaker?.name)).toEqual(['skipper']);
  });
});

describe('refusal and inability words, said of the actor or of someone else', () => {
  const topic = compileTopics(parseTopics(JSON.stringify({
    id: 'strike-spreads', question: 'Will the dock strike spread?', actors: ['dock*', 'union'], events: ['strike*'], denials: [],
  }), 'test'));
  const stanceOf = (text: string): string | null => analyze({ id: 't', path: 't', text }, getTagger(), topic).claims[0]?.topics?.[0]?.rule ?? null;

  /** A verb phrase for each word: the event in it, or the same words with another act. */
  const frame = (w: string, act: string): string => {
    if (/^(?:no intention)$/.test(w)) return `${w} of ${act}ing`;
    if (/^(?:no plans?)$/.test(w)) return `${w} to ${act}`;
    if (/^(?:refuse[sd]?|resist(?:s|ed)?)$/.test(w)) return `${w} to ${act}`;
    // (The tagger reads a bare "rule" after a plural noun as a noun: "now" makes it a verb.)
    if (/^rules? out$/.test(w)) return `now ${w} any ${act}`;
    if (/^(?:reject(?:s|ed)?|ruled out|avoids?)$/.test(w)) return `${w} any ${act}`;
    if (/^(?:incapable of)$/.test(w)) return `${w} ${act}ing`;
    if (/^(?:lacks?|in no position|not in a position)/.test(w)) return `${w}${w.endsWith('to') ? '' : ' to'} ${act}`;
    return `${w} ${act}`;
  };
  const words = [...REFUSALS, ...CAPABILITY_DENIALS].filter((w) => w !== 'no plan to');

  it.each(words)('%s', (w) => {
    const rule = CAPABILITY_DENIALS.includes(w) ? 'capability-denial' : 'refusal';
    const copula = /^(?:in no position|not in a position|unable|incapable|not able)/.test(w) ? 'are ' : '';
    expect(stanceOf(`Ola Dahl said the dock workers ${copula}${frame(w, 'strike')}.`)).toBe(rule);
    // Someone else's other act: no denial of the event (the strike being prepared stands).
    expect(stanceOf(`Ola Dahl said the dock workers are preparing a strike, and the owners ${copula}${frame(w, 'sign')}.`)).toBe('intention');
  });
});

describe('intention, not-ruled-out and evidence words, in place and governed by a modal', () => {
  const topic = compileTopics(parseTopics(JSON.stringify({
    id: 'strike-spreads', question: 'Will the dock strike spread?', actors: ['dock*', 'union'], events: ['strike*'], denials: [],
  }), 'test'));
  const stanceOf = (text: string): string | null => analyze({ id: 't', path: 't', text }, getTagger(), topic).claims[0]?.topics?.[0]?.stance ?? null;

  /** Each intention word in a clause of its own, and the same clause after "might". */
  const FRAMES: Readonly<Record<string, readonly [string, string]>> = {
    'trying to': ['the dock union is trying to strike', 'the dock union might be trying to strike'],
    'tries to': ['the dock union tries to strike', 'the dock union might try to strike'],
    'try to': ['the dock workers try to strike', 'the dock workers might try to strike'],
    'attempt': ['the dock workers will attempt a strike', 'the dock workers might attempt a strike'],
    'attempts': ['the dock union is making attempts to strike', 'the dock union might make attempts to strike'],
    'attempting': ['the dock union is attempting a strike', 'the dock union might be attempting a strike'],
    'plan to': ['the dock workers plan to strike', 'the dock workers might plan to strike'],
    'plans to': ['the dock union plans to strike', 'the dock union might have plans to strike'],
    'planning': ['the dock union is planning a strike', 'the dock union might be planning a strike'],
    'preparing': ['the dock union is preparing a strike', 'the dock union might be preparing a strike'],
    'prepares': ['the dock union prepares a strike', 'the dock union might prepare a strike'],
    'is being prepared': ['a strike is being prepared by the dock union', 'a strike might be being prepared by the dock union'],
    'are being prepared': ['strikes are being prepared by the dock union', 'strikes might be being prepared by the dock union'],
    'intends to': ['the dock union intends to strike', 'the dock union might intend to strike'],
    'intend to': ['the dock workers intend to strike', 'the dock workers might intend to strike'],
    'aims to': ['the dock union aims to strike', 'the dock union might aim to strike'],
    'aim to': ['the dock workers aim to strike', 'the dock workers might aim to strike'],
    'determined to': ['the dock union is determined to strike', 'the dock union might be determined to strike'],
    'seeks to': ['the dock union seeks to strike', 'the dock union might seek to strike'],
    'seeking to': ['the dock union is seeking to strike', 'the dock union might be seeking to strike'],
    'poised to': ['the dock union is poised to strike', 'the dock union might be poised to strike'],
    'set to': ['the dock union is set to strike', 'the dock union might be set to strike'],
    'ready to': ['the dock union is ready to strike', 'the dock union might be ready to strike'],
    'preparations for': ['the dock union has begun preparations for a strike', 'the dock union might make preparations for a strike'],
    'making preparations': ['the dock union is making preparations to strike', 'the dock union might be making preparations to strike'],
    'prepare to': ['the dock crews prepare to strike', 'the dock crews might prepare to strike'],
    'determination to': ['the dock union has shown its determination to strike', 'the dock union might show its determination to strike'],
    'determination is to': ['the dock union says its determination is to strike', 'the dock union might say its determination is to strike'],
    'willingness to': ['the dock union has shown its willingness to strike', 'the dock union might show its willingness to strike'],
    'readiness to': ['the dock union has declared its readiness to strike', 'the dock union might declare its readiness to strike'],
    'prioritise': ['the dock union would prioritise a strike', 'the dock union might prioritise a strike'],
    'prioritize': ['the dock union would prioritize a strike', 'the dock union might prioritize a strike'],
    'prioritises': ['the dock union prioritises a strike', 'the dock union might prioritise a strike'],
    'prioritizes': ['the dock union prioritizes a strike', 'the dock union might prioritize a strike'],
    'priority is to': ['the dock union says its priority is to strike', 'the dock union might say its priority is to strike'],
    'every effort to': ['the dock union makes every effort to strike', 'the dock union might make every effort to strike'],
  };

  it('has a frame for every intention word', () => {
    expect(Object.keys(FRAMES).sort()).toEqual([...INTENTIONS].sort());
  });

  it.each(Object.entries(FRAMES))('%s: likely alone, possible under "might"', (_, [alone, governed]) => {
    expect(stanceOf(`Ola Dahl said ${alone}.`)).toBe('likely');
    expect(stanceOf(`Ola Dahl said ${governed}.`)).toBe('possible');
  });

  it.each([...NOT_RULED_OUT])('%s keeps the event possible', (w) => {
    const verb = w.startsWith('not') || w.startsWith("n't") ? `does ${w}` : w;
    expect(stanceOf(`Ola Dahl said the dock union ${verb} a strike.`.replace("does n't", "doesn't"))).toBe('possible');
  });

  it.each([...EVIDENCE_DENIALS])('%s denies the event when the event follows it', (w) => {
    const tail = w.endsWith('believe') || w.endsWith('suggest') ? ' the dock union will strike' : w.endsWith('sign') || w.endsWith('indication') || w.endsWith('evidence') ? ' of a strike by the dock union' : ' of a strike by the dock union';
    expect(stanceOf(`Ola Dahl said there is ${w}${tail}.`)).toBe('unlikely');
  });
});
