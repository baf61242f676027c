// Entry point: run main() and set the exit status. A closed pipe (claims … | head) ends
// the run quietly; Ctrl-C stops at once with status 130, as shells expect.
import { main } from './main.js';
import { nodeIo } from './io/terminal.js';

process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
process.on('SIGINT', () => process.exit(130));
process.exitCode = await main(process.argv.slice(2), nodeIo());
