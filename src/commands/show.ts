// claims show <id>: one claim in its paragraph, with the claim, its cue and the speaker
// mention highlighted, then everything the pipeline concluded and the rules behind it.
import { UsageError } from '../errors.js';
import type { Io } from '../io/terminal.js';
import { clean } from '../render/clean.js';
import type { Style } from '../render/style.js';
import type { Claim, Span } from '../types.js';
import { type Run, analyzeInputs } from './analyze.js';
import { report } from './shared.js';
import { claimsNamed } from '../views/claim-ids.js';
import { stringWidth, wrap } from '../render/wrap.js';

/** Plain-text markers, used when there is no colour: the spans stay visible. */
export const MARKS = { claim: ['[[', ']]'], cue: ['{{', '}}'], speaker: ['<<', '>>'] } as const;
type Role = keyof typeof MARKS;

export async function show(id: string, inputs: readonly string[], opts: { topics?: readonly string[]; ext?: readonly string[] }, io: Io, style: Style): Promise<number> {
  const run = await analyzeInputs(inputs, io, { topics: opts.topics, keepTexts: true, ext: opts.ext });
  const named = claimsNamed(id, run.claims);
  if (!named.length) {
    const near = closest(id, run.claims.map((c) => c.id));
    report(run.diagnostics, io);
    throw new UsageError(`No claim "${clean(id)}" in these inputs.${near.length ? ` The closest ids: ${near.join(', ')}.` : ''} See them all with claims list.`);
  }
  // A short id that fits two documents names neither; a line may hold several claims.
  if (named.length > 1 && id.includes('…')) {
    report(run.diagnostics, io);
    throw new UsageError(`"${clean(id)}" fits ${named.length} claims: ${named.slice(0, 5).map((c) => c.id).join(', ')}. Give the whole id.`);
  }
  io.out(named.map((c) => explainClaim(c, run, style, io.columns)).join('\n'));
  return report(run.diagnostics, io);
}

export function explainClaim(c: Claim, run: Pick<Run, 'texts'>, style: Style, width = Infinity): string {
  const text = run.texts.get(c.document) ?? '';
  const spans: Array<[Role, Span]> = [['claim', c.span]];
  if (c.cueSpan) spans.push(['cue', c.cueSpan]);
  if (c.speakerSpan) spans.push(['speaker', c.speakerSpan]);
  // The id and where the claim is, on two lines when one is too narrow for both.
  const head = clean(`${c.id}  ${c.document}:${c.line}`);
  const lines = [style.bold(stringWidth(head) < width ? head : `${clean(c.id)}\n${clean(`${c.document}:${c.line}`)}`), '', wrap(highlight(text, spans, style), width), ''];
  const s = c.speaker;
  const field = (k: string, v: string): string => `${style.dim(k.padEnd(11))}${clean(v)}`;
  lines.push(field('speaker', s ? `${s.name} (${[s.type, s.role, s.affiliation].filter(Boolean).join(', ')})${s.aliases.length ? `; also ${s.aliases.join(', ')}` : ''}` : 'not named'));
  lines.push(field('kind', c.kind));
  lines.push(field('cue', c.cue ?? '–'));
  lines.push(field('via', c.viaChain.length ? c.viaChain.join(' < ') : '–'));
  for (const t of c.topics ?? []) {
    const band = t.band ? `, ${t.band} ${t.range?.[0]}–${t.range?.[1]} %` : '';
    lines.push(field('topic', `${t.topic}: ${t.stance ?? 'no clear position'}${band}${t.phrase ? ` "${t.phrase}"` : ''}, ${t.commitment}${t.condition ? `, if ${t.condition}` : ''}${t.direction ? `, likelihood ${t.direction}` : ''}`));
  }
  if (c.estimate && !c.topics?.length) lines.push(field('estimate', `${c.estimate.band} "${c.estimate.phrase}" (not about a topic)`));
  lines.push(field('confidence', c.confidence.toFixed(2)));
  lines.push(field('rules', stages(c.rules)));
  return `${lines.map((l, i) => (i < 3 ? l : wrap(l, width, 11))).join('\n')}\n`;
}



/** "detect: x → attribute: y, z → resolve: …": the rules in stage order. */
function stages(rules: readonly string[]): string {
  const by = new Map<string, string[]>();
  for (const r of rules) {
    const i = r.indexOf(':');
    const stage = r.slice(0, i);
    by.set(stage, [...(by.get(stage) ?? []), r.slice(i + 1)]);
  }
  return ['detect', 'attribute', 'resolve', 'classify'].filter((s) => by.has(s)).map((s) => `${s}: ${by.get(s)!.join(', ')}`).join(' → ');
}

/** The lines around the spans, each span marked by colour or, without it, by MARKS. */
function highlight(text: string, spans: ReadonlyArray<readonly [Role, Span]>, style: Style): string {
  const from = text.lastIndexOf('\n', Math.min(...spans.map(([, s]) => s.start)) - 1) + 1;
  const toNl = text.indexOf('\n', Math.max(...spans.map(([, s]) => s.end)));
  const to = toNl === -1 ? text.length : toNl;
  const cuts = new Set<number>([from, to]);
  for (const [, s] of spans) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].filter((p) => p >= from && p <= to).sort((a, b) => a - b);
  const colour = style.level > 0;
  const paint: Record<Role, (s: string) => string> = { claim: style.underline, cue: style.magenta.bold, speaker: style.yellow.bold };
  let out = '';
  for (let k = 0; k < points.length; k++) {
    const p = points[k]!;
    if (!colour) {
      for (const [role, s] of spans) if (s.end === p && s.end > s.start) out += MARKS[role][1];
      for (const [role, s] of spans) if (s.start === p && s.end > s.start) out += MARKS[role][0];
    }
    const next = points[k + 1];
    if (next === undefined) break;
    let piece = text.slice(p, next).split('\n').map(clean).join('\n');
    if (colour) for (const [role, s] of spans) if (s.start <= p && next <= s.end) piece = paint[role](piece);
    out += piece;
  }
  return out;
}

/** The ids nearest to a mistyped one (edit distance), at most three. */
function closest(id: string, ids: readonly string[]): string[] {
  return ids.map((x) => [x, distance(id, x)] as const).sort((a, b) => a[1] - b[1]).slice(0, 3).map(([x]) => x);
}

function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}
