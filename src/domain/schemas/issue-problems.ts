/**
 * What one valibot issue means for a person: a problem code with the values that say what was
 * expected (the length, the pattern, the range, the allowed values), and the same in English.
 */
import type * as v from 'valibot';
import { ACTION_STATUSES, CHANNELS, VOLUMES } from './assessment';
import type { Choices, Problem, ProblemCode } from './problems';
import { SECTORS } from './sector';

/** A problem before its path is written out. */
export type DescribedIssue = Omit<Problem, 'path' | 'file'> & { path: readonly { key: unknown }[] };

type Params = Record<string, string | number>;

/** Longest text a problem quotes whole, in characters; longer ones are cut with "…". */
export const MAX_QUOTED_CHARS = 80;

/** A text cut to `MAX_QUOTED_CHARS` characters, ending in "…" when it was longer. */
export function cutQuoted(text: string): string {
  const characters = [...text.slice(0, MAX_QUOTED_CHARS * 2 + 2)];
  return characters.length <= MAX_QUOTED_CHARS
    ? text
    : `${characters.slice(0, MAX_QUOTED_CHARS).join('')}…`;
}

/** The value found, as a problem quotes it, when it is one a person can read (text, number, true/false). */
function foundValue(input: unknown): string | undefined {
  if (typeof input === 'string') return cutQuoted(input);
  if (typeof input === 'number' || typeof input === 'boolean') return String(input);
  return undefined;
}

/** `, found "…"` for an English message, with the length of a text that was cut. */
function foundEnglish(input: unknown): string {
  const found = foundValue(input);
  if (found === undefined) return '';
  if (typeof input !== 'string') return `, found ${found}`;
  return found === input ? `, found "${found}"` : `, found "${found}" (${input.length} characters)`;
}

/** Patterns the schemas check, by the source of their regular expression. */
const PATTERNS: Record<
  string,
  { pattern: string; example: string; letters?: string; english: string }
> = {
  '^[a-z0-9]+(?:-[a-z0-9]+)*$': {
    pattern: 'id',
    example: 'customer-service',
    english: 'an id of lowercase letters, digits and hyphens, such as customer-service',
  },
  '^[a-z0-9-]{1,64}$': {
    pattern: 'id',
    example: 'customer-service',
    english: 'an id of lowercase letters, digits and hyphens, such as customer-service',
  },
  '^\\d{4}-Q[1-4]$': {
    pattern: 'period',
    example: '2026-Q4',
    english: 'a quarter written YYYY-Qn, such as 2026-Q4',
  },
  '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$': {
    pattern: 'language',
    example: 'en-GB',
    english: 'a language code (BCP 47) such as ar or en-GB',
  },
  '^(?!.*(.).*\\1)[RACI]{1,4}$': {
    pattern: 'raci-letters',
    example: 'AR',
    letters: 'R, A, C, I',
    english: 'letters among R, A, C and I, each at most once, such as AR',
  },
  '^[a-z0-9-]+\\.[a-z0-9-]+$': {
    pattern: 'question-id',
    example: 'review.timing',
    english: 'an id written stage.word, such as review.timing',
  },
  iso_date: {
    pattern: 'date',
    example: '2027-03-31',
    english: 'a date written YYYY-MM-DD, such as 2027-03-31',
  },
  iso_timestamp: {
    pattern: 'timestamp',
    example: '2026-11-01T10:00:00.000Z',
    english: 'a date and time such as 2026-11-01T10:00:00.000Z',
  },
};

/** Lists of allowed values that have names in the UI strings, by the prefix of those names. */
const LABELLED: readonly [string, readonly string[]][] = [
  ['sector', SECTORS],
  ['volume', VOLUMES],
  ['channel', CHANNELS],
  ['home.status', ['draft', 'final']],
  ['roadmap.status', ACTION_STATUSES],
];

/** The allowed values of a picklist or literal, read from what valibot says it expected. */
function choicesOf(expected: string | null): Choices {
  const list = (expected ?? '').replace(/^\((.*)\)$/s, '$1');
  const values = list.split(' | ').map((value) => value.replace(/^"(.*)"$/s, '$1'));
  const labels = LABELLED.find(
    ([, known]) => known.length === values.length && values.every((x) => known.includes(x)),
  )?.[0];
  return labels === undefined ? { values } : { values, labels };
}

