import { describe, expect, it } from 'vitest';
import type { ActivityResult } from '../analysis';
import { buildTeamOrder } from '../raci/team-order';
import type { FlagId } from '../schemas/flag';
import { buildAction, buildAssessment, buildModel } from '../testing/fixtures';
import { assignOwner, type OwnerSetting } from './assign-owners';

type ActivityOwners = Pick<ActivityResult, 'accountable' | 'flags' | 'status'>;
const owned = (accountable: string[], flags: FlagId[] = []): ActivityOwners => ({
  accountable,
  flags,
  status: 'answered',
});

const model = buildModel();
/** Marketing, IT and compliance take part; the control function is among the teams. */
function setting(activities: Record<string, ActivityOwners> = {}): OwnerSetting {
  const assessment = buildAssessment();
  return {
    teams: new Set(assessment.teams.map((t) => t.id)),
    sponsor: 'executive',
    controlFunction: 'ccm',
    order: buildTeamOrder(model, assessment),
    activities,
  };
}

describe('assignOwner', () => {
  it('gives the charter of the control function to the sponsor, never to the function it creates', () => {
    const charter = buildAction('charter', [], { chartersControlFunction: true });
    expect(assignOwner(charter, false, setting())).toBe('executive');
    expect(assignOwner(charter, true, setting())).toBe('executive');
  });

  it('gives the control function its actions once it exists, the sponsor until then', () => {
    const gate = buildAction('gate', [], { owner: 'ccm' });
    expect(assignOwner(gate, true, setting())).toBe('ccm');
    expect(assignOwner(gate, false, setting())).toBe('executive');
  });

  it('keeps the usual owner when the assessment has that team', () => {
    expect(assignOwner(buildAction('log', [], { owner: 'it' }), false, setting())).toBe('it');
  });

  it('gives an action whose usual owner is missing to the team accountable for most of what it touches', () => {
    const action = buildAction('library', [], {
      owner: 'communications',
      activities: ['content.author', 'content.library', 'review.approve'],
    });
    const activities = {
      'content.author': owned(['marketing']),
      'content.library': owned(['marketing', 'it']),
      'review.approve': owned(['compliance']),
    };
    expect(assignOwner(action, false, setting(activities))).toBe('marketing');
  });

  it('counts the activities carrying a flag the action resolves as touched', () => {
    const action = buildAction('owners', [], { owner: 'pmo', resolves: ['contested'] });
    const activities = {
      'data.source': owned(['it', 'compliance'], ['contested']),
      'data.quality': owned(['compliance', 'marketing'], ['contested']),
      'content.author': owned(['marketing']),
    };
    expect(assignOwner(action, false, setting(activities))).toBe('compliance');
  });

  it('breaks a tie in team order', () => {
    const action = buildAction('a', [], {
      owner: 'pmo',
      activities: ['data.source', 'data.quality'],
    });
    const activities = { 'data.source': owned(['compliance']), 'data.quality': owned(['it']) };
    expect(assignOwner(action, false, setting(activities))).toBe('it');
  });

  it('leaves out activities out of scope, teams the assessment lacks, and the control function before it exists', () => {
    const action = buildAction('a', [], {
      owner: 'pmo',
      activities: ['data.source', 'data.quality', 'content.author', 'content.library'],
    });
    const activities = {
      'data.source': owned(['ccm']),
      'data.quality': owned(['ccm', 'risk']),
      'content.author': owned(['risk']),
      'content.library': { ...owned(['marketing']), status: 'out-of-scope' as const },
    };
    expect(assignOwner(action, false, setting(activities))).toBe('executive');
    expect(assignOwner(action, true, setting(activities))).toBe('ccm');
  });

  it('falls back on the sponsor when nothing the action touches has an owner', () => {
    const action = buildAction('a', [], { owner: 'pmo', activities: ['review.periodic'] });
    expect(assignOwner(action, true, setting({ 'review.periodic': owned([]) }))).toBe('executive');
  });
});
