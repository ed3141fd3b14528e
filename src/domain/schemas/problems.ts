import type * as v from 'valibot';

/** One thing wrong in a document: where it is and what is wrong, in words a person can act on. */
export interface Problem {
  /** The file the problem is in, when there is one. */
  file?: string;
  /** Where in the document, e.g. `questions[4].options`; empty for the document itself. */
  path: string;
  /** What is wrong, in English (the command line and the build print this). */
  message: string;
  /** A stable code the UI translates; `params` fill its placeholders. */
  code: ProblemCode;
  params?: Record<string, string | number>;
}

/** The kinds of problem the UI has words for. */
export type ProblemCode =
  | 'not-json'
  | 'wrong-format'
  | 'too-new'
  | 'too-old'
  | 'too-large'
  | 'missing'
  | 'type'
  | 'choice'
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
  | 'id-mismatch';

/** Writes a path such as `questions[4].options[0].text.en` from valibot's path items. */
export function formatPath(path: readonly { key: unknown }[] | undefined): string {
  let out = '';
  for (const item of path ?? []) {
    const key = item.key;
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && /^[A-Za-z_$][\w$-]*$/.test(key))
      out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out;
}

/** Schemas whose failure means "a value outside the allowed list", not "the wrong type". */
const CHOICE_SCHEMAS = new Set(['picklist', 'literal', 'enum']);

/** Turns valibot issues into problems a person can read. */
export function problemsFromIssues(
  issues: readonly v.BaseIssue<unknown>[],
  file?: string,
): Problem[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path as { key: unknown }[] | undefined);
    const missing = issue.input === undefined && issue.kind === 'schema';
    const choice =
      issue.kind === 'schema' && CHOICE_SCHEMAS.has(issue.type) && typeof issue.input !== 'object';
    const code: ProblemCode = missing
      ? 'missing'
      : choice
        ? 'choice'
        : issue.kind === 'schema'
          ? 'type'
          : 'value';
    const message = missing
      ? 'is missing'
      : choice
        ? `${issue.received} is not one of ${issue.expected ?? 'the allowed values'}`
        : issue.kind === 'schema'
          ? `expected ${issue.expected ?? 'another type'}, found ${issue.received}`
          : issue.message;
    return {
      ...(file === undefined ? {} : { file }),
      path,
      code,
      message,
      params: { expected: issue.expected ?? '', received: issue.received },
    };
  });
}

/** One line per problem: `file: path: message`. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems
    .map((p) => [p.file, p.path || '(document)', p.message].filter(Boolean).join(': '))
    .join('\n');
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
