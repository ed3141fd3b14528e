import * as v from 'valibot';
import type { ParseResult } from '../../schemas/parse-assessment';
import { problemsFromIssues, type Problem } from '../../schemas/problems';
import { ResponseAnswersSchema, type ResponseAnswers, type WorkshopRecord } from './record';

/** The keys of a body that the schema keeps: anything else is refused, not silently dropped. */
const ANSWER_KEYS = new Set(['maturity', 'raci']);

/**
 * Reads a PUT …/response body (`{ maturity, raci }`) against the workshop: only the questions and
 * activities the plan asks, only the workshop's teams, and only the letter A when the plan asks
 * for the accountable team alone.
 */
export function checkAnswers(
  input: unknown,
  workshop: Pick<WorkshopRecord, 'assessment' | 'plan'>,
): ParseResult<ResponseAnswers> {
  const parsed = v.safeParse(ResponseAnswersSchema, input);
  if (!parsed.success) return { ok: false, problems: problemsFromIssues(parsed.issues) };
  const problems = [
    ...unknownKeys(input),
    ...checkQuestions(parsed.output, workshop),
    ...checkRaci(parsed.output, workshop),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: parsed.output };
}

function unknownKeys(input: unknown): Problem[] {
  return Object.keys(input as object)
    .filter((key) => !ANSWER_KEYS.has(key))
    .map((key) => ({
      path: key,
      code: 'unknown-key' as const,
      message: 'is not part of a response: send maturity and raci',
    }));
}

function checkQuestions(
  answers: ResponseAnswers,
  workshop: Pick<WorkshopRecord, 'plan'>,
): Problem[] {
  const asked = new Set(workshop.plan.questions);
  return Object.keys(answers.maturity)
    .filter((id) => !asked.has(id))
    .map((id) => ({
      path: `maturity[${JSON.stringify(id)}]`,
      code: 'unknown-question' as const,
      message: `"${id}" is not a question this workshop asks`,
    }));
}

function checkRaci(
  answers: ResponseAnswers,
  workshop: Pick<WorkshopRecord, 'assessment' | 'plan'>,
): Problem[] {
  const asked = new Set(workshop.plan.activities);
  const teams = new Set(workshop.assessment.teams.map((t) => t.id));
  const problems: Problem[] = [];
  for (const [activity, answer] of Object.entries(answers.raci)) {
    const path = `raci[${JSON.stringify(activity)}]`;
    if (!asked.has(activity)) {
      problems.push({
        path,
        code: 'unknown-activity',
        message: `"${activity}" is not an activity this workshop asks`,
      });
      continue;
    }
    if (answer === 'unknown') continue;
    for (const [team, letters] of Object.entries(answer)) {
      if (!teams.has(team))
        problems.push({
          path: `${path}.${team}`,
          code: 'unknown-ref',
          message: `"${team}" is not one of the workshop's teams`,
        });
      else if (workshop.plan.letters === 'accountable' && letters !== 'A')
        problems.push({
          path: `${path}.${team}`,
          code: 'value',
          message: 'this workshop asks only who is accountable: the letter A',
        });
    }
  }
  return problems;
}
