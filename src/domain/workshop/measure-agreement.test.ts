import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import type { ResponseRaci } from './index-responses';
import { measureAgreement, PERCEPTION_GAP_BELOW } from './measure-agreement';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['marketing', 'it', 'ccm'].map((id) => ({ id, name: id })) },
);
const names = (...accountable: string[]): ResponseRaci => ({
  role: 'staff',
  answer: { responsible: [], accountable, consulted: [], informed: [] },
});
const dontKnow: ResponseRaci = { role: 'staff', answer: 'unknown' };

describe('measureAgreement', () => {
  it('gives 0.4 on a 2/2/1 split among five participants, below the perception-gap line', () => {
    const result = measureAgreement(
      [names('it'), names('ccm'), names('ccm'), names('it'), names('marketing')],
      order,
    );
    expect(result?.agreement).toBeCloseTo(0.4);
    expect(result?.modal).toEqual(['it']);
    expect(result!.agreement).toBeLessThan(PERCEPTION_GAP_BELOW);
  });

  it('counts a set of two teams as one answer, distinct from either team alone', () => {
    const result = measureAgreement([names('it', 'ccm'), names('it', 'ccm'), names('it')], order);
    expect(result?.modal).toEqual(['it', 'ccm']);
    expect(result?.agreement).toBeCloseTo(2 / 3);
  });

  it('counts "no one" as an answer of its own', () => {
    const result = measureAgreement([names(), names(), names('ccm')], order);
    expect(result?.modal).toEqual([]);
    expect(result?.agreement).toBeCloseTo(2 / 3);
  });

  it('leaves "don’t know" out of the share', () => {
    const result = measureAgreement([names('ccm'), dontKnow, dontKnow], order);
    expect(result).toMatchObject({ answered: 1, unknown: 2, agreement: 1 });
  });

  it('is null when nobody named a team or "no one"', () => {
    expect(measureAgreement([dontKnow], order)).toBeNull();
    expect(measureAgreement([], order)).toBeNull();
  });
});
