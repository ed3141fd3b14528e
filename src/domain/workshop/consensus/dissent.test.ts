import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../../raci/team-order';
import type { Response } from '../../schemas/assessment';
import { buildAssessment, buildModel } from '../../testing/fixtures';
import { dissentOf } from './dissent';
import { withDissentLine, writeDissentLine } from './dissent-note';

const order = buildTeamOrder(buildModel(), buildAssessment());
const said = (who: Partial<Response>, answer: Response['raci'][string]): Response => ({
  participant: `p${Math.random()}`,
  maturity: {},
  raci: { 'data.source': answer },
  ...who,
});
const room: Response[] = [
  said({ name: 'Sara', team: 'it' }, { marketing: 'A' }),
  said({ team: 'it', role: 'staff' }, { it: 'A' }),
  said({ team: 'compliance', role: 'staff' }, { compliance: 'A', it: 'A' }),
  said({ team: 'compliance', role: 'staff' }, { it: 'A', compliance: 'AR' }),
  said({ name: 'Omar' }, {}),
  said({ name: 'Lina' }, 'unknown'),
  { participant: 'skipped', maturity: {}, raci: {} },
];
const teamName = (id: string): string => id.toUpperCase();
/** A line without the marks that isolate its names. */
const plain = (line: string | null): string | null => line && line.replace(/[\u2068\u2069]/g, '');

describe('dissentOf', () => {
  it('lists who named another owner: by name when named, else grouped by team and role', () => {
    expect(dissentOf(room, 'data.source', ['it'], order)).toEqual({
      answered: 5,
      count: 4,
      groups: [
        { name: 'Sara', accountable: ['marketing'], count: 1 },
        { team: 'compliance', role: 'staff', accountable: ['it', 'compliance'], count: 2 },
        { name: 'Omar', accountable: [], count: 1 },
      ],
    });
  });

  it('counts nobody when everyone who answered named the agreed teams, in any order', () => {
    const agreed = dissentOf(room.slice(2, 4), 'data.source', ['compliance', 'it'], order);
    expect(agreed).toEqual({ answered: 2, count: 0, groups: [] });
  });
});

describe('the dissent line of a note', () => {
  const dissent = dissentOf(room, 'data.source', ['it'], order);

  it('says how many of those who answered differ, who, and what they named, in no language', () => {
    expect(plain(writeDissentLine(dissent, teamName))).toBe(
      '≠ 4/5: Sara → MARKETING; COMPLIANCE · staff ×2 → IT + COMPLIANCE; Omar → ∅',
    );
  });

  it('sets every name apart, so that names of either direction keep their place', () => {
    expect(writeDissentLine(dissent, () => 'فريق')).toMatch(
      /^≠ 4\/5: \u2068Sara\u2069 → \u2068فريق\u2069; \u2068فريق\u2069 · \u2068staff\u2069 ×2/,
    );
  });

  it('is no line at all when nobody differs', () => {
    expect(writeDissentLine({ answered: 3, count: 0, groups: [] }, teamName)).toBeNull();
  });

  it('lists twelve groups and counts the rest', () => {
    const many = Array.from({ length: 15 }, (_, i) => ({
      name: `n${i}`,
      accountable: [],
      count: 1,
    }));
    const line = plain(writeDissentLine({ answered: 20, count: 15, groups: many }, teamName)) ?? '';
    expect(line).toMatch(/n11 → ∅; … \+3$/);
    expect(line).not.toContain('n12');
  });

  it('goes below the note, replacing an earlier dissent line and keeping what was written', () => {
    const first = withDissentLine('Checked with the CIO.', '≠ 1/3: Sara → IT');
    expect(first).toBe('Checked with the CIO.\n≠ 1/3: Sara → IT');
    expect(withDissentLine(first, '≠ 2/4: Omar → ∅')).toBe(
      'Checked with the CIO.\n≠ 2/4: Omar → ∅',
    );
    expect(withDissentLine(first, null)).toBe('Checked with the CIO.');
    expect(withDissentLine(undefined, null)).toBe('');
  });
});
