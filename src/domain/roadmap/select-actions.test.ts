import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import type { Action } from '../schemas/action';
import type { Assessment, MaturityAnswer } from '../schemas/assessment';
import type { FlagId } from '../schemas/flag';
import { buildAction, buildModel } from '../testing/fixtures';
import { classifyActions, reaches, selectActions, type NeedInput } from './select-actions';

const model = buildModel();

/** Maturity answers as the scoring reads them. */
const answersOf = (answers: Record<string, MaturityAnswer>): Map<string, AnswerDriver> =>
  new Map(
    Object.entries(answers).map(([question, answer]) => [
      question,
      { question, answer, source: 'consensus' },
    ]),
  );

/**
 * Ownership at 2 against a target of 3 (below), review at 4 against 3 (at target), data at 3
 * against 3 (at target); `overrides` replace whole keys.
 */
function needInput(overrides: Partial<NeedInput> = {}): NeedInput {
  return {
    model,
    assessment: { roadmap: {} },
    answers: answersOf({
      'ownership.named': 2,
      'ownership.charter': 2,
      'review.timing': 2,
      'review.regulated': 5,
      'data.quality': 3,
    }),
    dimensions: {
      ownership: { score: 2, inScope: true, target: 3 },
      review: { score: 3.5, inScope: true, target: 3 },
      data: { score: 3, inScope: true, target: 3 },
    },
    flags: new Set<FlagId>(),
    applies: () => true,
    ...overrides,
  };
}

const classify = (library: Action[], overrides: Partial<NeedInput> = {}) =>
  classifyActions(library, needInput(overrides));
const verdicts = (library: Action[], overrides: Partial<NeedInput> = {}) =>
  classify(library, overrides).map((n) => [n.action.id, n.verdict]);

describe('reaches', () => {
  it('takes a numeric answer at or above the level as reached, and "don’t know" or none as not', () => {
    expect([reaches(3, 3), reaches(4, 3), reaches(2.5, 3)]).toEqual([true, true, false]);
    expect([reaches('unknown', 1), reaches(null, 1)]).toEqual([false, false]);
  });
});

describe('classifyActions', () => {
  it('needs an action for a lifted question below its level in a dimension below its target, and names that gap', () => {
    const [need] = classify([buildAction('name-owners', [], { lifts: { 'ownership.named': 3 } })]);
    expect(need).toMatchObject({
      verdict: 'needed',
      gaps: [{ question: 'ownership.named', answer: 2, level: 3 }],
      evidence: [{ question: 'ownership.named', answer: 2, level: 3 }],
      flags: [],
    });
  });

  it('does not need an improvement whose questions are below their level only in dimensions at their target', () => {
    const review = buildAction('review-first', [], { lifts: { 'review.timing': 3 } });
    expect(verdicts([review])).toEqual([['review-first', 'not-needed']]);
    expect(classify([review])[0]?.gaps).toEqual([]);
  });

  it('needs a sustain action for a question below its level in a dimension at its target', () => {
    const assure = buildAction('assure-review', [], {
      kind: 'sustain',
      lifts: { 'review.timing': 3, 'review.regulated': 5, 'ownership.named': 3 },
    });
    // Ownership is below its target: improvement actions lift it, not a sustain plan.
    expect(classify([assure])[0]).toMatchObject({
      verdict: 'needed',
      gaps: [{ question: 'review.timing', answer: 2, level: 3 }],
    });
  });

  it('does not need a sustain action whose questions lie only in dimensions below their target', () => {
    const assure = buildAction('assure-ownership', [], {
      kind: 'sustain',
      lifts: { 'ownership.named': 3 },
    });
    expect(verdicts([assure])).toEqual([['assure-ownership', 'not-needed']]);
  });

  it('shows an action in place when every lifted question is answered at or above its level', () => {
    const [need] = classify([
      buildAction('checks', [], { lifts: { 'data.quality': 3, 'review.regulated': 4 } }),
    ]);
    expect(need).toMatchObject({
      verdict: 'in-place',
      gaps: [],
      evidence: [
        { question: 'data.quality', answer: 3, level: 3 },
        { question: 'review.regulated', answer: 5, level: 4 },
      ],
    });
  });

  it('takes "don’t know" and unanswered questions as below their level', () => {
    const answers = answersOf({ 'ownership.named': 'unknown' });
    const [need] = classify(
      [buildAction('charter', [], { lifts: { 'ownership.named': 2, 'ownership.charter': 5 } })],
      {
        answers,
      },
    );
    expect(need?.gaps).toEqual([
      { question: 'ownership.named', answer: 'unknown', level: 2 },
      { question: 'ownership.charter', answer: null, level: 5 },
    ]);
    expect(need?.verdict).toBe('needed');
  });

  it('counts a dimension without a score as below its target', () => {
    const dimensions = {
      ...needInput().dimensions,
      data: { score: null, inScope: true, target: 3 as const },
    };
    const answers = answersOf({ 'data.quality': 'unknown' });
    expect(
      verdicts([buildAction('checks', [], { lifts: { 'data.quality': 3 } })], {
        dimensions,
        answers,
      }),
    ).toEqual([['checks', 'needed']]);
  });

  it('needs an action for a flag it resolves that is raised today, even with its questions in place', () => {
    const [need] = classify(
      [
        buildAction('answer-blind-spots', [], {
          lifts: { 'data.quality': 2 },
          resolves: ['blind-spot', 'orphaned'],
        }),
      ],
      { flags: new Set<FlagId>(['blind-spot', 'diffuse']) },
    );
    expect(need).toMatchObject({ verdict: 'needed', gaps: [], flags: ['blind-spot'] });
  });

  it('leaves questions of out-of-scope dimensions out of the evidence, and an action with none in scope not applicable', () => {
    const dimensions = {
      ...needInput().dimensions,
      ownership: { score: null, inScope: false, target: 3 as const },
    };
    const library = [
      buildAction('name-owners', [], { lifts: { 'ownership.named': 3 } }),
      buildAction('mixed', [], { lifts: { 'ownership.named': 3, 'data.quality': 3 } }),
      buildAction('owners-for-orphans', [], {
        lifts: { 'ownership.named': 3 },
        resolves: ['orphaned'],
      }),
    ];
    const needs = classify(library, { dimensions, flags: new Set<FlagId>(['orphaned']) });
    expect(needs.map((n) => [n.action.id, n.verdict, n.evidence.map((e) => e.question)])).toEqual([
      ['name-owners', 'not-applicable', []],
      ['mixed', 'in-place', ['data.quality']],
      ['owners-for-orphans', 'needed', []],
    ]);
  });

  it('takes an action whose conditions do not hold as not applicable, whatever its answers and flags', () => {
    const library = [buildAction('name-owners', [], { resolves: ['orphaned'] })];
    expect(
      verdicts(library, { applies: () => false, flags: new Set<FlagId>(['orphaned']) }),
    ).toEqual([['name-owners', 'not-applicable']]);
  });

  it('reads the status the assessment tracks, in either form', () => {
    const assessment: Pick<Assessment, 'roadmap'> = {
      roadmap: { a: 'in-progress', b: { status: 'done', owner: 'it', comment: 'signed' } },
    };
    const needs = classify([buildAction('a'), buildAction('b'), buildAction('c')], { assessment });
    expect(needs.map((n) => n.status)).toEqual(['in-progress', 'done', undefined]);
  });
});

