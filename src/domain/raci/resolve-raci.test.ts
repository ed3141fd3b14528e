import { describe, expect, it } from 'vitest';
import type { ResponseRaci } from '../workshop/index-responses';
import { measureAgreement } from '../workshop/measure-agreement';
import { readRaciRoles } from './read-raci';
import { resolveRaci } from './resolve-raci';
import { buildTeamOrder } from './team-order';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['marketing', 'it', 'ccm'].map((id) => ({ id, name: id })) },
);
const says = (answer: Record<string, string> | 'unknown'): ResponseRaci => ({
  role: 'staff',
  answer: answer === 'unknown' ? 'unknown' : readRaciRoles(answer, order),
});
const resolve = (consensus: Parameters<typeof resolveRaci>[0], responses: ResponseRaci[]) =>
  resolveRaci(consensus, responses, measureAgreement(responses, order), order);

describe('resolveRaci', () => {
  it('uses the consensus answer over the responses', () => {
    const result = resolve({ ccm: 'A' }, [says({ it: 'A' })]);
    expect(result).toMatchObject({
      status: 'answered',
      source: 'consensus',
      roles: { accountable: ['ccm'] },
    });
  });

  it('reads a consensus "don’t know" as unknown', () => {
    expect(resolve('unknown', [says({ it: 'A' })])).toEqual({
      status: 'unknown',
      source: 'consensus',
      roles: null,
    });
  });

  it('uses the room’s modal accountable set without a consensus', () => {
    const result = resolve(undefined, [
      says({ it: 'AR' }),
      says({ ccm: 'A', it: 'R' }),
      says({ ccm: 'A' }),
    ]);
    expect(result.source).toBe('workshop');
    expect(result.roles?.accountable).toEqual(['ccm']);
  });

  it('gives R, C and I to teams that at least half of the participants naming the modal owner named', () => {
    const result = resolve(undefined, [
      says({ it: 'AR', marketing: 'C' }),
      says({ it: 'A', ccm: 'R' }),
      says({ it: 'A', ccm: 'I' }),
      says({ it: 'AR' }),
      says('unknown'),
    ]);
    expect(result.roles).toEqual({
      responsible: ['it'],
      accountable: ['it'],
      consulted: [],
      informed: [],
    });
  });

  it('leaves out the letters of participants who named another owner', () => {
    const result = resolve(undefined, [
      says({ it: 'AR' }),
      says({ it: 'AR' }),
      says({ ccm: 'AR', marketing: 'R' }),
      says({ marketing: 'AR' }),
    ]);
    expect(result.roles).toEqual({
      responsible: ['it'],
      accountable: ['it'],
      consulted: [],
      informed: [],
    });
  });

  it('says "don’t know" when every participant did', () => {
    expect(resolve(undefined, [says('unknown')])).toEqual({
      status: 'unknown',
      source: 'workshop',
      roles: null,
    });
  });

  it('leaves an activity nobody answered unanswered', () => {
    expect(resolve(undefined, [])).toEqual({ status: 'unanswered', source: null, roles: null });
  });
});
