// The HTML report: one self-contained page (no network: a Content-Security-Policy allows
// nothing to load, and the one script is allowed by its hash) with an overview of the inputs
// and sources, the positions on each topic as an SVG scale, and every article with its claims
// marked (./report-article.ts). Readable without JavaScript; the script only adds the filter.
// Pure: data in, text out.
import { createHash } from 'node:crypto';
import type { Claim, ClaimKind, SourceRecord, Topic } from '../types.js';
import type { CompareRow } from '../views/compare.js';
import { bandLabel } from '../views/compare.js';
import { anchor, esc, jsonForScript } from './html-text.js';
import { claimAnchor, renderArticle } from './report-article.js';
import { REPORT_CSS, REPORT_SCRIPT } from './report-assets.js';

export interface ReportDocument {
  readonly id: string;
  readonly path: string;
  readonly title: string;
  readonly outlet: string | null;
  readonly published: string | null;
  readonly text: string;
  readonly claims: readonly Claim[];
}

export interface ReportData {
  readonly documents: readonly ReportDocument[];
  readonly sources: readonly SourceRecord[];
  readonly positions: ReadonlyArray<{ readonly topic: Topic; readonly rows: readonly CompareRow[] }>;
  /** The probability scale the ranges are on ("icd203", "phia" …). */
  readonly scale: string;
}

/** Colours told apart with any colour vision (Okabe and Ito's palette); a ninth for the rest. */
const PALETTE = ['#E69F00', '#56B4E9', '#009E73', '#F0E442', '#0072B2', '#D55E00', '#CC79A7', '#000000'];
/** Claim ids listed in a cell before "+k". */
const LINKS_SHOWN = 12;

