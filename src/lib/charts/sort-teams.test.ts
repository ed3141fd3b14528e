import { describe, expect, it } from 'vitest';
import { sortTeams } from './sort-teams';

const teams = [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }];
const results = {
  a: { load: 2, accountable: 0 },
  b: { load: 5, accountable: 1 },
  c: { load: 5, accountable: 3 },
  d: { load: 0, accountable: 0 },
};
const ids = (list: { id: string }[]): string[] => list.map((t) => t.id);

describe('ordering the matrix’s teams', () => {
  it('keeps the assessment’s order on request, in a new array', () => {
    const sorted = sortTeams(teams, results, 'model');
    expect(ids(sorted)).toEqual(['a', 'b', 'c', 'd']);
    expect(sorted).not.toBe(teams);
  });

  it('puts the heaviest load first, equal loads in the assessment’s order', () => {
    expect(ids(sortTeams(teams, results, 'load'))).toEqual(['b', 'c', 'a', 'd']);
  });

  it('puts the team accountable for most activities first', () => {
    expect(ids(sortTeams(teams, results, 'accountable'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('counts a team the analysis does not know as zero', () => {
    expect(ids(sortTeams([{ id: 'x' }, ...teams], results, 'load')).at(-1)).toBe('d');
  });
});
