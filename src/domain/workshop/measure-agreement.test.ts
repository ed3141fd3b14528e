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
  it('gives 0.6 on a 3/1/1 split among five participants, on the perception-gap line', () => {
    const result = measureAgreement(
      [names('it'), names('ccm'), names('it'), names('it'), names('marketing')],
      order,
    );
    expect(result).toMatchObject({ modal: ['it'], tied: false, agreement: 0.6 });
    expect(result!.agreement).not.toBeLessThan(PERCEPTION_GAP_BELOW);
  });

  it('does not settle a tie by list order: every tied team is accountable, and the room is tied', () => {
    const result = measureAgreement(
      [names('ccm'), names('it'), names('ccm'), names('it'), names('marketing')],
      order,
    );
    expect(result).toMatchObject({ modal: ['it', 'ccm'], tied: true });
    expect(result?.agreement).toBeCloseTo(0.4);
  });

  it('makes the one team accountable when it ties with "no one", still a tie', () => {
    const result = measureAgreement([names(), names('ccm')], order);
    expect(result).toMatchObject({ modal: ['ccm'], tied: true, agreement: 0.5 });
  });

  it('counts a set of two teams as one answer, distinct from either team alone', () => {
    const result = measureAgreement([names('it', 'ccm'), names('it', 'ccm'), names('it')], order);
    expect(result).toMatchObject({ modal: ['it', 'ccm'], tied: false });
    expect(result?.agreement).toBeCloseTo(2 / 3);
  });

  it('counts "no one" as an answer of its own', () => {
    const result = measureAgreement([names(), names(), names('ccm')], order);
    expect(result?.modal).toEqual([]);
    expect(result?.agreement).toBeCloseTo(2 / 3);
  });

  it('counts "don’t know" in the share: one named owner and two "don’t know" agree at a third', () => {
    const result = measureAgreement([names('ccm'), dontKnow, dontKnow], order);
    expect(result).toMatchObject({ answered: 1, unknown: 2, modal: ['ccm'] });
    expect(result?.agreement).toBeCloseTo(1 / 3);
  });

  it('is null when nobody named a team or "no one"', () => {
    expect(measureAgreement([dontKnow], order)).toBeNull();
    expect(measureAgreement([], order)).toBeNull();
  });
});
