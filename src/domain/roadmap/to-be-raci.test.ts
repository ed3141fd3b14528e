import { describe, expect, it } from 'vitest';
import type { Assessment } from '../schemas/assessment';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { buildToBeRaci, type ActivityRaci } from './to-be-raci';

/** The small model: data and triggers naturally done by IT, content by marketing, review by compliance. */
const model = buildModel();
const answered = (
  letters: Partial<Record<'responsible' | 'accountable' | 'consulted' | 'informed', string[]>>,
): ActivityRaci => ({
  status: 'answered',
  responsible: [],
  accountable: [],
  consulted: [],
  informed: [],
  ...letters,
});
const teamsOf = (...ids: string[]): Assessment['teams'] => ids.map((id) => ({ id, name: id }));

/** The to-be RACI of the default assessment (marketing, IT, compliance and ccm; sponsor executive). */
const toBe = (activities: Record<string, ActivityRaci>, assessment = buildAssessment()) =>
  buildToBeRaci(model, assessment, activities);
const everywhere = (activity: ActivityRaci): Record<string, ActivityRaci> =>
  Object.fromEntries(model.activities.map((a) => [a.id, activity]));
/** How many activities each team does (R) in a to-be RACI. */
const workOf = (raci: ReturnType<typeof toBe>): Record<string, number> => {
  const work: Record<string, number> = {};
  for (const row of Object.values(raci))
    for (const [team, letters] of Object.entries(row))
      if (letters.includes('R')) work[team] = (work[team] ?? 0) + 1;
  return work;
};

