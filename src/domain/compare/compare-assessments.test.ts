import { describe, expect, it } from 'vitest';
import fixture2026_2 from '../schemas/fixtures/assessment-2026.2.json';
import { loadExample, loadShippedModel } from '../roadmap/shipped-model';
import type { Assessment } from '../schemas/assessment';
import { parseAssessment } from '../schemas/parse-assessment';
import { compareAssessments } from './compare-assessments';
import { COMPARED_FIGURES } from './compare-figures';

const model = loadShippedModel();
const bank = loadExample('bank');

/** The bank a quarter later, with `edit` applied to a copy. */
function nextQuarter(edit: (a: Assessment) => void, from: Assessment = bank): Assessment {
  const next = structuredClone(from);
  next.period = '2026-Q4';
  edit(next);
  return next;
}

describe('compareAssessments', () => {
  it('lists exactly the answers and the RACI cell that changed, with their values before and after', () => {
    const next = nextQuarter((a) => {
      a.maturity['ownership.owner'] = 3;
      a.maturity['data.truth'] = 'unknown';
      a.maturity['review.timing'] = 4;
      a.raci['review.approve'] = { compliance: 'AR', marketing: 'A', legal: 'CI' };
    });
    const c = compareAssessments(model, bank, next);
    expect(c.changedAnswers).toEqual([
      { question: 'ownership.owner', from: 1, to: 3 },
      { question: 'data.truth', from: 2, to: 'unknown' },
      { question: 'review.timing', from: 2, to: 4 },
    ]);
    expect(c.changedRaci).toEqual([
      { activity: 'review.approve', team: 'legal', from: 'C', to: 'CI' },
    ]);
    expect(c.newQuestions).toEqual([]);
  });

  it('shows an answer removed as null, and a cell answered "don\'t know" as "unknown" for every team', () => {
    // The agency held no workshop, so a removed answer is unanswered, not the room's median.
    const agency = loadExample('government');
    const next = nextQuarter((a) => {
      delete a.maturity['centricity.impact'];
      a.raci['review.approve'] = 'unknown';
    }, agency);
    const c = compareAssessments(model, agency, next);
    expect(c.changedAnswers).toEqual([{ question: 'centricity.impact', from: 2, to: null }]);
    const cells = c.changedRaci.filter((r) => r.activity === 'review.approve');
    expect(cells).toHaveLength(agency.teams.length);
    // Letters in R, A, C, I order whatever the file's order ("AR"), "" for a team with none.
    expect(cells.find((r) => r.team === 'communications')).toMatchObject({
      from: 'RA',
      to: 'unknown',
    });
    expect(cells.find((r) => r.team === 'it')).toMatchObject({ from: '', to: 'unknown' });
  });

  it('finds the flags gained and lost: a quick review ends reactive control, an owner removed orphans an activity', () => {
    const next = nextQuarter((a) => {
      a.maturity['review.timing'] = 4;
      a.raci['delivery.platform'] = { it: 'R' };
    });
    const c = compareAssessments(model, bank, next);
    expect(c.flagsLost).toEqual([
      { activity: 'triggers.automate', flag: 'reactive-control' },
      { activity: 'review.approve', flag: 'reactive-control' },
    ]);
    expect(c.flagsGained).toEqual([{ activity: 'delivery.platform', flag: 'orphaned' }]);
  });

  it('gives every lifecycle figure before and after, changed or not', () => {
    const next = nextQuarter((a) => {
      a.raci['delivery.platform'] = { it: 'R' };
    });
    const { figures } = compareAssessments(model, bank, next);
    expect(Object.keys(figures)).toEqual([...COMPARED_FIGURES]);
    expect(figures.orphanRate.from).toBeCloseTo(9 / 26);
    expect(figures.orphanRate.to).toBeCloseTo(10 / 26);
    expect(figures.answeredActivities).toEqual({ from: 26, to: 26 });
  });

  it('reports each dimension against the projection, with the actions behind it and their status now', () => {
    const next = nextQuarter((a) => {
      a.maturity['review.timing'] = 4;
      a.roadmap = { 'review-before-release': 'done' };
    });
    const { projection } = compareAssessments(model, bank, next);
    // The first phase lifts review.timing from 2 to 4: a quarter on, the review score is as projected.
    expect(projection['review']).toMatchObject({
      projected: 2.4,
      actual: 2.4,
      status: 'on-track',
      actions: [{ action: 'review-before-release', phase: 'stabilise', status: 'done' }],
    });
    expect(projection['ownership']).toMatchObject({ projected: 2.5, actual: 1.25 });
    expect(projection['ownership']?.status).toBe('behind');
    expect(projection['ownership']?.actions.map((a) => a.action)).toContain(
      'name-accountable-owners',
    );
    expect(Object.keys(projection)).toEqual(model.dimensions.map((d) => d.id));
  });

  it('leaves a dimension out of scope out of the projection', () => {
    const agency = loadExample('government');
    const next = nextQuarter(() => undefined, agency);
    const { projection } = compareAssessments(model, agency, next);
    expect(projection['responsiveness']).toBeUndefined();
    expect(Object.keys(projection)).toHaveLength(model.dimensions.length - 1);
  });
});

describe('compareAssessments across model versions', () => {
  const older = parseAssessment(fixture2026_2, model);
  if (!older.ok) throw new Error('the 2026.2 fixture does not open');

  it('compares on the questions both versions ask and lists those only the newer one asked', () => {
    const newer = structuredClone(older.value);
    delete newer.migratedFrom;
    newer.period = '2026-Q4';
    newer.maturity['ownership.owner'] = 3;
    newer.maturity['data.personal'] = 4;
    newer.maturity['delivery.providers'] = 1;
    const c = compareAssessments(model, older.value, newer);
    expect(c.changedAnswers).toEqual([{ question: 'ownership.owner', from: 2, to: 3 }]);
    expect(c.newQuestions).toEqual([
      'data.personal',
      'triggers.automation',
      'content.inbound',
      'content.accessible',
      'review.criticality',
      'delivery.providers',
      'delivery.spoofing',
      'feedback.briefing',
      'centricity.voice',
      'centricity.codesign',
    ]);
  });

  it('compares on the shared questions too when the newer quarter was taken with the older model', () => {
    const newer = nextQuarter(() => undefined, older.value);
    const current = nextQuarter((a) => {
      delete a.migratedFrom;
      a.period = '2026-Q2';
      a.maturity['data.personal'] = 5;
    }, older.value);
    const c = compareAssessments(model, current, newer);
    expect(c.changedAnswers).toEqual([]);
    expect(c.newQuestions).toEqual([]);
  });

  it('lists no new question when both quarters were taken with the same older version', () => {
    const newer = nextQuarter(() => undefined, older.value);
    expect(compareAssessments(model, older.value, newer).newQuestions).toEqual([]);
  });
});
