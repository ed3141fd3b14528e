import { describe, expect, it } from 'vitest';
import { analyseExample, readExample } from '../../lib/charts/chart-fixtures';
import { loadModel } from '../../lib/model/load-model';
import { toViewModel } from '../../lib/model/view-model';
import { activityNotes, dimensionEvidence, noteOf } from './evidence';

const view = toViewModel(loadModel(), 'en');
const bank = readExample('bank-fragmented');
const results = analyseExample(bank).dimensions;

describe('the evidence beside the maturity scores', () => {
  const evidence = dimensionEvidence(view.dimensions, view.questions, results, bank.notes);

  it('lists each dimension’s answers in the model’s order, with the answer the analysis used', () => {
    const review = evidence.find((d) => d.id === 'review');
    const asked = view.questions.filter((q) => q.dimension === 'review').map((q) => q.id);
    expect(review?.answers.map((a) => a.id)).toEqual(asked);
    expect(review?.answers.map((a) => a.driver)).toEqual(results['review']?.drivers);
  });

  it('puts every note on a question beside its answer, and counts them per dimension', () => {
    const shown = evidence.flatMap((d) => d.answers.filter((a) => a.note).map((a) => a.id));
    const questionIds = new Set(view.questions.map((q) => q.id));
    expect(shown.sort()).toEqual(
      Object.keys(bank.notes)
        .filter((id) => questionIds.has(id))
        .sort(),
    );
    expect(evidence.reduce((sum, d) => sum + d.notes, 0)).toBe(shown.length);
    const timing = evidence.flatMap((d) => d.answers).find((a) => a.id === 'review.timing');
    expect(timing?.note).toBe(bank.notes['review.timing']);
  });

  it('keeps a note on a question that has no answer, or is out of scope, with no answer beside it', () => {
    const notes = { 'ownership.owner': 'Asked the board.' };
    const maturity = Object.fromEntries(
      Object.entries(bank.maturity).filter(([id]) => id !== 'ownership.owner'),
    );
    // Neither agreed nor answered in the workshop.
    const unanswered = { ...bank, maturity, responses: [], notes };
    const out = { ...bank, notes, outOfScope: { stages: [], dimensions: ['ownership'] } };
    for (const assessment of [unanswered, out]) {
      const { dimensions } = analyseExample(assessment);
      const ownership = dimensionEvidence(view.dimensions, view.questions, dimensions, notes).find(
        (d) => d.id === 'ownership',
      );
      const owner = ownership?.answers.find((a) => a.id === 'ownership.owner');
      expect(owner).toMatchObject({ note: 'Asked the board.', driver: undefined });
      expect(ownership?.notes).toBe(1);
    }
  });

  it('leaves out a dimension with no answer and no note', () => {
    const empty = dimensionEvidence(view.dimensions, view.questions, {}, {});
    expect(empty).toEqual([]);
  });
});

describe('a note', () => {
  it('is no note when blank', () => {
    expect(noteOf({ a: '  \n ', b: 'seen' }, 'a')).toBeUndefined();
    expect(noteOf({ a: '  \n ', b: 'seen' }, 'b')).toBe('seen');
    expect(noteOf({}, 'c')).toBeUndefined();
  });
});

describe('the activities that carry a note', () => {
  it('come in the model’s order, each with its stage and note, and only those', () => {
    const noted = activityNotes(view.activities, bank.notes);
    const activityIds = view.activities.map((a) => a.id);
    expect(noted.map((n) => n.id)).toEqual(activityIds.filter((id) => bank.notes[id]));
    expect(noted.find((n) => n.id === 'data.consent')).toMatchObject({
      stage: 'data',
      note: bank.notes['data.consent'],
    });
  });
});
