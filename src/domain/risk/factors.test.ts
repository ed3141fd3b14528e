import { describe, expect, it } from 'vitest';
import { capRating, type RiskFactor } from './factors';

const base: RiskFactor = {
  kind: 'base-impact',
  part: 'impact',
  stage: 'review',
  category: 'regulatory',
  points: 4,
};

describe('capRating', () => {
  it('leaves a rating of 5 or less as it is, with no cap factor', () => {
    expect(capRating('impact', 5, [base])).toEqual({ value: 5, factors: [base] });
  });

  it('caps a rating of 7 at 5 and explains the 2 points taken off', () => {
    expect(capRating('likelihood', 7, [])).toEqual({
      value: 5,
      factors: [{ kind: 'cap', part: 'likelihood', uncapped: 7, points: -2 }],
    });
  });
});
