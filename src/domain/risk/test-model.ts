/**
 * The unit-test model of `testing/fixtures` with a risk section, for heatmap and roadmap tests:
 * four stages of two activities, three dimensions, base impacts small enough to multiply by hand,
 * and the flag weights of data/risk.json. Tests only.
 */
import type { Model } from '../schemas/model';
import { buildModel } from '../testing/fixtures';

/** Base impacts (operational, regulatory, reputational, customer), flag weights and mapped dimensions per stage. */
export const TEST_RISK: NonNullable<Model['risk']> = {
  impact: {
    data: { operational: 3, regulatory: 4, reputational: 3, customer: 3 },
    triggers: { operational: 4, regulatory: 3, reputational: 2, customer: 4 },
    content: { operational: 2, regulatory: 3, reputational: 4, customer: 3 },
    review: { operational: 2, regulatory: 4, reputational: 3, customer: 2 },
  },
  likelihoodFlags: {
    orphaned: 1,
    contested: 0.75,
    'no-doer': 0.5,
    'blind-spot': 0.5,
    'reactive-control': 0.75,
    'perception-gap': 0.5,
  },
  stageDimensions: {
    data: ['data', 'ownership'],
    triggers: ['ownership'],
    content: ['ownership'],
    review: ['review', 'ownership'],
  },
};

/** The test model with `TEST_RISK`; `overrides` replace whole keys. */
export function buildRiskModel(overrides: Partial<Model> = {}): Model {
  return buildModel({ risk: TEST_RISK, ...overrides });
}
