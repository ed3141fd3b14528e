import { describe, expect, it } from 'vitest';
import { analyse } from './analyse';
import type { Response } from './schemas/assessment';
import { buildRiskModel } from './risk/test-model';
import { answerEverywhere, buildAssessment } from './testing/fixtures';

const model = buildRiskModel();

describe('analyse', () => {
  it('gives a single control function accountable everywhere fragmentation 0, one owner, no handoff, coverage 1', () => {
    const analysis = analyse(
      model,
      buildAssessment({ raci: answerEverywhere({ ccm: 'AR', compliance: 'C' }) }),
    );
    expect(analysis.lifecycle).toMatchObject({
      accountableOwners: 1,
      hhi: 1,
      fragmentationIndex: 0,
      handoffs: 0,
      orphanRate: 0,
      contestRate: 0,
      controlFunctionCoverage: 1,
    });
    expect(Object.values(analysis.activities).every((a) => a.flags.length === 0)).toBe(true);
    expect(Object.values(analysis.stages).map((s) => s.mainAccountable)).toEqual([
      'ccm',
      'ccm',
      'ccm',
      'ccm',
    ]);
  });

  it('splits an activity with two accountable teams ½–½ and flags it contested (and marketing, who does not do it, remote)', () => {
    const analysis = analyse(
      model,
      buildAssessment({ raci: { 'data.source': { it: 'AR', marketing: 'A' } } }),
    );
    expect(analysis.activities['data.source']).toMatchObject({
      accountable: ['marketing', 'it'],
      flags: ['contested', 'remote-owner'],
    });
    expect(analysis.lifecycle.mainOwners).toEqual([
      { team: 'marketing', share: 0.5 },
      { team: 'it', share: 0.5 },
    ]);
    expect(analysis.lifecycle.fragmentationIndex).toBe(0.5);
  });

  it('works out load and overload per team', () => {
    // ccm: 8 R + 8 A = 16; compliance 0 R/A; overload counts R: mean 8 / 4 = 2, and 8 > 4
    const analysis = analyse(
      model,
      buildAssessment({ raci: answerEverywhere({ ccm: 'AR', compliance: 'C' }) }),
    );
    expect(analysis.teams['ccm']).toMatchObject({ load: 16, overloaded: true });
    expect(analysis.teams['compliance']).toMatchObject({
      load: 0,
      consulted: 8,
      overloaded: false,
    });
  });

  it('counts handoffs between stages owned by different teams', () => {
    const raci = {
      ...answerEverywhere({ it: 'AR' }),
      'content.author': { marketing: 'AR' },
      'content.library': { marketing: 'AR' },
    };
    expect(analyse(model, buildAssessment({ raci })).lifecycle.handoffs).toBe(2);
  });

  it('finds a 2/2/1 split among five participants: a tie, so both teams accountable, contested, with a perception gap', () => {
    const responses: Response[] = ['it', 'it', 'ccm', 'ccm', 'marketing'].map((team, i) => ({
      participant: `p${i}`,
      maturity: {},
      raci: { 'data.source': { [team]: 'AR' } },
    }));
    const analysis = analyse(model, buildAssessment({ responses }));
    expect(analysis.activities['data.source']).toMatchObject({
      agreement: 0.4,
      accountable: ['it', 'ccm'],
      source: 'workshop',
    });
    expect(analysis.activities['data.source']?.flags).toEqual(['contested', 'perception-gap']);
    // one activity, counts 2/2/1: P = (4 + 4 + 1 − 5) / 20 = 0.2; Pe = 0.16 + 0.16 + 0.04 = 0.36
    expect(analysis.workshop?.participants).toBe(5);
    expect(analysis.workshop?.kappa).toBeCloseTo((0.2 - 0.36) / (1 - 0.36));
  });

  it('keeps the consensus answer when there is one, but still shows the room’s disagreement', () => {
    const responses: Response[] = ['it', 'ccm'].map((team, i) => ({
      participant: `p${i}`,
      maturity: {},
      raci: { 'data.source': { [team]: 'AR' } },
    }));
    const analysis = analyse(
      model,
      buildAssessment({ raci: { 'data.source': { ccm: 'AR' } }, responses }),
    );
    expect(analysis.activities['data.source']).toMatchObject({
      accountable: ['ccm'],
      source: 'consensus',
      agreement: 0.5,
      flags: ['perception-gap'],
    });
  });

  it('flags reactive control on the pre-send control, high in a regulated organisation', () => {
    const analysis = analyse(model, buildAssessment({ maturity: { 'review.timing': 2 } }));
    expect(analysis.activities['review.approve']?.flagDetails).toMatchObject([
      { id: 'reactive-control', severity: 'high' },
    ]);
    expect(analysis.activities['review.periodic']?.flags).toEqual([]);
    expect(analysis.activities['data.source']?.flags).toEqual([]);
  });

  it('flags the contact centre unaware on front-line work where the team it names holds no letter', () => {
    const teams = [...buildAssessment().teams, { id: 'customer-service', name: 'Contact centre' }];
    const raci = answerEverywhere({ ccm: 'AR' });
    const analysis = analyse(model, buildAssessment({ teams, raci }));
    const flagged = Object.entries(analysis.activities)
      .filter(([, a]) => a.flags.includes('contact-centre-unaware'))
      .map(([id]) => id);
    expect(flagged).toEqual(['triggers.define', 'content.author']);
    const told = { ...raci, 'content.author': { ccm: 'AR', 'customer-service': 'I' } };
    expect(
      analyse(model, buildAssessment({ teams, raci: told })).activities['content.author']?.flags,
    ).toEqual([]);
  });

  it('raises no contact-centre flag when the assessment has no customer-service team to look at', () => {
    const analysis = analyse(model, buildAssessment({ raci: answerEverywhere({ ccm: 'AR' }) }));
    expect(Object.values(analysis.activities).flatMap((a) => a.flags)).toEqual([]);
  });

  it('gives a room answering 1, 1, 5, 5 on review timing reactive control, and lists the question as divided', () => {
    const responses: Response[] = [1, 1, 5, 5].map((answer, i) => ({
      participant: `p${i}`,
      maturity: { 'review.timing': answer },
      raci: {},
    }));
    const analysis = analyse(model, buildAssessment({ responses }));
    expect(analysis.activities['review.approve']?.flags).toEqual(['reactive-control']);
    expect(analysis.workshop?.dividedQuestions).toEqual(['review.timing']);
  });

  it('excludes out-of-scope stages and dimensions instead of counting them', () => {
    const analysis = analyse(
      model,
      buildAssessment({
        outOfScope: { stages: ['review'], dimensions: ['review'] },
        maturity: { 'review.timing': 1, 'data.quality': 4 },
        raci: { ...answerEverywhere({ ccm: 'AR' }), 'review.approve': {} },
      }),
    );
    expect(analysis.dimensions['review']).toMatchObject({ score: null, inScope: false });
    expect(analysis.overall.score).toBe(4);
    expect(analysis.activities['review.approve']).toMatchObject({
      status: 'out-of-scope',
      flags: [],
    });
    expect(analysis.lifecycle).toMatchObject({
      orphanRate: 0,
      activitiesInScope: 6,
      answeredActivities: 6,
    });
    expect(analysis.stages['review']).toMatchObject({ inScope: false, counted: false });
  });

  it('gives coverage 0 when the assessment removed the control function', () => {
    const teams = buildAssessment().teams.filter((t) => t.id !== 'ccm');
    const analysis = analyse(
      model,
      buildAssessment({ teams, raci: answerEverywhere({ it: 'AR' }) }),
    );
    expect(analysis.lifecycle.controlFunctionCoverage).toBe(0);
    expect(Object.keys(analysis.teams)).toEqual(['marketing', 'it', 'compliance']);
  });

  it('counts an assessment’s own team like any other', () => {
    const teams = [...buildAssessment().teams, { id: 'x1', name: 'فريق جديد' }];
    const analysis = analyse(
      model,
      buildAssessment({ teams, raci: { 'data.source': { x1: 'AR' } } }),
    );
    expect(analysis.lifecycle.mainOwners).toEqual([{ team: 'x1', share: 1 }]);
    expect(analysis.teams['x1']?.load).toBe(2);
  });

  it('builds the heatmap from its own flags: orphaned review raises the review row', () => {
    const maturity = { 'review.timing': 3, 'ownership.named': 3 } as const;
    const base = analyse(
      model,
      buildAssessment({ maturity, raci: answerEverywhere({ ccm: 'AR' }) }),
    );
    const orphaned = analyse(
      model,
      buildAssessment({
        maturity,
        raci: { ...answerEverywhere({ ccm: 'AR' }), 'review.approve': {} },
      }),
    );
    const reviewBefore = base.heatmap['review']?.regulatory;
    const reviewAfter = orphaned.heatmap['review']?.regulatory;
    // "No one" on 1 of review's 2 activities: orphaned adds 1 × ½, no doer 0.5 × ½.
    expect((reviewAfter?.likelihood ?? 0) - (reviewBefore?.likelihood ?? 0)).toBe(0.75);
    expect(reviewAfter?.drivers).toContainEqual(
      expect.objectContaining({ kind: 'flag', flag: 'orphaned', activities: ['review.approve'] }),
    );
  });

  it('builds the roadmap from the same results, phase by phase', () => {
    const analysis = analyse(model, buildAssessment({ raci: answerEverywhere({ ccm: 'AR' }) }));
    expect(analysis.roadmap.phases.map((p) => p.id)).toEqual([
      'stabilise',
      'standardise',
      'centralise',
      'optimise',
    ]);
  });

  it('leaves every stage unknown, not safe, when no maturity question is answered', () => {
    const analysis = analyse(model, buildAssessment({ raci: answerEverywhere({ ccm: 'AR' }) }));
    const cells = Object.values(analysis.heatmap).flatMap((row) => Object.values(row));
    expect(cells.every((c) => !c.outOfScope && c.unknown && c.score === null)).toBe(true);
  });

  it('leaves the workshop out when there are no responses', () => {
    expect(analyse(model, buildAssessment()).workshop).toBeUndefined();
  });

  it('gives an empty assessment no scores, no rates and no flags', () => {
    const analysis = analyse(model, buildAssessment());
    expect(analysis.overall).toEqual({
      score: null,
      weakest: null,
      level: null,
      levelName: null,
      confidence: 0,
      drivers: [],
    });
    expect(analysis.lifecycle).toMatchObject({
      hhi: null,
      orphanRate: null,
      handoffs: 0,
      answeredActivities: 0,
    });
    expect(
      Object.values(analysis.activities).every(
        (a) => a.status === 'unanswered' && a.flags.length === 0,
      ),
    ).toBe(true);
  });
});
