import { describe, expect, it } from 'vitest';
import { makeRiskFormat } from './risk-format';

describe('the heatmap number writers', () => {
  it('write a score to one decimal, rounded the way its band is read', () => {
    const f = makeRiskFormat('en', { digits: 'arab', calendar: 'gregory' });
    expect(f.score(17.75)).toBe('17.8');
    expect(f.score(20)).toBe('20.0');
    // 1.19 × 5 is 5.949999999999999: shown as 6.0, like the 5.95 it stands for.
    expect(f.score(1.19 * 5)).toBe('6.0');
  });

  it('write a likelihood to two decimals at most', () => {
    const f = makeRiskFormat('en', { digits: 'arab', calendar: 'gregory' });
    expect(f.rating(3.5520833)).toBe('3.55');
    expect(f.rating(4)).toBe('4');
  });

  it('write Arabic-Indic digits on Arabic pages by default', () => {
    const f = makeRiskFormat('ar', { digits: 'arab', calendar: 'gregory' });
    expect(f.score(17.75)).toBe('١٧٫٨');
    expect(f.rating(3.5)).toBe('٣٫٥');
  });
});
