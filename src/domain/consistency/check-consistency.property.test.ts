import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { loadShippedModel } from '../roadmap/shipped-model';
import { arbitraryAssessmentOf } from '../testing/arbitraries';
import { checkConsistency } from './check-consistency';

const model = loadShippedModel();

describe('checking a draft for inconsistencies', () => {
  it('finds exactly what the analysis lists, workshop answers and scope included', () => {
    let found = 0;
    fc.assert(
      fc.property(arbitraryAssessmentOf(model), (assessment) => {
        const expected = analyse(model, assessment).inconsistencies;
        found += expected.length;
        expect(checkConsistency(model, assessment)).toEqual(expected);
      }),
      { numRuns: 150 },
    );
    // The property says something only if the generated answers break rules now and then.
    expect(found).toBeGreaterThan(0);
  });
});
