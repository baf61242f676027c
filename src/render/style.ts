// Colour is decided once, from --color / --no-color, NO_COLOR, TERM=dumb and whether the
// stream is a terminal, and passed to renderers as a Style (a chalk instance, possibly
// with colour off). Loaded only by commands that print: `--help` has no need of chalk.
import { Chalk, type ChalkInstance } from 'chalk';

export type Style = ChalkInstance;

export function makeStyle(opts: { color?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): Style {
  const off = opts.color === false || (opts.color !== true && (!opts.isTTY || 'NO_COLOR' in opts.env || opts.env.TERM === 'dumb'));
  return new Chalk({ level: off ? 0 : 1 });
}
