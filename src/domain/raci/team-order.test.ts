import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from './team-order';

const model = {
  teams: [
    { id: 'marketing', name: { en: 'M', ar: 'م' } },
    { id: 'ccm', name: { en: 'C', ar: 'ر' } },
  ],
};

describe('buildTeamOrder', () => {
  it('puts the model teams first, in model order', () => {
    const order = buildTeamOrder(model, {
      teams: [
        { id: 'ccm', name: 'CCM' },
        { id: 'marketing', name: 'Marketing' },
      ],
    });
    expect(order.sort(['ccm', 'marketing'])).toEqual(['marketing', 'ccm']);
  });

  it('puts the assessment’s own teams after the model teams, in assessment order', () => {
    const order = buildTeamOrder(model, {
      teams: [
        { id: 'zeta', name: 'Z' },
        { id: 'alpha', name: 'A' },
      ],
    });
    expect(order.sort(['alpha', 'zeta', 'ccm'])).toEqual(['ccm', 'zeta', 'alpha']);
  });

  it('puts ids nobody declared last, lexically', () => {
    const order = buildTeamOrder(model, { teams: [] });
    expect(order.sort(['b', 'a', 'ccm'])).toEqual(['ccm', 'a', 'b']);
  });
});
