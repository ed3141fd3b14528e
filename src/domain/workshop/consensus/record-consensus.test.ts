import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse';
import { loadShippedModel } from '../../roadmap/shipped-model';
import type { Response } from '../../schemas/assessment';
import { buildAssessment } from '../../testing/fixtures';
import { agreedAnswer, recordConsensus } from './record-consensus';

const model = loadShippedModel();
/** A note without the marks that isolate the names of its dissent line. */
const plain = (note: string | undefined): string | undefined =>
  note?.replace(/[\u2068\u2069]/g, '');
const answer = (participant: string, team: string, who: Partial<Response> = {}): Response => ({
  participant,
  ...who,
  maturity: { 'review.timing': participant === 'p5' ? 5 : 1 },
  raci: { 'triggers.define': { [team]: 'A' } },
});
/** A 2/2/1 split on who owns triggers.define. */
const responses = [
  answer('p1', 'it', { name: 'Sara' }),
  answer('p2', 'it', { team: 'it', role: 'staff' }),
  answer('p3', 'marketing', { team: 'compliance' }),
  answer('p4', 'marketing', { name: 'Omar' }),
  answer('p5', 'ccm', { role: 'leadership' }),
];
const assessment = buildAssessment({
  modelVersion: model.version,
  responses,
  notes: { 'triggers.define': 'Rules live in the CRM.' },
});

describe('recordConsensus', () => {
  const agreed = recordConsensus(model, assessment, {
    raci: { 'triggers.define': agreedAnswer(['marketing'], { it: 'R' }) },
    maturity: { 'review.timing': 3 },
  });

  it('makes the agreed answers the ones the analysis uses, keeping every response', () => {
    const before = analyse(model, assessment);
    expect(before.activities['triggers.define']?.accountable).toEqual(['marketing', 'it']);
    const after = analyse(model, agreed);
    expect(after.activities['triggers.define']).toMatchObject({
      accountable: ['marketing'],
      responsible: ['it'],
      source: 'consensus',
    });
    expect(
      after.dimensions['review']?.drivers.find((d) => d.question === 'review.timing'),
    ).toMatchObject({
      answer: 3,
      source: 'consensus',
    });
    expect(agreed.responses).toEqual(responses);
    expect(after.workshop?.activities['triggers.define']?.agreement).toBe(0.4);
  });

  it('writes who saw it differently under the note, by name or by team', () => {
    expect(plain(agreed.notes['triggers.define'])).toBe(
      'Rules live in the CRM.\n≠ 3/5: Sara → it; it · staff → it; leadership → ccm',
    );
  });

  it('replaces the dissent line when the consensus is recorded again', () => {
    const again = recordConsensus(model, agreed, {
      raci: { 'triggers.define': agreedAnswer(['it']) },
      maturity: {},
    });
    expect(plain(again.notes['triggers.define'])?.split('\n')).toEqual([
      'Rules live in the CRM.',
      '≠ 3/5: compliance → marketing; Omar → marketing; leadership → ccm',
    ]);
  });
});

describe('agreedAnswer', () => {
  it("writes each team's letters in R, A, C, I order, A only for the agreed teams", () => {
    expect(agreedAnswer(['it', 'ccm'], { it: 'IR', ccm: 'A', compliance: 'CA', risk: '' })).toEqual(
      {
        it: 'RAI',
        ccm: 'A',
        compliance: 'C',
      },
    );
    expect(agreedAnswer([])).toEqual({});
  });
});
