// classify: the estimative wording of a claim, topic or not: the phrase (longest first,
// moved by an intensifier, flipped by a negation in its clause), a likelihood noun with a
// level ("the risk … remains high"), the source's commitment (hedged, boosted, flat) and
// the direction of a change ("the risk is growing"). Pure.
import {
  BANDS, BOOSTERS, type Band, DOWN_WORDS, HEDGES, INTENSIFIERS, LIKELIHOOD_LEVELS, LIKELIHOOD_NOUNS, NEGATORS, NEG_RAISING, PHRASES,
  RANGES, type Scale, SCOPE_ENDS, UP_WORDS,
} from '../../lexicons/estimative.js';
import type { Commitment, Estimate } from '../../types.js';
import { wordsPattern } from '../text/words.js';

const RE = {
  phrase: wordsPattern(PHRASES.map(([p]) => p)),
  hedge: wordsPattern(HEDGES),
  booster: wordsPattern(BOOSTERS),
  likelihood: wordsPattern(LIKELIHOOD_NOUNS),
  up: wordsPattern(UP_WORDS),
  down: wordsPattern(DOWN_WORDS),
} as const;

/** "I don't think …", "I doubt …": a hedge here, and the neg-raising rule of stance.ts. */
export const negRaising = wordsPattern(NEG_RAISING);

const BAND_OF: ReadonlyMap<string, Band> = new Map(PHRASES);