const quoteAll = (values: readonly string[]): string => values.map((x) => `"${x}"`).join(', ');

/** Checks whose English message is followed by the value found. */
const FOUND_SAID = new Set([
  'regex',
  'iso_date',
  'iso_timestamp',
  'integer',
  'min_value',
  'max_value',
]);

/** Schemas whose failure means "a value outside the allowed list". */
const CHOICE_SCHEMAS = new Set(['picklist', 'literal', 'enum']);

/** What each kind of schema expects, when the value found is of another kind. */
const KINDS: Record<string, [ProblemCode, string]> = {
  string: ['expected-text', 'expected text in double quotes'],
  number: ['expected-number', 'expected a number without quotes'],
  boolean: ['expected-yes-no', 'expected true or false without quotes'],
  array: ['expected-list', 'expected a list in square brackets [ ]'],
  tuple: ['expected-list', 'expected a list in square brackets [ ]'],
  object: ['expected-object', 'expected named fields in braces { }'],
  strict_object: ['expected-object', 'expected named fields in braces { }'],
  loose_object: ['expected-object', 'expected named fields in braces { }'],
  record: ['expected-object', 'expected named fields in braces { }'],
};

/** The problems one issue stands for: one, or those of the alternative of a union the value was meant for. */
export function describeIssue(
  issue: v.BaseIssue<unknown>,
  prefix: readonly { key: unknown }[] = [],
): DescribedIssue[] {
  const path = [...prefix, ...((issue.path ?? []) as { key: unknown }[])];
  if (issue.type === 'union' && issue.input !== undefined) {
    // A union of a structure and plain values (a RACI answer or "unknown"): a structure found is
    // meant for the structure, whose own problems say more than "none fits". A union of
    // structures only (the action library's conditions) cannot tell which was meant.
    const subs = issue.issues ?? [];
    const deeper = subs.filter((sub) => (sub.path?.length ?? 0) > 0);
    if (deeper.length > 0 && deeper.length < subs.length)
      return deeper.flatMap((sub) => describeIssue(sub, path));
    return [{ path, ...describeUnion(issue) }];
  }
  if (issue.kind === 'schema') return [{ path, ...describeSchemaIssue(issue) }];
  const described = describeValidationIssue(issue);
  // A schema's own English words (`must look like 2026-Q4`) read better than generic ones.
  if (!issue.message.startsWith('Invalid '))
    described.message = FOUND_SAID.has(issue.type)
      ? `${issue.message}${foundEnglish(issue.input)}`
      : issue.message;
  return [{ path, ...described }];
}

type Description = Omit<DescribedIssue, 'path'>;

const problem = (
  code: ProblemCode,
  message: string,
  params: Params = {},
  choices?: Choices,
): Description => ({ code, message, params, ...(choices ? { choices } : {}) });

/** A union none of whose alternatives fits the kind of value found. */
function describeUnion(issue: v.BaseIssue<unknown>): Description {
  const subs = issue.issues ?? [];
  const kinds = subs
    .map((sub) => sub.type)
    .sort()
    .join(',');
  if (kinds === 'literal,number')
    return problem(
      'expected-level',
      `expected a level from 1 to 5, or "unknown" for don't know${foundEnglish(issue.input)}`,
      { min: 1, max: 5, unknown: 'unknown' },
    );
  if (kinds === 'literal,record')
    return problem(
      'expected-raci',
      `expected the RACI letters of each team, such as {"ccm": "A"}, or "unknown" for don't know${foundEnglish(issue.input)}`,
      { example: '{"ccm": "A"}', unknown: 'unknown' },
    );
  const picklist = subs.find((sub) => sub.type === 'picklist');
  if (kinds === 'object,picklist' && picklist) {
    const choices = choicesOf(picklist.expected);
    return problem(
      'expected-tracking',
      `expected a status (${quoteAll(choices.values)}) or named fields with a status, owner, due date and comment${foundEnglish(issue.input)}`,
      {},
      choices,
    );
  }
  return problem('type', `expected ${issue.expected ?? 'another kind of value'}`, {
    expected: issue.expected ?? '',
  });
}

