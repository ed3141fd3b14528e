import type { DimensionResult } from '../analysis';
import { questionsNewSince } from '../schemas/model-versions';
import type { Model } from '../schemas/model';

/** An answer as the comparison shows it: a level, "unknown" for don't know, null when unanswered or out of scope. */
export type ComparedAnswer = number | 'unknown' | null;

/** One maturity answer that differs between the two assessments. */
export interface AnswerChange {
  question: string;
  from: ComparedAnswer;
  to: ComparedAnswer;
}

/** Each answer an analysis used (a workshop median may be a fraction), by question. */
export function readAnswers(
  dimensions: Readonly<Record<string, DimensionResult>>,
): Map<string, number | 'unknown'> {
  const answers = new Map<string, number | 'unknown'>();
  for (const d of Object.values(dimensions))
    for (const driver of d.drivers) answers.set(driver.question, driver.answer);
  return answers;
}

/**
 * The questions the newer assessment was asked that the older one never was: both are read with
 * the current model, so these are the questions new since the older one's model version and not
 * new since the newer one's. In model order.
 */
export function findNewQuestions(
  model: Pick<Model, 'questions'>,
  olderVersion: string | undefined,
  newerVersion: string | undefined,
): string[] {
  const since = (version: string | undefined): Set<string> => {
    const found = questionsNewSince(version);
    return new Set([...found.added, ...found.replacing]);
  };
  const newForOlder = since(olderVersion);
  const newForNewer = since(newerVersion);
  return model.questions
    .map((q) => q.id)
    .filter((id) => newForOlder.has(id) && !newForNewer.has(id));
}

/** The answers that differ, in model order, leaving out the questions only one of the two was asked. */
export function findChangedAnswers(
  model: Pick<Model, 'questions'>,
  older: ReadonlyMap<string, number | 'unknown'>,
  newer: ReadonlyMap<string, number | 'unknown'>,
  newQuestions: readonly string[],
): AnswerChange[] {
  const skipped = new Set(newQuestions);
  return model.questions.flatMap(({ id }) => {
    const from = older.get(id) ?? null;
    const to = newer.get(id) ?? null;
    return skipped.has(id) || from === to ? [] : [{ question: id, from, to }];
  });
}