describe('selectActions', () => {
  const summary = (library: Action[], overrides: Partial<NeedInput> = {}) =>
    selectActions(classify(library, overrides)).map((s) => [
      s.action.id,
      s.selectedBy,
      s.requiredBy,
      s.prerequisitesInPlace,
    ]);
  const atTarget = { lifts: { 'review.timing': 3 } };
  const inPlace = { lifts: { 'data.quality': 3 } };

  it('chooses the needed actions in library order and leaves the rest out', () => {
    const library = [
      buildAction('review-first', [], atTarget),
      buildAction('name-owners'),
      buildAction('checks', [], inPlace),
      buildAction('charter', [], { lifts: { 'ownership.charter': 5 } }),
    ];
    expect(summary(library)).toEqual([
      ['name-owners', 'needed', [], []],
      ['charter', 'needed', [], []],
    ]);
  });

  it('lays a foundation whose own dimension is at target when a needed action waits on it, and the foundations it waits on', () => {
    const library = [
      buildAction('inventory', [], atTarget),
      buildAction('catalogue', ['inventory'], atTarget),
      buildAction('checks', [], inPlace),
      buildAction('charter', ['catalogue', 'checks', 'elsewhere'], {
        lifts: { 'ownership.charter': 5 },
      }),
    ];
    expect(summary(library)).toEqual([
      ['inventory', 'prerequisite', ['catalogue'], []],
      ['catalogue', 'prerequisite', ['charter'], []],
      ['charter', 'needed', [], ['checks', 'elsewhere']],
    ]);
  });

  it('takes a prerequisite whose conditions do not hold as in place, and does not pull it in', () => {
    const library = [
      buildAction('inventory', [], { when: { sector: ['telecom'] } }),
      buildAction('charter', ['inventory']),
    ];
    const applies = (a: Action): boolean => a.id !== 'inventory';
    expect(summary(library, { applies })).toEqual([['charter', 'needed', [], ['inventory']]]);
  });

  it('keeps an action tracked in progress or done unless its answers show it in place', () => {
    const library = [
      buildAction('started', [], atTarget),
      buildAction('finished', [], { when: { sector: ['telecom'] } }),
      buildAction('shown-done', [], inPlace),
      buildAction('planned', [], atTarget),
    ];
    const assessment: Pick<Assessment, 'roadmap'> = {
      roadmap: {
        started: 'in-progress',
        finished: 'done',
        'shown-done': 'done',
        planned: 'not-started',
      },
    };
    const applies = (a: Action): boolean => a.id !== 'finished';
    expect(summary(library, { assessment, applies })).toEqual([
      ['started', 'status', [], []],
      ['finished', 'status', [], []],
    ]);
  });

  it('pulls in no foundation for an action already done', () => {
    const library = [
      buildAction('inventory', [], atTarget),
      buildAction('catalogue', ['inventory']),
      buildAction('dashboard', ['inventory']),
    ];
    const assessment: Pick<Assessment, 'roadmap'> = { roadmap: { catalogue: 'done' } };
    expect(summary(library, { assessment })).toEqual([
      ['inventory', 'prerequisite', ['catalogue', 'dashboard'], []],
      ['catalogue', 'needed', [], []],
      ['dashboard', 'needed', [], []],
    ]);
    expect(summary(library.slice(0, 2), { assessment })).toEqual([
      ['catalogue', 'needed', [], ['inventory']],
    ]);
  });
});
