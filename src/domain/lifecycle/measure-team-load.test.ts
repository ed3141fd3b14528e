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

  it('calls a team overloaded when its R count is above twice the mean R count, not at it', () => {
    // R counts 3, 1, 0, 0: mean 1, so 3 is overloaded
    const loads = measureTeamLoad(teams, {
      x: activity({ responsible: ['a'] }),
      y: activity({ responsible: ['a', 'b'] }),
      z: activity({ responsible: ['a'] }),
    });
    expect(loads['a']).toMatchObject({ load: 3, overloaded: true });
    expect(loads['b']).toMatchObject({ load: 1, overloaded: false });
    // R counts 2, 1, 1, 0: mean 1, so 2 is exactly twice the mean
    const even = measureTeamLoad(teams, {
      x: activity({ responsible: ['a', 'b', 'c'] }),
      y: activity({ responsible: ['a'] }),
    });
    expect(even['a']).toMatchObject({ responsible: 2, overloaded: false });
  });

  it('shows A in the load but never counts it towards overload: governing is not doing', () => {
    // One team accountable for eight activities that others do: load 8, R count 0.
    const owned = Object.fromEntries(
      Array.from({ length: 8 }, (_, i) => [
        `x${i}`,
        activity({ accountable: ['a'], responsible: [i % 2 === 0 ? 'b' : 'c'] }),
      ]),
    );
    const loads = measureTeamLoad(teams, owned);
    expect(loads['a']).toMatchObject({ load: 8, accountable: 8, overloaded: false });
    expect(loads['b']).toMatchObject({ responsible: 4, overloaded: false });
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
