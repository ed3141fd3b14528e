/**
 * `npm run analyse -- <file.json> [more files…] [--format json|table]`
 *
 * Prints the analysis of each assessment file: one JSON document per file (an array when there
 * are several), or with `--format table` a readable summary. Every file is read and checked
 * against the model (an id or a model version it does not know is a problem; an older known
 * model version is migrated) before anything is printed: when one cannot be read or is invalid,
 * each problem goes to stderr
 * as `<file>: <path>: <problem>`, nothing goes to stdout, and the exit code is 1 (2 for a usage
 * error or a broken model).
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { loadModel } from '../src/lib/model/load-model';
import { analyse } from '../src/domain/analyse';
import type { Assessment } from '../src/domain/schemas/assessment';
import type { Model } from '../src/domain/schemas/model';
import { parseAssessmentText } from '../src/domain/schemas/parse-assessment';
import { formatProblems, type Problem } from '../src/domain/schemas/problems';
import { formatTable } from './analyse-table';

/** Where the command reads and writes; tests pass their own. */
export interface CommandIo {
  readFile(file: string): string;
  loadModel(): Model;
  stdout(text: string): void;
  stderr(text: string): void;
}

const USAGE = 'usage: npm run analyse -- <assessment.json> [more files…] [--format json|table]';

/** The command's options, or a message saying what is wrong with them. */
export function readArguments(
  args: readonly string[],
): { files: string[]; format: 'json' | 'table' } | { error: string } {
  const files: string[] = [];
  let format = 'json';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--format') format = args[++i] ?? '';
    else if (arg.startsWith('--format=')) format = arg.slice('--format='.length);
    else if (arg === '--help' || arg === '-h') return { error: USAGE };
    else if (arg.startsWith('--')) return { error: `unknown option ${arg}\n${USAGE}` };
    else files.push(arg);
  }
  if (format !== 'json' && format !== 'table')
    return { error: `--format must be json or table, not "${format}"\n${USAGE}` };
  if (files.length === 0) return { error: `no assessment file given\n${USAGE}` };
  return { files, format };
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
    io.stderr((error as Error).message);
    return 2;
  }
  const read = options.files.map((file) => readAssessmentFile(file, io, model));
  const problems = read.flatMap((r) => ('problems' in r ? r.problems : []));
  if (problems.length > 0) {
    io.stderr(formatProblems(problems));
    return 1;
  }
  const assessments = read.flatMap((r) => ('assessment' in r ? [r.assessment] : []));
  const analyses = assessments.map((a) => analyse(model, a));
  if (options.format === 'table') {
    io.stdout(
      analyses
        .map((analysis, i) => formatTable(analysis, model, assessments[i] as Assessment))
        .join('\n\n'),
    );
  } else {
    io.stdout(JSON.stringify(analyses.length === 1 ? analyses[0] : analyses, null, 2));
  }
  return 0;
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
