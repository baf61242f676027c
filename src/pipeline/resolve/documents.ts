// A document as the speaker: "a new article in Nordpost", "the institute's review", "Holm's
// words" speak for their owner, who is the source. A document with no owner ("the bulletin
// said") is left as it is: a source of its own, typed as no person, that "it" may take up
// ("The statement said …. It added …"). Pure; read by index.ts.
import { ARTICLES } from '../../lexicons/names.js';
import { DOCUMENTS } from '../../lexicons/cues.js';
import type { Entities } from './entities.js';
import type { Mention } from '../../types.js';

/** Words that may stand between the determiner and the document: "a new article", "its latest daily update". */
const MAX_MODIFIERS = 2;

/** The owner of a document named as speaker, as a mention of its own; null for no document or no owner. */
export function documentOwner(m: Mention, entities: Entities): (Mention & { readonly outlet?: true }) | null {
  if (m.kind === 'pronoun') return null;
  const words = m.text.split(/\s+/);
  // "new article in Nordpost", "report by the Fjord Institute": the owner after the link.
  const link = words.findIndex((w, i) => i > 0 && /^(?:in|by|from|of)$/.test(w) && DOCUMENTS.has(words[i - 1]!.toLowerCase()));
  if (link > 0 && link <= MAX_MODIFIERS + 2 && leadIn(words.slice(0, link - 1))) {
    const rest = words.slice(link + 1);
    const skip = rest[0] && ARTICLES.has(rest[0].toLowerCase()) ? 1 : 0;
    const owner = rest.slice(skip).join(' ');
    // ("an article in Nordpost": a piece in a publication, so the owner is an outlet.)
    return owner && /^\p{Lu}/u.test(owner) ? { ...part(m, owner, 'name'), ...(words[link] === 'in' ? { outlet: true } : {}) } : null;
  }
  const last = words[words.length - 1]!.toLowerCase();
  if (!DOCUMENTS.has(last)) return null;
  // "the institute's review", "Holm’s words": the owner before "'s".
  const owned = words.findIndex((w) => /['’]s?$/.test(w) && w.length > 2);
  if (owned >= 0) {
    if (words.length - owned - 2 > MAX_MODIFIERS) return null;
    const ownerWords = words.slice(0, owned + 1);
    if (ARTICLES.has(ownerWords[0]!.toLowerCase())) ownerWords.shift();
    const owner = ownerWords.join(' ').replace(/['’]s?$/, '');
    // A lower-case owner is one noun, perhaps with an adjective ("the ministry", "the new
    // board"); "copy of the inspector's memo" is a copy, not the inspector.
    if (!owner || (!/^\p{Lu}/u.test(owner) && ownerWords.length > 2)) return null;
    if (/^\p{Lu}/u.test(owner)) return part(m, owner, 'name');
    // "the institute's review": the institute the article named before, if it did.
    const head = owner.slice(owner.lastIndexOf(' ') + 1).toLowerCase();
    const named = (entities.byWord.get(head) ?? []).filter((n) => n.start < m.start && n.type !== 'person').at(-1);
    return named ? { ...part(m, owner, 'name'), text: named.text } : part(m, owner, 'nominal');
  }
  return null;
}

/** Words before the document: a determiner and modifiers in lower case, at most a few. */
function leadIn(words: readonly string[]): boolean {
  const mods = words[0] && ARTICLES.has(words[0].toLowerCase()) ? words.slice(1) : words;
  return mods.length <= MAX_MODIFIERS && mods.every((w) => /^\p{Ll}/u.test(w));
}

/** The owner as a mention of its own, at its place inside the phrase. */
function part(m: Mention, owner: string, kind: Mention['kind']): Mention {
  const at = m.text.indexOf(owner);
  const start = m.start + Math.max(0, at);
  return { start, end: start + owner.length, text: owner, kind, role: null };
}
