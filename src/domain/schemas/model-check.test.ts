import { describe, expect, it } from 'vitest';
import { buildAssessment, buildModel } from '../testing/fixtures';
import type { Assessment } from './assessment';
import { checkAssessmentAgainstModel, toModelIds } from './model-check';

const model = buildModel({
  stages: [...buildModel().stages, { id: 'delivery', name: { en: 'Delivery', ar: 'الإرسال' } }],
  actions: [{ id: 'name-owner' }, { id: 'charter' }],
});
const problemsOf = (overrides: Partial<Assessment>) =>
  checkAssessmentAgainstModel(model, buildAssessment(overrides)).map((p) => [p.code, p.path]);

describe('checking an assessment against the model', () => {
  it('finds nothing wrong in an assessment that uses only the model’s ids', () => {
    expect(
      problemsOf({
        maturity: { 'ownership.named': 2 },
        raci: { 'review.approve': { ccm: 'A' } },
        notes: { 'review.timing': 'after sending', 'data.source': 'CRM' },
        outOfScope: { stages: ['delivery'], dimensions: ['data'] },
        targets: { review: 4 },
        roadmap: { charter: 'done' },
        responses: [{ participant: 'p1', maturity: { 'review.timing': 1 }, raci: {} }],
      }),
    ).toEqual([]);
  });

  it('refuses a maturity answer to a question the model does not have, with its path', () => {
    expect(problemsOf({ maturity: { 'ownership.named': 2, 'ownership.foo': 3 } })).toEqual([
      ['unknown-question', 'maturity["ownership.foo"]'],
    ]);
  });

  it('refuses RACI letters on an activity the model does not have, with its path', () => {
    expect(problemsOf({ raci: { 'data.nope': { ccm: 'A' }, 'data.gone': 'unknown' } })).toEqual([
      ['unknown-activity', 'raci["data.nope"]'],
      ['unknown-activity', 'raci["data.gone"]'],
    ]);
  });

  it('refuses unknown ids in a participant’s answers, naming the participant’s place', () => {
    const responses = [
      { participant: 'p1', maturity: {}, raci: {} },
      { participant: 'p2', maturity: {}, raci: {} },
      { participant: 'p3', maturity: { 'review.late': 2 }, raci: { 'review.skip': {} } },
    ];
    expect(problemsOf({ responses })).toEqual([
      ['unknown-question', 'responses[2].maturity["review.late"]'],
      ['unknown-activity', 'responses[2].raci["review.skip"]'],
    ]);
  });

  it('accepts a note on a question or an activity, and refuses one on anything else', () => {
    expect(
      problemsOf({ notes: { 'review.timing': 'a', 'review.approve': 'b', misc: 'c' } }),
    ).toEqual([['unknown-note', 'notes.misc']]);
  });

  it('refuses unknown stages and dimensions out of scope, by their place in the list', () => {
    expect(
      problemsOf({ outOfScope: { stages: ['delivery', 'billing'], dimensions: ['mood'] } }),
    ).toEqual([
      ['unknown-stage', 'outOfScope.stages[1]'],
      ['unknown-dimension', 'outOfScope.dimensions[0]'],
    ]);
  });

  it('refuses a target for a dimension the model does not have', () => {
    expect(problemsOf({ targets: { review: 4, speed: 5 } })).toEqual([
      ['unknown-dimension', 'targets.speed'],
    ]);
  });

  it('refuses tracking of a roadmap action the model does not have', () => {
    expect(
      problemsOf({ roadmap: { charter: 'done', 'buy-a-tool': { status: 'in-progress' } } }),
    ).toEqual([['unknown-action', 'roadmap.buy-a-tool']]);
  });

  it('accepts as sponsor one of the assessment’s teams or the model’s sponsor, and nothing else', () => {
    const organisation = buildAssessment().organisation;
    expect(problemsOf({ organisation: { ...organisation, sponsor: 'compliance' } })).toEqual([]);
    expect(problemsOf({ organisation: { ...organisation, sponsor: 'executive' } })).toEqual([]);
    expect(problemsOf({ organisation: { ...organisation, sponsor: 'board' } })).toEqual([
      ['unknown-sponsor', 'organisation.sponsor'],
    ]);
  });

  it('refuses a participant who answers twice in one workshop, at the second answer', () => {
    const answer = (participant: string) => ({ participant, maturity: {}, raci: {} });
    expect(problemsOf({ responses: [answer('p1'), answer('p2'), answer('p1')] })).toEqual([
      ['duplicate-participant', 'responses[2].participant'],
    ]);
  });

  it('accepts the model’s own version and an older one it migrates', () => {
    expect(problemsOf({ modelVersion: model.version })).toEqual([]);
    expect(problemsOf({ modelVersion: '2026.1' })).toEqual([]);
  });

  it('refuses a model version it does not know, alone, saying the tool needs updating', () => {
    const problems = checkAssessmentAgainstModel(
      model,
      buildAssessment({ modelVersion: '2027.1', maturity: { 'speed.new': 3 } }),
    );
    expect(problems).toEqual([
      expect.objectContaining({
        path: 'modelVersion',
        code: 'unknown-model',
        params: { found: '2027.1', supported: model.version },
      }),
    ]);
    expect(problems[0]?.message).toMatch(
      /^was made with model 2027\.1, which this tool does not know .*; update the tool$/,
    );
  });

  it('gives the same answer with only the model’s ids', () => {
    const a = buildAssessment({ maturity: { 'x.y': 1 }, roadmap: { nope: 'done' } });
    expect(checkAssessmentAgainstModel(toModelIds(model), a)).toEqual(
      checkAssessmentAgainstModel(model, a),
    );
  });
});
