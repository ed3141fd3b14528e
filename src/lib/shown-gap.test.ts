import { describe, expect, it } from 'vitest';
import { makeChartFormat } from './charts/chart-format';
import { shownGap } from './shown-gap';
import { DEFAULT_SETTINGS } from '../i18n/format';

const format = makeChartFormat('en', { ...DEFAULT_SETTINGS, digits: 'latn' });

describe('the gap written beside a score', () => {
  it('adds up with the score as written to the target', () => {
    expect(format.score(1.25)).toBe('1.3');
    expect(format.score(shownGap(1.25, 2))).toBe('0.7');
    for (const score of [1, 1.05, 1.15, 1.25, 1.3333, 2.35, 2.6667, 3.95]) {
      const written = Number(format.score(score));
      expect(written + Number(format.score(shownGap(score, 4)))).toBeCloseTo(4, 9);
    }
  });

  it('stays within half a tenth of the exact gap', () => {
    for (const score of [1.25, 1.3333, 2.6667, 3.05]) {
      expect(Math.abs(shownGap(score, 4) - (4 - score))).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });
});
