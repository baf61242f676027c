// The command line: commander wiring only. main() returns the exit status, 0, 1 or 2;
// nothing here calls process.exit (ESLint's execute/bin split, research/code-anchors.md).
// Commands load when they run, so --help and --version stay as fast as node itself allows.
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { Command, CommanderError, Option } from 'commander';
import { SOURCE_TYPES } from './types.js';
import { SCALES } from './lexicons/estimative.js';
import { EXTENSIONS } from './io/formats.js';
import { FORMATS, parseFormat } from './commands/shared.js';
import { UsageError, messages } from './errors.js';
import type { Io } from './io/terminal.js';
import { clean } from './render/clean.js';
import type { Style } from './render/style.js';

const VERSION = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string }).version;

const LIST_HELP = `
Inputs are files, directories, glob patterns ("news/**/*.txt") or - for standard input.
Plain text (.txt), saved web pages (.html, .htm: the article body is extracted), Markdown
(.md) and JSON Lines corpora (.jsonl, .ndjson: one {"text": …} article a line) are read;
directories are searched for all of them unless --ext narrows it. With no input, text piped
in is read, else the two bundled seed articles. The Id column is what claims show takes.

Examples:
  $ claims list                                   the seed articles, as a table
  $ claims list fixtures/own --speaker eklund     claims of one speaker (name or alias)
  $ claims list fixtures/own --explain --kind direct
  $ claims list fixtures/own --format json | jq '.claims[].text'
  $ cat fixtures/own/island-ferry.txt | claims list --format ndjson
`;

const SOURCES_HELP = `
A source is everyone and everything that makes a claim or carries one: people,
organisations, government bodies, outlets (the "via" of "told Radio Nord") and vague
sources ("officials", "local reports"). One row per source across all inputs: the same
source is merged however each article names it (a surname, an acronym, "the ministry").
Sorted by number of claims, then name.

Examples:
  $ claims sources                                the seed articles
  $ claims sources fixtures/own --type person
  $ claims sources fixtures/own --format json | jq '.sources[] | {name, type, claims}'
`;

const COMPARE_HELP = `
Each source that speaks of the topic's event gets a position: the band of its strongest
estimative wording ("highly unlikely": very unlikely, 5–20 % on ICD 203), or else the stance
most of its claims take (likely, possible, unlikely, conditional). The picture draws each band
as a range on a 0–100 % scale; the Evidence column gives a claim id for claims show.

A topic file is JSON: {"id": "strike-spreads", "question": "Will the strike spread?",
"events": ["strike*", "walk out"], "actors": ["dock*", "port"], "denials": ["no plans"]}
("strike*" takes any ending; the actors must be in the claim, its speaker or just before it).
A list of topics, or what claims topics --format json prints, works too.

Examples:
  $ claims compare                                 the seeds, on the built-in northern-front
  $ claims compare fixtures/own --topics fixtures/own/strike-topic.json --topic strike-spreads --scale phia
  $ claims compare --format json | jq '.rows[] | {name: .source.name, position, band}'
`;

const EVAL_HELP = `
The directory holds NAME.txt beside NAME.gold.json: {"claims": [{"speaker", "aliases",
"kind": "direct" | "indirect" | "mixed", "text", "optional"?, "topic"?, "stance"?,
"band"?}], "ignore": [text to pass over]}; fixtures/own/harbour-strike.gold.json is one.
A found claim matches a gold claim when their word sets overlap (Dice >= 0.5), one to one;
it counts end to end when its speaker (or an alias) is the gold speaker too. Prints
detection, attribution and end-to-end precision, recall and F1, stance accuracy, and
source identity across the articles.

Examples:
  $ claims eval fixtures --texts seeds
  $ claims eval fixtures/own -v                            the misses, one a line
  $ claims eval fixtures --texts seeds --min-f1 0.9      exit 1 when end-to-end F1 is below 0.9 (for CI)
`;

const REPORT_HELP = `
The page is one file that needs nothing else: no network, no script, font or image from
elsewhere. It opens from disk in any current browser and prints cleanly. Each claim is
marked in its speaker's colour with the speaker's name before it; click or focus it for its
card (speaker, kind, confidence, stance, rules). Every claim has an anchor, #DOCUMENT-N
(the claim id with "-" for "#"), and the page filters by speaker and kind (?speaker=ID).

Examples:
  $ claims report -o report.html                   the seed articles
  $ claims report fixtures/own --topics fixtures/own/strike-topic.json -o strike.html
`;

