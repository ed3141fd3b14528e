import { describe, expect, it } from 'vitest';
import type { Analysis } from '../analysis';
import { buildAssessment } from '../testing/fixtures';
import { groupByOrganisation, overallTrend, summariseOrganisation } from './organisations';

const of = (id: string, organisation: string | undefined, period: string) => {
  const base = buildAssessment();
  const assessment = buildAssessment({
    organisation: organisation ? { ...base.organisation, id: organisation } : base.organisation,
    period,
  });
  return { id, assessment, item: id };
};

describe('groupByOrganisation', () => {
  it("puts an organisation's periods together, newest first", () => {
    const groups = groupByOrganisation([
      of('a', 'bank', '2026-Q3'),
      of('b', 'telco', '2026-Q1'),
      of('c', 'bank', '2026-Q4'),
    ]);
    expect(groups.map((g) => [g.key, g.periods.map((p) => p.id)])).toEqual([
      ['bank', ['c', 'a']],
      ['telco', ['b']],
    ]);
  });

  it('lists an assessment without an organisation id on its own', () => {
    const groups = groupByOrganisation([
      of('a', undefined, '2026-Q3'),
      of('b', undefined, '2026-Q3'),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['a', 'b']);
  });

  it('keeps the given order between two assessments of the same period', () => {
    const groups = groupByOrganisation([of('x', 'bank', '2026-Q3'), of('y', 'bank', '2026-Q3')]);
    expect(groups[0]?.periods.map((p) => p.id)).toEqual(['x', 'y']);
  });
});

describe('overallTrend', () => {
  const scored = (score: number | null) => ({ overall: { score } }) as Analysis;

  it('is better when the overall score rose', () => {
    expect(overallTrend(scored(2.1), scored(2.6))).toBe('better');
  });

  it('is worse when the overall score fell', () => {
    expect(overallTrend(scored(3), scored(2.5))).toBe('worse');
  });

  it('holds when the scores round to the same tenth', () => {
    expect(overallTrend(scored(2.04), scored(2.01))).toBe('same');
  });

  it('says nothing when either period has no score', () => {
    expect(overallTrend(scored(null), scored(2))).toBeNull();
  });
});

describe('summariseOrganisation', () => {
  const levelName = { en: 'Reactive', ar: 'قائم على ردّ الفعل' };
  const analysis = (score: number, level: number, fragmentationIndex: number) =>
    ({
      overall: { score, level, levelName },
      lifecycle: { fragmentationIndex },
    }) as unknown as Analysis;

  it('gives the latest maturity and fragmentation index, and the trend since the period before', () => {
    const before = { period: '2026-Q3', analysis: analysis(2.1, 2, 0.8) };
    expect(summariseOrganisation(analysis(2.6, 2, 0.6), before)).toEqual({
      score: 2.6,
      level: 2,
      levelName,
      fragmentationIndex: 0.6,
      trend: 'better',
      previousPeriod: '2026-Q3',
    });
  });

  it('has no trend for an organisation with one period', () => {
    expect(summariseOrganisation(analysis(2.6, 2, 0.6))).toMatchObject({
      trend: null,
      previousPeriod: null,
    });
  });
});
