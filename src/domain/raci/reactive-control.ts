import type { AnswerDriver } from '../analysis';
import type { Response } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { REVIEW_TIMING_QUESTION } from '../schemas/parse-model';

/** Review-timing answers at or below this level mean review happens after sending. */
export const REACTIVE_UP_TO = 2;

/** Whether at least half of the participants who answered the question ("don't know" included) gave 1–2. */
function roomReviewsAfterSending(responses: readonly Pick<Response, 'maturity'>[]): boolean {
  let answered = 0;
  let late = 0;
  for (const { maturity } of responses) {
    const answer = maturity[REVIEW_TIMING_QUESTION];
    if (answer === undefined) continue;
    answered++;
    if (answer !== 'unknown' && answer <= REACTIVE_UP_TO) late++;
  }
  return answered > 0 && 2 * late >= answered;
}

/**
 * The review-timing answer when it says communications are reviewed after sending, provided its
 * dimension is in scope; otherwise null. A consensus answer says so at 1–2. Without one, the
 * workshop says so when at least half of the participants who answered the question ("don't
 * know" included) answered 1–2, whatever the median: a room split 1, 1, 5, 5 has a median of 3
 * but half of it sees review after sending.
 */
export function findReactiveControl(
  model: Pick<Model, 'questions'>,
  answers: ReadonlyMap<string, AnswerDriver>,
  responses: readonly Pick<Response, 'maturity'>[],
  outOfScopeDimensions: ReadonlySet<string>,
): AnswerDriver | null {
  const question = model.questions.find((q) => q.id === REVIEW_TIMING_QUESTION);
  const driver = answers.get(REVIEW_TIMING_QUESTION);
  if (!question || !driver || outOfScopeDimensions.has(question.dimension)) return null;
  if (driver.source === 'workshop') return roomReviewsAfterSending(responses) ? driver : null;
  return driver.answer !== 'unknown' && driver.answer <= REACTIVE_UP_TO ? driver : null;
}
