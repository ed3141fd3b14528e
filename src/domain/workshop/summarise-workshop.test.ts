import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import type { Response } from '../schemas/assessment';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { indexResponseRaci } from './index-responses';
import { summariseWorkshop } from './summarise-workshop';

const model = buildModel();
const order = buildTeamOrder(model, buildAssessment());
const respond = (role: string | undefined, raci: Response['raci']): Response => ({
  participant: 'p',
  ...(role === undefined ? {} : { role }),
  maturity: {},
  raci,
});
const summarise = (responses: Response[]) =>
  summariseWorkshop({
    model,
    responses,
    answers: indexResponseRaci(responses, order),
    activityIds: ['data.source', 'data.quality'],
    order,
    outOfScopeDimensions: new Set(),
  });

describe('summariseWorkshop', () => {
  it('counts the participants and measures agreement for the whole room', () => {
    const result = summarise([
      respond('leadership', { 'data.source': { ccm: 'A' } }),
      respond('staff', { 'data.source': { it: 'A' } }),
      respond('staff', { 'data.source': { it: 'A' } }),
    ]);
    expect(result.participants).toBe(3);
    expect(result.activities['data.source']).toMatchObject({ modal: ['it'], agreement: 2 / 3 });
  });

  it('gives the same statistics per role group', () => {
    const result = summarise([
      respond('leadership', { 'data.source': { ccm: 'A' } }),
      respond('staff', { 'data.source': { it: 'A' } }),
      respond('Staff', { 'data.source': { it: 'A' } }),
      respond(undefined, { 'data.source': 'unknown' }),
    ]);
    expect(Object.keys(result.roles)).toEqual(['leadership', 'staff', 'unspecified']);
    expect(result.roles['staff']).toMatchObject({
      participants: 2,
      activities: { 'data.source': { agreement: 1 } },
    });
    expect(result.roles['unspecified']?.activities).toEqual({});
  });

  it('leaves activities outside the given list out of every statistic', () => {
    const result = summarise([respond('staff', { 'review.approve': { ccm: 'A' } })]);
    expect(result.activities).toEqual({});
    expect(result.kappa).toBeNull();
  });
});

describe('summariseWorkshop, on maturity answers', () => {
  it('lists review.timing as divided when the room answers 1, 1, 5, 5', () => {
    const responses = [1, 1, 5, 5].map((answer, i): Response => ({
      participant: `p${i}`,
      maturity: { 'review.timing': answer },
      raci: {},
    }));
    const result = summarise(responses);
    expect(result.dividedQuestions).toEqual(['review.timing']);
    expect(result.questions['review.timing']).toMatchObject({ median: 3, iqr: 4, divided: true });
  });
});
