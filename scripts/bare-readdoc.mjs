// The bare wink-nlp readDoc loop over the files of one folder, for the benchmark's
// two-process probe: the engine alone, with the pipe src/nlp/wink.ts reads.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { PIPE } from '../dist/nlp/wink.js';

const nlp = winkNLP(model, [...PIPE]);
const dir = process.argv[2];
for (const f of readdirSync(dir).sort()) nlp.readDoc(readFileSync(join(dir, f), 'utf8')).tokens().length();
