import { describe, expect, it } from 'vitest';
import { levelOfScore, nameLevel } from './levels';

const levels = [1, 2, 3, 4, 5].map((level) => ({
  level,
  name: { en: `L${level}`, ar: `م${level}` },
  summary: { en: 's', ar: 'م' },
}));

describe('levelOfScore', () => {
  it('rounds to the nearest level, halves up', () => {
    expect(levelOfScore(2.49)).toBe(2);
    expect(levelOfScore(2.5)).toBe(3);
  });

  it('stays within 1 to 5', () => {
    expect(levelOfScore(0.2)).toBe(1);
    expect(levelOfScore(7)).toBe(5);
  });
});

describe('nameLevel', () => {
  it('names the level of a score in both languages', () => {
    expect(nameLevel(levels, 3.6)).toEqual({ level: 4, levelName: { en: 'L4', ar: 'م4' } });
  });

  it('gives no level without a score', () => {
    expect(nameLevel(levels, null)).toEqual({ level: null, levelName: null });
  });
});
