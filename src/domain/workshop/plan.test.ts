import { describe, expect, it } from 'vitest';
import { loadShippedModel } from '../roadmap/shipped-model';
import { completePlan, DEFAULT_WORKSHOP_QUESTIONS, plannedQuestions } from './plan';

const model = loadShippedModel();

describe('a workshop plan', () => {
  it('asks the accountable team, self-paced, with names, and the default questions when nothing is chosen', () => {
    const plan = completePlan(undefined);
    expect(plan.success && plan.output).toEqual({
      letters: 'accountable',
      pace: 'self-paced',
      anonymous: false,
    });
    if (plan.success)
      expect(plannedQuestions(plan.output, model)).toEqual([...DEFAULT_WORKSHOP_QUESTIONS]);
  });

  it('asks one default question in every dimension, review timing among them', () => {
    const dimensions = DEFAULT_WORKSHOP_QUESTIONS.map(
      (id) => model.questions.find((q) => q.id === id)?.dimension,
    );
    expect(new Set(dimensions)).toEqual(new Set(model.dimensions.map((d) => d.id)));
    expect(DEFAULT_WORKSHOP_QUESTIONS).toContain('review.timing');
  });

  it('keeps the chosen questions in order, once each, leaving out ids the model does not know', () => {
    const plan = completePlan({
      questions: ['review.timing', 'data.truth', 'review.timing', 'no.such'],
    });
    expect(plan.success && plannedQuestions(plan.output, model)).toEqual([
      'review.timing',
      'data.truth',
    ]);
  });

  it('refuses a pace or letters it does not know', () => {
    expect(completePlan({ pace: 'fast' }).success).toBe(false);
    expect(completePlan({ letters: 'RA' }).success).toBe(false);
  });
});
