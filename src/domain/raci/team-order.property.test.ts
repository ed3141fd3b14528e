import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from './team-order';

const MODEL_TEAMS = ['marketing', 'it', 'compliance', 'ccm'];
const OTHER_TEAMS = ['zeta', 'alpha', 'x1', 'b', 'a', 'Z', 'é', 'ccm2'];

describe('TeamOrder.sort, for any teams (duplicates and undeclared ids included)', () => {
  it('gives exactly what sorting a copy with compare gives, and leaves its input alone', () => {
    fc.assert(
      fc.property(
        fc.subarray(OTHER_TEAMS),
        fc.array(fc.constantFrom(...MODEL_TEAMS, ...OTHER_TEAMS, 'undeclared', 'aa'), {
          maxLength: 40,
        }),
        (declared, teams) => {
          const order = buildTeamOrder(
            { teams: MODEL_TEAMS.map((id) => ({ id, name: { en: id, ar: id } })) },
            { teams: declared.map((id) => ({ id, name: id })) },
          );
          const copy = [...teams];
          expect(order.sort(teams)).toEqual([...teams].sort(order.compare));
          expect(order.sort(new Set(teams))).toEqual([...new Set(teams)].sort(order.compare));
          expect(teams).toEqual(copy);
        },
      ),
      { numRuns: 500 },
    );
  });
});
