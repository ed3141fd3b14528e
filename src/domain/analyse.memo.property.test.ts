import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import { loadShippedModel } from './roadmap/shipped-model';
import type { Assessment, MaturityAnswer, RaciAnswer } from './schemas/assessment';
import { SECTORS } from './schemas/model';
import { arbitraryAssessmentOf } from './testing/arbitraries';

const model = loadShippedModel();
const teamIds = [...model.teams.map((t) => t.id), 'x1', 'x2'];
const letters = fc.subarray(['R', 'A', 'C', 'I'], { minLength: 1 }).map((l) => l.join(''));

/**
 * One change as the pages make them: a new assessment that keeps every part it does not touch as
 * the same object, so analyse() may reuse what it worked out for those parts.
 */
const arbitraryEdit: fc.Arbitrary<(a: Assessment) => Assessment> = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .record({
        activity: fc.constantFrom(...model.activities.map((a) => a.id)),
        answer: fc.oneof(
          fc.constant<RaciAnswer>('unknown'),
          fc.dictionary(fc.constantFrom(...teamIds), letters, { maxKeys: 4 }),
        ),
      })
      .map(({ activity, answer }) => (a: Assessment) => ({
        ...a,
        raci: { ...a.raci, [activity]: answer },
      })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        question: fc.constantFrom(...model.questions.map((q) => q.id)),
        answer: fc.constantFrom<MaturityAnswer[]>(1, 2, 3, 4, 5, 'unknown'),
      })
      .map(({ question, answer }) => (a: Assessment) => ({
        ...a,
        maturity: { ...a.maturity, [question]: answer },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ sector: fc.constantFrom(...SECTORS), regulated: fc.boolean() })
      .map((profile) => (a: Assessment) => ({
        ...a,
        organisation: { ...a.organisation, ...profile },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .subarray(
        model.dimensions.map((d) => d.id),
        { maxLength: 2 },
      )
      .map((dimensions) => (a: Assessment) => ({
        ...a,
        outOfScope: { stages: a.outOfScope?.stages ?? [], dimensions },
      })),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({
        dimension: fc.constantFrom(...model.dimensions.map((d) => d.id)),
        level: fc.constantFrom(1, 2, 3, 4, 5),
      })
      .map(({ dimension, level }) => (a: Assessment) => ({
        ...a,
        targets: { ...a.targets, [dimension]: level },
      })),
  },
  {
    weight: 1,
    arbitrary: fc.constant((a: Assessment) => {
      const { responses: _dropped, ...rest } = a;
      return rest;
    }),
  },
);

describe('analyse, reusing what an edit left alone', () => {
  it('gives, after any series of edits, exactly what a fresh analysis of a copy gives', () => {
    fc.assert(
      fc.property(
        arbitraryAssessmentOf(model),
        fc.array(arbitraryEdit, { minLength: 1, maxLength: 6 }),
        (start, edits) => {
          let current = start;
          analyse(model, current);
          for (const edit of edits) {
            current = edit(current);
            // A copy shares no object with anything analysed before: nothing can be reused.
            expect(analyse(model, current)).toStrictEqual(analyse(model, structuredClone(current)));
          }
          // Back to where the edits started (the sandbox's stored version, analysed first).
          expect(analyse(model, start)).toStrictEqual(analyse(model, structuredClone(start)));
        },
      ),
      { numRuns: 25 },
    );
  }, 60_000);
});