/** The estimative phrase of a claim, longest first, with its intensifier and negation. */
export function estimateOf(content: string, scale: Scale): Estimate | undefined {
  const m = RE.phrase.find(content);
  if (!m) return undefined;
  const base = BAND_OF.get(m.text.toLowerCase().replace(/\s+/g, ' '));
  if (!base) return undefined;
  let i = BANDS.indexOf(base);
  let start = m.index;
  const prior = content.slice(0, m.index).match(/[\p{L}']+|[,;.:]/gu) ?? [];
  const intensifier = INTENSIFIERS.get(prior[prior.length - 1]?.toLowerCase() ?? '');
  if (intensifier && !m.text.includes(' ')) {
    i = i < 3 ? Math.max(0, i - intensifier) : i > 3 ? Math.min(6, i + intensifier) : i;
    start = content.lastIndexOf(prior[prior.length - 1] ?? '', m.index);
  }
  // Negation in the same clause, up to three words back: "not likely" is unlikely.
  for (let k = prior.length - (intensifier ? 2 : 1), n = 0; k >= 0 && n < 3; k--, n++) {
    const w = (prior[k] ?? '').toLowerCase();
    if (/^[,;.:]$/.test(w) || SCOPE_ENDS.has(w)) break;
    if (NEGATORS.has(w) || w.endsWith("n't")) {
      // "not likely" is unlikely; "not impossible" is no certainty, only possible; "not very
      // likely" negates the plain phrase (unlikely), not its intensified band.
      const [head, ...rest] = m.text.toLowerCase().split(/\s+/);
      const plain = INTENSIFIERS.has(head ?? '') ? BAND_OF.get(rest.join(' ')) : undefined;
      if (plain || (intensifier && !m.text.includes(' '))) i = BANDS.indexOf(plain ?? base);
      i = i === 0 || i === 6 ? 3 : 6 - i;
      start = content.lastIndexOf(prior[k] ?? '', start);
      break;
    }
  }
  const band = BANDS[i]!;
  return { band, range: RANGES[scale][band], phrase: content.slice(start, m.index + m.text.length), commitment: commitmentOf(content) };
}

/**
 * "The probability of an offensive from the north is low": a likelihood noun and, in the same
 * clause, a level after a copula. Searched only in a claim on a topic with no estimative phrase.
 */
/** A level before a likelihood noun: "a high risk", "slim chances", "a very low probability". */
const LEVEL_BEFORE = new RegExp(`\\b(?:(${[...INTENSIFIERS.keys()].join('|')})\\s+)?(${[...LIKELIHOOD_LEVELS.keys()].join('|')})\\s+(?:${LIKELIHOOD_NOUNS.join('|')})\\b`, 'i');

// An intensifier may be repeated: "the probability is very, very low".
const LEVEL = new RegExp(`\\b(?:${LIKELIHOOD_NOUNS.join('|')})\\b[^,;.]{0,80}?\\b(?:is|are|remains?|was|were|seems?)\\s+["“‘']?`
  + `(?:(${[...INTENSIFIERS.keys()].join('|')})(?:,?\\s+\\1)*\\s+)?(${[...LIKELIHOOD_LEVELS.keys()].join('|')})\\b`, 'i');

export function levelOf(content: string, scale: Scale): Estimate | undefined {
  // "the probability … is low", or the level before the noun: "a high risk of an attack".
  const m = LEVEL.exec(content) ?? LEVEL_BEFORE.exec(content);
  const base = m ? LIKELIHOOD_LEVELS.get((m[2] ?? '').toLowerCase()) : undefined;
  if (!m || !base) return numberOf(content, scale);
  let i = BANDS.indexOf(base);
  const step = INTENSIFIERS.get((m[1] ?? '').toLowerCase()) ?? 0;
  i = i < 3 ? Math.max(0, i - step) : Math.min(6, i + step);
  const band = BANDS[i]!;
  return { band, range: RANGES[scale][band], phrase: m[0], commitment: commitmentOf(content) };
}

/**
 * A likelihood given as a number: "a 30 % chance", "the possibility … is 15 to 20 percent",
 * "around 50/50", "one in three". Only with a likelihood word before it in the claim, so
 * "prices rose 15 to 20 percent" and "60 % of the soldiers" give none. The band is the one
 * of the ICD 203 scale whose range holds the number (the midpoint of a range).
 */
function numberOf(content: string, scale: Scale): Estimate | undefined {
  const m = PERCENT.exec(content) ?? EVEN.exec(content) ?? ONE_IN.exec(content);
  if (!m) return undefined;
  // The likelihood word before the number, or right after it ("a 70 % chance").
  const cue = LIKELY_WORD.exec(content);
  const after = /^\s*(?:chance|chances|probability|likelihood|risk|odds)\b/i.test(content.slice(m.index + m[0].length));
  if (!after && (!cue || cue.index > m.index)) return undefined;
  const value = m[0].includes('/') || /fifty/i.test(m[0]) ? 50
    : /^one\b/i.test(m[0]) ? 100 / (ONE_IN_WORDS[(m[1] ?? '').toLowerCase()] ?? 100)
    : (Number(m[1]) + Number(m[2] ?? m[1])) / 2;
  if (!(value >= 0 && value <= 100)) return undefined;
  const band = BANDS.find((b) => value <= RANGES.icd203[b][1]) ?? 'almost-certain';
  return { band, range: RANGES[scale][band], phrase: m[0], commitment: commitmentOf(content) };
}

const LIKELY_WORD = new RegExp(`\\b(?:${[...LIKELIHOOD_NOUNS, 'possibility', 'possibilities', 'likely', 'unlikely'].join('|')})\\b`, 'i');
const PERCENT = /\b(\d{1,3})(?:\s*(?:to|-|–)\s*(\d{1,3}))?\s*(?:%|percent\b|per cent\b)/i;
const EVEN = /\b(?:50\s*\/\s*50|fifty[- ]fifty)\b/i;
const ONE_IN = /\bone\s+in\s+(two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred)\b/i;
const ONE_IN_WORDS: Readonly<Record<string, number>> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20, 'a hundred': 100,
};

export function commitmentOf(content: string): Commitment {
  if (RE.hedge.test(content) || negRaising.test(content)) return 'hedged';
  return RE.booster.test(content) ? 'boosted' : 'flat';
}

export function directionOf(content: string): 'up' | 'down' | null {
  const m = RE.likelihood.find(content);
  if (!m) return null;
  const after = content.slice(m.index, m.index + 80);
  if (RE.up.test(after)) return 'up';
  return RE.down.test(after) ? 'down' : null;
}