describe('buildToBeRaci', () => {
  it('makes the control function the one accountable team and keeps an accountable doer responsible', () => {
    const result = toBe({
      'review.approve': answered({
        responsible: ['compliance'],
        accountable: ['compliance'],
        informed: ['marketing'],
      }),
    });
    expect(result['review.approve']).toEqual({ marketing: 'I', compliance: 'R', ccm: 'A' });
  });

  it('turns former accountable teams that did not do the work into consulted ones, dropping their I', () => {
    const result = toBe({
      'content.author': answered({
        responsible: ['marketing'],
        accountable: ['it', 'compliance'],
        informed: ['it'],
      }),
    });
    expect(result['content.author']).toEqual({
      marketing: 'R',
      it: 'C',
      compliance: 'C',
      ccm: 'A',
    });
  });

  it('keeps the control function responsible where it already does the work', () => {
    const result = toBe({
      'triggers.define': answered({ responsible: ['ccm'], consulted: ['ccm', 'it'] }),
    });
    expect(result['triggers.define']).toEqual({ it: 'C', ccm: 'RA' });
  });

  it('gives an activity nobody does, unanswered or unknown, to its natural doer', () => {
    const result = toBe({
      'data.quality': { ...answered({}), status: 'unknown' },
      'data.source': answered({ accountable: ['marketing'] }),
    });
    expect(result['data.quality']).toEqual({ it: 'R', ccm: 'A' });
    expect(result['data.source']).toEqual({ marketing: 'C', it: 'R', ccm: 'A' });
    expect(result['review.periodic']).toEqual({ compliance: 'R', ccm: 'A' });
  });

  it('gives it to a former owner when the assessment lacks the natural doer', () => {
    const assessment = buildAssessment({ teams: teamsOf('marketing', 'compliance', 'ccm') });
    const result = toBe(
      { 'data.source': answered({ accountable: ['marketing'], consulted: ['compliance'] }) },
      assessment,
    );
    expect(result['data.source']).toEqual({ marketing: 'R', compliance: 'C', ccm: 'A' });
  });

  it('gives it, without a natural doer or former owner, to the team accountable for most of its stage today', () => {
    const assessment = buildAssessment({ teams: teamsOf('marketing', 'compliance', 'ccm') });
    const result = toBe(
      { 'data.source': answered({ responsible: ['marketing'], accountable: ['compliance'] }) },
      assessment,
    );
    expect(result['data.quality']).toEqual({ compliance: 'R', ccm: 'A' });
  });

  it('keeps at most three responsible teams: the natural doer, then former owners, then team order', () => {
    const assessment = buildAssessment({
      teams: teamsOf('marketing', 'it', 'compliance', 'ccm', 'x1', 'x2'),
    });
    const doneBy = (team: string): ActivityRaci => answered({ responsible: [team] });
    const result = toBe(
      {
        'content.library': answered({
          responsible: ['x2', 'it', 'x1', 'compliance', 'marketing'],
          accountable: ['x1'],
        }),
        // The rest of the work spread evenly, so no team is overloaded.
        'data.source': doneBy('x2'),
        'data.quality': doneBy('compliance'),
        'triggers.define': doneBy('ccm'),
        'triggers.change': doneBy('x1'),
        'content.author': doneBy('marketing'),
        'review.approve': doneBy('compliance'),
        'review.periodic': doneBy('ccm'),
      },
      assessment,
    );
    expect(result['content.library']).toEqual({
      marketing: 'R',
      it: 'R',
      compliance: 'C',
      ccm: 'A',
      x1: 'R',
      x2: 'C',
    });
  });

  it('keeps at most four consulted teams, former owners first; the rest are informed', () => {
    const assessment = buildAssessment({
      teams: teamsOf('marketing', 'it', 'compliance', 'ccm', 'x1', 'x2', 'x3'),
    });
    const result = toBe(
      {
        'review.periodic': answered({
          responsible: ['compliance'],
          accountable: ['x2'],
          consulted: ['marketing', 'it', 'ccm', 'x1', 'x3'],
        }),
      },
      assessment,
    );
    expect(result['review.periodic']).toEqual({
      marketing: 'C',
      it: 'C',
      compliance: 'R',
      ccm: 'A',
      x1: 'C',
      x2: 'C',
      x3: 'I',
    });
  });

  it('adds the control function when the assessment has no such team', () => {
    const assessment = buildAssessment({ teams: teamsOf('marketing', 'x1') });
    const result = toBe(
      { 'content.library': answered({ responsible: ['x1'], accountable: ['marketing'] }) },
      assessment,
    );
    expect(result['content.library']).toEqual({ marketing: 'C', ccm: 'A', x1: 'R' });
  });

  it('leaves out the activities of an out-of-scope stage and those marked out of scope', () => {
    const result = toBe(
      { 'review.periodic': { ...answered({}), status: 'out-of-scope' } },
      buildAssessment({ outOfScope: { stages: ['content'], dimensions: [] } }),
    );
    expect(Object.keys(result)).toEqual([
      'data.source',
      'data.quality',
      'triggers.define',
      'triggers.change',
      'review.approve',
    ]);
  });

  it('spreads the work of a team that does everything today, so no team does more than twice the mean', () => {
    const result = toBe(
      everywhere(answered({ responsible: ['marketing'], accountable: ['marketing'] })),
    );
    const work = workOf(result);
    // Eight activities over four teams: a mean of two, so at most four each.
    expect(Math.max(...Object.values(work))).toBeLessThanOrEqual(4);
    expect(Object.values(work).reduce((a, b) => a + b, 0)).toBe(8);
    for (const row of Object.values(result))
      expect(Object.entries(row).filter(([, l]) => l.includes('A'))).toEqual([['ccm', 'A']]);
  });

  it('hands work to the sponsor and the control function only when no other team can take it', () => {
    const assessment = buildAssessment({ teams: teamsOf('x1', 'executive') });
    const work = workOf(toBe({}, assessment));
    // x1, executive and ccm: a mean of 8 ÷ 3, so at most 5 each; x1 keeps all it can.
    expect(work['x1']).toBe(5);
    expect((work['executive'] ?? 0) + (work['ccm'] ?? 0)).toBe(3);
    const withTwo = workOf(toBe({}, buildAssessment({ teams: teamsOf('x1', 'x2', 'executive') })));
    expect([withTwo['executive'], withTwo['ccm']]).toEqual([undefined, undefined]);
  });

  it('hands an overloaded team’s work to each activity’s natural doer first, the least busy first', () => {
    const result = toBe(everywhere(answered({ responsible: ['ccm'] })));
    const doers = Object.fromEntries(
      Object.entries(result).map(([id, row]) => [
        id,
        Object.keys(row).filter((t) => row[t]?.includes('R')),
      ]),
    );
    // ccm does eight of eight with four teams: it keeps four and hands one to each natural doer
    // in turn (marketing, IT, compliance, then marketing again).
    expect(doers).toEqual({
      'data.source': ['it'],
      'data.quality': ['ccm'],
      'triggers.define': ['ccm'],
      'triggers.change': ['ccm'],
      'content.author': ['marketing'],
      'content.library': ['marketing'],
      'review.approve': ['compliance'],
      'review.periodic': ['ccm'],
    });
  });

  it('leaves the control function accountable only where it hands its work to others', () => {
    const busy = everywhere(answered({ responsible: ['ccm'] }));
    busy['data.source'] = answered({ responsible: ['ccm', 'marketing'] });
    const result = toBe(busy);
    expect(result['data.source']).toEqual({ marketing: 'R', ccm: 'A' });
    const letters = Object.values(result).map((row) => row['ccm']);
    expect(letters.every((l) => l === 'A' || l === 'RA')).toBe(true);
    expect(workOf(result)['ccm']).toBeLessThanOrEqual(4);
  });

  it('informs the contact centre on front-line work it holds no letter on, and keeps the letters it has', () => {
    const assessment = buildAssessment({
      teams: teamsOf('marketing', 'it', 'customer-service', 'ccm'),
    });
    const result = toBe(
      {
        ...everywhere(answered({ responsible: ['it'], accountable: ['it'] })),
        'content.author': answered({
          responsible: ['marketing', 'customer-service'],
          accountable: ['marketing'],
        }),
      },
      assessment,
    );
    expect(result['triggers.define']?.['customer-service']).toBe('I');
    expect(result['content.author']?.['customer-service']).toBe('R');
    expect(result['data.source']?.['customer-service']).toBeUndefined();
  });

  it('adds no contact centre the assessment does not have', () => {
    const result = toBe(everywhere(answered({ responsible: ['it'], accountable: ['it'] })));
    expect(Object.values(result).some((row) => 'customer-service' in row)).toBe(false);
  });
});
