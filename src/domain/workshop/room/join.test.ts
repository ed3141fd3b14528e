import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../testing/workshop-room';
import { joinParticipant } from './join';

const NOW = '2026-11-28T12:00:00.000Z';
const HASH = 'c'.repeat(64);

describe('joining a workshop', () => {
  it('keeps the name, team and role a participant gives, trimmed', () => {
    const joined = joinParticipant(
      { name: '  Huda ', team: 'it', role: 'staff' },
      buildRecord(),
      HASH,
      NOW,
    );
    expect(joined.ok && joined.value).toEqual({
      tokenHash: HASH,
      joinedAt: NOW,
      name: 'Huda',
      team: 'it',
      role: 'staff',
      revision: 0,
      answers: { maturity: {}, raci: {} },
    });
  });

  it('drops the name before anything is stored when the workshop is anonymous', () => {
    const joined = joinParticipant({ name: 'Huda' }, buildRecord({ anonymous: true }), HASH, NOW);
    expect(joined.ok && 'name' in joined.value).toBe(false);
  });

  it('joins with nothing said at all', () => {
    expect(joinParticipant(undefined, buildRecord(), HASH, NOW).ok).toBe(true);
  });

  it('refuses a team the workshop does not have, and a name too long', () => {
    const team = joinParticipant({ team: 'nobody' }, buildRecord(), HASH, NOW);
    expect(!team.ok && team.problems[0]).toMatchObject({ path: 'team', code: 'unknown-ref' });
    const name = joinParticipant({ name: 'x'.repeat(121) }, buildRecord(), HASH, NOW);
    expect(!name.ok && name.problems[0]?.path).toBe('name');
  });
});
