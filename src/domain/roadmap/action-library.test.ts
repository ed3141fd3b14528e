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
  raises: { ownership: 1 },
  resolves: ['orphaned'],
  when: { flag: 'orphaned' },
  ...extra,
});

describe('checkActionLibrary', () => {
  it('accepts a small library whose references all exist', () => {
    const model = buildModel({
      actions: [
        action('name-owners'),
        action('charter', {
          phase: 'centralise',
          prerequisites: ['name-owners'],
          when: {
            all: [
              { dimension: 'review', below: 3 },
              { flag: 'contested', stage: 'review' },
            ],
          },
        }),
      ],
    });
    expect(checkActionLibrary(model)).toEqual([]);
  });

  it('names the path of an action that breaks the schema', () => {
    const problems = checkActionLibrary(
      buildModel({ actions: [action('a', { effort: 9, when: { sector: ['banks'] } })] }),
    );
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['actions[0].effort', 'actions[0].when']),
    );
  });

  it('reports a broken library: unknown owner, prerequisite, dimension and stage, a duplicate, a later-phase prerequisite and a cycle', () => {
    const model = buildModel({
      actions: [
        action('a', { owner: 'board', prerequisites: ['missing'] }),
        action('b', {
          raises: { happiness: 1 },
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
      ],
    });
    expect(checkActionLibrary(model).map((p) => `${p.path}: ${p.message}`)).toEqual([
      'actions[2].id: "b" is used twice',
      'actions[0].owner: "board" is not a team id',
      'actions[0].prerequisites[0]: "missing" is not an action id',
      'actions[1].raises.happiness: "happiness" is not a dimension id',
      'actions[1].when: names "mood", which is not a dimension id',
      'actions[1].when: names "billing", which is not a stage id',
      'actions[3].prerequisites[0]: "late" is in a later phase (optimise) than this action (stabilise)',
      'actions[5].prerequisites: prerequisites form a cycle: x → y → x',
    ]);
  });

  it('reports an action that is its own prerequisite as a cycle', () => {
    const problems = checkActionLibrary(
      buildModel({ actions: [action('self', { prerequisites: ['self'] })] }),
    );
    expect(problems.map((p) => p.message)).toEqual(['prerequisites form a cycle: self → self']);
  });
});

describe('readActionLibrary', () => {
  it('fills in the defaults of optional fields', () => {
    const { prerequisites: _p, raises: _r, resolves: _s, ...bare } = action('bare');
    const [read] = readActionLibrary(buildModel({ actions: [bare as { id: string }] }));
    expect(read).toMatchObject({ id: 'bare', prerequisites: [], raises: {}, resolves: [] });
  });

  it('throws a ProblemError for a broken library', () => {
    expect(() =>
      readActionLibrary(buildModel({ actions: [action('a', { owner: 'board' })] })),
    ).toThrow(ProblemError);
  });
});
