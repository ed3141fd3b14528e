import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import { makeRiskTotal } from '../risk/heatmap';
import type { ActivityState } from '../risk/likelihood';
import { buildRiskModel } from '../risk/test-model';
import type { Action } from '../schemas/action';
import { scoreDimensions } from '../scoring/score-dimensions';
import { buildAction, buildAssessment } from '../testing/fixtures';
import { makeProjector, weighActions, type ProjectionInput, type Projector } from './weigh-actions';

/**
 * A projector whose risk is worked out from which actions are done: today 100, and each action
 * removes `removes` once every action in `needs` is done with it.
 */
function fakeProjector(
  effects: Record<string, { removes: number; needs?: string[] }>,
): Projector & { asked: string[][] } {
  const asked: string[][] = [];
  const state = (ids: readonly string[]) => ({
    answers: new Map<string, AnswerDriver>(),
    dimensions: {},
    activities: Object.fromEntries(
      ids.map((id): [string, ActivityState] => [id, { status: 'answered', flags: [] }]),
    ),
  });
  return {
    asked,
    state: () => state([]),
    stateOnce: () => state([]),
    controlFunctionLevels: new Map(),
    lifts: () => new Map(),
    done(actions) {
      asked.push(actions.map((a) => a.id).sort());
      return state(actions.map((a) => a.id));
    },
    risk({ activities }) {
      const done = new Set(Object.keys(activities));
      let total = 100;
      for (const [id, { removes, needs = [] }] of Object.entries(effects))
        if (done.has(id) && needs.every((n) => done.has(n))) total -= removes;
      return total;
    },
  };
}

const item = (action: Action, done = false) => ({ action, done });
const figures = (weights: ReturnType<typeof weighActions>) =>
  Object.fromEntries([...weights].map(([id, w]) => [id, [w.own, w.unlocks, w.priority]]));

/**
 * inventory (effort 2) removes nothing itself; catalogue (1) and charter (5) need it and remove
 * 20 and 40; gate (2) needs the charter and removes 10 more; owners (2) removes 15 on its own.
 */
const library = [
  buildAction('inventory', [], { effort: 2 }),
  buildAction('catalogue', ['inventory']),
  buildAction('charter', ['inventory'], { effort: 5 }),
  buildAction('gate', ['charter'], { effort: 2 }),
  buildAction('owners', [], { effort: 2 }),
];
const effects = {
  catalogue: { removes: 20, needs: ['inventory'] },
  charter: { removes: 40, needs: ['inventory'] },
  gate: { removes: 10, needs: ['charter', 'inventory'] },
  owners: { removes: 15 },
};

