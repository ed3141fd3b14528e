/**
 * `npm run analyse -- <file.json> [more files…] [--format json|table]`
 * `npm run analyse -- --compare <older.json> <newer.json> [--format json|table]`
 *
 * Prints the analysis of each assessment file: one JSON document for one file, an array for
 * several, or with `--format table` a readable summary. With `--compare`, exactly two files, the
 * older quarter first: prints what changed between them (see compare-assessments.ts), as JSON or
 * a readable table; when either file is bad nothing is printed on stdout. Every file is read and checked against
 * the model (an id or a model version it does not know is a problem; an older known model
 * version is migrated; a UTF-8 byte-order mark is skipped).
 *
 * When some files cannot be read or are invalid, the others are still analysed: stdout holds the
 * analyses of the good files only, in the order given (still an array when several files were
 * given, even if one is good; nothing at all when none is), stderr holds one block per bad file,
 * one line per problem as `<file>: <path>: <problem and what was expected>`, at most 20 problems
 * a file followed by a line counting the rest, and the exit code is 1 (2 for a usage error or a
 * broken model).
 *
 * Text from a file never reaches the terminal raw: control characters (C0, DEL, C1), line
 * separators and bidirectional overrides, isolates and marks are printed as visible escapes
 * (`\x1b`, `\u202e`), in messages and in the table (so a name cannot clear the screen, fake a
 * line or reverse one); the JSON writes them as `\uXXXX`. Values longer than 80 characters are
 * cut in messages with their full length, so error output stays small whatever the input.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadModel } from '../src/lib/model/load-model';
import { analyse } from '../src/domain/analyse';
import type { Assessment } from '../src/domain/schemas/assessment';
import type { Model } from '../src/domain/schemas/model';
import { parseAssessmentText } from '../src/domain/schemas/parse-assessment';
import { capProblems, type Problem } from '../src/domain/schemas/problems';
import { compareAssessments } from '../src/domain/compare/compare-assessments';
import { formatTable } from './analyse-table';
import { formatComparison } from './compare-table';
import { terminalJson, terminalText } from './terminal-text';

/** Where the command reads and writes; tests pass their own. */
export interface CommandIo {
  readFile(file: string): string;
  loadModel(): Model;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = [
  'usage: npm run analyse -- <assessment.json> [more files…] [--format json|table]',
  '       npm run analyse -- --compare <older.json> <newer.json> [--format json|table]',
].join('\n');

/** The command's options: the files, the output format, and whether to compare two quarters. */
export interface CommandOptions {
  files: string[];
  format: 'json' | 'table';
  compare: boolean;
}

/** The command's options, or a message saying what is wrong with them. */
export function readArguments(args: readonly string[]): CommandOptions | { error: string } {
  const files: string[] = [];
  let format = 'json';
  let compare = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg === '--compare') compare = true;
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg.startsWith('--'))
      return { error: `unknown option ${terminalText(arg)}\n${USAGE}` };
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'table')
    return { error: `--format must be json or table, not "${terminalText(format)}"\n${USAGE}` };
  if (files.length === 0) return { error: `no assessment file given\n${USAGE}` };
  if (compare && files.length !== 2)
    return { error: `--compare takes two files, the older first, not ${files.length}\n${USAGE}` };
  return { files, format, compare };
}

const READ_ERRORS: Record<string, string> = {
  ENOENT: 'does not exist',
  EISDIR: 'is a folder, not a file',
  EACCES: 'cannot be read: permission denied',
};

/** Reads one assessment file and checks it against the model, or the problems that stop it, each naming the file. */
export function readAssessmentFile(
  file: string,
  io: Pick<CommandIo, 'readFile'>,
  model: Model,
): { assessment: Assessment } | { problems: Problem[] } {
  let text: string;
  try {
    text = io.readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    const message = READ_ERRORS[code] ?? `cannot be read (${(error as Error).message})`;
    return { problems: [{ file, path: '', code: 'not-json', message }] };
  }
  const parsed = parseAssessmentText(text, model);
  return parsed.ok
    ? { assessment: parsed.value }
    : { problems: parsed.problems.map((p) => ({ ...p, file })) };
}

/** Most problems printed for one file; a last line counts the rest. */
export const MAX_PROBLEMS_SHOWN = 20;

/** Longest path and message printed whole, in characters (values inside are cut at 80 already). */
const MAX_PATH_CHARS = 160;
const MAX_MESSAGE_CHARS = 240;

/** The stderr block of one bad file: a line per problem, at most `MAX_PROBLEMS_SHOWN`, every value escaped and cut. */
export function formatFileProblems(file: string, problems: readonly Problem[]): string {
  const name = terminalText(file);
  const { listed, more: rest } = capProblems(problems, MAX_PROBLEMS_SHOWN);
  const lines = listed.map(
    (p) =>
      `${name}: ${terminalText(p.path, MAX_PATH_CHARS) || '(document)'}: ${terminalText(p.message, MAX_MESSAGE_CHARS)}`,
  );
  if (rest > 0)
    lines.push(
      `${name}: … and ${rest} more problem${rest === 1 ? '' : 's'} (${problems.length} in all)`,
    );
  return lines.join('\n');
}

/** Compares two quarters' files and prints the comparison; returns the exit code. */
function runCompare(options: CommandOptions, io: CommandIo, model: Model): number {
  const read = options.files.map((file) => ({ file, read: readAssessmentFile(file, io, model) }));
  for (const { file, read: r } of read)
    if ('problems' in r) io.stderr(formatFileProblems(file, r.problems));
  const [older, newer] = read.flatMap(({ read: r }) => ('assessment' in r ? [r.assessment] : []));
  if (!older || !newer) return 1;
  const comparison = compareAssessments(model, older, newer);
  io.stdout(
    options.format === 'table'
      ? formatComparison(comparison, model, older, newer)
      : terminalJson(JSON.stringify(comparison, null, 2)),
  );
  return 0;
}

/** Runs the command; returns the exit code. */
export function runAnalyse(args: readonly string[], io: CommandIo): number {
  const options = readArguments(args);
  if ('error' in options) {
    io.stderr(options.error);
    return 2;
  }
  let model: Model;
  try {
    model = io.loadModel();
  } catch (error) {
    io.stderr(terminalText((error as Error).message, MAX_MESSAGE_CHARS));
    return 2;
  }
  if (options.compare) return runCompare(options, io, model);
  const good: Assessment[] = [];
  let bad = 0;
  for (const file of options.files) {
    const read = readAssessmentFile(file, io, model);
    if ('assessment' in read) good.push(read.assessment);
    else {
      bad++;
      io.stderr(formatFileProblems(file, read.problems));
    }
  }
  const analyses = good.map((a) => analyse(model, a));
  if (options.format === 'table' && good.length > 0) {
    io.stdout(
      analyses
        .map((analysis, i) => formatTable(analysis, model, good[i] as Assessment))
        .join('\n\n'),
    );
  } else if (options.format === 'json' && good.length > 0) {
    const shown = options.files.length === 1 ? analyses[0] : analyses;
    io.stdout(terminalJson(JSON.stringify(shown, null, 2)));
  }
  return bad > 0 ? 1 : 0;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // A reader that stops early (`| head`) is not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
  });
  process.exitCode = runAnalyse(process.argv.slice(2), {
    readFile: (file) => readFileSync(file, 'utf8'),
    loadModel: () => loadModel(),
    stdout: (text) => process.stdout.write(`${text}\n`),
    stderr: (text) => process.stderr.write(`${text}\n`),
  });
}
