import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import type { RoadmapPhase } from '../roadmap/build-roadmap';
import {
  findActionsBehind,
  judgeProgress,
  monthsBetween,
  projectScoreAt,
} from './compare-projection';

describe('monthsBetween', () => {
  it('counts three months a quarter, across a year end', () => {
    expect(monthsBetween('2026-Q3', '2026-Q4')).toBe(3);
    expect(monthsBetween('2026-Q4', '2027-Q2')).toBe(6);
  });

  it('counts nothing when the second period is not later', () => {
    expect(monthsBetween('2026-Q3', '2026-Q3')).toBe(0);
    expect(monthsBetween('2027-Q1', '2026-Q3')).toBe(0);
  });
});

/** Phases ending at 3, 6, 12 and 24 months with the given projected scores of one dimension. */
const phases = (...scores: (number | null)[]): Pick<RoadmapPhase, 'months' | 'projected'>[] =>
  (
    [
      [0, 3],
      [3, 6],
      [6, 12],
      [12, 24],
    ] as const
  ).map((months, i) => ({
    months,
    projected: { dimensions: { d: scores[i] ?? null } } as unknown as RoadmapPhase['projected'],
  }));

describe('projectScoreAt', () => {
  const roadmap = phases(2, 3, 4, 5);

  it('is today’s score at month 0 and a phase’s projection at the month it ends', () => {
    expect(projectScoreAt(1, roadmap, 'd', 0)).toBe(1);
    expect(projectScoreAt(1, roadmap, 'd', 3)).toBe(2);
    expect(projectScoreAt(1, roadmap, 'd', 6)).toBe(3);
  });

  it('draws a straight line inside a phase: nine months is half of centralise', () => {
    expect(projectScoreAt(1, roadmap, 'd', 9)).toBe(3.5);
  });

  it('keeps the last phase’s projection beyond the roadmap', () => {
    expect(projectScoreAt(1, roadmap, 'd', 36)).toBe(5);
  });

  it('has no projection where a score it needs has none', () => {
    expect(projectScoreAt(null, roadmap, 'd', 1)).toBeNull();
    expect(projectScoreAt(1, phases(null, null, null, null), 'd', 6)).toBeNull();
  });
});

describe('judgeProgress', () => {
  it('is on track within 0.25 of the projection either way, the edges included', () => {
    expect(judgeProgress(2.5, 2.5)).toBe('on-track');
    expect(judgeProgress(2.5, 2.75)).toBe('on-track');
    expect(judgeProgress(2.5, 2.25)).toBe('on-track');
  });

  it('is ahead above that and behind below', () => {
    expect(judgeProgress(2.5, 2.8)).toBe('ahead');
    expect(judgeProgress(2.5, 2.2)).toBe('behind');
  });
});

describe('findActionsBehind', () => {
  const model = loadShippedModel();
  const bank = loadExample('bank');
  const { roadmap } = analyse(model, bank);

  it('takes the actions of the phases begun that lift the dimension, with their status now', () => {
    const actions = findActionsBehind(model, roadmap, 'review', 3, {
      'review-before-release': { status: 'in-progress', owner: 'compliance' },
    });
    expect(actions).toEqual([
      { action: 'review-before-release', phase: 'stabilise', status: 'in-progress' },
    ]);
  });

  it('counts no phase before any time has passed, and each phase once it has begun', () => {
    expect(findActionsBehind(model, roadmap, 'data', 0, {})).toEqual([]);
    // The bank's data actions wait for the second phase (months 3 to 6).
    expect(findActionsBehind(model, roadmap, 'data', 3, {})).toEqual([]);
    expect(findActionsBehind(model, roadmap, 'data', 4, {})).toEqual([
      { action: 'data-source-of-truth', phase: 'standardise', status: 'not-started' },
    ]);
  });

  it('leaves out the actions already done a quarter ago: their effect is in its answers', () => {
    const tracked = { ...bank, roadmap: { 'review-before-release': 'done' as const } };
    const before = analyse(model, tracked).roadmap;
    expect(findActionsBehind(model, before, 'review', 3, {})).toEqual([]);
  });
});
