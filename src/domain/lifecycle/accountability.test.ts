import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import { computeHhi, findMainAccountable, rankShares, shareAccountability } from './accountability';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['marketing', 'it', 'ccm'].map((id) => ({ id, name: id })) },
);

describe('shareAccountability', () => {
  it('splits an activity with two accountable teams ½–½', () => {
    expect(shareAccountability([['it', 'ccm']])).toEqual(
      new Map([
        ['it', 0.5],
        ['ccm', 0.5],
      ]),
    );
  });

  it('divides by the activities that have an owner, leaving orphaned ones out', () => {
    const shares = shareAccountability([['ccm'], ['ccm'], ['it', 'ccm'], []]);
    expect(shares.get('ccm')).toBeCloseTo(2.5 / 3);
    expect(shares.get('it')).toBeCloseTo(0.5 / 3);
  });

  it('is empty when nothing has an owner', () => {
    expect(shareAccountability([[], []]).size).toBe(0);
  });
});

describe('computeHhi', () => {
  it('is 1 for a single owner', () => {
    expect(computeHhi(shareAccountability([['ccm'], ['ccm']]))).toBe(1);
  });

  it('is ½ for two equal owners', () => {
    expect(computeHhi(shareAccountability([['it'], ['ccm']]))).toBe(0.5);
  });

  it('is null with no owner at all', () => {
    expect(computeHhi(new Map())).toBeNull();
  });
});

describe('findMainAccountable', () => {
  it('picks the team with the largest share', () => {
    expect(findMainAccountable(shareAccountability([['ccm'], ['it'], ['ccm']]), order)).toBe('ccm');
  });

  it('breaks a tie by team order', () => {
    expect(findMainAccountable(shareAccountability([['ccm'], ['it']]), order)).toBe('it');
    expect(
      rankShares(shareAccountability([['ccm'], ['marketing']]), order).map((s) => s.team),
    ).toEqual(['marketing', 'ccm']);
  });

  it('gives "no one" (null) when nobody is accountable', () => {
    expect(findMainAccountable(new Map(), order)).toBeNull();
  });
});
