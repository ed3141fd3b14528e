import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import { REQUIRED_STAGES, type Assessment } from '../schemas/assessment';
import { buildAssessment } from '../testing/fixtures';

const model = loadShippedModel();
const rules = model.consistency ?? [];

/** Answers that break one rule, and the change that makes them agree again. */
interface Case {
  rule: string;
  maturity: Assessment['maturity'];
  raci?: Assessment['raci'];
  consistent: { maturity?: Assessment['maturity']; raci?: Assessment['raci'] };
}

const CASES: Case[] = [
  {
    rule: 'regulation-without-inventory',
    maturity: { 'review.regulation': 3, 'ownership.inventory': 1 },
    consistent: { maturity: { 'ownership.inventory': 2 } },
  },
  {
    rule: 'settled-ownership-with-orphans',
    maturity: { 'ownership.owner': 4 },
    raci: { 'feedback.route': { 'customer-service': 'R' } },
    consistent: { maturity: { 'ownership.owner': 3 } },
  },
  {
    rule: 'settled-ownership-with-contests',
    maturity: { 'ownership.owner': 5 },
    raci: { 'data.consent': { marketing: 'AR', data: 'A' } },
    consistent: { raci: { 'data.consent': { marketing: 'R', data: 'A' } } },
  },
  {
    rule: 'review-before-release-without-approver',
    maturity: { 'review.timing': 3 },
    raci: { 'review.approve': { compliance: 'A' } },
    consistent: { raci: { 'review.approve': { compliance: 'AR' } } },
  },
  {
    rule: 'trigger-catalogue-without-owner',
    maturity: { 'triggers.rules': 4 },
    raci: { 'triggers.define': { operations: 'R' } },
    consistent: { maturity: { 'triggers.rules': 3 } },
  },
  {
    rule: 'rule-changes-without-owner',
    maturity: { 'triggers.change-control': 4 },
    raci: { 'triggers.change': { it: 'AR', operations: 'A' } },
    consistent: { raci: { 'triggers.change': { it: 'AR', operations: 'C' } } },
  },
  {
    rule: 'platforms-without-one-owner',
    maturity: { 'delivery.providers': 4 },
    raci: { 'delivery.platform': {} },
    consistent: { raci: { 'delivery.platform': { it: 'AR' } } },
  },
  {
    rule: 'channel-approval-without-owner',
    maturity: { 'ownership.growth': 5 },
    raci: { 'incidents.channel': { product: 'AR', compliance: 'A' } },
    consistent: { maturity: { 'ownership.growth': 3 } },
  },
  {
    rule: 'crisis-without-owner',
    maturity: { 'responsiveness.crisis': 4 },
    raci: { 'incidents.crisis': { communications: 'R' } },
    consistent: { raci: { 'incidents.crisis': { communications: 'AR' } } },
  },
  {
    rule: 'stop-without-owner',
    maturity: { 'delivery.stop': 4 },
    raci: { 'incidents.correct': { operations: 'AR', marketing: 'A' } },
    consistent: { maturity: { 'delivery.stop': 3 } },
  },
  {
    rule: 'template-library-without-owner',
    maturity: { 'content.templates': 4 },
    raci: { 'content.library': { marketing: 'R' } },
    consistent: { raci: { 'content.library': { marketing: 'AR' } } },
  },
  {
    rule: 'feedback-routing-without-owner',
    maturity: { 'feedback.routing': 3 },
    raci: { 'feedback.route': { 'customer-service': 'R' } },
    consistent: { maturity: { 'feedback.routing': 2 } },
  },
  {
    rule: 'live-review-without-reviewer',
    maturity: { 'review.live-templates': 3 },
    raci: { 'review.periodic': { compliance: 'A' } },
    consistent: { raci: { 'review.periodic': { compliance: 'A', marketing: 'R' } } },
  },
  {
    rule: 'consent-checks-with-unknown-platforms',
    maturity: { 'data.preferences': 4, 'delivery.providers': 1 },
    consistent: { maturity: { 'delivery.providers': 2 } },
  },
  {
    rule: 'orchestration-with-unknown-platforms',
    maturity: { 'delivery.consistency': 5, 'delivery.providers': 1 },
    consistent: { maturity: { 'delivery.consistency': 3 } },
  },
  {
    rule: 'fast-answers-without-record',
    maturity: { 'traceability.requests': 4, 'traceability.record': 2 },
    consistent: { maturity: { 'traceability.record': 3 } },
  },
  {
    rule: 'lineage-without-record',
    maturity: { 'traceability.lineage': 4, 'traceability.record': 1 },
    consistent: { maturity: { 'traceability.lineage': 3 } },
  },
];

