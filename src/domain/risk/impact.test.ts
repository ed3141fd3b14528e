import { describe, expect, it } from 'vitest';
import type { Organisation } from '../schemas/assessment';
import { PLAIN_ORGANISATION as plain, VOLUME_FACTOR } from '../testing/fixtures';
import { rateImpact } from './impact';

describe('rateImpact', () => {
  it('keeps the base impact for an organisation with no aggravating trait', () => {
    for (const category of ['operational', 'regulatory', 'reputational', 'customer'] as const) {
      expect(rateImpact('review', category, 3, plain)).toEqual({
        impact: 3,
        factors: [{ kind: 'base-impact', part: 'impact', stage: 'review', category, points: 3 }],
      });
    }
  });

  it('raises regulatory impact by one for a regulated organisation, and nothing else', () => {
    const regulated = { ...plain, regulated: true };
    expect(rateImpact('review', 'regulatory', 4, regulated).impact).toBe(5);
    expect(rateImpact('review', 'operational', 2, regulated).impact).toBe(2);
  });

  it('raises operational impact for 1m-10m and >10m messages a month but not for 100k-1m', () => {
    expect(rateImpact('delivery', 'operational', 3, { ...plain, volume: '1m-10m' }).impact).toBe(4);
    expect(
      rateImpact('delivery', 'operational', 3, { ...plain, volume: '>10m' }).factors[1],
    ).toEqual(VOLUME_FACTOR);
    expect(rateImpact('delivery', 'operational', 3, { ...plain, volume: '100k-1m' }).impact).toBe(
      3,
    );
  });

  it('raises reputational impact for a government organisation', () => {
    expect(
      rateImpact('content', 'reputational', 4, { ...plain, sector: 'government' }).impact,
    ).toBe(5);
  });

  it('raises customer-experience impact from five distinct channels, not four', () => {
    const four = { ...plain, channels: ['email', 'sms', 'app', 'web'] as Organisation['channels'] };
    const five = {
      ...plain,
      channels: ['email', 'sms', 'app', 'web', 'phone'] as Organisation['channels'],
    };
    expect(rateImpact('feedback', 'customer', 4, four).impact).toBe(4);
    expect(rateImpact('feedback', 'customer', 4, five).factors[1]).toMatchObject({
      factor: 'channels',
      detail: 5,
    });
  });

  it('caps at 5 when the base is already 5', () => {
    const r = rateImpact('review', 'regulatory', 5, { ...plain, regulated: true });
    expect(r.impact).toBe(5);
    expect(r.factors.at(-1)).toEqual({ kind: 'cap', part: 'impact', uncapped: 6, points: -1 });
  });
});
