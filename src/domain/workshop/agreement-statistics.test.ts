import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import { computeAgreementStatistics } from './agreement-statistics';
import type { ResponseRaci } from './index-responses';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['it', 'ccm'].map((id) => ({ id, name: id })) },
);
const names = (...accountable: string[]): ResponseRaci => ({
  role: 'staff',
  answer: { responsible: [], accountable, consulted: [], informed: [] },
});

describe('computeAgreementStatistics', () => {
  it('gives kappa 1 and full agreement when everyone names the same owner', () => {
    const answers = new Map([
      ['a.one', [names('ccm'), names('ccm')]],
      ['a.two', [names('it'), names('it')]],
    ]);
    const stats = computeAgreementStatistics(2, answers, ['a.one', 'a.two'], order);
    expect(stats).toMatchObject({ participants: 2, kappa: 1, meanAgreement: 1 });
  });

  it('treats each accountable set as one category across activities', () => {
    const answers = new Map([
      ['a.one', [names('ccm'), names('it')]],
      ['a.two', [names('it'), names('ccm')]],
    ]);
    const stats = computeAgreementStatistics(2, answers, ['a.one', 'a.two'], order);
    expect(stats.kappa).toBeCloseTo(-1);
    expect(stats.meanAgreement).toBeCloseTo(0.5);
  });

  it('leaves out activities nobody answered and those outside the given list', () => {
    const answers = new Map([
      ['a.one', [names('ccm')]],
      ['x.out', [names('it')]],
    ]);
    const stats = computeAgreementStatistics(1, answers, ['a.one', 'a.two'], order);
    expect(Object.keys(stats.activities)).toEqual(['a.one']);
    expect(stats.kappa).toBeNull();
  });
});