/** Every activity with one accountable team that does the work: no RACI condition holds. */
const OWNED: Assessment['raci'] = Object.fromEntries(
  model.activities.map((a) => [a.id, { [a.doer ?? 'ccm']: 'AR' }]),
);

function assess(c: Pick<Case, 'maturity' | 'raci'>, extra: Partial<Assessment> = {}): Assessment {
  return buildAssessment({
    modelVersion: model.version,
    teams: model.teams.map((t) => ({ id: t.id, name: t.name.en })),
    maturity: c.maturity,
    raci: { ...OWNED, ...c.raci },
    ...extra,
  });
}

const broken = (assessment: Assessment): string[] =>
  analyse(model, assessment).inconsistencies.map((i) => i.rule);

const questionDimension = new Map(model.questions.map((q) => [q.id, q.dimension]));
const activityStage = new Map(model.activities.map((a) => [a.id, a.stage]));

describe('the shipped consistency rules', () => {
  it('are at least eight, each tested below', () => {
    expect(rules.length).toBeGreaterThanOrEqual(8);
    expect(CASES.map((c) => c.rule)).toEqual(rules.map((r) => r.id));
  });

  it('agree with each other on answers that hold together: one owner everywhere, nothing answered', () => {
    expect(broken(assess({ maturity: {} }))).toEqual([]);
  });

  describe.each(CASES)('$rule', (c) => {
    const rule = rules.find((r) => r.id === c.rule);
    const named = (rule?.conditions ?? []).flatMap((cond) =>
      'question' in cond ? [cond.question] : [],
    );
    // The activities the case's RACI answers make inconsistent (a rule may name none itself).
    const activities = Object.keys(c.raci ?? {});

    it('fires on the answers that contradict each other, naming both sides', () => {
      const [found, ...others] = analyse(model, assess(c)).inconsistencies;
      expect(others).toEqual([]);
      expect(found?.rule).toBe(c.rule);
      expect(found?.questions).toEqual(named);
      expect(found?.activities).toEqual(activities);
    });

    it('does not fire once the answers agree', () => {
      const agreed = {
        maturity: { ...c.maturity, ...c.consistent.maturity },
        raci: { ...c.raci, ...c.consistent.raci },
      };
      expect(broken(assess(agreed))).toEqual([]);
    });

    it('does not fire when a question it names is answered "don\'t know" or left unanswered', () => {
      for (const question of named) {
        const { [question]: _, ...rest } = c.maturity;
        expect(broken(assess({ ...c, maturity: { ...rest, [question]: 'unknown' } }))).toEqual([]);
        expect(broken(assess({ ...c, maturity: rest }))).toEqual([]);
      }
    });

    it('does not fire when the dimension of a question it names is out of scope', () => {
      for (const question of named) {
        const outOfScope = { stages: [], dimensions: [questionDimension.get(question) ?? ''] };
        expect(broken(assess(c, { outOfScope }))).toEqual([]);
      }
    });

    it('does not fire when the activity it finds is answered "don\'t know" or out of scope', () => {
      for (const activity of activities) {
        expect(broken(assess({ ...c, raci: { ...c.raci, [activity]: 'unknown' } }))).toEqual([]);
        const stage = activityStage.get(activity) ?? '';
        if ((REQUIRED_STAGES as readonly string[]).includes(stage)) continue;
        expect(broken(assess(c, { outOfScope: { stages: [stage], dimensions: [] } }))).toEqual([]);
      }
    });
  });

  it('explain themselves in English and in Arabic, with no Latin but RACI and no digits', () => {
    for (const rule of rules) {
      expect(rule.text.en, rule.id).toMatch(/\byet\b/);
      expect(rule.text.ar, rule.id).toMatch(/\p{Script=Arabic}/u);
      expect(rule.text.ar.replace(/RACI/g, ''), rule.id).not.toMatch(/[A-Za-z0-9\u0660-\u0669]/);
    }
  });
});

describe('the example assessments', () => {
  it('find the bank handling regulatory change "with the inventory" while it says none exists', () => {
    expect(analyse(model, loadExample('bank')).inconsistencies).toEqual([
      {
        rule: 'regulation-without-inventory',
        questions: ['review.regulation', 'ownership.inventory'],
        activities: [],
        text: rules[0]?.text,
      },
    ]);
  });

  it("do not hold the bank's orphaned activities against its ownership answers, which are low", () => {
    const bank = loadExample('bank');
    expect(bank.maturity['ownership.owner']).toBeLessThan(4);
    expect(analyse(model, bank).lifecycle.orphanRate).toBeGreaterThan(0);
  });

  it('find the controlled telecom and the government agency consistent', () => {
    expect(analyse(model, loadExample('telecom')).inconsistencies).toEqual([]);
    expect(analyse(model, loadExample('government')).inconsistencies).toEqual([]);
  });
});
