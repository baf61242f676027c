// Entry point: run main() and set the exit status. A closed pipe (claims … | head) ends
// the run quietly; Ctrl-C stops at once with status 130, as shells expect.
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';
import { nodeIo } from './io/terminal.js';

// V8 moves objects from an allocation site whose objects often outlive a young collection
// straight into the old generation ("pretenuring"). The tagger's token arrays get there
// after the first articles, and each article's then become garbage that only a full
// collection frees: on 1,500 articles the peak memory was 13 MB (7 %) higher. Without it,
// they die young, as they should (issue 22; no change in speed measured).
setFlagsFromString('--no-allocation-site-pretenuring');
// A run is mostly the JIT's warm-up: about 400 of our functions are optimised, many twice
// (a rare branch met late sends a function back), and the optimising compiler's work ran
// to 3 s of CPU on 1,500 articles, its code arriving late. Inlining less into each makes
// it sooner: 8 % off the CLI's time on the corpus, and no change once the code is warm.
setFlagsFromString('--max-inlined-bytecode-size-cumulative=200');

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.on('SIGINT', () => {
  if (process.stderr.isTTY) process.stderr.write('\r\u001b[K'); // a progress line, erased
  process.exit(130);
});
process.exitCode = await main(process.argv.slice(2), nodeIo());