export function renderReport(data: ReportData): string {
  // The speakers with most claims get the distinct colours; the rest share a grey (their names show).
  const colour = new Map<string, number>();
  data.sources.filter((s) => s.claims.length).forEach((s, i) => colour.set(s.id, i < PALETTE.length ? i : PALETTE.length));
  const colourOf = (id: string): number => colour.get(id) ?? PALETTE.length;
  const claims = data.documents.flatMap((d) => d.claims);
  const kinds: Record<ClaimKind, number> = { direct: 0, indirect: 0, mixed: 0 };
  for (const c of claims) kinds[c.kind]++;
  const scriptHash = createHash('sha256').update(REPORT_SCRIPT).digest('base64');
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${scriptHash}'; img-src 'none'; form-action 'none'; base-uri 'none'`;
  const filterData = { speakers: data.sources.filter((s) => s.claims.length).map((s) => ({ id: s.id, name: s.name })) };
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Claims report: ${data.documents.length} article${data.documents.length === 1 ? '' : 's'}</title>
<style>${REPORT_CSS}${PALETTE.map((c, i) => `.s${i}{--c:${c}}`).join('')}.s${PALETTE.length}{--c:#8a8a8a}</style>
</head><body>
<header><h1>Who said what</h1><p>${data.documents.length} article${data.documents.length === 1 ? '' : 's'}, ${claims.length} claims (${kinds.direct} direct, ${kinds.indirect} indirect, ${kinds.mixed} mixed), ${data.sources.length} sources.</p>
<nav aria-label="Sections"><a href="#overview">Overview</a> · <a href="#positions">Positions</a> · <a href="#articles">Articles</a></nav></header>
<main>
<section id="overview" aria-labelledby="h-overview"><h2 id="h-overview">Overview</h2>
${documentsTable(data.documents)}
${sourcesTable(data.sources, colourOf)}
</section>
<section id="positions" aria-labelledby="h-positions"><h2 id="h-positions">Positions</h2>
${data.positions.length ? data.positions.map((p) => positions(p.topic, p.rows, data.scale)).join('\n') : '<p>No claim bears on a topic.</p>'}
</section>
<section id="articles" aria-labelledby="h-articles"><h2 id="h-articles">Articles</h2>
<form id="filter" hidden aria-label="Filter the claims"><label>Speaker <select name="speaker"><option value="">all</option></select></label>
<label>Kind <select name="kind"><option value="">all</option><option>direct</option><option>indirect</option><option>mixed</option></select></label>
<output name="shown" aria-live="polite"></output></form>
${legend(data.sources, colourOf)}
${data.documents.map((d) => renderArticle(d.title, d.id, d.text, d.claims, colourOf)).join('\n')}
</section>
</main>
<script type="application/json" id="report-data">${jsonForScript(filterData)}</script>
<script>${REPORT_SCRIPT}</script>
</body></html>
`;
}

function documentsTable(docs: readonly ReportDocument[]): string {
  const rows = docs.map((d) => `<tr><td><a href="#doc-${anchor(d.id)}">${esc(d.title)}</a><br><small>${esc(d.path)}</small></td>`
    + `<td>${esc(d.outlet ?? '–')}</td><td>${esc(d.published ?? '–')}</td><td>${d.claims.length}</td></tr>`).join('');
  return `<h3>Inputs</h3><table><thead><tr><th scope="col">Article</th><th scope="col">Outlet</th><th scope="col">Published</th><th scope="col">Claims</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function sourcesTable(sources: readonly SourceRecord[], colourOf: (id: string) => number): string {
  const rows = sources.map((s) => `<tr data-source="${esc(s.id)}"><td><span class="swatch s${colourOf(s.id)}" aria-hidden="true"></span>${esc(s.name)}</td>`
    + `<td>${esc(s.type)}</td><td>${esc([s.role, s.affiliation].filter(Boolean).join(', ') || '–')}</td>`
    + `<td>${s.claims.length ? claimLinks(s.claims) : s.relayed.length ? `relayed ${s.relayed.length}` : '0'}</td><td>${esc(s.outlets.join(', ') || '–')}</td></tr>`).join('');
  return `<h3>Sources</h3><table><thead><tr><th scope="col">Source</th><th scope="col">Type</th><th scope="col">Role</th><th scope="col">Claims</th><th scope="col">Outlets</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function claimLinks(ids: readonly string[]): string {
  const links = ids.slice(0, LINKS_SHOWN).map((id) => `<a href="#${claimAnchor(id)}">${esc(id.slice(id.lastIndexOf('#')))}</a>`).join(' ');
  return `${ids.length} <span class="ids">${links}${ids.length > LINKS_SHOWN ? ` +${ids.length - LINKS_SHOWN}` : ''}</span>`;
}

/** The scale as SVG: each banded source a bar over its range, linked to its claims; the rest listed by stance. */
function positions(topic: Topic, rows: readonly CompareRow[], scale: string): string {
  const banded = rows.filter((r) => r.range);
  const [x0, w, h] = [230, 520, 24];
  const x = (p: number): number => x0 + (p / 100) * w;
  const ticks = [0, 25, 50, 75, 100].map((p) => `<line x1="${x(p)}" x2="${x(p)}" y1="18" y2="${26 + banded.length * h}" class="tick"/><text x="${x(p)}" y="12" text-anchor="middle">${p}%</text>`).join('');
  const bars = banded.map((r, i) => {
    const y = 24 + i * h;
    const [lo, hi] = r.range!;
    return `<a href="#${claimAnchor(r.evidence[0] ?? '')}" data-source="${esc(r.source.id)}" data-band="${r.band}"><title>${esc(`${r.source.name}: ${bandLabel(r.band!, r.range!)}${r.phrase ? `, “${r.phrase}”` : ''}`)}</title>`
      + `<text x="${x0 - 8}" y="${y + 15}" text-anchor="end">${esc(cutName(r.source.name))}</text>`
      + `<rect x="${x(lo)}" y="${y + 4}" width="${Math.max(3, x(hi) - x(lo))}" height="${h - 8}" class="bar ${r.position ?? ''}"/>`
      + `<text x="${x(hi) + 6}" y="${y + 15}">${esc(bandLabel(r.band!, r.range!))}</text></a>`;
  }).join('');
  const svg = banded.length ? `<svg role="img" aria-label="${esc(`Bands of likelihood on: ${topic.question}`)}" viewBox="0 0 ${x0 + w + 170} ${34 + banded.length * h}" width="100%">${ticks}${bars}</svg>` : '';
  const rest = rows.filter((r) => !r.range);
  const groups = (['likely', 'possible', 'conditional', 'unlikely', null] as const).map((stance) => {
    const list = rest.filter((r) => r.position === stance);
    return list.length ? `<li><strong>${stance ?? 'no clear position'}</strong>: ${list.map((r) => `<a href="#${claimAnchor(r.evidence[0] ?? '')}" data-source="${esc(r.source.id)}">${esc(r.source.name)}</a>`).join(', ')}</li>` : '';
  }).join('');
  return `<figure class="topic" data-topic="${esc(topic.id)}"><figcaption><h3>${esc(topic.question)}</h3><small>${esc(topic.id)}, ${esc(scale)} scale</small></figcaption>${svg}`
    + `${groups ? `<p>No band stated:</p><ul>${groups}</ul>` : ''}</figure>`;
}

const cutName = (s: string): string => (s.length > 30 ? `${s.slice(0, 29)}…` : s);

function legend(sources: readonly SourceRecord[], colourOf: (id: string) => number): string {
  const speakers = sources.filter((s) => s.claims.length);
  const shown = speakers.slice(0, PALETTE.length).map((s) => `<li><span class="swatch s${colourOf(s.id)}" aria-hidden="true"></span>${esc(s.name)}</li>`).join('');
  const others = speakers.length > PALETTE.length ? `<li><span class="swatch s${PALETTE.length}" aria-hidden="true"></span>${speakers.length - PALETTE.length} other speakers</li>` : '';
  return `<ul class="legend" aria-label="Speakers and their colours">${shown}${others}</ul>`;
}
