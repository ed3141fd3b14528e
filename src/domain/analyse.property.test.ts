import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import type { Analysis } from './analysis';
import type { Assessment } from './schemas/assessment';
import { arbitraryAssessment, reorderKeys } from './testing/arbitraries';
import { roundScore } from './risk/band';
import { buildRiskModel } from './risk/test-model';

const model = buildRiskModel();
const inRange = (value: number | null | undefined, low: number, high: number): boolean =>
  value === null || value === undefined || (value >= low - 1e-12 && value <= high + 1e-12);

function expectFiguresInRange(a: Analysis, assessment: Assessment): void {
  for (const d of Object.values(a.dimensions)) {
    expect(inRange(d.score, 1, 5)).toBe(true);
    expect(inRange(d.confidence, 0, 1)).toBe(true);
  }
  expect(inRange(a.overall.score, 1, 5) && inRange(a.overall.confidence, 0, 1)).toBe(true);
  const l = a.lifecycle;
  for (const share of [
    l.hhi,
    l.fragmentationIndex,
    l.orphanRate,
    l.contestRate,
    l.controlFunctionCoverage,
  ]) {
    expect(inRange(share, 0, 1)).toBe(true);
  }
  expect(l.accountableOwners).toBeLessThanOrEqual(assessment.teams.length);
  expect(l.handoffs).toBeGreaterThanOrEqual(0);
  expect(l.handoffs).toBeLessThanOrEqual(model.stages.length - 1);
  for (const activity of Object.values(a.activities))
    expect(inRange(activity.agreement, 0, 1)).toBe(true);
  for (const team of Object.values(a.teams)) expect(team.load).toBeGreaterThanOrEqual(0);
  if (a.workshop) {
    // Kappa is at most 1; with uneven numbers of raters per activity it has no lower bound of -1
    // (see fleiss-kappa.test.ts), so only a finite value is asked for below.
    expect(inRange(a.workshop.kappa, -Number.MAX_VALUE, 1)).toBe(true);
    for (const role of Object.values(a.workshop.roles))
      expect(inRange(role.kappa, -Number.MAX_VALUE, 1)).toBe(true);
    for (const gap of Object.values(a.workshop.leadershipGap))
      expect(inRange(gap.gap, -4, 4)).toBe(true);
  }
}

describe('analyse, for any assessment', () => {
  it('gives the same result every time, whatever the order of the keys in the file', () => {
    fc.assert(
      fc.property(arbitraryAssessment, fc.nat(50), (assessment, seed) => {
        const first = JSON.stringify(analyse(model, assessment));
        expect(JSON.stringify(analyse(model, assessment))).toBe(first);
        expect(JSON.stringify(analyse(model, reorderKeys(assessment, seed)))).toBe(first);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every figure in its range', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) =>
        expectFiguresInRange(analyse(model, assessment), assessment),
      ),
      { numRuns: 300 },
    );
  });

  it('never raises a confidence when "don’t know" answers are added', () => {
    const questions = model.questions.map((q) => q.id);
    fc.assert(
      fc.property(
        arbitraryAssessment,
        fc.subarray(questions, { minLength: 1 }),
        (assessment, unknown) => {
          const before = analyse(model, assessment);
          const maturity = {
            ...assessment.maturity,
            ...Object.fromEntries(unknown.map((q) => [q, 'unknown' as const])),
          };
          const after = analyse(model, { ...assessment, maturity });
          for (const [id, d] of Object.entries(after.dimensions)) {
            expect(d.confidence).toBeLessThanOrEqual(before.dimensions[id]?.confidence ?? 0);
          }
          expect(after.overall.confidence).toBeLessThanOrEqual(before.overall.confidence + 1e-12);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never raises a confidence when a participant adds "don’t know" answers', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        const before = analyse(model, assessment);
        const extra = {
          participant: 'late',
          maturity: Object.fromEntries(model.questions.map((q) => [q.id, 'unknown' as const])),
          raci: {},
        };
        const after = analyse(model, {
          ...assessment,
          responses: [...(assessment.responses ?? []), extra],
        });
        expect(after.overall.confidence).toBeLessThanOrEqual(before.overall.confidence + 1e-12);
      }),
      { numRuns: 100 },
    );
  });

  it('puts every heatmap cell in the band its score, as shown to one decimal, belongs to', () => {
    const bandOfScore = (score: number): string => {
      const shown = roundScore(score);
      return shown >= 17 ? 'critical' : shown >= 10 ? 'high' : shown >= 5 ? 'medium' : 'low';
    };
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        const { heatmap } = analyse(model, assessment);
        expect(Object.keys(heatmap)).toEqual(model.stages.map((s) => s.id));
        for (const row of Object.values(heatmap)) {
          for (const cell of Object.values(row)) {
            if (cell.score === null) continue;
            expect(cell.score).toBe(cell.likelihood * cell.impact);
            expect(inRange(cell.score, 1, 25)).toBe(true);
            expect(cell.band).toBe(bandOfScore(cell.score));
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('lists exactly the flag ids of the flag details, and raises none outside the scope', () => {
    fc.assert(
      fc.property(arbitraryAssessment, (assessment) => {
        for (const activity of Object.values(analyse(model, assessment).activities)) {
          expect(activity.flags).toEqual(activity.flagDetails.map((f) => f.id));
          if (activity.status === 'out-of-scope') expect(activity.flags).toEqual([]);
        }
      }),
      { numRuns: 100 },
    );
  });
});
