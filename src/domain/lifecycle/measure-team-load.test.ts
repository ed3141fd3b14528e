import { describe, expect, it } from 'vitest';
import type { ActivityResult } from '../analysis';
import { measureTeamLoad } from './measure-team-load';

const activity = (
  roles: Partial<ActivityResult>,
  status: ActivityResult['status'] = 'answered',
): ActivityResult => ({
  flags: [],
  accountable: [],
  stage: 'data',
  status,
  source: 'consensus',
  responsible: [],
  consulted: [],
  informed: [],
  flagDetails: [],
  ...roles,
});
const teams = ['a', 'b', 'c', 'd'].map((id) => ({ id }));

describe('measureTeamLoad', () => {
  it('counts R plus A, a team that is both counting twice', () => {
    const loads = measureTeamLoad(teams, {
      x: activity({ accountable: ['a'], responsible: ['a', 'b'], consulted: ['c'] }),
    });
    expect(loads['a']).toMatchObject({ load: 2, responsible: 1, accountable: 1 });
    expect(loads['b']?.load).toBe(1);
    expect(loads['c']).toMatchObject({ load: 0, consulted: 1 });
  });

  it('calls a team overloaded above twice the mean load, not at it', () => {
    // loads 3, 1, 0, 0: mean 1, so 3 is overloaded; 2 would not be
    const loads = measureTeamLoad(teams, {
      x: activity({ accountable: ['a'], responsible: ['a'] }),
      y: activity({ responsible: ['a', 'b'] }),
    });
    expect(loads['a']).toMatchObject({ load: 3, overloaded: true });
    expect(loads['b']).toMatchObject({ load: 1, overloaded: false });
    // loads 2, 1, 1, 0: mean 1, so 2 is exactly twice the mean
    const even = measureTeamLoad(teams, {
      x: activity({ accountable: ['a'], responsible: ['a', 'b', 'c'] }),
    });
    expect(even['a']).toMatchObject({ load: 2, overloaded: false });
  });

  it('leaves out activities that are unanswered, unknown or out of scope', () => {
    const loads = measureTeamLoad(teams, {
      x: activity({ accountable: ['a'] }, 'out-of-scope'),
      y: activity({ accountable: ['a'] }, 'unknown'),
    });
    expect(loads['a']?.load).toBe(0);
  });

  it('lists every assessment team, loaded or not', () => {
    expect(Object.keys(measureTeamLoad(teams, {}))).toEqual(['a', 'b', 'c', 'd']);
  });
});
