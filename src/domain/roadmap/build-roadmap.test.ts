import { describe, expect, it } from 'vitest';
import type { ActivityResult } from '../analysis';
import { buildRiskModel } from '../risk/test-model';
import { buildAssessment } from '../testing/fixtures';
import { buildRoadmap, type RoadmapInput } from './build-roadmap';

const text = { en: 'x', ar: 'س' };
const action = (id: string, phase: string, effort: number, extra: Record<string, unknown>) => ({
  id,
  phase,
  effort,
  title: text,
  description: text,
  customerImpact: text,
  owner: 'ccm',
  prerequisites: [],
  raises: {},
  resolves: [],
  ...extra,
});

const model = buildRiskModel({
  actions: [
    action('name-owners', 'stabilise', 2, {
      raises: { ownership: 1 },
      resolves: ['orphaned'],
      when: { flag: 'orphaned' },
    }),
    action('review-first', 'stabilise', 1, {
      prerequisites: ['inventory'],
      raises: { review: 1 },
      resolves: ['reactive-control'],
      when: { flag: 'reactive-control' },
    }),
    action('inventory', 'stabilise', 3, {
      raises: { data: 0.5 },
      when: { dimension: 'data', below: 4 },
    }),
    action('mature-thing', 'stabilise', 1, {
      raises: { review: 1 },
      when: { dimension: 'ownership', atLeast: 4 },
    }),
    action('charter', 'centralise', 5, {
      prerequisites: ['name-owners'],
      raises: { ownership: 2 },
      when: { coverageBelow: 0.5 },
    }),
    action('channel-gate', 'centralise', 1, {
      prerequisites: ['mature-thing'],
      raises: { ownership: 0.5 },
      when: { always: true },
    }),
    action('telecom-only', 'optimise', 1, { raises: { data: 1 }, when: { sector: ['telecom'] } }),
  ],
});

const activity = (flags: ActivityResult['flags'] = []): RoadmapInput['activities'][string] => ({
  flags,
  status: 'answered',
  accountable: ['marketing'],
  responsible: ['it'],
  consulted: [],
  informed: [],
});

/**
 * Test Bank (regulated, one channel, 100k-1m): ownership 2, review 3, data 3; review.approve is
 * orphaned with reactive control. Today: data 56, triggers 56, content 52, review 60 = 224.
 */
function input(assessment = buildAssessment()): RoadmapInput {
  return {
    model,
    assessment,
    dimensions: {
      ownership: { score: 2, confidence: 1, inScope: true },
      review: { score: 3, confidence: 1, inScope: true },
      data: { score: 3, confidence: 1, inScope: true },
    },
    activities: {
      ...Object.fromEntries(model.activities.map((a) => [a.id, activity()])),
      'review.approve': { ...activity(['orphaned', 'reactive-control']), accountable: [] },
    },
    lifecycle: { controlFunctionCoverage: 0 },
  };
}

const phaseIds = (roadmap: ReturnType<typeof buildRoadmap>) =>
  roadmap.phases.map((p) => [p.id, p.actions.map((a) => a.id)]);

describe('buildRoadmap', () => {
  it('plans each phase prerequisites first, then by risk removed per effort from the state reached so far', () => {
    const roadmap = buildRoadmap(input());
    expect(roadmap.currentRisk).toBe(224);
    expect(phaseIds(roadmap)).toEqual([
      ['stabilise', ['name-owners', 'inventory', 'review-first']],
      ['standardise', []],
      ['centralise', ['charter', 'channel-gate']],
      ['optimise', []],
    ]);
    const figures = roadmap.phases.flatMap((p) =>
      p.actions.map((a) => [a.id, a.riskRemoved, a.priority]),
    );
    // name-owners: every stage's ownership 2 → 3 and review loses orphaned: 224 → 171.
    // inventory: data 3 → 3.5 leaves data's likelihood at 3, so 0; review-first then takes review to 3.5, no flag: 171 → 159.
    // charter: ownership 3 → 5 brings every stage down: 159 → 79; channel-gate then finds ownership capped at 5.
    expect(figures).toEqual([
      ['name-owners', 53, 26.5],
      ['inventory', 0, 0],
      ['review-first', 12, 12],
      ['charter', 80, 16],
      ['channel-gate', 0, 0],
    ]);
  });

  it('takes a prerequisite whose conditions do not hold as in place, and says so', () => {
    const gate = buildRoadmap(input()).phases[2]?.actions[1];
    expect(gate).toMatchObject({
      id: 'channel-gate',
      prerequisites: ['mature-thing'],
      prerequisitesInPlace: ['mature-thing'],
    });
    expect(buildRoadmap(input()).phases[0]?.actions[1]?.requiredBy).toEqual(['review-first']);
  });

  it('projects maturity and risk after each phase, cumulatively, falling by what its actions remove', () => {
    const roadmap = buildRoadmap(input());
    expect(roadmap.phases.map((p) => [p.projected.dimensions, p.projected.totalRisk])).toEqual([
      [{ ownership: 3, review: 4, data: 3.5 }, 159],
      [{ ownership: 3, review: 4, data: 3.5 }, 159],
      [{ ownership: 5, review: 4, data: 3.5 }, 79],
      [{ ownership: 5, review: 4, data: 3.5 }, 79],
    ]);
    expect(roadmap.phases[0]?.projected.heatmap['review']?.regulatory).toMatchObject({
      likelihood: 3,
      score: 15,
      band: 'high',
    });
  });

  it('lists a done action with no risk left to remove and leaves it out of the projection', () => {
    const roadmap = buildRoadmap(
      input(buildAssessment({ roadmap: { 'review-first': 'done', charter: 'in-progress' } })),
    );
    expect(roadmap.phases[0]?.actions.map((a) => [a.id, a.status, a.riskRemoved])).toEqual([
      ['name-owners', 'not-started', 53],
      ['inventory', 'not-started', 0],
      ['review-first', 'done', 0],
    ]);
    // reactive control stays on review.approve: review stage likelihood 3 + 1 = 4, so 171.
    expect(roadmap.phases[0]?.projected.totalRisk).toBe(171);
    expect(roadmap.phases[2]?.actions[0]).toMatchObject({
      id: 'charter',
      status: 'in-progress',
      riskRemoved: 80,
    });
    expect(roadmap.progress).toEqual({ 'not-started': 3, 'in-progress': 1, done: 1 });
  });

  it('keeps an action the assessment tracks even when its conditions no longer hold', () => {
    const roadmap = buildRoadmap(
      input(buildAssessment({ roadmap: { 'telecom-only': 'in-progress' } })),
    );
    expect(roadmap.phases[3]?.actions).toMatchObject([
      { id: 'telecom-only', selectedBy: 'status', status: 'in-progress' },
    ]);
  });

  it('gives each action its texts, owner and effort, but not its conditions', () => {
    const first = buildRoadmap(input()).phases[0]?.actions[0];
    expect(first).toMatchObject({
      id: 'name-owners',
      phase: 'stabilise',
      effort: 2,
      owner: 'ccm',
      title: text,
      customerImpact: text,
      resolves: ['orphaned'],
    });
    expect(first).not.toHaveProperty('when');
    expect(buildRoadmap(input()).phases[0]?.months).toEqual([0, 3]);
  });

  it('builds the to-be RACI with the control function accountable everywhere', () => {
    const toBe = buildRoadmap(input()).toBe;
    expect(Object.keys(toBe)).toHaveLength(8);
    expect(toBe['data.source']).toEqual({ marketing: 'C', it: 'R', ccm: 'A' });
    expect(toBe['review.approve']).toEqual({ it: 'R', ccm: 'A' });
  });
});