describe('weighActions', () => {
  it('weighs each action with the prerequisites it waits on done, and credits a foundation with what it unlocks', () => {
    const weights = weighActions(
      library.map((a) => item(a)),
      fakeProjector(effects),
    );
    expect(figures(weights)).toEqual({
      // 0 on its own; unlocks catalogue's 20, the charter's 40 and the gate's 10 beyond the charter.
      inventory: [0, 70, 35],
      catalogue: [20, 0, 20],
      // 100 − 60 with the inventory done; unlocks the gate's 10.
      charter: [40, 10, 10],
      // 100 − 50: the gate comes with the charter and the inventory.
      gate: [50, 0, 25],
      owners: [15, 0, 7.5],
    });
  });

  it('gives a done action no risk removed, and leaves it and its foundations out of what others wait on', () => {
    const projector = fakeProjector({ ...effects, gate: { removes: 10 } });
    const weights = weighActions(
      library.map((a) => item(a, a.id === 'charter')),
      projector,
    );
    expect(weights.get('charter')).toEqual({ own: 0, unlocks: 0, priority: 0 });
    expect(weights.get('gate')).toEqual({ own: 10, unlocks: 0, priority: 5 });
    // The inventory still unlocks the catalogue, but no longer the done charter or its gate.
    expect(weights.get('inventory')).toEqual({ own: 0, unlocks: 20, priority: 10 });
    expect(projector.asked).not.toContainEqual(expect.arrayContaining(['charter']));
  });

  it('ignores prerequisites that are not on the roadmap', () => {
    const weights = weighActions([item(library[3] as Action)], fakeProjector(effects));
    // The gate alone: its charter is in place, so today − the gate done on its own (nothing here).
    expect(weights.get('gate')).toEqual({ own: 0, unlocks: 0, priority: 0 });
  });

  it('works each set of done actions out once', () => {
    const projector = fakeProjector(effects);
    weighActions(
      library.map((a) => item(a)),
      projector,
    );
    const keys = projector.asked.map((ids) => ids.join(','));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('makeProjector', () => {
  const model = buildRiskModel();
  const assessment = buildAssessment();
  const answers = new Map<string, AnswerDriver>(
    (
      [
        ['ownership.named', 1],
        ['ownership.charter', 2],
        ['review.timing', 'unknown'],
        ['data.quality', 3],
      ] as const
    ).map(([question, answer]) => [question, { question, answer, source: 'consensus' }]),
  );
  const activities: Record<string, ActivityState> = Object.fromEntries(
    model.activities.map((a) => [
      a.id,
      { status: 'answered', flags: a.stage === 'review' ? ['orphaned', 'contested'] : [] },
    ]),
  );
  const targets = { ownership: 3, review: 3, data: 3 } as const;
  const input = (controlFunctionExists: boolean): ProjectionInput => ({
    model,
    assessment,
    answers,
    activities,
    outOfScopeDimensions: new Set(['data']),
    sector: 'banking',
    targets,
    controlFunctionExists,
  });
  const charter = buildAction('charter', [], {
    lifts: { 'ownership.charter': 5 },
    chartersControlFunction: true,
  });
  const gate = buildAction('gate', [], {
    lifts: { 'ownership.charter': 5, 'ownership.named': 4, 'review.timing': 4 },
    resolves: ['orphaned'],
  });
  const answerOf = (projector: Projector, actions: Action[], question: string) =>
    projector.done(actions).answers.get(question)?.answer;

  it('scores a state with the same code as today’s, and leaves resolved flags off every activity', () => {
    const projector = makeProjector(input(false));
    const state = projector.state(answers, new Set(['orphaned']));
    expect(state.dimensions).toEqual(
      scoreDimensions(model, answers, new Set(['data']), 'banking', targets),
    );
    expect(state.activities['review.approve']?.flags).toEqual(['contested']);
    expect(projector.state(answers, new Set()).activities).toBe(activities);
    const total = makeRiskTotal({ model, assessment });
    expect(projector.risk(state)).toBe(total(state));
  });

  it('raises the answers of actions done in full, with no step limit, and resolves their flags', () => {
    const projector = makeProjector(input(false));
    const state = projector.done([gate]);
    expect(state.answers.get('ownership.named')?.answer).toBe(4);
    expect(state.answers.get('review.timing')?.answer).toBe('unknown');
    expect(state.activities['review.periodic']?.flags).toEqual(['contested']);
    expect(projector.risk(state)).toBeLessThan(projector.risk(projector.done([])));
  });

  it('reaches a control-function level only with the charter among the actions or the function in place today', () => {
    expect(answerOf(makeProjector(input(false)), [gate], 'ownership.charter')).toBe(4);
    expect(answerOf(makeProjector(input(false)), [gate, charter], 'ownership.charter')).toBe(5);
    expect(answerOf(makeProjector(input(true)), [gate], 'ownership.charter')).toBe(5);
  });

  it('projects no question of an out-of-scope dimension', () => {
    const projector = makeProjector(input(false));
    const checks = buildAction('checks', [], { lifts: { 'data.quality': 5, 'review.timing': 4 } });
    expect(Object.fromEntries(projector.lifts([checks]))).toEqual({ 'review.timing': 4 });
    expect(answerOf(projector, [checks], 'data.quality')).toBe(3);
  });

  it('names today’s state with nothing done', () => {
    const projector = makeProjector(input(false));
    expect(projector.done([]).answers).toEqual(answers);
    expect(projector.risk(projector.done([]))).toBe(
      projector.risk(projector.state(answers, new Set())),
    );
  });
});
