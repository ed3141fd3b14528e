import { describe, expect, it } from 'vitest';
import type { AnswerDriver } from '../analysis';
import { buildAssessment, buildModel } from '../testing/fixtures';
import { indexResponseRaci } from '../workshop/index-responses';
import { measureAgreement } from '../workshop/measure-agreement';
import { assessActivities, type ActivitiesInput } from './assess-activities';
import { readFlagCatalogue } from './flag-catalogue';
import { buildTeamOrder } from './team-order';

const model = buildModel();
const order = buildTeamOrder(model, buildAssessment());
const base: ActivitiesInput = {
  activities: model.activities,
  raci: {},
  responses: new Map(),
  agreements: {},
  outOfScopeStages: new Set(),
  order,
  catalogue: readFlagCatalogue(model),
  regulated: true,
  reactive: null,
  controlFunction: 'ccm',
  contactCentre: null,
};
const afterSending: AnswerDriver = { question: 'review.timing', answer: 1, source: 'consensus' };

describe('assessActivities', () => {
  it('lists every model activity in model order', () => {
    expect(Object.keys(assessActivities(base))).toEqual(model.activities.map((a) => a.id));
  });

  it('reads the consensus answer and flags it', () => {
    const result = assessActivities({
      ...base,
      raci: { 'data.source': { it: 'A', marketing: 'A' } },
    })['data.source'];
    expect(result).toMatchObject({
      status: 'answered',
      source: 'consensus',
      accountable: ['marketing', 'it'],
    });
    expect(result?.flags).toEqual(['contested', 'no-doer', 'remote-owner']);
  });

  it('gives an out-of-scope activity no answer and no flag', () => {
    const result = assessActivities({
      ...base,
      raci: { 'data.source': {} },
      outOfScopeStages: new Set(['data']),
      reactive: afterSending,
    });
    expect(result['data.source']).toMatchObject({
      status: 'out-of-scope',
      flags: [],
      accountable: [],
    });
  });

  it('puts reactive control on the pre-send controls only, not on the periodic review of live templates', () => {
    const results = assessActivities({ ...base, reactive: afterSending });
    const flagged = Object.entries(results)
      .filter(([, r]) => r.flags.includes('reactive-control'))
      .map(([id]) => id);
    expect(flagged).toEqual(['review.approve']);
    expect(results['review.approve']?.flagDetails[0]?.severity).toBe('high');
  });

  it('puts reactive control on any activity the model marks as a pre-send control', () => {
    const activities = model.activities.map((a) =>
      a.id === 'content.library' ? { ...a, preSend: true } : a,
    );
    const results = assessActivities({ ...base, activities, reactive: afterSending });
    expect(results['content.library']?.flags).toEqual(['reactive-control']);
  });

  it('checks the contact centre on the activities the model marks as front-line only', () => {
    const results = assessActivities({
      ...base,
      contactCentre: 'customer-service',
      raci: Object.fromEntries(model.activities.map((a) => [a.id, { marketing: 'AR' }])),
    });
    const flagged = Object.entries(results)
      .filter(([, r]) => r.flags.includes('contact-centre-unaware'))
      .map(([id]) => id);
    expect(flagged).toEqual(['triggers.define', 'content.author']);
    expect(results['content.author']?.flagDetails[0]).toMatchObject({
      severity: 'medium',
      teams: ['customer-service'],
    });
  });

  it('raises nothing about the contact centre in a stage out of scope', () => {
    const results = assessActivities({
      ...base,
      contactCentre: 'customer-service',
      raci: { 'triggers.define': { it: 'AR' } },
      outOfScopeStages: new Set(['triggers']),
    });
    expect(results['triggers.define']?.flags).toEqual([]);
  });

  it('raises no reactive control without a review-timing answer that says so', () => {
    const results = assessActivities(base);
    expect(results['review.approve']?.flags).toEqual([]);
  });

  it('settles a tied room by making every tied team accountable: contested, with a perception gap', () => {
    const responses = indexResponseRaci(
      ['it', 'it', 'ccm', 'ccm'].map((team) => ({
        participant: team,
        maturity: {},
        raci: { 'data.quality': { [team]: 'AR', marketing: 'C' } },
      })),
      order,
    );
    const agreement = measureAgreement(responses.get('data.quality') ?? [], order);
    const result = assessActivities({
      ...base,
      responses,
      agreements: agreement ? { 'data.quality': agreement } : {},
    })['data.quality'];
    expect(result).toMatchObject({
      accountable: ['it', 'ccm'],
      responsible: ['it', 'ccm'],
      consulted: ['marketing'],
      agreement: 0.5,
    });
    expect(result?.flags).toEqual(['contested', 'perception-gap']);
  });

  it('uses the workshop’s modal answer without a consensus, with its agreement and perception gap', () => {
    const responses = indexResponseRaci(
      ['it', 'it', 'ccm', 'marketing', null].map((team) => ({
        participant: team ?? 'unsure',
        maturity: {},
        raci: { 'data.quality': team === null ? ('unknown' as const) : { [team]: 'AR' } },
      })),
      order,
    );
    const agreement = measureAgreement(responses.get('data.quality') ?? [], order);
    const result = assessActivities({
      ...base,
      responses,
      agreements: agreement ? { 'data.quality': agreement } : {},
    })['data.quality'];
    expect(result).toMatchObject({
      source: 'workshop',
      accountable: ['it'],
      agreement: 0.4,
      flags: ['perception-gap'],
    });
  });
});
