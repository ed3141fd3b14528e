import { describe, expect, it } from 'vitest';
import { applyActions, type RoadmapState } from './apply-actions';

const state: RoadmapState = {
  dimensions: {
    ownership: { score: 1.5, confidence: 1, inScope: true },
    review: { score: 4.5, confidence: 0.5, inScope: true },
    data: { score: null, confidence: 0, inScope: true },
    centricity: { score: null, confidence: 0, inScope: false },
  },
  activities: {
    'review.approve': { flags: ['orphaned', 'reactive-control'], status: 'answered' },
    'data.source': { flags: ['contested', 'diffuse'], status: 'answered' },
  },
};

describe('applyActions', () => {
  it('raises a dimension by the levels of each action, one after the other', () => {
    const after = applyActions(state, [
      { raises: { ownership: 1 }, resolves: [] },
      { raises: { ownership: 0.5 }, resolves: [] },
    ]);
    expect(after.dimensions['ownership']).toEqual({ score: 3, confidence: 1, inScope: true });
  });

  it('caps a raised dimension at 5', () => {
    expect(
      applyActions(state, [{ raises: { review: 1 }, resolves: [] }]).dimensions['review']?.score,
    ).toBe(5);
  });

  it('leaves a dimension without a score unknown, and one the analysis lacks absent', () => {
    const after = applyActions(state, [{ raises: { data: 1, delivery: 1 }, resolves: [] }]);
    expect(after.dimensions['data']).toEqual(state.dimensions['data']);
    expect(after.dimensions['delivery']).toBeUndefined();
  });

  it('leaves an out-of-scope dimension alone', () => {
    expect(
      applyActions(state, [{ raises: { centricity: 2 }, resolves: [] }]).dimensions['centricity'],
    ).toEqual(state.dimensions['centricity']);
  });

  it('removes resolved flags from every activity and keeps the others', () => {
    const after = applyActions(state, [{ raises: {}, resolves: ['orphaned', 'contested'] }]);
    expect(after.activities['review.approve']?.flags).toEqual(['reactive-control']);
    expect(after.activities['data.source']?.flags).toEqual(['diffuse']);
  });

  it('does not change the state it was given', () => {
    const copy = structuredClone(state);
    applyActions(state, [{ raises: { ownership: 1 }, resolves: ['orphaned'] }]);
    expect(state).toEqual(copy);
  });
});
