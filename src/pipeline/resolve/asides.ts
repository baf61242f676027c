// Asides about a name: whether "X, the chairwoman of …" says X is a person, and the role and
// affiliation an aside gives a name where its own phrase gave none ("Siri Nes, an analyst at
// Fjord Securities", "Its leader, Tor Bakke"). Pure; read by entities.ts.
import { ARTICLES } from '../../lexicons/names.js';
import { isPersonalWord } from '../text/names.js';
import { isGluedHyphen } from '../text/tokens.js';
import { startsUpperCase } from '../../letters.js';
import type { Mention, Token } from '../../types.js';

/** Words read of an aside after a name ("…, the head of the club,"): a generous bound, since the aside must also name a person's word. */
const APPOSITION_WORDS = 4;

/**
 * An apposition after the name at j that says it is a person's ("the chairwoman of …", "a
 * former senator", "Holm's campaign manager"), not "led by its leader".
 */
export function personAside(tokens: readonly Token[], j: number): boolean {
  if (tokens[j]?.text !== ',') return false;
  const first = tokens[j + 1]?.normal ?? '';
  // "…, Holm's campaign manager,": an owner's name and "'s" stand where an article would.
  const owner = startsUpperCase(tokens[j + 1]?.text ?? '') && /^['’]s$/.test(tokens[j + 2]?.text ?? '');
  if (!ARTICLES.has(first) && !isPersonalWord(first) && !owner) return false;
  for (let x = j + 1; x < Math.min(tokens.length, j + 1 + APPOSITION_WORDS) && tokens[x]?.text !== ','; x++) {
    if (isPersonalWord(tokens[x]?.normal ?? '')) return true;
  }
  return false;
}

/** Prepositions that end a role and open what it belongs to: "analyst at X", "head of X". */
const AFFILIATION_LINKS: ReadonlySet<string> = new Set(['at', 'of', 'for', 'with']);
const ASIDE_ENDS: ReadonlySet<string> = new Set(['who', 'whom', 'whose', 'which', 'that']);

/**
 * The role and affiliation of an aside after a name, from the comma at j: ", an analyst at
 * Fjord Securities" (analyst, of Fjord Securities); "head of press" and "organizer of a rally"
 * stay whole: a link opens the affiliation only before a capitalised name.
 */
export function asideAfter(text: string, tokens: readonly Token[], j: number): Pick<Mention, 'role' | 'affiliation'> {
  const a = ARTICLES.has(tokens[j + 1]?.normal ?? '') ? j + 2 : j + 1;
  let b = a;
  const limit = a + APPOSITION_WORDS + 8;
  for (; b < tokens.length && b < limit; b++) {
    const t = tokens[b];
    if (isGluedHyphen(tokens, b)) continue; // "Wealth-X"
    if (!t || t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || ASIDE_ENDS.has(t.normal)) break;
  }
  // "author of “…”", "president of the …" cut short: no dangling link at the end.
  while (b > a && (AFFILIATION_LINKS.has(tokens[b - 1]?.normal ?? '') || ARTICLES.has(tokens[b - 1]?.normal ?? '') || tokens[b - 1]?.normal === 'and' || tokens[b - 1]?.normal === 'to')) b--;
  const slice = (x: number, y: number): string => text.slice(tokens[x]?.start ?? 0, tokens[y - 1]?.end ?? 0);
  for (let link = a + 1; link < b - 1; link++) {
    if (!AFFILIATION_LINKS.has(tokens[link]?.normal ?? '')) continue;
    const c = tokens[link + 1]?.normal === 'the' ? link + 2 : link + 1;
    // An aside longer than the limit keeps its role, not a name cut short.
    if (c < b && startsUpperCase(tokens[c]?.text ?? '')) return { role: slice(a, link), affiliation: b < limit ? slice(c, b) : undefined };
  }
  return { role: b > a && b < limit ? slice(a, b) : null, affiliation: undefined };
}

/** The role before a name's comma, ending at token k: "Its new leader, X" → "new leader". */
export function asideBefore(text: string, tokens: readonly Token[], k: number): Pick<Mention, 'role' | 'affiliation'> {
  let a = k;
  while (a > 0 && (tokens[a - 1]?.pos === 'ADJ' || tokens[a - 1]?.pos === 'NOUN') && a > k - 3) a--;
  return { role: text.slice(tokens[a]?.start ?? 0, tokens[k]?.end ?? 0), affiliation: undefined };
}