function describeSchemaIssue(issue: v.BaseIssue<unknown>): Description {
  if (issue.input === undefined) return problem('missing', 'is missing');
  if (issue.type === 'strict_object' && issue.expected === 'never')
    return problem('unknown-key', 'is not a field of the format');
  if (CHOICE_SCHEMAS.has(issue.type)) {
    const choices = choicesOf(issue.expected);
    const received = foundValue(issue.input);
    return received === undefined
      ? problem(
          'expected-choice',
          `expected one of the allowed values: ${quoteAll(choices.values)}`,
          {},
          choices,
        )
      : problem(
          'choice',
          `"${received}" is not one of the allowed values: ${quoteAll(choices.values)}`,
          { received },
          choices,
        );
  }
  const kind = KINDS[issue.type];
  if (kind)
    return problem(
      kind[0],
      `${kind[1]}${foundEnglish(issue.input)}`,
      kind[0] === 'expected-yes-no' ? { yes: 'true', no: 'false' } : {},
    );
  return problem('type', `expected ${issue.expected ?? 'another kind of value'}`, {
    expected: issue.expected ?? '',
  });
}

type SizeCheck = { bound: string; english: string; text: ProblemCode; list: ProblemCode };

/** For each check of a size: the bound's name, how English says it, and the codes for text and lists. */
const SIZE_CHECKS = {
  max_length: { bound: 'max', english: 'at most {n} allowed', text: 'too-long', list: 'too-many' },
  min_length: {
    bound: 'min',
    english: 'at least {n} expected',
    text: 'too-short',
    list: 'too-few',
  },
  length: {
    bound: 'required',
    english: 'exactly {n} expected',
    text: 'wrong-length',
    list: 'wrong-count',
  },
} satisfies Record<string, SizeCheck>;

/** A text or a list of the wrong size, with its size and the bound. */
function describeSize(check: SizeCheck, input: unknown, bound: number): Description {
  const expected = check.english.replace('{n}', String(bound));
  const plural = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
  if (typeof input === 'string')
    return problem(check.text, `is ${plural(input.length, 'character')} long; ${expected}`, {
      [check.bound]: bound,
      length: input.length,
    });
  const count = Array.isArray(input) ? input.length : 0;
  return problem(check.list, `has ${plural(count, 'item')}; ${expected}`, {
    [check.bound]: bound,
    count,
  });
}

function describeValidationIssue(issue: v.BaseIssue<unknown>): Description {
  const input = issue.input;
  const requirement = issue.requirement;
  const found = foundValue(input);
  const withFound: Params = found === undefined ? {} : { received: found };
  switch (issue.type) {
    case 'max_length':
    case 'min_length':
    case 'length':
      return describeSize(
        SIZE_CHECKS[issue.type as keyof typeof SIZE_CHECKS],
        input,
        Number(requirement),
      );
    case 'non_empty':
      return problem('empty', 'is empty; something must be written here');
    case 'integer':
      return problem('not-integer', `expected a whole number${foundEnglish(input)}`, withFound);
    case 'min_value':
      return problem('below-min', `expected ${String(requirement)} or more${foundEnglish(input)}`, {
        min: Number(requirement),
        ...withFound,
      });
    case 'max_value':
      return problem('above-max', `expected ${String(requirement)} or less${foundEnglish(input)}`, {
        max: Number(requirement),
        ...withFound,
      });
    case 'regex':
    case 'iso_date':
    case 'iso_timestamp': {
      const key =
        issue.type === 'regex' && requirement instanceof RegExp ? requirement.source : issue.type;
      const known = PATTERNS[key];
      if (known) {
        const { english, ...params } = known;
        return problem('pattern', `expected ${english}${foundEnglish(input)}`, {
          ...params,
          received: found ?? '',
        });
      }
      return problem('rule', issue.message, { rule: issue.message });
    }
    default:
      return problem('rule', issue.message, { rule: issue.message });
  }
}
