import { describe, expect, it } from 'vitest';
import type { PhaseId } from '../schemas/action';
import { planActions, type Plannable } from './plan-actions';

/** A toy world: the state is a risk number, and each action removes `cut` (never below zero). */
type Toy = Plannable & { cut: number };
const toy = (
  id: string,
  phase: PhaseId,
  effort: number,
  cut: number,
  prerequisites: string[] = [],
  done = false,
): Toy => ({
  id,
  phase,
  effort,
  cut,
  prerequisites,
  done,
});
const steps = {
  apply: (risk: number, a: Toy) => Math.max(0, risk - a.cut),
  risk: (risk: number) => risk,
};
const ids = (plan: ReturnType<typeof planActions<Toy, number>>) =>
  Object.fromEntries(
    Object.entries(plan).map(([p, { actions }]) => [p, actions.map((a) => a.item.id)]),
  );

describe('planActions', () => {
  it('puts each action in its phase, the most risk removed per effort first', () => {
    const plan = planActions(
      [toy('a', 'stabilise', 2, 4), toy('b', 'stabilise', 1, 3), toy('c', 'optimise', 1, 1)],
      100,
      steps,
    );
    expect(ids(plan)).toEqual({
      stabilise: ['b', 'a'],
      standardise: [],
      centralise: [],
      optimise: ['c'],
    });
    expect(plan.stabilise.actions.map((a) => [a.riskRemoved, a.priority])).toEqual([
      [3, 3],
      [4, 2],
    ]);
  });

  it('puts a prerequisite before its dependant even when the dependant ranks higher', () => {
    const plan = planActions(
      [
        toy('inventory', 'stabilise', 3, 1),
        toy('owners', 'stabilise', 1, 9, ['inventory']),
        toy('review', 'stabilise', 1, 2),
      ],
      100,
      steps,
    );
    expect(ids(plan)['stabilise']).toEqual(['review', 'inventory', 'owners']);
  });

  it('measures each action after the ones before it, so a phase adds up to its fall in risk', () => {
    const plan = planActions(
      [toy('big', 'stabilise', 1, 8), toy('small', 'stabilise', 1, 5)],
      10,
      steps,
    );
    expect(plan.stabilise.actions.map((a) => [a.item.id, a.riskRemoved])).toEqual([
      ['big', 8],
      ['small', 2],
    ]);
    expect(plan.stabilise.state).toBe(0);
  });

  it('carries the state from one phase to the next', () => {
    const plan = planActions(
      [toy('a', 'stabilise', 1, 4), toy('b', 'centralise', 1, 3)],
      10,
      steps,
    );
    expect([
      plan.stabilise.state,
      plan.standardise.state,
      plan.centralise.state,
      plan.optimise.state,
    ]).toEqual([6, 6, 3, 3]);
  });

  it('lists a done action with nothing removed and leaves the state as it was', () => {
    const plan = planActions(
      [toy('old', 'stabilise', 1, 4, [], true), toy('new', 'stabilise', 1, 1)],
      10,
      steps,
    );
    expect(plan.stabilise.actions.map((a) => [a.item.id, a.riskRemoved])).toEqual([
      ['new', 1],
      ['old', 0],
    ]);
    expect(plan.stabilise.state).toBe(9);
  });

  it('breaks ties in library order and treats a prerequisite off the roadmap as in place', () => {
    const plan = planActions(
      [toy('x', 'centralise', 1, 0, ['elsewhere']), toy('y', 'centralise', 1, 0)],
      5,
      steps,
    );
    expect(ids(plan)['centralise']).toEqual(['x', 'y']);
  });

  it('refuses actions whose prerequisites can never come first', () => {
    expect(() =>
      planActions(
        [toy('x', 'stabilise', 1, 1, ['y']), toy('y', 'stabilise', 1, 1, ['x'])],
        5,
        steps,
      ),
    ).toThrow(/x, y/);
  });
});
