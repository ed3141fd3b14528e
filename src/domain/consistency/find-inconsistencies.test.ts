import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import type { Assessment, Response } from '../schemas/assessment';
import type { ConsistencyRule } from '../schemas/consistency';
import { buildRiskModel, TEST_RISK } from '../risk/test-model';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { findInconsistencies } from './find-inconsistencies';

const text = (en: string) => ({ en, ar: `«${en}»` });

const RULES: ConsistencyRule[] = [
  {
    id: 'regulation-without-list',
    conditions: [
      { question: 'review.regulated', atLeast: 3 },
      { question: 'ownership.named', atMost: 1 },
    ],
    text: text('The regulation answer needs a list the ownership answer denies.'),
  },
  {
    id: 'approval-without-approver',
    conditions: [
      { question: 'review.timing', atLeast: 3 },
      { activity: 'review.approve', raci: ['no-accountable', 'no-responsible'] },
    ],
    text: text('Approval before release, yet nobody owns or does it.'),
  },
  {
    id: 'owner-with-orphans',
    conditions: [{ question: 'ownership.charter', atLeast: 4 }, { raci: ['no-accountable'] }],
    text: text('One owner, yet orphaned activities.'),
  },
  {
    id: 'content-contested',
    conditions: [
      { question: 'data.quality', atLeast: 4 },
      { stage: 'content', raci: ['several-accountable'] },
    ],
    text: text('Quality governed, yet content contested.'),
  },
];

/** The test model with the rules above and a `delivery` stage, which may be left out of scope. */
const model = buildRiskModel({
  consistency: RULES,
  risk: {
    ...TEST_RISK,
    impact: {
      ...TEST_RISK.impact,
      delivery: { operational: 3, regulatory: 3, reputational: 3, customer: 3 },
    },
    stageDimensions: { ...TEST_RISK.stageDimensions, delivery: ['ownership'] },
  },
  stages: [...buildModel().stages, { id: 'delivery', name: text('delivery') }],
  activities: [
    ...buildModel().activities,
    { id: 'delivery.platform', stage: 'delivery', name: text('delivery.platform') },
  ],
});

const OWNED = { compliance: 'AR' };
/** Every activity answered with one accountable team that also does the work. */
const ownedEverywhere = (): Assessment['raci'] =>
  Object.fromEntries(model.activities.map((a) => [a.id, { ...OWNED }]));

const rulesBroken = (overrides: Partial<Assessment>): string[] =>
  analyse(model, buildAssessment({ raci: ownedEverywhere(), ...overrides })).inconsistencies.map(
    (i) => i.rule,
  );