/** "txt,md" → ["txt", "md"]; only extensions claims reads. */
function splitList(value: string): string[] {
  const list = value.split(',').map((e) => e.trim().replace(/^\./, '').toLowerCase()).filter(Boolean);
  const unknown = list.filter((e) => !(e in EXTENSIONS));
  if (unknown.length) throw new UsageError(`Unknown extension "${unknown[0]}": claims reads ${Object.keys(EXTENSIONS).join(', ')}.`);
  return list;
}

/** Each value of an option given more than once, in order. */
function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** A whole number of at least 1 from an option, or a usage error. */
function whole(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs expects a whole number of at least 1, found "${value}".`);
  return n;
}

/** A number between 0 and 1 from an option, or a usage error. */
function unit(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const x = Number(value);
  if (!(x >= 0 && x <= 1)) throw new UsageError(messages.badNumber(flag, value));
  return x;
}

export async function main(argv: readonly string[], io: Io): Promise<number> {
  let status = 0;
  const debug = argv.includes('--debug');
  const program = new Command('claims')
    .description('Who said what in the news: quotes and attributed claims, with their speakers.')
    .version(VERSION, '-V, --version')
    .option('--color', 'force colour on')
    .option('--no-color', 'no colour, even on a terminal (NO_COLOR is honoured too)')
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('claims: see claims --help, or claims COMMAND --help, for usage')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.out(s),
      writeErr: (s) => io.err(s),
      // Every message starts "claims: ", commander's own ("error: unknown option") too.
      outputError: (s, write) => write(s.replace(/^error: /, 'claims: ')),
      getOutHelpWidth: () => io.columns,
      getErrHelpWidth: () => io.columns,
    })
    .addHelpText('after', '\nExit status: 0 ok; 1 some input could not be read, or a threshold failed;\n2 a usage error.\n');
  // chalk loads with the first command that prints, not for --help or --version.
  const style = async (): Promise<Style> => (await import('./render/style.js')).makeStyle({ color: program.opts<{ color?: boolean }>().color, isTTY: io.isTTY, env: io.env });
  const format = new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table');
  const jobs = (): Option => new Option('-j, --jobs <n>', `worker threads (default: on 4 cores or more, one a core once the input is large enough to pay for them; ${availableParallelism()} cores here)`).argParser(whole);

  program.command('list').description('list every quote and attributed claim')
    .argument('[inputs...]', 'files, directories, globs or -')
    .addOption(format)
    .option('-s, --speaker <name>', 'only claims whose speaker name or alias contains this text')
    .option('-k, --kind <kind>', 'only claims of this kind: direct, indirect or mixed')
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .option('--min-confidence <x>', 'only claims whose attribution confidence is at least x (0 to 1)')
    .option('--ext <list>', 'in directories, read only these extensions (default: txt,html,htm,md,jsonl,ndjson)', splitList)
    .addOption(jobs())
    .option('--explain', 'show each claim in its paragraph, with the rules that fired (as claims show)')
    .option('--stream', 'print each article\'s claims as soon as it is read (ndjson or table), with ids of that article, not merged across articles')
    .addHelpText('after', LIST_HELP)
    .action(async (inputs: string[], o: { format: string; speaker?: string; kind?: string; topics?: string[]; minConfidence?: string; explain?: boolean; ext?: string[]; jobs?: number; stream?: boolean }) => {
      const { list } = await import('./commands/list.js');
      status = await list(inputs, { ...o, format: parseFormat(o.format), minConfidence: unit('--min-confidence', o.minConfidence), jobs: o.jobs ?? 'auto' }, io, await style());
    });

  program.command('show').description('one claim in its paragraph: claim, cue and speaker highlighted, and why')
    .argument('<id>', 'a claim id as list prints it, such as 000_636c16dcb16e4523#13')
    .argument('[inputs...]', 'the inputs the id comes from (default: the seeds)')
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .option('--ext <list>', 'in directories, read only these extensions', splitList)
    .action(async (id: string, inputs: string[], o: { topics?: string[]; ext?: string[] }) => {
      const { show } = await import('./commands/show.js');
      status = await show(id, inputs, o, io, await style());
    });

  program.command('compare').description('where each source stands on a topic, on a probability scale')
    .argument('[inputs...]', 'files, directories, globs or -')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
    .option('-t, --topic <id>', 'the topic (see claims topics); may be left out when only one is defined')
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .addOption(new Option('--scale <scale>', `the probability scale: ${SCALES.join(', ')}`).default('icd203'))
    .option('--ext <list>', 'in directories, read only these extensions', splitList)
    .addOption(jobs())
    .addHelpText('after', COMPARE_HELP)
    .action(async (inputs: string[], o: { format: string; topic?: string; topics?: string[]; scale: string; ext?: string[]; jobs?: number }) => {
      const { compare } = await import('./commands/compare.js');
      status = await compare(inputs, { ...o, format: parseFormat(o.format), jobs: o.jobs ?? 'auto' }, io, await style());
    });

  program.command('report').description('one HTML page: the articles with every claim marked, the sources, the positions')
    .argument('[inputs...]', 'files, directories, globs or -')
    .option('-o, --output <file>', 'write the page to this file (else to standard output, when it is no terminal)')
    .option('-t, --topic <id>', 'draw the positions on this topic only (default: every topic a claim bears on)')
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .addOption(new Option('--scale <scale>', `the probability scale: ${SCALES.join(', ')}`).default('icd203'))
    .option('--ext <list>', 'in directories, read only these extensions', splitList)
    .addOption(jobs())
    .addHelpText('after', REPORT_HELP)
    .action(async (inputs: string[], o: { output?: string; topic?: string; topics?: string[]; scale: string; ext?: string[]; jobs?: number }) => {
      const { report } = await import('./commands/report.js');
      status = await report(inputs, { ...o, jobs: o.jobs ?? 'auto' }, io);
    });

  program.command('topics').description('list the topics compare can be asked about')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .action(async (o: { format: string; topics?: string[] }) => {
      const { topics } = await import('./commands/topics.js');
      status = topics({ ...o, format: parseFormat(o.format) }, io, await style());
    });

  program.command('sources').description('one row per source across all inputs: type, role, claims, outlets')
    .argument('[inputs...]', 'files, directories, globs or -')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
    .option('-t, --type <type>', `only sources of this type: ${SOURCE_TYPES.join(', ')}`)
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .option('--ext <list>', 'in directories, read only these extensions', splitList)
    .addOption(jobs())
    .addHelpText('after', SOURCES_HELP)
    .action(async (inputs: string[], o: { format: string; type?: string; topics?: string[]; ext?: string[]; jobs?: number }) => {
      const { sources } = await import('./commands/sources.js');
      status = await sources(inputs, { ...o, format: parseFormat(o.format), jobs: o.jobs ?? 'auto' }, io, await style());
    });

  program.command('eval').description('score claims against gold annotations')
    .argument('<dir>', 'directory of NAME.txt + NAME.gold.json pairs')
    .addOption(new Option('-f, --format <format>', `output format: ${FORMATS.join(', ')}`).default('table'))
    .option('--min-f1 <x>', 'exit 1 when end-to-end F1 is below x')
    .option('--min-confidence <x>', 'score only claims whose confidence is at least x')
    .option('-v, --verbose', 'list missed, spurious and misattributed claims')
    .option('--texts <dir>', 'read NAME.txt from this directory instead of <dir>')
    .option('--topics <file>', 'add the topics of a JSON file to the built-in ones (may be given more than once)', collect, [])
    .addHelpText('after', EVAL_HELP)
    .action(async (dir: string, o: { format: string; minF1?: string; minConfidence?: string; verbose?: boolean; texts?: string; topics?: string[] }) => {
      const { evaluate } = await import('./commands/eval.js');
      status = await evaluate(dir, {
        format: parseFormat(o.format), minF1: unit('--min-f1', o.minF1), minConfidence: unit('--min-confidence', o.minConfidence),
        verbose: o.verbose, texts: o.texts, topics: o.topics,
      }, io, await style());
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
    if (e instanceof UsageError) {
      io.err(`claims: ${clean(e.message)}\n`);
      return 2;
    }
    io.err(`claims: internal error: ${clean((e as Error).message)}\n`);
    if (debug) io.err(`${(e as Error).stack ?? ''}\n`);
    else io.err('claims: run again with --debug for details, and please report it.\n');
    return 2;
  }
}
