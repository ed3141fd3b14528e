import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PHASES, type PhaseId } from '../schemas/action';
import type { Capacity } from '../schemas/model';
import { planActions, type Plan, type Plannable } from './plan-actions';

const item = (
  id: string,
  phase: PhaseId,
  effort: number,
  prerequisites: string[] = [],
  done = false,
): Plannable => ({ id, phase, effort, prerequisites, done });

const CAPACITY: Capacity = { stabilise: 4, standardise: 4, centralise: 6, optimise: 8 };

/** Each phase's actions as `id` (or `id:moved` when moved), then `later`. */
const layout = (plan: Plan<Plannable>) => [
  ...PHASES.map((p) =>
    plan.phases[p].actions.map(({ item, moved }) => (moved ? `${item.id}:${moved}` : item.id)),
  ),
  plan.later.map((i) => i.id),
];

describe('planActions', () => {
  it('fills each phase in rank order with what fits, and moves what does not to the next phase', () => {
    const plan = planActions(
      [
        item('owners', 'stabilise', 2),
        item('inventory', 'stabilise', 3),
        item('review', 'stabilise', 2),
        item('library', 'standardise', 1),
      ],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([
      ['owners', 'review'],
      ['inventory:capacity', 'library'],
      [],
      [],
      [],
    ]);
    expect(PHASES.map((p) => plan.phases[p].effort)).toEqual([4, 4, 0, 0]);
  });

  it('places a prerequisite before the action waiting on it, even when that action ranks higher', () => {
    const plan = planActions(
      [item('library', 'stabilise', 1, ['inventory']), item('inventory', 'stabilise', 2)],
      CAPACITY,
    );
    expect(layout(plan)[0]).toEqual(['inventory', 'library']);
  });

  it('moves an action waiting on a prerequisite that had to wait along with it', () => {
    const plan = planActions(
      [
        item('big', 'stabilise', 4),
        item('library', 'stabilise', 1, ['inventory']),
        item('inventory', 'stabilise', 2),
      ],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([['big'], ['inventory:capacity', 'library:capacity'], [], [], []]);
  });

  it('takes a prerequisite that is not on the roadmap as in place', () => {
    const plan = planActions([item('library', 'stabilise', 1, ['elsewhere'])], CAPACITY);
    expect(layout(plan)[0]).toEqual(['library']);
  });

  it('leaves for later what fits no phase, and what waits on it', () => {
    const plan = planActions(
      [item('huge', 'stabilise', 9), item('after-huge', 'centralise', 1, ['huge'])],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([[], [], [], [], ['huge', 'after-huge']]);
  });

  it('pulls actions forward into each phase that would stay empty, prerequisites first, within its capacity', () => {
    const plan = planActions(
      [
        item('gate', 'centralise', 2, ['charter']),
        item('charter', 'centralise', 3),
        item('review', 'optimise', 2),
      ],
      CAPACITY,
    );
    // Stabilise takes the charter (3 of 4); the gate (2) no longer fits, so standardise takes it.
    expect(layout(plan)).toEqual([
      ['charter:pulled'],
      ['gate:pulled', 'review:pulled'],
      [],
      [],
      [],
    ]);
  });

  it('lists a done action in its own phase without taking capacity, and lets it wait on nothing', () => {
    const plan = planActions(
      [
        item('big', 'stabilise', 4),
        item('charter', 'standardise', 4, [], true),
        item('gate', 'standardise', 4, ['charter']),
        item('old', 'standardise', 3, ['never-placed'], true),
      ],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([['big'], ['charter', 'gate', 'old'], [], [], []]);
    expect(plan.phases.standardise.effort).toBe(4);
  });

  it('lets an action waiting on a done one start at once, before the phase the done one is listed in', () => {
    const plan = planActions(
      [item('charter', 'centralise', 5, [], true), item('gate', 'centralise', 2, ['charter'])],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([['gate:pulled'], [], ['charter'], [], []]);
  });

  it('takes a phase holding only done actions as empty, and pulls work into it', () => {
    const plan = planActions(
      [item('charter', 'stabilise', 2, [], true), item('gate', 'centralise', 1)],
      CAPACITY,
    );
    expect(layout(plan)).toEqual([['charter', 'gate:pulled'], [], [], [], []]);
  });
});

describe('planActions, for any ranked actions and capacity', () => {
  const IDS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  /** Distinct actions, each waiting only on earlier ones in an earlier or the same phase, or on unknown ids. */
  const itemsArb = fc
    .tuple(
      ...IDS.map(() =>
        fc.record({
          phase: fc.integer({ min: 0, max: 3 }),
          effort: fc.integer({ min: 1, max: 12 }),
          prerequisites: fc.subarray([...IDS, 'elsewhere'], { maxLength: 3 }),
          done: fc.boolean(),
        }),
      ),
    )
    .map((drawn) => {
      const items = drawn.map((d, i) => ({ id: IDS[i] ?? '', ...d }));
      return items.map(({ id, phase, effort, prerequisites, done }, i) =>
        item(
          id,
          PHASES[phase] ?? 'stabilise',
          effort,
          prerequisites.filter((p) => {
            const at = items.findIndex((x) => x.id === p);
            return at < 0 || (at < i && (items[at]?.phase ?? 9) <= phase);
          }),
          done,
        ),
      );
    })
    .chain((items) => fc.shuffledSubarray(items, { minLength: items.length }));
  const capacityArb: fc.Arbitrary<Capacity> = fc.record({
    stabilise: fc.integer({ min: 1, max: 14 }),
    standardise: fc.integer({ min: 1, max: 14 }),
    centralise: fc.integer({ min: 1, max: 24 }),
    optimise: fc.integer({ min: 1, max: 24 }),
  });

  it('places each action once, within capacity, after its prerequisites still to do, and leaves no phase empty that something waiting could start in', () => {
    fc.assert(
      fc.property(itemsArb, capacityArb, (ranked, capacity) => {
        const plan = planActions(ranked, capacity);
        const ids = new Set(ranked.map((i) => i.id));
        const toDo = new Set(ranked.filter((i) => !i.done).map((i) => i.id));
        const placed = PHASES.flatMap((p) => plan.phases[p].actions.map((a) => a.item.id));
        expect([...placed, ...plan.later.map((i) => i.id)].sort()).toEqual([...ids].sort());
        const at = new Map<string, [number, number]>();
        PHASES.forEach((p, index) =>
          plan.phases[p].actions.forEach((a, position) => at.set(a.item.id, [index, position])),
        );
        const before = (x: [number, number], y: [number, number]): boolean =>
          x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]);
        PHASES.forEach((p, index) => {
          const work = plan.phases[p].actions.filter((a) => !a.item.done);
          const effort = work.reduce((sum, a) => sum + a.item.effort, 0);
          expect(plan.phases[p].effort).toBe(effort);
          expect(effort).toBeLessThanOrEqual(capacity[p]);
          for (const { item: a, moved } of plan.phases[p].actions) {
            const own = PHASES.indexOf(a.phase);
            if (a.done) expect([own, moved]).toEqual([index, null]);
            else expect(moved).toBe(own === index ? null : own < index ? 'capacity' : 'pulled');
            if (a.done) continue;
            for (const pre of a.prerequisites) {
              if (!toDo.has(pre)) continue;
              const where = at.get(pre);
              expect(where !== undefined && before(where, at.get(a.id) ?? [0, 0])).toBe(true);
            }
          }
          if (work.length > 0) return;
          const waiting = ranked.filter((a) => !a.done && (at.get(a.id)?.[0] ?? 9) > index);
          for (const a of waiting) {
            const ready = a.prerequisites.every(
              (pre) => !toDo.has(pre) || (at.get(pre)?.[0] ?? 9) <= index,
            );
            expect(ready && a.effort <= capacity[p]).toBe(false);
          }
        });
        expect(plan.later.every((a) => !a.done)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
