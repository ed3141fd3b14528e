import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../analyse';
import type { ActivityAgreement, ActivityResult, Analysis } from '../../analysis';
import type { Response } from '../../schemas/assessment';
import { loadShippedModel } from '../../roadmap/shipped-model';
import { buildAssessment, buildModel } from '../../testing/fixtures';
import { consensusWalk } from './consensus-walk';

const model = buildModel();
const ids = model.activities.map((a) => a.id);

/** Participants naming these accountable teams on one activity, one team each. */
const room = (answers: Record<string, string[]>): Response[] => {
  const size = Math.max(...Object.values(answers).map((a) => a.length));
  return Array.from({ length: size }, (_, i) => ({
    participant: `p${i}`,
    maturity: {},
    raci: Object.fromEntries(
      Object.entries(answers).flatMap(([activity, teams]) =>
        teams[i] === undefined ? [] : [[activity, { [teams[i]]: 'A' }]],
      ),
    ),
  }));
};

/** An analysis holding only what the walk reads. */
function analysisOf(
  agreements: Record<string, number>,
  gaps: string[] = [],
  divided: string[] = [],
): Pick<Analysis, 'activities' | 'workshop'> {
  const activities = Object.fromEntries(
    ids.map((id) => [id, { flags: gaps.includes(id) ? ['perception-gap'] : [] } as ActivityResult]),
  );
  const agreement = (value: number) => ({ agreement: value }) as ActivityAgreement;
  return {
    activities,
    workshop: {
      participants: 5,
      kappa: null,
      meanAgreement: null,
      activities: Object.fromEntries(
        Object.entries(agreements).map(([id, a]) => [id, agreement(a)]),
      ),
      roles: {},
      leadershipGap: {},
      dividedQuestions: divided,
      questions: {},
    },
  };
}

describe('consensusWalk', () => {
  it('takes the activities the room split on first, then the divided questions', () => {
    const assessment = buildAssessment({
      responses: room({
        'data.source': ['it', 'it', 'it', 'it', 'it'],
        'triggers.define': ['it', 'it', 'marketing', 'marketing', 'ccm'],
        'content.author': ['marketing', 'marketing', 'marketing', 'it', 'it'],
      }).map((r, i) => ({ ...r, maturity: { 'review.timing': i < 2 ? 1 : 5 } })),
    });
    const shipped = loadShippedModel();
    const walk = consensusWalk(shipped, analyse(shipped, assessment));
    expect(walk).toEqual({
      activities: ['triggers.define', 'content.author', 'data.source'],
      questions: ['review.timing'],
    });
  });

  it('puts a perception gap first among equal agreements, then keeps model order', () => {
    const walk = consensusWalk(
      model,
      analysisOf({ 'data.source': 0.5, 'data.quality': 0.5, 'review.periodic': 0.5 }, [
        'review.periodic',
      ]),
    );
    expect(walk.activities).toEqual(['review.periodic', 'data.source', 'data.quality']);
  });

  it('is empty without a workshop', () => {
    expect(consensusWalk(model, { activities: {} })).toEqual({ activities: [], questions: [] });
  });

  it('walks every answered activity once, agreement never falling', () => {
    const agreements = fc.dictionary(
      fc.constantFrom(...ids),
      fc.double({ min: 0, max: 1, noNaN: true }),
    );
    fc.assert(
      fc.property(agreements, fc.subarray(ids), (given, gaps) => {
        const walk = consensusWalk(model, analysisOf(given, gaps));
        expect([...walk.activities].sort()).toEqual(Object.keys(given).sort());
        const shares = walk.activities.map((id) => given[id] ?? 0);
        shares.slice(1).forEach((share, i) => expect(share).toBeGreaterThanOrEqual(shares[i] ?? 0));
      }),
    );
  });
});
