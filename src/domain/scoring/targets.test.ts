import { describe, expect, it } from 'vitest';
import { buildAssessment, buildModel, PLAIN_ORGANISATION } from '../testing/fixtures';
import { resolveTargets } from './targets';

const model = buildModel({
  targets: {
    default: { ownership: 3, review: 3, data: 2 },
    sectors: { banking: { data: 4 }, retail: { review: 2 } },
    regulated: { ownership: 4, review: 4 },
  },
});

describe('resolveTargets', () => {
  it('takes the highest of the default, sector and regulated targets', () => {
    const bank = buildAssessment(); // banking, regulated
    expect(resolveTargets(model, bank)).toEqual({ ownership: 4, review: 4, data: 4 });
  });

  it('never lowers a default for a sector that lists a lower target', () => {
    const shop = buildAssessment({ organisation: PLAIN_ORGANISATION }); // retail, unregulated
    expect(resolveTargets(model, shop)).toEqual({ ownership: 3, review: 3, data: 2 });
  });

  it("lets the assessment's own targets win, up or down", () => {
    const bank = buildAssessment({ targets: { ownership: 2, data: 5 } });
    expect(resolveTargets(model, bank)).toEqual({ ownership: 2, review: 4, data: 5 });
  });
});
