import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse';
import { buildRecord, model } from '../../testing/workshop-room';
import type { ParticipantRecord, WorkshopRecord } from './record';
import {
  countParticipants,
  facilitatorStatus,
  publicWorkshop,
  roomAggregates,
  roomAssessment,
  roomResponses,
  roomStatus,
} from './views';

function participant(overrides: Partial<ParticipantRecord> = {}): ParticipantRecord {
  return {
    tokenHash: 'd'.repeat(64),
    joinedAt: '2026-11-28T12:00:00.000Z',
    revision: 1,
    answers: { maturity: {}, raci: {} },
    ...overrides,
  };
}

function roomWith(
  plan: Record<string, unknown>,
  people: Record<string, ParticipantRecord>,
): WorkshopRecord {
  return { ...buildRecord(plan), participants: people };
}

describe('what a workshop shows', () => {
  it('shows anyone with the code the plan, teams and state, never the id, secret or link', () => {
    const shown = publicWorkshop(buildRecord());
    expect(Object.keys(shown).sort()).toEqual([
      'code',
      'current',
      'modelVersion',
      'organisation',
      'period',
      'plan',
      'revealed',
      'state',
      'teams',
    ]);
    expect(JSON.stringify(shown)).not.toContain('workshop-id-0123456789');
    expect(JSON.stringify(shown)).not.toContain('a'.repeat(64));
  });

  it('turns submitted answers into responses, leaving out those who have not submitted', () => {
    const record = roomWith(
      {},
      {
        p1: participant({
          name: 'Huda',
          team: 'it',
          role: 'staff',
          answers: { maturity: { 'ownership.owner': 2 }, raci: {} },
        }),
        p2: participant({ revision: 0 }),
      },
    );
    expect(roomResponses(record)).toEqual([
      {
        participant: 'p1',
        name: 'Huda',
        team: 'it',
        role: 'staff',
        maturity: { 'ownership.owner': 2 },
        raci: {},
      },
    ]);
    expect(roomAssessment(record).responses).toHaveLength(1);
  });

  it('leaves names out of the responses of an anonymous workshop', () => {
    const record = roomWith({ anonymous: true }, { p1: participant({ name: 'Huda' }) });
    expect(roomResponses(record)[0]).not.toHaveProperty('name');
  });

  it('counts as finished those who answered every question and activity asked, don’t know included', () => {
    const record = roomWith(
      { questions: ['ownership.owner'], activities: ['data.source'] },
      {
        done: participant({
          answers: { maturity: { 'ownership.owner': 'unknown' }, raci: { 'data.source': {} } },
        }),
        half: participant({ answers: { maturity: { 'ownership.owner': 3 }, raci: {} } }),
        waiting: participant({ revision: 0 }),
      },
    );
    expect(countParticipants(record)).toEqual({ participants: 3, finished: 1 });
    expect(roomStatus(record)).toEqual({
      participants: 3,
      finished: 1,
      state: 'open',
      revealed: false,
      current: null,
    });
    expect(facilitatorStatus(record)).toMatchObject({
      code: 'ABCDEFGH',
      joinUrl: 'http://room.test/join/?code=ABCDEFGH',
    });
  });
});

describe('the aggregates a participant may see', () => {
  it('are nothing before anyone answers', () => {
    expect(roomAggregates(analyse(model, roomAssessment(buildRecord())))).toBeUndefined();
  });

  it('carry counts and shares but no participant id, name or role group', () => {
    const record = roomWith(
      { activities: ['data.source'], questions: ['ownership.owner'] },
      {
        'secret-id-1': participant({
          name: 'Huda',
          role: 'leadership',
          answers: { maturity: { 'ownership.owner': 1 }, raci: { 'data.source': { it: 'A' } } },
        }),
        'secret-id-2': participant({
          name: 'Omar',
          role: 'staff',
          answers: {
            maturity: { 'ownership.owner': 5 },
            raci: { 'data.source': { marketing: 'A' } },
          },
        }),
      },
    );
    const aggregates = roomAggregates(analyse(model, roomAssessment(record)));
    const text = JSON.stringify(aggregates);
    for (const hidden of ['secret-id', 'Huda', 'Omar', 'leadership'])
      expect(text).not.toContain(hidden);
    expect(aggregates?.activities['data.source']).toMatchObject({
      answered: 2,
      tied: true,
      agreement: 0.5,
    });
    expect(aggregates?.questions['ownership.owner']).toMatchObject({ answered: 2, median: 3 });
  });
});
