import type { AnswerDriver } from '../analysis';
import type { Assessment, MaturityAnswer } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { computeMedian } from './median';

/**
 * The maturity answer used for each model question: the consensus answer when there is one;
 * otherwise the median of the participants' numeric answers (an ordinal scale, so the median, not
 * the mean, and a value such as 2.5 when the room splits evenly); "don't know" when every
 * participant who answered said so. Questions nobody answered are absent.
 */
export function resolveMaturityAnswers(
  model: { questions: readonly Pick<Model['questions'][number], 'id'>[] },
  assessment: Pick<Assessment, 'maturity' | 'responses'>,
): Map<string, AnswerDriver> {
  const numbers = new Map<string, number[]>();
  const unknown = new Set<string>();
  for (const response of assessment.responses ?? []) {
    // Keys, then each value: Object.entries is several times slower on records this size.
    for (const question of Object.keys(response.maturity)) {
      const answer = response.maturity[question] as MaturityAnswer;
      if (answer === 'unknown') unknown.add(question);
      else {
        const list = numbers.get(question);
        if (list) list.push(answer);
        else numbers.set(question, [answer]);
      }
    }
  }
  const answers = new Map<string, AnswerDriver>();
  for (const { id } of model.questions) {
    const consensus = assessment.maturity[id];
    const median = computeMedian(numbers.get(id) ?? []);
    if (consensus !== undefined)
      answers.set(id, { question: id, answer: consensus, source: 'consensus' });
    else if (median !== null) {
      answers.set(id, {
        question: id,
        answer: median,
        source: 'workshop',
        responses: numbers.get(id)?.length ?? 0,
      });
    } else if (unknown.has(id))
      answers.set(id, { question: id, answer: 'unknown', source: 'workshop', responses: 0 });
  }
  return answers;
}
