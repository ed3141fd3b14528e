import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import { buildAction, buildModel } from '../testing/fixtures';
import {
  collectLifts,
  MAX_STEP_PER_PHASE,
  raiseAnswers,
  readControlFunctionLevels,
  type RaiseLimits,
} from './project-answers';

const driver = (question: string, answer: number | 'unknown'): AnswerDriver => ({
  question,
  answer,
  source: 'consensus',
});
const answersOf = (answers: Record<string, number | 'unknown'>): Map<string, AnswerDriver> =>
  new Map(Object.entries(answers).map(([q, a]) => [q, driver(q, a)]));
const valuesOf = (answers: ReadonlyMap<string, AnswerDriver>): Record<string, number | 'unknown'> =>
  Object.fromEntries([...answers].map(([q, d]) => [q, d.answer]));

const gated = new Map([['ownership.charter', 5]]);
const beforeCharter: RaiseLimits = {
  chartered: false,
  controlFunctionLevels: gated,
  maxStep: MAX_STEP_PER_PHASE,
};

describe('collectLifts', () => {
  it('takes the highest level each question reaches among the actions', () => {
    const lifts = collectLifts([
      { lifts: { 'ownership.named': 3, 'review.timing': 4 } },
      { lifts: { 'ownership.named': 5 } },
      { lifts: { 'review.timing': 2 } },
    ]);
    expect(Object.fromEntries(lifts)).toEqual({ 'ownership.named': 5, 'review.timing': 4 });
  });

  it('is empty with no actions', () => {
    expect(collectLifts([]).size).toBe(0);
  });
});

describe('readControlFunctionLevels', () => {
  it('lists the questions whose option names the control function, with that level', () => {
    const model = buildModel();
    const questions = model.questions.map((q) =>
      q.id === 'ownership.charter' ? { ...q, controlFunctionLevel: 4 } : q,
    );
    expect(Object.fromEntries(readControlFunctionLevels({ questions }))).toEqual({
      'ownership.charter': 4,
    });
  });
});

describe('raiseAnswers', () => {
  it('raises each answer toward its lift, two levels at most in a phase', () => {
    const raised = raiseAnswers(
      answersOf({ 'ownership.named': 1, 'review.timing': 2, 'data.quality': 3 }),
      new Map([
        ['ownership.named', 5],
        ['review.timing', 3],
      ]),
      beforeCharter,
    );
    expect(valuesOf(raised)).toEqual({
      'ownership.named': 3,
      'review.timing': 3,
      'data.quality': 3,
    });
  });

  it('never lowers an answer already above the lift', () => {
    const raised = raiseAnswers(
      answersOf({ 'ownership.named': 4 }),
      new Map([['ownership.named', 3]]),
      beforeCharter,
    );
    expect(valuesOf(raised)).toEqual({ 'ownership.named': 4 });
  });

  it('stops below the control-function level until the function is chartered, then reaches it', () => {
    const from = answersOf({ 'ownership.charter': 3 });
    const lifts = new Map([['ownership.charter', 5]]);
    expect(valuesOf(raiseAnswers(from, lifts, beforeCharter))).toEqual({ 'ownership.charter': 4 });
    expect(valuesOf(raiseAnswers(from, lifts, { ...beforeCharter, chartered: true }))).toEqual({
      'ownership.charter': 5,
    });
  });

  it('keeps an answer already at the control-function level before the charter', () => {
    const from = answersOf({ 'ownership.charter': 5 });
    expect(
      valuesOf(raiseAnswers(from, new Map([['ownership.charter', 5]]), beforeCharter)),
    ).toEqual({ 'ownership.charter': 5 });
  });

  it('leaves "don’t know" and unanswered questions where they are', () => {
    const raised = raiseAnswers(
      answersOf({ 'review.timing': 'unknown' }),
      new Map([
        ['review.timing', 3],
        ['data.quality', 3],
      ]),
      beforeCharter,
    );
    expect(valuesOf(raised)).toEqual({ 'review.timing': 'unknown' });
  });

  it('raises a workshop median between levels like any answer', () => {
    const raised = raiseAnswers(
      answersOf({ 'review.timing': 1.5 }),
      new Map([['review.timing', 4]]),
      beforeCharter,
    );
    expect(valuesOf(raised)).toEqual({ 'review.timing': 3.5 });
  });

  it('goes all the way with no step limit, and keeps the objects of unchanged answers', () => {
    const from = answersOf({ 'ownership.named': 1, 'data.quality': 3 });
    const raised = raiseAnswers(from, new Map([['ownership.named', 5]]), {
      ...beforeCharter,
      maxStep: Infinity,
    });
    expect(valuesOf(raised)).toEqual({ 'ownership.named': 5, 'data.quality': 3 });
    expect(raised.get('data.quality')).toBe(from.get('data.quality'));
    expect(raised.get('ownership.named')).toEqual({ ...from.get('ownership.named'), answer: 5 });
    expect(valuesOf(from)).toEqual({ 'ownership.named': 1, 'data.quality': 3 });
  });
});

describe('raiseAnswers, for any answers, lifts and limits', () => {
  const questions = buildModel().questions.map((q) => q.id);
  const answer = fc.oneof(
    fc.constant<'unknown'>('unknown'),
    fc.integer({ min: 1, max: 5 }),
    fc.integer({ min: 2, max: 9 }).map((n) => n / 2),
  );
  it('never lowers an answer, moves it at most the step, only up to its lift, and not to a gated level before the charter', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...questions), answer),
        fc.dictionary(fc.constantFrom(...questions), fc.integer({ min: 1, max: 5 })),
        fc.boolean(),
        fc.constantFrom(1, 2, Infinity),
        (answers, lifts, chartered, maxStep) => {
          const from = answersOf(answers);
          const raised = raiseAnswers(from, new Map(Object.entries(lifts)), {
            chartered,
            controlFunctionLevels: gated,
            maxStep,
          });
          expect([...raised.keys()]).toEqual([...from.keys()]);
          for (const [q, before] of from) {
            const after = raised.get(q)?.answer;
            if (before.answer === 'unknown' || after === 'unknown' || after === undefined) {
              expect(after).toBe(before.answer);
              continue;
            }
            expect(after).toBeGreaterThanOrEqual(before.answer);
            expect(after - before.answer).toBeLessThanOrEqual(maxStep);
            if (after > before.answer) {
              expect(after).toBeLessThanOrEqual(lifts[q] ?? 0);
              if (!chartered) expect(after).toBeLessThan(gated.get(q) ?? Infinity);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('collectLifts and raiseAnswers together', () => {
  it('projects an action’s lifts on today’s answers', () => {
    const actions = [
      buildAction('name-owners'),
      buildAction('charter', [], { lifts: { 'ownership.charter': 5 } }),
    ];
    const raised = raiseAnswers(
      answersOf({ 'ownership.named': 2, 'ownership.charter': 2 }),
      collectLifts(actions),
      beforeCharter,
    );
    expect(valuesOf(raised)).toEqual({ 'ownership.named': 3, 'ownership.charter': 4 });
  });
});
