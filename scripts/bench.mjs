// Benchmark: time per MB of the analysis, in-process, on plain articles and on hostile
// shapes, beside the bare wink-nlp readDoc loop (the engine's own limit). Run after a
// build: `npm run bench`. Inputs are generated here from texts we own (seeds, fixtures).
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyze } from '../dist/pipeline/index.js';
import { getTagger } from '../dist/nlp/wink.js';

const root = new URL('../', import.meta.url);
const own = [
  ...readdirSync(new URL('seeds/', root)).map((f) => readFileSync(new URL(`seeds/${f}`, root), 'utf8')),
  readFileSync(new URL('fixtures/own/harbour-strike.txt', root), 'utf8'),
];
const MB = 1024 * 1024;
const sizeMb = Number(process.env.BENCH_MB ?? 2);

/** Articles varied by a counter, so no two are byte-identical. */
function articles(mb) {
  const out = [];
  let bytes = 0;
  for (let i = 0; bytes < mb * MB; i++) {
    const text = own[i % own.length].replace(/\b(February|Monday|two)\b/g, (w) => `${w} ${i}`);
    out.push(text);
    bytes += Buffer.byteLength(text);
  }
  return out;
}

const hostile = {
  'unclosed quotes': () => '“a '.repeat((sizeMb * MB) / 4),
  'quote storm': () => '“We are ready,” said Karin Vik. He said the port is open. '.repeat((sizeMb * MB) / 60),
  'one long line': () => own.join(' ').replace(/\n/g, ' ').repeat(Math.ceil((sizeMb * MB) / 13000)),
  'dashes and quotes': () => '– “x” – «y» – ‘z’ —\n'.repeat((sizeMb * MB) / 24),
};

function time(label, texts, run) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
  const t0 = performance.now();
  for (const t of texts) run(t);
  const s = (performance.now() - t0) / 1000;
  const mbps = bytes / MB / s;
  console.log(`${label.padEnd(28)} ${(bytes / MB).toFixed(2).padStart(6)} MB ${s.toFixed(2).padStart(7)} s ${mbps.toFixed(2).padStart(7)} MB/s ${(s / (bytes / MB)).toFixed(2).padStart(7)} s/MB`);
  return mbps;
}

console.log(`node ${process.version}, ${os.cpus().length} cores, ${sizeMb} MB per case`);
const plain = articles(sizeMb);
const nlp = winkNLP(model, ['sbd', 'pos', 'negation']);
const bare = time('bare wink readDoc', plain, (t) => nlp.readDoc(t).tokens().length());
const tag = getTagger();
let n = 0;
const ours = time('claims analyze (articles)', plain, (t) => analyze({ id: `a${n}`, path: `a${n++}`, text: t }, tag));
console.log(`analyze / bare readDoc: ${(ours / bare).toFixed(2)}`);
let worst = Infinity;
for (const [label, make] of Object.entries(hostile)) {
  worst = Math.min(worst, time(label, [make()], (t) => analyze({ id: 'h', path: 'h', text: t }, tag)));
}
console.log(`worst hostile case / plain articles, per MB: ${(ours / worst).toFixed(2)}x slower`);
// One giant file (BENCH_BIG_MB, default 50; 0 skips it): read in pieces, linear in size.
const bigMb = Number(process.env.BENCH_BIG_MB ?? 50);
if (bigMb > 0) time(`one ${bigMb} MB file`, [articles(bigMb).join('\n')], (t) => analyze({ id: 'big', path: 'big', text: t }, tag));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
