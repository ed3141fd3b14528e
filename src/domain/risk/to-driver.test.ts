import { describe, expect, it } from 'vitest';
import { VOLUME_FACTOR } from '../testing/fixtures';
import { toDriver, type RiskFactor } from './factors';

const FACTORS: RiskFactor[] = [
  {
    kind: 'maturity',
    part: 'likelihood',
    maturity: 2.5,
    dimensions: [{ dimension: 'review', score: 2.5 }],
    unknownDimensions: ['data'],
    points: 4,
  },
  { kind: 'unknown-maturity', part: 'likelihood', stage: 'data', dimensions: ['data'], points: 0 },
  {
    kind: 'flag',
    part: 'likelihood',
    flag: 'orphaned',
    activities: ['data.source'],
    inScope: 2,
    weight: 1,
    points: 0.5,
  },
  { kind: 'base-impact', part: 'impact', stage: 'data', category: 'regulatory', points: 4 },
  { kind: 'profile', part: 'impact', factor: 'regulated', category: 'regulatory', points: 1 },
  VOLUME_FACTOR,
  { kind: 'cap', part: 'likelihood', uncapped: 7, points: -2 },
];

describe('toDriver', () => {
  it('copies every kind of factor with its fields in their order, then the text', () => {
    const text = { en: 'Why', ar: 'لماذا' };
    for (const factor of FACTORS) {
      expect(JSON.stringify(toDriver(factor, text))).toBe(JSON.stringify({ ...factor, text }));
    }
  });

  it('gives a new object and a new text each time', () => {
    const text = { en: 'Why', ar: 'لماذا' };
    for (const factor of FACTORS) {
      const driver = toDriver(factor, text);
      expect(driver).not.toBe(factor);
      expect(driver.text).not.toBe(text);
      expect(toDriver(driver, driver.text)).not.toBe(driver);
    }
  });
});
