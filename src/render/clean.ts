// Text from input files goes through `clean` before any terminal sees it.
import { stripVTControlCharacters } from 'node:util';

/**
 * Makes input text safe for a terminal: escape sequences removed, other control characters
 * (CR, backspace, BEL…) shown as U+FFFD, line breaks and tabs made spaces.
 */
export function clean(s: string): string {
  // eslint-disable-next-line no-control-regex
  return stripVTControlCharacters(s).replace(/[\n\t]/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '\uFFFD');
}
