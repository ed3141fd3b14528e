import { describe, expect, it } from 'vitest';
import type { Response } from '../schemas/assessment';
import { buildModel } from '../testing/fixtures';
import { measureLeadershipGap } from './leadership-gap';

const model = buildModel();
const respond = (role: string | undefined, maturity: Response['maturity']): Response => ({
  participant: 'p',
  ...(role === undefined ? {} : { role }),
  maturity,
  raci: {},
});

describe('measureLeadershipGap', () => {
  it('shows leaders rating a dimension higher than the people doing the work', () => {
    const gaps = measureLeadershipGap(
      model,
      [
        respond('leadership', { 'ownership.named': 4, 'ownership.charter': 5 }),
        respond('staff', { 'ownership.named': 2, 'ownership.charter': 1 }),
        respond('management', { 'ownership.named': 2 }),
      ],
      new Set(),
    );
    // leadership 4.5; others: staff 1.5, management 2, mean 1.75
    expect(gaps['ownership']).toEqual({
      leadership: 4.5,
      others: 1.75,
      gap: 2.75,
      leadershipParticipants: 1,
      otherParticipants: 2,
    });
  });

  it('counts participants without a role among everyone else, and ignores "don’t know"', () => {
    const gaps = measureLeadershipGap(
      model,
      [
        respond('Leadership', { 'data.quality': 2 }),
        respond(undefined, { 'data.quality': 3, 'review.timing': 'unknown' }),
      ],
      new Set(),
    );
    expect(gaps['data']?.gap).toBe(-1);
    expect(gaps['review']).toMatchObject({ leadership: null, others: null, gap: null });
  });

  it('has no gap for a side that did not rate the dimension', () => {
    const gaps = measureLeadershipGap(
      model,
      [respond('leadership', { 'data.quality': 2 })],
      new Set(),
    );
    expect(gaps['data']).toMatchObject({ leadership: 2, others: null, gap: null });
  });

  it('leaves out-of-scope dimensions out', () => {
    const gaps = measureLeadershipGap(
      model,
      [respond('leadership', { 'data.quality': 2 })],
      new Set(['data']),
    );
    expect(Object.keys(gaps)).toEqual(['ownership', 'review']);
  });

  it('is empty when nobody gave the leadership role', () => {
    expect(
      measureLeadershipGap(model, [respond('staff', { 'data.quality': 2 })], new Set()),
    ).toEqual({});
  });
});
