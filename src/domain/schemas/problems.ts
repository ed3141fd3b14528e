import type * as v from 'valibot';
import { cutQuoted, describeIssue } from './issue-problems';

/** One thing wrong in a document: where it is and what is wrong, in words a person can act on. */
export interface Problem {
  /** The file the problem is in, when there is one. */
  file?: string;
  /** Where in the document, e.g. `questions[4].options`; empty for the document itself. */
  path: string;
  /** What is wrong and what was expected, in English (the command line and the build print this). */
  message: string;
  /** A stable code the UI translates; `params` fill its placeholders. */
  code: ProblemCode;
  params?: Record<string, string | number>;
  /** The values allowed here (codes `choice`, `expected-choice`, `expected-tracking`). */
  choices?: Choices;
}

/** The values a field allows, and where the UI finds their names in the reader's language. */
export interface Choices {
  /** The allowed values as the file writes them, without quotes. */
  values: readonly string[];
  /** The prefix of their labels in the strings (`sector` for `sector.banking`), when they have labels. */
  labels?: string;
}

/** The kinds of problem the UI has words for. */
export type ProblemCode =
  | 'not-json'
  | 'wrong-format'
  | 'too-new'
  | 'too-old'
  | 'too-large'
  | 'format-version'
  | 'missing'
  | 'type'
  | 'choice'
  | 'expected-choice'
  | 'expected-text'
  | 'expected-number'
  | 'expected-yes-no'
  | 'expected-list'
  | 'expected-object'
  | 'expected-level'
  | 'expected-raci'
  | 'expected-tracking'
  | 'too-long'
  | 'too-short'
  | 'empty'
  | 'too-many'
  | 'too-few'
  | 'wrong-count'
  | 'wrong-length'
  | 'pattern'
  | 'not-integer'
  | 'below-min'
  | 'above-max'
  | 'required-stages'
  | 'rule'
  | 'value'
  | 'unknown-key'
  | 'unknown-ref'
  | 'duplicate'
  | 'required'
  | 'unknown-model'
  | 'unknown-question'
  | 'unknown-activity'
  | 'unknown-note'
  | 'unknown-stage'
  | 'unknown-dimension'
  | 'unknown-action'
  | 'unknown-sponsor'
  | 'duplicate-participant'
  | 'storage-too-new'
  | 'id-mismatch'
  | 'not-a-response'
  | 'response-too-large'
  | 'other-workshop';

/** Writes a path such as `questions[4].options[0].text.en` from valibot's path items; long keys are cut. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key) && key.length <= 80)
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(cutQuoted(String(key)))}]`;
  }
  return out;
}

/** Turns valibot issues into problems a person can read, each saying what was expected. */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  file?: string,
): Problem[] {
  return issues.flatMap((issue) =>
    describeIssue(issue).map(({ path, ...described }) => ({
      ...(file === undefined ? {} : { file }),
      path: formatPath(path),
      ...described,
    })),
  );
}

/** One line per problem: `file: path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => [p.file, p.path || '(document)', p.message].filter(Boolean).join(': '))
    .join('\n');
}

/** The first `max` problems to list, and how many more there are (counted, not listed). */
export function capProblems(
  problems: readonly Problem[],
  max: number,
): { listed: Problem[]; more: number } {
  return { listed: problems.slice(0, max), more: Math.max(0, problems.length - max) };
}

/** A failure that carries its problems, so callers can print or translate them. */
export class ProblemError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.name = 'ProblemError';
    this.problems = problems;
  }
}
