import { describe, expect, it } from 'vitest';
import { levelOfScore, nameLevel } from './levels';

const levels = [1, 2, 3, 4, 5].map((level) => ({
  level,
  name: { en: `L${level}`, ar: `م${level}` },
  summary: { en: 's', ar: 'م' },
}));

describe('levelOfScore', () => {
  it('gives the level fully reached, never rounding up', () => {
    expect(levelOfScore(2.67)).toBe(2);
    expect(levelOfScore(2.999)).toBe(2);
    expect(levelOfScore(3)).toBe(3);
  });

  it('counts a mean a hair under a whole level as reaching it', () => {
    expect(levelOfScore((2.9 + 3.1 + 3) / 3 - 1e-12)).toBe(3);
  });

  it('stays within 1 to 5', () => {
    expect(levelOfScore(0.2)).toBe(1);
    expect(levelOfScore(7)).toBe(5);
  });
});

describe('nameLevel', () => {
  it('names the level of a score in both languages', () => {
    expect(nameLevel(levels, 3.6)).toEqual({ level: 3, levelName: { en: 'L3', ar: 'م3' } });
  });

  it('gives no level without a score', () => {
    expect(nameLevel(levels, null)).toEqual({ level: null, levelName: null });
  });
});
