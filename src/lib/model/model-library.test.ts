import { describe, expect, it } from 'vitest';
import { checkActionLibrary } from '../../domain/roadmap/action-library';
import { loadModel } from './load-model';

// Kept outside src/domain because it reads data/ from disk; the checks themselves are pure.
describe('the shipped risk model and action library', () => {
  it('loads with a base impact and mapped dimensions for every stage', () => {
    const model = loadModel();
    for (const stage of model.stages) {
      expect(model.risk?.impact[stage.id], stage.id).toBeDefined();
      expect(model.risk?.stageDimensions[stage.id]?.length, stage.id).toBeGreaterThan(0);
    }
  });

  it('holds at least 25 actions whose owners, prerequisites, flags and dimensions all exist, with no cycle', () => {
    const model = loadModel();
    expect(model.actions.length).toBeGreaterThanOrEqual(25);
    expect(checkActionLibrary(model)).toEqual([]);
  });
});
