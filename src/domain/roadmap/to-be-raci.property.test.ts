import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { buildToBeRaci, type ActivityRaci, type ToBeRaci } from './to-be-raci';

const model = buildModel();
const teams = [...model.teams.map((t) => t.id), 'x1', 'x2'];
const assessment = buildAssessment({
  teams: teams.map((id) => ({ id, name: id })),
  outOfScope: { stages: ['content'], dimensions: [] },
});

/** The to-be RACI as first written, with a set of letters per team. */
function reference(activities: Readonly<Record<string, ActivityRaci>>): ToBeRaci {
  const order = buildTeamOrder(model, assessment);
  const toBe: ToBeRaci = {};
  for (const activity of model.activities) {
    const result = activities[activity.id];
    if (activity.stage === 'content' || result?.status === 'out-of-scope') continue;
    const letters = new Map<string, Set<string>>();
    const add = (ids: readonly string[], letter: string): void => {
      for (const id of ids) letters.set(id, (letters.get(id) ?? new Set<string>()).add(letter));
    };
    if (result) {
      add(result.responsible, 'R');
      add(result.accountable, 'A');
      add(result.consulted, 'C');
      add(result.informed, 'I');
    }
    if (!letters.has(model.controlFunction)) letters.set(model.controlFunction, new Set());
    const row: Record<string, string> = {};
    for (const team of order.sort(letters.keys())) {
      const next = new Set(letters.get(team));
      if (team === model.controlFunction) {
        next.add('A');
        next.delete('C');
        next.delete('I');
      } else {
        if (next.delete('A') && !next.has('R')) next.add('C');
        if (next.has('C')) next.delete('I');
      }
      if (next.size > 0) row[team] = ['R', 'A', 'C', 'I'].filter((l) => next.has(l)).join('');
    }
    toBe[activity.id] = row;
  }
  return toBe;
}

const activityArb: fc.Arbitrary<ActivityRaci> = fc.record({
  status: fc.constantFrom(
    'answered' as const,
    'unknown' as const,
    'unanswered' as const,
    'out-of-scope' as const,
  ),
  responsible: fc.subarray(teams),
  accountable: fc.subarray(teams),
  consulted: fc.subarray(teams),
  informed: fc.subarray(teams),
});

describe('buildToBeRaci, for any RACI', () => {
  it('gives exactly what retargeting sets of letters gives, key order included', () => {
    fc.assert(
      fc.property(
        fc.dictionary(fc.constantFrom(...model.activities.map((a) => a.id)), activityArb),
        (activities) => {
          expect(JSON.stringify(buildToBeRaci(model, assessment, activities))).toBe(
            JSON.stringify(reference(activities)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });
});
