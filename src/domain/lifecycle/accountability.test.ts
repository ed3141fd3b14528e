import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import {
  findMainAccountable,
  measureConcentration,
  rankShares,
  shareAccountability,
} from './accountability';

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

describe('measureConcentration', () => {
  it('gives an HHI of 1 for a single owner', () => {
    expect(measureConcentration([['ccm'], ['ccm']]).hhi).toBe(1);
  });

  it('gives ½ for two equal owners', () => {
    expect(measureConcentration([['it'], ['ccm']]).hhi).toBe(0.5);
  });

  it('counts each orphaned activity as an owner of its own: one owned and 22 orphans is 1/23, not 1', () => {
    const sets = [['ccm'], ...Array.from({ length: 22 }, () => [])];
    const { hhi, shares } = measureConcentration(sets);
    expect(hhi).toBeCloseTo(1 / 23);
    expect(shares).toEqual(new Map([['ccm', 1 / 23]]));
  });

  it('gives every orphan and team its share of all the activities: a contested one splits', () => {
    const { hhi, shares } = measureConcentration([['it', 'ccm'], ['ccm'], []]);
    expect(shares.get('ccm')).toBeCloseTo(0.5);
    expect(shares.get('it')).toBeCloseTo(1 / 6);
    expect(hhi).toBeCloseTo(0.25 + 1 / 36 + 1 / 9);
  });

  it('has no HHI without activities', () => {
    expect(measureConcentration([]).hhi).toBeNull();
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
