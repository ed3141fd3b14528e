import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../testing/fixtures';
import { nextPeriod, organisationKey, startedNextQuarter, startNextQuarter } from './next-quarter';

describe('nextPeriod', () => {
  it('moves a quarter on within the year', () => {
    expect(nextPeriod('2026-Q3')).toBe('2026-Q4');
  });

  it('moves the fourth quarter on to the first quarter of the next year', () => {
    expect(nextPeriod('2026-Q4')).toBe('2027-Q1');
  });
});

describe('startNextQuarter', () => {
  const previous = buildAssessment({
    organisation: { ...buildAssessment().organisation, id: 'test-bank' },
    period: '2026-Q3',
    status: 'final',
    targets: { ownership: 4 },
    maturity: { 'own.1': 2 },
    raci: { 'data.collect': { it: 'RA' } },
    notes: { 'own.1': 'minutes of May' },
    roadmap: { 'name-owner': { status: 'in-progress', owner: 'ccm' } },
    responses: [{ participant: 'Huda', maturity: { 'own.1': 3 }, raci: {} }],
    migratedFrom: 'test.0',
  });
  const next = startNextQuarter(previous, 'a-1');

  it('is a draft for the next period, linked to the assessment it came from', () => {
    expect(next).toMatchObject({
      period: '2026-Q4',
      status: 'draft',
      previous: { period: '2026-Q3', assessmentId: 'a-1' },
    });
  });

  it('keeps the profile, teams, targets, answers, RACI, notes and roadmap tracking', () => {
    const { organisation, teams, targets, maturity, raci, notes, roadmap } = previous;
    expect(next).toMatchObject({ organisation, teams, targets, maturity, raci, notes, roadmap });
  });

  it('leaves the workshop responses and the model migration with their own quarter', () => {
    expect(next.responses).toBeUndefined();
    expect(next.migratedFrom).toBeUndefined();
  });

  it('never changes the assessment it starts from', () => {
    next.maturity['own.1'] = 5;
    expect(previous.maturity['own.1']).toBe(2);
  });

  it('groups with an assessment that has no organisation id through its stored id', () => {
    const unnamed = buildAssessment({ period: '2026-Q3' });
    const following = startNextQuarter(unnamed, 'a-7');
    expect(organisationKey(following, 'a-8')).toBe(organisationKey(unnamed, 'a-7'));
  });
});

describe('startedNextQuarter', () => {
  const q3 = buildAssessment({ period: '2026-Q3' });
  const q4 = startNextQuarter(q3, 'q3');

  it('finds the next quarter already started from an assessment, so a second start opens it', () => {
    const stored = [
      { id: 'q3', assessment: q3 },
      { id: 'q4', assessment: q4 },
    ];
    expect(startedNextQuarter(stored, q3, 'q3')).toBe('q4');
  });

  it("finds none for another organisation's next quarter or for a later period", () => {
    const other = startNextQuarter(buildAssessment({ period: '2026-Q3' }), 'elsewhere');
    const q1 = startNextQuarter(q4, 'q4');
    const stored = [
      { id: 'q3', assessment: q3 },
      { id: 'other', assessment: other },
      { id: 'q1', assessment: q1 },
    ];
    expect(startedNextQuarter(stored, q3, 'q3')).toBeNull();
    expect(startedNextQuarter(stored, q4, 'q4')).toBe('q1');
  });
});
