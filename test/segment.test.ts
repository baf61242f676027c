import { describe, expect, it } from 'vitest';
import { getTagger } from '../src/nlp/wink.js';
import { segment } from '../src/pipeline/segment.js';

const roles = (text: string): Array<[string, string]> => {
  const doc = segment({ id: 't', path: 't', text }, getTagger()(text));
  return doc.paragraphs.map((p) => [text.slice(p.start, p.end), p.role]);
};

describe('segment', () => {
  it('makes each non-empty line a paragraph, whether blank lines separate them or not', () => {
    expect(roles('One line here.\nAnother one.\n\nA third one.').map(([t]) => t)).toEqual(['One line here.', 'Another one.', 'A third one.']);
  });

  it.each([
    ['Talks stall at the port', 'heading'],
    ['What happened?', 'heading'],
    ['Power struggle in the capital:', 'heading'],
    ['– Unlikely', 'pullquote'],
    ['– We will not give in, says the union.', 'body'],
    ['Port director Helga Moen told Radio Larsvik:', 'body'],
    ['The strike began on Monday.', 'body'],
    ['Mayor Posts A Misleading Map Of The Harbour To Win Votes.', 'heading'],
    ['The Port Authority of Norland said on Monday that the ferry would run.', 'body'],
    ['Karin Vik Met Olav Berg.', 'body'],
    ['The Council for Coastal Safety (CCS) met on Monday.', 'body'],
    // A photo's caption, by its credit: no body text.
    ['The mayor speaks to dockers at the quay on Monday (Anna Berg/Nordpix)', 'heading'],
    ['Ferries wait in the harbour after the long strike that closed the port for a week (Photo: Nordpix)', 'heading'],
    // Parentheses that are no credit, or a quote inside: body text.
    ['The ferry runs twice a day (weather permitting).', 'body'],
    ['The union said the offer was “a joke” (Anna Berg/Nordpix)', 'body'],
  ])('reads %j as %s', (line, role) => {
    expect(roles(line)).toEqual([[line, role]]);
  });

  it('keeps sentences inside one line', () => {
    const text = 'A heading without a stop\nThe body starts here. It goes on.';
    const doc = segment({ id: 't', path: 't', text }, getTagger()(text));
    expect(doc.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['A heading without a stop', 'The body starts here.', 'It goes on.']);
  });

  it('does not end a sentence after an abbreviation in parentheses', () => {
    const sentences = (text: string): string[] =>
      segment({ id: 't', path: 't', text }, getTagger()(text)).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences('Sen. Karl Lind (R-Ore.), citing the count, said it was fair. Then he left.')).toEqual([
      'Sen. Karl Lind (R-Ore.), citing the count, said it was fair.', 'Then he left.']);
    expect(sentences('Karl Lind (R-Ore.) said it was fair.')).toEqual(['Karl Lind (R-Ore.) said it was fair.']);
    // A new sentence after the parenthesis, or a new line, stays one of its own.
    expect(sentences('The vote was won by Lind (R-Ore.). The port was closed.')).toEqual([
      'The vote was won by Lind (R-Ore.).', 'The port was closed.']);
    expect(sentences('A list of senators (R-Ore.)\nsaid the port was closed.')).toEqual([
      'A list of senators (R-Ore.)', 'said the port was closed.']);
  });

  it('leaves a dateline out of the first sentence of its paragraph', () => {
    const sentences = (text: string): string[] =>
      segment({ id: 't', path: 't', text }, getTagger()(text)).sentences.map((s) => text.slice(s.start, s.end));
    expect(sentences('VIK (Nordwire) - The port is closed. It opens in May.')).toEqual(['The port is closed.', 'It opens in May.']);
    expect(sentences('Vik (NTB) – The port is closed.')).toEqual(['The port is closed.']);
    expect(sentences('VIK, Nordland - The port is closed.')).toEqual(['The port is closed.']);
    // Any dash an aside may use: "―", "--".
    expect(sentences('VIK (NTB) ― The port is closed.')).toEqual(['The port is closed.']);
    // A colon after an agency, as NTB writes it; without an agency it may be a speaker's label.
    expect(sentences('VIK (NTB): The port is closed.')).toEqual(['The port is closed.']);
    expect(sentences('ANNA HOLM: The port is closed.')).toEqual(['ANNA HOLM: The port is closed.']);
    // Not a name and an aside between dashes, nor a place in lower case.
    expect(sentences('Holm – the mayor – said the port was closed.')).toEqual(['Holm – the mayor – said the port was closed.']);
    expect(sentences('Vik - the port is closed.')).toEqual(['Vik - the port is closed.']);
  });

  it('repairs a surname tagged as a verb after a first name', () => {
    const text = 'The plan was clear, said Thomas Burke.';
    const doc = segment({ id: 't', path: 't', text }, getTagger()(text));
    expect(doc.tokens.find((t) => t.text === 'Burke')?.pos).toBe('PROPN');
  });

  const posOf = (text: string, word: string): string | undefined =>
    segment({ id: 't', path: 't', text }, getTagger()(text)).tokens.find((t) => t.text === word)?.pos;

  it('repairs a given name tagged as a verb at the start of a sentence', () => {
    const text = 'Josh Berg, a union organiser, warned that the port would close.';
    expect(getTagger()(text).tokens[0]?.pos).toBe('VERB'); // the case the repair is for
    expect(posOf(text, 'Josh')).toBe('PROPN');
  });

  it('leaves a sentence-opening verb before a name alone unless it is a given name', () => {
    const text = 'Meet Karin Vik, the new harbour master.';
    expect(getTagger()(text).tokens[0]?.pos).toBe('VERB');
    expect(posOf(text, 'Meet')).toBe('VERB');
  });
});