describe('finding inconsistent answers', () => {
  it('lists a broken rule with the questions it names and its text in both languages', () => {
    const analysis = analyse(
      model,
      buildAssessment({
        raci: ownedEverywhere(),
        maturity: { 'review.regulated': 3, 'ownership.named': 1 },
      }),
    );
    expect(analysis.inconsistencies).toEqual([
      {
        rule: 'regulation-without-list',
        questions: ['review.regulated', 'ownership.named'],
        activities: [],
        text: RULES[0]?.text,
      },
    ]);
  });

  it('includes both bounds: an answer exactly at a bound holds', () => {
    expect(rulesBroken({ maturity: { 'review.regulated': 5, 'ownership.named': 1 } })).toEqual([
      'regulation-without-list',
    ]);
    expect(rulesBroken({ maturity: { 'review.regulated': 2, 'ownership.named': 1 } })).toEqual([]);
    expect(rulesBroken({ maturity: { 'review.regulated': 3, 'ownership.named': 2 } })).toEqual([]);
  });

  it('names the activity whose RACI answer shows the fact, beside the question', () => {
    const raci = { ...ownedEverywhere(), 'review.approve': { compliance: 'C' } };
    const analysis = analyse(model, buildAssessment({ raci, maturity: { 'review.timing': 4 } }));
    expect(analysis.inconsistencies).toEqual([
      expect.objectContaining({
        rule: 'approval-without-approver',
        questions: ['review.timing'],
        activities: ['review.approve'],
      }),
    ]);
  });

  it('holds a RACI condition when any one of its facts shows: an owner who does nothing is enough', () => {
    const raci = { ...ownedEverywhere(), 'review.approve': { compliance: 'A' } };
    expect(rulesBroken({ raci, maturity: { 'review.timing': 3 } })).toEqual([
      'approval-without-approver',
    ]);
  });

  it('does not fire while the activity has one accountable team that does the work', () => {
    expect(rulesBroken({ maturity: { 'review.timing': 5 } })).toEqual([]);
  });

  it('names every activity that shows the fact, in model order, when the rule names none', () => {
    const raci = {
      ...ownedEverywhere(),
      'review.periodic': {},
      'data.source': { it: 'R' },
      'content.author': {},
    };
    const analysis = analyse(
      model,
      buildAssessment({ raci, maturity: { 'ownership.charter': 5 } }),
    );
    expect(analysis.inconsistencies[0]?.activities).toEqual([
      'data.source',
      'content.author',
      'review.periodic',
    ]);
  });

  it('looks only at the stage a condition names', () => {
    const contested = { compliance: 'A', marketing: 'AR' };
    expect(
      rulesBroken({
        raci: { ...ownedEverywhere(), 'review.approve': contested },
        maturity: { 'data.quality': 4 },
      }),
    ).toEqual([]);
    expect(
      rulesBroken({
        raci: { ...ownedEverywhere(), 'content.library': contested },
        maturity: { 'data.quality': 4 },
      }),
    ).toEqual(['content-contested']);
  });

  it('lists several broken rules in the order of the rules', () => {
    const raci = { ...ownedEverywhere(), 'review.approve': {} };
    expect(
      rulesBroken({
        raci,
        maturity: {
          'ownership.charter': 4,
          'review.timing': 3,
          'review.regulated': 4,
          'ownership.named': 1,
        },
      }),
    ).toEqual(['regulation-without-list', 'approval-without-approver', 'owner-with-orphans']);
  });

  describe('never fires on what is not known or not assessed', () => {
    it('a question answered "don\'t know" or left unanswered', () => {
      expect(
        rulesBroken({ maturity: { 'review.regulated': 'unknown', 'ownership.named': 1 } }),
      ).toEqual([]);
      expect(rulesBroken({ maturity: { 'ownership.named': 1 } })).toEqual([]);
    });

    it('a question whose dimension is out of scope', () => {
      expect(
        rulesBroken({
          maturity: { 'review.regulated': 4, 'ownership.named': 1 },
          outOfScope: { stages: [], dimensions: ['ownership'] },
        }),
      ).toEqual([]);
    });

    it('an activity answered "don\'t know" or left unanswered', () => {
      const { 'review.approve': _, ...rest } = ownedEverywhere();
      expect(rulesBroken({ raci: rest, maturity: { 'review.timing': 4 } })).toEqual([]);
      expect(
        rulesBroken({
          raci: { ...rest, 'review.approve': 'unknown' },
          maturity: { 'review.timing': 4 },
        }),
      ).toEqual([]);
    });

    it('an activity whose stage is out of scope', () => {
      const raci = { ...ownedEverywhere(), 'delivery.platform': {} };
      const answers = { 'ownership.charter': 5 };
      expect(rulesBroken({ raci, maturity: answers })).toEqual(['owner-with-orphans']);
      expect(
        rulesBroken({
          raci,
          maturity: answers,
          outOfScope: { stages: ['delivery'], dimensions: [] },
        }),
      ).toEqual([]);
    });
  });

  describe('in a workshop without a consensus answer', () => {
    const participant = (
      id: string,
      maturity: Response['maturity'],
      raci: Response['raci'] = {},
    ) => ({
      participant: id,
      maturity,
      raci,
    });

    it('reads the median of the room: 2 and 3 give 2.5, which does not reach 3', () => {
      const split = [
        participant('p1', { 'review.regulated': 2, 'ownership.named': 1 }),
        participant('p2', { 'review.regulated': 3, 'ownership.named': 1 }),
      ];
      const agreed = [...split, participant('p3', { 'review.regulated': 3, 'ownership.named': 1 })];
      expect(rulesBroken({ responses: split })).toEqual([]);
      expect(rulesBroken({ responses: agreed })).toEqual(['regulation-without-list']);
    });

    it("reads the room's modal RACI answer when the activity has no consensus answer", () => {
      const { 'review.approve': _, ...raci } = ownedEverywhere();
      const responses = [
        participant('p1', {}, { 'review.approve': {} }),
        participant('p2', {}, { 'review.approve': {} }),
        participant('p3', {}, { 'review.approve': { compliance: 'AR' } }),
      ];
      expect(rulesBroken({ raci, responses, maturity: { 'review.timing': 4 } })).toEqual([
        'approval-without-approver',
      ]);
    });
  });

  it('finds nothing when the model has no rules', () => {
    expect(
      findInconsistencies([], {
        answers: new Map([['review.regulated', { answer: 5 }]]),
        questions: model.questions,
        outOfScopeDimensions: new Set(),
        activities: {},
      }),
    ).toEqual([]);
  });
});
