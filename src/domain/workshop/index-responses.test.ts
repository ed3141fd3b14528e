import { describe, expect, it } from 'vitest';
import { buildTeamOrder } from '../raci/team-order';
import type { Response } from '../schemas/assessment';
import { indexResponseRaci } from './index-responses';

const order = buildTeamOrder(
  { teams: [] },
  { teams: ['it', 'ccm'].map((id) => ({ id, name: id })) },
);
const respond = (role: string | undefined, raci: Response['raci']): Response => ({
  participant: 'p',
  ...(role === undefined ? {} : { role }),
  maturity: {},
  raci,
});

describe('indexResponseRaci', () => {
  it('groups the answers by activity, in participant order, with each participant’s role group', () => {
    const index = indexResponseRaci(
      [
        respond('Staff', { 'data.source': { ccm: 'AR' } }),
        respond(undefined, { 'data.quality': 'unknown', 'data.source': {} }),
      ],
      order,
    );
    expect(index.get('data.source')).toEqual([
      {
        role: 'staff',
        answer: { responsible: ['ccm'], accountable: ['ccm'], consulted: [], informed: [] },
      },
      {
        role: 'unspecified',
        answer: { responsible: [], accountable: [], consulted: [], informed: [] },
      },
    ]);
    expect(index.get('data.quality')).toEqual([{ role: 'unspecified', answer: 'unknown' }]);
  });

  it('leaves out activities nobody answered', () => {
    expect(indexResponseRaci([respond('staff', {})], order).size).toBe(0);
  });
});
