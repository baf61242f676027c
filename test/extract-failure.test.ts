// An extractor that throws on a page: a diagnostic for that input, never the end of the run.
// (No input found so far still makes it throw: fragments get a page around them and
// Readability's failures fall back to the tag stripper; this keeps the last guard honest.)
import { describe, expect, it, vi } from 'vitest';
import { main } from '../src/main.js';
import { fakeIo } from './helpers.js';

vi.mock('../src/io/html.js', () => ({ fromHtml: () => { throw new Error('the page broke the extractor'); } }));

describe('an extractor that fails', () => {
  it('is a diagnostic for its input, and the other inputs are read', async () => {
    const io = fakeIo();
    const code = await main(['list', 'fixtures/formats/harbour-strike.html', 'fixtures/own/harbour-strike.txt', '--format', 'ndjson'], io);
    expect(code).toBe(1);
    expect(io.stderr()).toContain('harbour-strike.html: its page could not be read (the page broke the extractor)');
    expect(io.stdout().trim().split('\n').length).toBeGreaterThan(5);
  });
});
