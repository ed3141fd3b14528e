import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import {
  compareAccountableSets,
  countAccountableSets,
  keyAccountableSet,
} from './accountable-sets';

const order = buildTeamOrder(
  { teams: [] },
  {
    teams: ['marketing', 'it', 'ccm'].map((id) => ({ id, name: id })),
  },
);

describe('keyAccountableSet', () => {
  it('names "no one" with the empty key', () => {
    expect(keyAccountableSet([])).toBe('');
    expect(keyAccountableSet(['it', 'ccm'])).toBe('it,ccm');
  });
});

describe('compareAccountableSets', () => {
  it('orders sets by their first team in team order', () => {
    expect(compareAccountableSets(['marketing'], ['ccm'], order)).toBeLessThan(0);
  });

  it('puts a set before a longer set it starts', () => {
    expect(compareAccountableSets(['it'], ['it', 'ccm'], order)).toBeLessThan(0);
  });

  it('puts "no one" after every set of teams', () => {
    expect(compareAccountableSets([], ['ccm'], order)).toBeGreaterThan(0);
    expect(compareAccountableSets(['ccm'], [], order)).toBeLessThan(0);
    expect(compareAccountableSets([], [], order)).toBe(0);
  });
});

describe('countAccountableSets', () => {
  it('counts each set and lists the most named first', () => {
    expect(countAccountableSets([['ccm'], ['it'], ['ccm'], []], order)).toEqual([
      { accountable: ['ccm'], count: 2 },
      { accountable: ['it'], count: 1 },
      { accountable: [], count: 1 },
    ]);
  });

  it('breaks a tie by team order, whatever the order the answers came in', () => {
    expect(countAccountableSets([['ccm'], ['marketing']], order)[0]?.accountable).toEqual([
      'marketing',
    ]);
    expect(countAccountableSets([['marketing'], ['ccm']], order)[0]?.accountable).toEqual([
      'marketing',
    ]);
  });
});
