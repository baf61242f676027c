// Metamorphic tests: a harmless edit keeps the claim, its speaker and its content (see
// variants/families.ts). Each family must hold for at least 97 % of its cases; the failures
// are listed, so a rule that breaks on an edit is named at once.
import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';
import { type Case, cases } from './variants/families.js';

/** Why a case fails, or null when it holds. */
function failure(c: Case): string | null {
  const claims = claimsOf(c.text);
  const core = c.content.slice(0, 40).toLowerCase();
  const hit = claims.filter((x) => x.text.toLowerCase().includes(core));
  if (hit.length !== 1) return `${hit.length} claims with the content (${claims.length} in all)`;
  const claim = hit[0]!;
  if (claim.text.includes(c.speaker.split(' ').pop()!)) return `content holds the speaker: ${claim.text}`;
  if (claim.speaker?.name !== c.speaker) return `speaker ${claim.speaker?.name ?? 'none'}`;
  if (c.via && claim.via !== c.via) return `via ${claim.via ?? 'none'}`;
  return null;
}

const all = cases();
const families = [...new Set(all.map((c) => c.family))];

describe('harmless edits keep the claim (generated variants)', () => {
  it('generates at least 500 cases over eight families', () => {
    expect(all.length).toBeGreaterThanOrEqual(500);
    expect(families.length).toBe(8);
  });

  it.each(families)('%s: at least 97 % hold', (family) => {
    const mine = all.filter((c) => c.family === family);
    const failed = mine.map((c) => [c.text, failure(c)] as const).filter(([, why]) => why !== null);
    if (process.env.VARIANTS_REPORT) console.log(`${family}\t${mine.length - failed.length}/${mine.length}\n${failed.map(([t, w]) => `  ${w} ← ${t.replace(/\n/g, ' ⏎ ')}`).join('\n')}`);
    expect(failed.length / mine.length, failed.map(([t, w]) => `${w} ← ${t}`).join('\n')).toBeLessThanOrEqual(0.03);
  });
});
