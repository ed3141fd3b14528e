import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Action } from '../schemas/action';
import { ACTION_STATUSES, type ActionStatus } from '../schemas/assessment';
import { buildAction } from '../testing/fixtures';
import { selectActions, type SelectedAction, type SelectionReason } from './select-actions';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f'];

const actionArb: fc.Arbitrary<Action> = fc
  .record({
    id: fc.constantFrom(...IDS),
    prerequisites: fc.array(fc.constantFrom(...IDS, 'elsewhere'), { maxLength: 4 }),
  })
  .map(({ id, prerequisites }) => buildAction(id, prerequisites));

/** The selection as first written: each action's dependants found by scanning the chosen ones. */
function reference(
  library: readonly Action[],
  holds: (action: Action) => boolean,
  statuses: Readonly<Record<string, ActionStatus>>,
): SelectedAction[] {
  const reason = new Map<string, SelectionReason>();
  for (const a of library) {
    if (holds(a)) reason.set(a.id, 'conditions');
    else if (statuses[a.id] === 'in-progress' || statuses[a.id] === 'done')
      reason.set(a.id, 'status');
  }
  const chosen = library.filter((a) => reason.has(a.id));
  return chosen.map((action) => ({
    action,
    selectedBy: reason.get(action.id) ?? 'conditions',
    requiredBy: chosen.filter((d) => d.prerequisites.includes(action.id)).map((d) => d.id),
    prerequisitesInPlace: action.prerequisites.filter((p) => !reason.has(p)),
  }));
}

describe('selectActions, for any library (repeated ids and prerequisites included)', () => {
  it('selects, links and orders exactly as scanning the chosen actions does', () => {
    fc.assert(
      fc.property(
        fc.array(actionArb, { maxLength: 10 }),
        fc.subarray(IDS),
        fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom(...ACTION_STATUSES)),
        (library, holding, statuses) => {
          const holds = (a: Action): boolean => holding.includes(a.id);
          expect(JSON.stringify(selectActions(library, holds, statuses))).toBe(
            JSON.stringify(reference(library, holds, statuses)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });
});
