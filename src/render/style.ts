// Colour is decided once, from --color / --no-color, NO_COLOR, TERM=dumb and whether the
// stream is a terminal, and passed to renderers as a Style (a chalk instance, possibly
// with colour off). Text from input files goes through `clean` before any terminal sees it.
import { Chalk, type ChalkInstance } from 'chalk';
import { stripVTControlCharacters } from 'node:util';

export type Style = ChalkInstance;

export function makeStyle(opts: { color?: boolean; isTTY: boolean; env: NodeJS.ProcessEnv }): Style {
  const off = opts.color === false || (opts.color !== true && (!opts.isTTY || 'NO_COLOR' in opts.env || opts.env.TERM === 'dumb'));
  return new Chalk({ level: off ? 0 : 1 });
}

/**
 * Makes input text safe for a terminal: escape sequences removed, other control characters
 * (CR, backspace, BEL…) shown as U+FFFD, line breaks and tabs made spaces.
 */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return stripVTControlCharacters(s).replace(/[\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
