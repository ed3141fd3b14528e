import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTION_STATUSES } from '../schemas/assessment';
import { buildAction } from '../testing/fixtures';
import { selectActions, type ActionNeed, type ActionVerdict } from './select-actions';

const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
const VERDICTS: ActionVerdict[] = ['needed', 'in-place', 'not-needed', 'not-applicable'];

/** Any classified library of distinct actions, each waiting only on earlier ones or unknown ids. */
const needsArb: fc.Arbitrary<ActionNeed[]> = fc
  .tuple(
    ...IDS.map((_, i) =>
      fc.record({
        prerequisites: fc.subarray([...IDS.slice(0, i), 'elsewhere']),
        verdict: fc.constantFrom(...VERDICTS),
        status: fc.option(fc.constantFrom(...ACTION_STATUSES), { nil: undefined }),
      }),
    ),
  )
  .map((drawn) =>
    drawn.map(({ prerequisites, verdict, status }, i) => ({
      action: buildAction(IDS[i] ?? '', prerequisites),
      verdict,
      status,
      evidence: [],
      gaps: [],
      flags: [],
    })),
  );

const tracked = (n: ActionNeed): boolean =>
  n.verdict !== 'in-place' && (n.status === 'in-progress' || n.status === 'done');

describe('selectActions, for any classified library', () => {
  it('chooses the needed and tracked actions and, for those not done, every foundation not yet needed, in library order', () => {
    fc.assert(
      fc.property(needsArb, (needs) => {
        const selected = selectActions(needs);
        const chosen = new Map(selected.map((s) => [s.action.id, s]));
        expect(selected.map((s) => s.action.id)).toEqual(
          needs.filter((n) => chosen.has(n.action.id)).map((n) => n.action.id),
        );
        const byId = new Map(needs.map((n) => [n.action.id, n]));
        for (const n of needs) {
          const s = chosen.get(n.action.id);
          if (n.verdict === 'needed') expect(s?.selectedBy).toBe('needed');
          else if (tracked(n)) expect(s?.selectedBy).toBe('status');
          else if (s) {
            expect([s.selectedBy, n.verdict]).toEqual(['prerequisite', 'not-needed']);
            const waiting = s.requiredBy.map((id) => chosen.get(id));
            expect(waiting.some((d) => d?.status !== 'done')).toBe(true);
          }
          if (!s || n.status === 'done') continue;
          for (const p of n.action.prerequisites)
            if (byId.get(p)?.verdict === 'not-needed') expect(chosen.has(p)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('links each chosen action to the chosen ones waiting on it, and lists its prerequisites left off as in place', () => {
    fc.assert(
      fc.property(needsArb, (needs) => {
        const selected = selectActions(needs);
        const chosen = new Set(selected.map((s) => s.action.id));
        for (const s of selected) {
          expect(s.requiredBy).toEqual(
            selected
              .filter((d) => d.action.prerequisites.includes(s.action.id))
              .map((d) => d.action.id),
          );
          expect(s.prerequisitesInPlace).toEqual(
            s.action.prerequisites.filter((p) => !chosen.has(p)),
          );
        }
      }),
      { numRuns: 500 },
    );
  });
});
