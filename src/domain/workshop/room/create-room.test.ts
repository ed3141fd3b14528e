import { describe, expect, it } from 'vitest';
import { buildAssessment } from '../../testing/fixtures';
import { DEFAULT_WORKSHOP_QUESTIONS } from '../plan';
import { createWorkshopRecord, resolvePlan } from './create-room';
import { buildRecord, model, workshopInput } from '../../testing/workshop-room';
import { readWorkshopRecord } from './record';

const keys = {
  id: 'workshop-id-0123456789',
  code: 'ABCDEFGH',
  secretHash: 'b'.repeat(64),
  joinUrl: 'http://room.test/join/?code=ABCDEFGH',
  now: '2026-11-28T12:00:00.000Z',
};

describe('creating a workshop', () => {
  it('starts open, hidden, with no one in it, asking the default questions and every activity', () => {
    const record = buildRecord();
    expect(record).toMatchObject({
      state: 'open',
      revealed: false,
      current: null,
      participants: {},
    });
    expect(record.plan.questions).toEqual([...DEFAULT_WORKSHOP_QUESTIONS]);
    expect(record.plan.activities).toEqual(model.activities.map((a) => a.id));
    expect(readWorkshopRecord(record).success).toBe(true);
  });

  it('keeps the profile and teams but none of the assessment’s own answers', () => {
    const input = {
      ...workshopInput(),
      maturity: { 'ownership.owner': 5 },
      raci: { 'data.source': { it: 'A' } },
      responses: [{ participant: 'p1', maturity: {}, raci: {} }],
    };
    const created = createWorkshopRecord(input, model, keys);
    expect(created.ok && created.value.assessment).toMatchObject({
      maturity: {},
      raci: {},
      status: 'draft',
    });
    expect(created.ok && 'responses' in created.value.assessment).toBe(false);
  });

  it('asks only known activities and questions in scope', () => {
    const assessment = buildAssessment({
      modelVersion: model.version,
      outOfScope: { stages: [model.activities.at(-1)?.stage ?? ''], dimensions: ['data'] },
    });
    const plan = resolvePlan(
      {
        letters: 'raci',
        pace: 'paced',
        anonymous: true,
        questions: ['data.truth', 'ownership.owner', 'x.y'],
        activities: ['data.source', 'no.such'],
      },
      model,
      assessment,
    );
    expect(plan).toEqual({
      letters: 'raci',
      pace: 'paced',
      anonymous: true,
      questions: ['ownership.owner'],
      activities: ['data.source'],
    });
  });

  it('refuses a body that is not an assessment, naming what is wrong, the plan’s problems under workshop', () => {
    const created = createWorkshopRecord(
      { ...workshopInput({ pace: 'fast' }), period: 'soon' },
      model,
      keys,
    );
    expect(created.ok).toBe(false);
    if (!created.ok)
      expect(created.problems.map((p) => p.path).sort()).toEqual(['period', 'workshop.pace']);
    expect(createWorkshopRecord([], model, keys).ok).toBe(false);
  });

  it('refuses a plan that asks nothing', () => {
    const created = createWorkshopRecord(
      workshopInput({ questions: [], activities: ['no.such'] }),
      model,
      keys,
    );
    expect(!created.ok && created.problems[0]?.code).toBe('empty');
  });
});
