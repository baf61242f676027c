// Errors that reach the user: a code, an exit status and a message that says what was
// found and what to do. Anything else that escapes is a bug (exit 2, stack only with --debug).

export class UsageError extends Error {
  readonly exitCode = 2;
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export const messages = {
  badFormat: (format: string, allowed: readonly string[]): string =>
    `Unknown format "${format}": expected one of ${allowed.join(', ')}.`,
  badNumber: (flag: string, value: string): string => `${flag} expects a number between 0 and 1, found "${value}".`,
  noGold: (dir: string): string => `No gold files (NAME.gold.json beside NAME.txt) found in "${dir}".`,
} as const;
