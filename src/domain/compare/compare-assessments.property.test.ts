import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import type { Assessment, MaturityAnswer } from '../schemas/assessment';
import { arbitraryAssessmentOf, reorderKeys } from '../testing/arbitraries';
import { compareAssessments, type Comparison } from './compare-assessments';

const model = loadShippedModel();
const examples = (['bank', 'government', 'telecom', 'gulfBank'] as const).map(loadExample);

/** An example with some of its agreed answers replaced: the generated edits. */
const arbitraryEditedExample: fc.Arbitrary<Assessment> = fc
  .tuple(
    fc.constantFrom(...examples),
    fc.dictionary(
      fc.constantFrom(...model.questions.map((q) => q.id)),
      fc.constantFrom<MaturityAnswer[]>(1, 2, 3, 4, 5, 'unknown'),
      { maxKeys: 6 },
    ),
  )
  .map(([example, edits]) => ({ ...example, maturity: { ...example.maturity, ...edits } }));

/** Asserts that a comparison reports nothing changed. */
function expectNoChange(c: Comparison): void {
  expect(c.changedAnswers).toEqual([]);
  expect(c.changedRaci).toEqual([]);
  expect(c.flagsGained).toEqual([]);
  expect(c.flagsLost).toEqual([]);
  expect(c.newQuestions).toEqual([]);
  for (const figure of Object.values(c.figures)) expect(figure.to).toBe(figure.from);
  // No time has passed: the projection is today's score, which is the actual one.
  for (const p of Object.values(c.projection))
    expect(p).toMatchObject({ status: 'on-track', actions: [] });
}

describe('comparing an assessment with itself', () => {
  it('reports no change for the examples with generated edits', () => {
    fc.assert(
      fc.property(arbitraryEditedExample, fc.nat(50), (assessment, seed) => {
        expectNoChange(compareAssessments(model, assessment, reorderKeys(assessment, seed)));
      }),
      { numRuns: 40 },
    );
  });

  it('reports no change for any assessment of the shipped model', () => {
    fc.assert(
      fc.property(arbitraryAssessmentOf(model), (assessment) => {
        expectNoChange(compareAssessments(model, assessment, structuredClone(assessment)));
      }),
      { numRuns: 100 },
    );
  });
});

describe('comparing an example with an edited copy', () => {
  it('lists among the changed answers every edit that differs from the example’s agreed answer, and nothing else', () => {
    fc.assert(
      fc.property(arbitraryEditedExample, (edited) => {
        const original = examples.find((e) => e.organisation.id === edited.organisation.id);
        if (!original) throw new Error('no such example');
        const changed = compareAssessments(model, original, edited).changedAnswers.map(
          (a) => a.question,
        );
        // An answer in a dimension out of scope is kept in the file but counts nowhere.
        const outOfScope = new Set(original.outOfScope?.dimensions ?? []);
        const expected = model.questions
          .filter((q) => !outOfScope.has(q.dimension))
          .map((q) => q.id)
          .filter((id) => edited.maturity[id] !== original.maturity[id]);
        // A workshop median may equal the edit where the example left the answer to the room.
        const answeredByConsensus = (id: string) => original.maturity[id] !== undefined;
        expect(changed.filter(answeredByConsensus)).toEqual(expected.filter(answeredByConsensus));
        expect(changed.every((id) => expected.includes(id))).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
