import { describe, expect, it } from 'vitest';
import { findQuotes } from '../src/pipeline/detect.js';

const quoted = (text: string): string[] => findQuotes(text, 0, text.length, 0).map((q) => text.slice(q.content.start, q.content.end));

describe('findQuotes', () => {
  it.each([
    ['“Curly,” she said.', ['Curly']],
    ['"Straight quotes," he said.', ['Straight quotes']],
    ['«Guillemets» remain common.', ['Guillemets']],
    ['„Low-high“ marks in German.', ['Low-high']],
    ["''Doubled apostrophes,'' as some archives write.", ['Doubled apostrophes']],
    ['‘Single’ marks work too.', ['Single']],
    ['"A straight mark closed by a curly one,” as pasted text has it. "Then straight."', ['A straight mark closed by a curly one', 'Then straight.']],
  ])('finds the words inside %s', (text, expected) => {
    expect(quoted(text)).toEqual(expected);
  });

  it('does not open or close a quote on an apostrophe inside a word', () => {
    expect(quoted('It’s the ‘don’t panic’ rule, isn’t it?')).toEqual(['don’t panic']);
  });

  it('ends an unclosed quote with its paragraph, never later', () => {
    const text = 'He noted that “the head of state was informed.';
    const [q] = findQuotes(text, 0, text.length, 0);
    expect(q?.closed).toBe(false);
    expect(text.slice(q!.content.start, q!.content.end)).toBe('the head of state was informed.');
  });

  it('finds nothing in text with no marks', () => {
    expect(quoted('No quotation here.')).toEqual([]);
  });

  it('stays linear with ten thousand opening marks and none closed', () => {
    const text = '“a '.repeat(10_000);
    const t0 = performance.now();
    expect(findQuotes(text, 0, text.length, 0)).toHaveLength(1);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
