import type { QuestionSpread } from '../analysis';
import type { Response } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { computeMedian } from '../scoring/median';

/** From this interquartile range, a room's answers to a question are divided. */
export const DIVIDED_FROM_IQR = 2;

/**
 * The lower and upper quartiles of some numbers by Tukey's hinges: the medians of the lower and
 * upper halves, the middle value belonging to both halves when the count is odd. So 1, 1, 5, 5
 * gives 1 and 5; 2, 3, 4 gives 2.5 and 3.5; one number is both its quartiles. Null for none.
 */
export function computeQuartiles(values: readonly number[]): { q1: number; q3: number } | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const half = Math.ceil(sorted.length / 2);
  const q1 = computeMedian(sorted.slice(0, half));
  const q3 = computeMedian(sorted.slice(sorted.length - half));
  return q1 === null || q3 === null ? null : { q1, q3 };
}

/** The spread of one question's answers: "don't know" is counted apart and left out of the figures. */
export function measureSpread(answers: readonly (number | 'unknown')[]): QuestionSpread {
  const numbers = answers.filter((a): a is number => a !== 'unknown');
  const quartiles = computeQuartiles(numbers);
  const iqr = quartiles === null ? null : quartiles.q3 - quartiles.q1;
  return {
    answered: numbers.length,
    unknown: answers.length - numbers.length,
    median: computeMedian(numbers),
    q1: quartiles?.q1 ?? null,
    q3: quartiles?.q3 ?? null,
    iqr,
    divided: iqr !== null && iqr >= DIVIDED_FROM_IQR,
  };
}

/**
 * The spread of the room's answers to every in-scope question anyone answered, in model order,
 * and the questions it divides (interquartile range of 2 or more), whatever the consensus.
 */
export function spreadQuestions(
  model: Pick<Model, 'questions'>,
  responses: readonly Pick<Response, 'maturity'>[],
  outOfScopeDimensions: ReadonlySet<string>,
): { dividedQuestions: string[]; questions: Record<string, QuestionSpread> } {
  const questions: Record<string, QuestionSpread> = {};
  const dividedQuestions: string[] = [];
  for (const { id, dimension } of model.questions) {
    if (outOfScopeDimensions.has(dimension)) continue;
    const answers = responses.flatMap((r) => {
      const answer = r.maturity[id];
      return answer === undefined ? [] : [answer];
    });
    if (answers.length === 0) continue;
    const spread = measureSpread(answers);
    questions[id] = spread;
    if (spread.divided) dividedQuestions.push(id);
  }
  return { dividedQuestions, questions };
}
