import { describe, expect, it } from 'vitest';
import { buildModel } from '../testing/fixtures';
import { ProblemError } from '../schemas/problems';
import { checkActionLibrary, readActionLibrary } from './action-library';

const text = { en: 'x', ar: 'س' };
const action = (
  id: string,
  extra: Record<string, unknown> = {},
): Record<string, unknown> & { id: string } => ({
  id,
  phase: 'stabilise',
  title: text,
  description: text,
  customerImpact: text,
  effort: 2,
  owner: 'ccm',
  prerequisites: [],
  lifts: { 'ownership.named': 3 },
  resolves: ['orphaned'],
  activities: ['review.approve'],
  when: { flag: 'orphaned' },
  ...extra,
});
const messages = (actions: Record<string, unknown>[]) =>
  checkActionLibrary(buildModel({ actions: actions as { id: string }[] })).map(
    (p) => `${p.path}: ${p.message}`,
  );

describe('checkActionLibrary', () => {
  it('accepts a small library whose references all exist', () => {
    const model = buildModel({
      actions: [
        action('name-owners'),
        action('charter', {
          phase: 'centralise',
          kind: 'improve',
          prerequisites: ['name-owners'],
          lifts: { 'ownership.charter': 5 },
          chartersControlFunction: true,
          when: {
            all: [
              { dimension: 'review', below: 3 },
              { flag: 'contested', stage: 'review' },
            ],
          },
        }),
        action('assure', { phase: 'optimise', kind: 'sustain', lifts: { 'review.timing': 5 } }),
      ],
    });
    expect(checkActionLibrary(model)).toEqual([]);
  });

  it('names the path of an action that breaks the schema', () => {
    const problems = checkActionLibrary(
      buildModel({
        actions: [
          action('a', { effort: 13, when: { sector: ['banks'] } }),
          action('b', { kind: 'rebuild', lifts: { 'review.timing': 6 } }),
          action('c', { raises: { ownership: 1 } }),
        ],
      }),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining([
        'actions[0].effort',
        'actions[0].when',
        'actions[1].kind',
        'actions[1].lifts["review.timing"]',
        'actions[2].raises',
      ]),
    );
  });

  it('refuses an action that lifts no question', () => {
    expect(messages([action('idle', { lifts: {} })])).toEqual([
      'actions[0].lifts: must lift at least one question',
    ]);
  });

  it('reports a broken library: unknown owner, prerequisite, question, activity, dimension and stage, a duplicate, a later-phase prerequisite, a cycle and a second charter', () => {
    expect(
      messages([
        action('a', { owner: 'board', prerequisites: ['missing'] }),
        action('b', {
          lifts: { 'happiness.level': 4 },
          activities: ['review.approve', 'billing.run'],
          when: {
            any: [
              { dimension: 'mood', below: 3 },
              { flag: 'orphaned', stage: 'billing' },
            ],
          },
        }),
        action('b'),
        action('early', { prerequisites: ['late'] }),
        action('late', { phase: 'optimise' }),
        action('x', { prerequisites: ['y'] }),
        action('y', { prerequisites: ['x'] }),
        action('charter', { chartersControlFunction: true }),
        action('charter-again', { chartersControlFunction: true }),
      ]),
    ).toEqual([
      'actions[2].id: "b" is used twice',
      'actions[0].owner: "board" is not a team id',
      'actions[0].prerequisites[0]: "missing" is not an action id',
      'actions[1].lifts["happiness.level"]: "happiness.level" is not a question id',
      'actions[1].activities[1]: "billing.run" is not an activity id',
      'actions[1].when: names "mood", which is not a dimension id',
      'actions[1].when: names "billing", which is not a stage id',
      'actions[3].prerequisites[0]: "late" is in a later phase (optimise) than this action (stabilise)',
      'actions[8].chartersControlFunction: only one action can charter the control function (also "charter")',
      'actions[5].prerequisites: prerequisites form a cycle: x → y → x',
    ]);
  });

  it('reports an action that is its own prerequisite as a cycle', () => {
    expect(messages([action('self', { prerequisites: ['self'] })])).toEqual([
      'actions[0].prerequisites: prerequisites form a cycle: self → self',
    ]);
  });
});

describe('readActionLibrary', () => {
  it('fills in the defaults of optional fields', () => {
    const { prerequisites: _p, resolves: _r, activities: _a, when: _w, ...bare } = action('bare');
    const [read] = readActionLibrary(buildModel({ actions: [bare as { id: string }] }));
    expect(read).toMatchObject({
      id: 'bare',
      kind: 'improve',
      prerequisites: [],
      resolves: [],
      activities: [],
      chartersControlFunction: false,
      when: { always: true },
    });
  });

  it('reads a library once per model', () => {
    const model = buildModel({ actions: [action('a')] });
    expect(readActionLibrary(model)).toBe(readActionLibrary(model));
  });

  it('throws a ProblemError for a broken library', () => {
    expect(() =>
      readActionLibrary(buildModel({ actions: [action('a', { owner: 'board' })] })),
    ).toThrow(ProblemError);
  });
});
