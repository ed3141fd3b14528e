import type { AnswerDriver } from '../analysis';
import type { Model } from '../schemas/model';
import { REVIEW_TIMING_QUESTION } from '../schemas/parse-model';

/** The stage whose activities carry the reactive-control flag. */
export const REVIEW_STAGE = 'review';

/** Review-timing answers at or below this level mean review happens after sending. */
export const REACTIVE_UP_TO = 2;

/**
 * The review-timing answer when it says communications are reviewed after sending (1–2; a
 * workshop median of 2.5 does not), provided its dimension is in scope; otherwise null.
 */
export function findReactiveControl(
  model: Pick<Model, 'questions'>,
  answers: ReadonlyMap<string, AnswerDriver>,
  outOfScopeDimensions: ReadonlySet<string>,
): AnswerDriver | null {
  const question = model.questions.find((q) => q.id === REVIEW_TIMING_QUESTION);
  const driver = answers.get(REVIEW_TIMING_QUESTION);
  if (!question || !driver || outOfScopeDimensions.has(question.dimension)) return null;
  return driver.answer !== 'unknown' && driver.answer <= REACTIVE_UP_TO ? driver : null;
}
