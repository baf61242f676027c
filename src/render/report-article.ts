// One article of the HTML report: its paragraphs with every claim marked (a link to its card,
// in its speaker's colour, with the speaker's name before it), the cue underlined and the
// speaker's mention marked; after each paragraph, the cards of its claims, shown when a
// claim is clicked or focused (CSS :target, so it works without JavaScript). Pure.
import type { Claim, Span } from '../types.js';
import { anchor, esc } from './html-text.js';

/** The anchor of a claim: "#DOCUMENT-N". */
export const claimAnchor = (id: string): string => anchor(id.replace('#', '-'));

type Role = 'claim' | 'cue' | 'mention';
interface Mark { readonly role: Role; readonly span: Span; readonly claim: Claim }

export function renderArticle(title: string, docId: string, text: string, claims: readonly Claim[], colourOf: (speakerId: string) => number): string {
  const marks: Mark[] = [];
  for (const c of claims) {
    marks.push({ role: 'claim', span: c.span, claim: c });
    if (c.cueSpan) marks.push({ role: 'cue', span: c.cueSpan, claim: c });
    if (c.speakerSpan) marks.push({ role: 'mention', span: c.speakerSpan, claim: c });
  }
  let out = `<article class="doc" id="doc-${anchor(docId)}" aria-labelledby="h-${anchor(docId)}"><h3 id="h-${anchor(docId)}">${esc(title)}</h3>`;
  // Marks and claims in text order, walked with the paragraphs: linear in the article.
  marks.sort((x, y) => x.span.start - y.span.start);
  const byStart = [...claims].sort((x, y) => x.span.start - y.span.start);
  let next = 0;
  let nextCard = 0;
  let active: Mark[] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    const span = { start: from, end: from + line.length };
    from = span.end + 1;
    while (next < marks.length && marks[next]!.span.start < span.end) active.push(marks[next++]!);
    active = active.filter((m) => m.span.end > span.start);
    const cards: Claim[] = [];
    while (nextCard < byStart.length && byStart[nextCard]!.span.start < from) cards.push(byStart[nextCard++]!);
    if (!line.trim()) continue;
    const inside = active;
    out += `<p>${paragraph(text, span, inside, colourOf)}</p>`;
    if (cards.length) out += `<div class="cards">${cards.map(card).join('')}</div>`;
  }
  return `${out}</article>`;
}

/** A paragraph cut at every mark's ends; each piece wrapped in the marks that cover it. */
function paragraph(text: string, span: Span, marks: readonly Mark[], colourOf: (speakerId: string) => number): string {
  const cuts = new Set([span.start, span.end]);
  for (const m of marks) {
    cuts.add(Math.max(span.start, m.span.start));
    cuts.add(Math.min(span.end, m.span.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const opened = new Set<string>(); // claims whose first piece is out (it holds the anchor)
  let out = '';
  for (let k = 0; k + 1 < points.length; k++) {
    const [a, b] = [points[k]!, points[k + 1]!];
    let piece = esc(text.slice(a, b));
    const over = marks.filter((m) => m.span.start <= a && m.span.end >= b);
    for (const m of over.filter((x) => x.role !== 'claim')) piece = m.role === 'cue' ? `<u class="cue">${piece}</u>` : `<span class="mention">${piece}</span>`;
    for (const m of over.filter((x) => x.role === 'claim')) {
      const c = m.claim;
      const first = !opened.has(c.id);
      opened.add(c.id);
      const who = c.speaker?.name ?? 'unnamed';
      const label = first ? `<span class="who s${colourOf(c.speaker?.id ?? '')}" aria-hidden="true">${esc(who)}</span>` : '';
      piece = `${label}<a class="claim s${colourOf(c.speaker?.id ?? '')}" href="#card-${claimAnchor(c.id)}"${first ? ` id="${claimAnchor(c.id)}"` : ''}`
        + ` data-claim="${esc(c.id)}" data-speaker="${esc(c.speaker?.id ?? '')}" data-kind="${c.kind}">${piece}</a>`;
    }
    out += piece;
  }
  return out;
}

/** A claim's card: its id, speaker, kind, confidence, stance and band per topic, and the rules. Compact: a report holds thousands. */
function card(c: Claim): string {
  const s = c.speaker;
  const speaker = s ? `${s.name} (${[s.type, s.role, s.affiliation].filter(Boolean).join(', ')})` : 'not named';
  const topics = (c.topics ?? []).map((t) => `<br>${esc(`${t.topic}: ${t.stance ?? 'no clear position'}${t.band ? `, ${t.band.replace(/-/g, ' ')} ${t.range?.[0]}–${t.range?.[1]} %` : ''}${t.phrase ? ` “${t.phrase}”` : ''}${t.condition ? `, if ${t.condition}` : ''}`)}`).join('');
  return `<div class="card" id="card-${claimAnchor(c.id)}" role="note"><b>${esc(c.id)}</b> ${esc(speaker)}${c.viaChain.length ? `, via ${esc(c.viaChain.join(' < '))}` : ''}`
    + `; ${c.kind}, confidence ${c.confidence.toFixed(2)}${topics}<br><small>${esc(c.rules.join(' '))}</small> <a href="#${claimAnchor(c.id)}">back</a></div>`;
}
