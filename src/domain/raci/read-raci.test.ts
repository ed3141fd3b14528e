import { describe, expect, it } from 'vitest';
import { readRaciRoles } from './read-raci';
import { buildTeamOrder } from './team-order';

const order = buildTeamOrder(
  { teams: [] },
  {
    teams: [
      { id: 'it', name: 'IT' },
      { id: 'ccm', name: 'CCM' },
    ],
  },
);

describe('readRaciRoles', () => {
  it('reads the letters in any order', () => {
    expect(readRaciRoles({ ccm: 'RA', it: 'CI' }, order)).toEqual({
      responsible: ['ccm'],
      accountable: ['ccm'],
      consulted: ['it'],
      informed: ['it'],
    });
  });

  it('lists teams in team order whatever the key order', () => {
    expect(readRaciRoles({ ccm: 'A', it: 'A' }, order).accountable).toEqual(['it', 'ccm']);
  });

  it('reads "no one" as no team at all', () => {
    expect(readRaciRoles({}, order)).toEqual({
      responsible: [],
      accountable: [],
      consulted: [],
      informed: [],
    });
  });
});
