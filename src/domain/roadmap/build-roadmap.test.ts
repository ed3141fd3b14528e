import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import type { Analysis } from '../analysis';
import { makeRiskTotal, type Heatmap } from '../risk/heatmap';
import type { ActivityState } from '../risk/likelihood';
import { buildRiskModel } from '../risk/test-model';
import type { Action } from '../schemas/action';
import type { Assessment } from '../schemas/assessment';
import type { FlagId } from '../schemas/flag';
import type { Model } from '../schemas/model';
import { resolveMaturityAnswers } from '../scoring/resolve-maturity';
import { scoreDimensions } from '../scoring/score-dimensions';
import { buildAction, buildAssessment, buildModel } from '../testing/fixtures';
import { buildRoadmap, PHASE_MONTHS, type Roadmap, type RoadmapAction } from './build-roadmap';
import { buildToBeRaci } from './to-be-raci';

/**
 * The library on the small model (targets 3 everywhere; ownership.charter names the control
 * function at 5):
 * - name-owners lifts ownership.named to 3 and resolves orphaned;
 * - inventory lifts data.quality to 3;
 * - review-first lifts review.timing to 4 and resolves reactive control; usually owned by a PMO;
 * - charter charters the control function, lifting ownership.charter to 5, after the inventory;
 * - assure (sustain, effort 6) lifts review.regulated to 5;
 * - checks lifts review.regulated to 4; review-more lifts review.timing to 3;
 * - telecom-only applies to telecoms only.
 */
const LIBRARY: Action[] = [
  buildAction('name-owners', [], { effort: 2, resolves: ['orphaned'] }),
  buildAction('inventory', [], { effort: 3, owner: 'compliance', lifts: { 'data.quality': 3 } }),
  buildAction('review-first', [], {
    effort: 2,
    owner: 'pmo',
    lifts: { 'review.timing': 4 },
    resolves: ['reactive-control'],
    activities: ['review.approve'],
  }),
  buildAction('checks', [], { lifts: { 'review.regulated': 4 } }),
  buildAction('review-more', [], { lifts: { 'review.timing': 3 } }),
  buildAction('charter', ['inventory'], {
    phase: 'centralise',
    effort: 5,
    lifts: { 'ownership.charter': 5 },
    chartersControlFunction: true,
  }),
  buildAction('assure', [], {
    phase: 'optimise',
    kind: 'sustain',
    effort: 6,
    lifts: { 'review.regulated': 5 },
  }),
  buildAction('telecom-only', [], { phase: 'optimise', when: { sector: ['telecom'] } }),
];

/**
 * Test Bank: ownership 1.5 and data 2, below their target of 3; review 3, at target, but answered
 * 2 on review timing (reactive control). Review approval has no owner; compliance owns periodic review.
 */
function bank(overrides: Partial<Assessment> = {}): Assessment {
  return buildAssessment({
    maturity: {
      'ownership.named': 1,
      'ownership.charter': 2,
      'review.timing': 2,
      'review.regulated': 4,
      'data.quality': 2,
    },
    raci: {
      'review.approve': {},
      'review.periodic': { compliance: 'RA' },
      'content.author': { marketing: 'RA' },
    },
    ...overrides,
  });
}

/** The small model with a PMO team, which the test bank does not have, and the library. */
const modelWith = (overrides: Partial<Model> = {}): Model =>
  buildRiskModel({
    teams: [...buildModel().teams, { id: 'pmo', name: { en: 'PMO', ar: 'مكتب المشاريع' } }],
    actions: LIBRARY,
    ...overrides,
  });
const analysisOf = (assessment = bank(), model = modelWith()): Analysis =>
  analyse(model, assessment);
const roadmapOf = (assessment = bank(), model = modelWith()): Roadmap =>
  analysisOf(assessment, model).roadmap;

const layout = (roadmap: Roadmap) => roadmap.phases.map((p) => p.actions.map((a) => a.id).sort());
const find = (roadmap: Roadmap, id: string): RoadmapAction | undefined =>
  [...roadmap.phases.flatMap((p) => p.actions), ...roadmap.later].find((a) => a.id === id);
const sumOf = (heatmap: Heatmap): number =>
  Object.values(heatmap)
    .flatMap((row) => Object.values(row))
    .reduce((sum, cell) => sum + (cell.score ?? 0), 0);

/** The heatmap total once `answers` are raised and `resolved` flags leave every activity. */
function riskAfter(
  analysis: Analysis,
  assessment: Assessment,
  raised: Record<string, number>,
  resolved: FlagId[],
  model = modelWith(),
): number {
  const answers = new Map(resolveMaturityAnswers(model, assessment));
  for (const [question, answer] of Object.entries(raised))
    answers.set(question, { question, answer, source: 'consensus' });
  const dimensions = scoreDimensions(
    model,
    answers,
    new Set(assessment.outOfScope?.dimensions ?? []),
    assessment.organisation.sector,
    { ownership: 3, review: 3, data: 3 },
  );
  const activities: Record<string, ActivityState> = {};
  for (const [id, a] of Object.entries(analysis.activities))
    activities[id] = { status: a.status, flags: a.flags.filter((f) => !resolved.includes(f)) };
  return makeRiskTotal({ model, assessment })({ dimensions, activities });
}

describe('buildRoadmap', () => {
  it('proposes what the answers show is needed, lists what they show in place, and leaves out the rest', () => {
    const roadmap = roadmapOf();
    expect(layout(roadmap)).toEqual([
      ['inventory', 'name-owners', 'review-first'],
      ['assure', 'charter'],
      [],
      [],
    ]);
    expect(roadmap.later).toEqual([]);
    expect(roadmap.inPlace).toEqual(['checks']);
    expect(roadmap.inPlaceEvidence).toEqual({
      checks: [{ question: 'review.regulated', answer: 4, level: 4 }],
    });
    expect(find(roadmap, 'review-first')).toMatchObject({
      selectedBy: 'needed',
      gaps: [],
      flags: ['reactive-control'],
    });
    expect(find(roadmap, 'name-owners')).toMatchObject({
      gaps: [{ question: 'ownership.named', answer: 1, level: 3 }],
      flags: ['orphaned'],
    });
  });

  it('pulls work into a phase that would stay empty and says so', () => {
    const roadmap = roadmapOf();
    expect(roadmap.phases[1]?.actions.map((a) => [a.id, a.phase, a.moved]).sort()).toEqual([
      ['assure', 'optimise', 'pulled'],
      ['charter', 'centralise', 'pulled'],
    ]);
    expect(roadmap.controlFunction).toEqual({ existsToday: false, charteredIn: 'standardise' });
    expect(roadmap.phases.map((p) => [p.id, p.months, p.capacity, p.effort])).toEqual([
      ['stabilise', PHASE_MONTHS.stabilise, 12, 7],
      ['standardise', PHASE_MONTHS.standardise, 12, 11],
      ['centralise', PHASE_MONTHS.centralise, 24, 0],
      ['optimise', PHASE_MONTHS.optimise, 48, 0],
    ]);
  });

  it('moves what does not fit to the next phase and past optimise to later', () => {
    const capacity = { stabilise: 4, standardise: 2, centralise: 5, optimise: 1 };
    const roadmap = roadmapOf(bank(), modelWith({ capacity }));
    expect(roadmap.phases.every((p) => p.effort <= p.capacity)).toBe(true);
    expect(find(roadmap, 'charter')?.moved).not.toBe('pulled');
    const placed = roadmap.phases.flatMap((p) => p.actions.map((a) => a.id));
    expect([...placed, ...roadmap.later.map((a) => a.id)].sort()).toEqual([
      'assure',
      'charter',
      'inventory',
      'name-owners',
      'review-first',
    ]);
    // assure (6 points) fits no phase; the charter (5) fits only centralise.
    expect(roadmap.later.map((a) => [a.id, a.moved])).toContainEqual(['assure', 'capacity']);
    expect(roadmap.later.every((a) => a.moved === 'capacity')).toBe(true);
  });

  it('names owners that exist: the sponsor until the control function is chartered, then the function', () => {
    const roadmap = roadmapOf();
    const owners = Object.fromEntries(
      roadmap.phases.flatMap((p) => p.actions.map((a) => [a.id, [a.owner, a.usualOwner]])),
    );
    expect(owners).toEqual({
      'name-owners': ['executive', 'ccm'],
      inventory: ['compliance', 'compliance'],
      // No PMO here, and nobody is accountable for the approval it works on: the sponsor.
      'review-first': ['executive', 'pmo'],
      charter: ['executive', 'ccm'],
      // Chartered in the same phase, so the function does not own it yet.
      assure: ['executive', 'ccm'],
    });
    expect(roadmap.sponsor).toBe('executive');
  });

  it('gives the control function its actions from the phase after the charter, when it is one of the teams', () => {
    const capacity = { stabilise: 12, standardise: 5, centralise: 24, optimise: 48 };
    const roadmap = roadmapOf(bank(), modelWith({ capacity }));
    expect(roadmap.controlFunction).toEqual({ existsToday: false, charteredIn: 'standardise' });
    expect(find(roadmap, 'assure')).toMatchObject({ owner: 'ccm', moved: 'pulled' });
    expect(roadmap.phases[2]?.actions.map((a) => a.id)).toEqual(['assure']);
  });

  it('leaves the control function’s actions with the sponsor when the assessment does not list it, even once chartered', () => {
    const capacity = { stabilise: 12, standardise: 5, centralise: 24, optimise: 48 };
    const teams = buildAssessment().teams.filter((t) => t.id !== 'ccm');
    const roadmap = roadmapOf(bank({ teams }), modelWith({ capacity }));
    expect(roadmap.controlFunction).toEqual({ existsToday: false, charteredIn: 'standardise' });
    expect(find(roadmap, 'assure')).toMatchObject({ owner: 'executive', moved: 'pulled' });
  });

  it('uses the sponsor the profile names', () => {
    const organisation = { ...bank().organisation, sponsor: 'it' };
    const roadmap = roadmapOf(bank({ organisation }));
    expect(roadmap.sponsor).toBe('it');
    expect([find(roadmap, 'charter')?.owner, find(roadmap, 'name-owners')?.owner]).toEqual([
      'it',
      'it',
    ]);
  });

  it('takes the control function as existing today when it is a team and its charter is in place', () => {
    const maturity = { ...bank().maturity, 'ownership.charter': 5 as const };
    const roadmap = roadmapOf(bank({ maturity }));
    expect(roadmap.controlFunction).toEqual({ existsToday: true, charteredIn: null });
    expect(roadmap.inPlace).toContain('charter');
    expect(find(roadmap, 'name-owners')?.owner).toBe('ccm');
  });

  it('takes the control function as chartered today once its charter is done, listed or not among the teams', () => {
    const teams = buildAssessment().teams.filter((t) => t.id !== 'ccm');
    for (const [assessment, owner] of [
      [bank({ roadmap: { charter: 'done' } }), 'ccm'],
      // Chartered, but not among this assessment's teams: the sponsor keeps its actions.
      [bank({ roadmap: { charter: 'done' }, teams }), 'executive'],
    ] as const) {
      const roadmap = roadmapOf(assessment);
      expect(roadmap.controlFunction).toEqual({ existsToday: true, charteredIn: null });
      expect(find(roadmap, 'charter')).toMatchObject({ status: 'done', riskRemoved: 0 });
      expect(find(roadmap, 'name-owners')?.owner).toBe(owner);
    }
  });

  it('projects the answers the placed actions raise, two levels a phase, the control function’s level only from its charter', () => {
    const roadmap = roadmapOf();
    expect(roadmap.phases.map((p) => p.projected.answers)).toEqual([
      { 'ownership.named': 3, 'review.timing': 4, 'data.quality': 3 },
      // Chartered this phase: ownership.charter may reach 5, but only two levels at a time.
      {
        'ownership.named': 3,
        'ownership.charter': 4,
        'review.timing': 4,
        'review.regulated': 5,
        'data.quality': 3,
      },
      {
        'ownership.named': 3,
        'ownership.charter': 5,
        'review.timing': 4,
        'review.regulated': 5,
        'data.quality': 3,
      },
      {
        'ownership.named': 3,
        'ownership.charter': 5,
        'review.timing': 4,
        'review.regulated': 5,
        'data.quality': 3,
      },
    ]);
    expect(roadmap.phases.map((p) => p.projected.dimensions)).toEqual([
      { ownership: 2.5, review: 4, data: 3 },
      { ownership: 3.5, review: 4.5, data: 3 },
      { ownership: 4, review: 4.5, data: 3 },
      { ownership: 4, review: 4.5, data: 3 },
    ]);
    // Banking weighs review twice: (2.5 + 2 × 4 + 3) ÷ 4 = 3.375, then 3.875, then 4.
    expect(roadmap.phases.map((p) => p.projected.overall.level)).toEqual([3, 3, 4, 4]);
  });

  it('keeps a question below the control function’s level while the charter waits for later', () => {
    const capacity = { stabilise: 12, standardise: 1, centralise: 1, optimise: 1 };
    const roadmap = roadmapOf(bank(), modelWith({ capacity }));
    expect(roadmap.later.map((a) => a.id)).toContain('charter');
    expect(roadmap.controlFunction.charteredIn).toBeNull();
    expect(roadmap.phases.every((p) => (p.projected.answers['ownership.charter'] ?? 2) < 5)).toBe(
      true,
    );
  });

  it('sums each projected heatmap into its total, and today’s into the current risk', () => {
    const analysis = analysisOf();
    const { roadmap } = analysis;
    expect(roadmap.currentRisk).toBe(sumOf(analysis.heatmap));
    for (const phase of roadmap.phases)
      expect(phase.projected.totalRisk).toBe(sumOf(phase.projected.heatmap));
    expect(roadmap.phases[0]?.projected.totalRisk).toBeLessThanOrEqual(roadmap.currentRisk);
  });

  it('weighs each action by the risk it removes with its prerequisites done, and a foundation by what it unlocks', () => {
    const assessment = bank();
    const analysis = analysisOf(assessment);
    const { roadmap } = analysis;
    const today = roadmap.currentRisk;
    expect(find(roadmap, 'name-owners')?.riskRemoved).toBe(
      today - riskAfter(analysis, assessment, { 'ownership.named': 3 }, ['orphaned']),
    );
    const withInventory = riskAfter(analysis, assessment, { 'data.quality': 3 }, []);
    const withCharter = riskAfter(
      analysis,
      assessment,
      { 'data.quality': 3, 'ownership.charter': 5 },
      [],
    );
    expect(find(roadmap, 'inventory')).toMatchObject({
      riskRemoved: today - withInventory,
      unlocks: withInventory - withCharter,
    });
    expect(find(roadmap, 'charter')).toMatchObject({
      riskRemoved: today - withCharter,
      unlocks: 0,
    });
    for (const a of [...roadmap.phases.flatMap((p) => p.actions), ...roadmap.later])
      expect(a.priority).toBe((a.riskRemoved + a.unlocks) / a.effort);
  });

  it('ranks actions within a phase by priority, unless one waits on another', () => {
    const roadmap = roadmapOf();
    const first = roadmap.phases[0]?.actions.map((a) => a.priority) ?? [];
    expect(first).toEqual([...first].sort((a, b) => b - a));
  });

  it('puts actions in progress first', () => {
    const last = roadmapOf().phases[0]?.actions.at(-1)?.id ?? '';
    const roadmap = roadmapOf(
      bank({ roadmap: { [last]: { status: 'in-progress', owner: 'it' } } }),
    );
    expect(roadmap.phases[0]?.actions[0]).toMatchObject({ id: last, status: 'in-progress' });
    expect(roadmap.phases[0]?.actions.length).toBeGreaterThan(1);
  });

  it('lists a done action in its own phase with nothing removed, no capacity taken and no effect on the projection', () => {
    const roadmap = roadmapOf(
      bank({ roadmap: { inventory: 'done', 'name-owners': 'in-progress' } }),
    );
    expect(find(roadmap, 'inventory')).toMatchObject({
      status: 'done',
      riskRemoved: 0,
      moved: null,
    });
    expect(roadmap.phases[0]?.effort).toBe(4);
    expect(roadmap.phases[0]?.projected.answers).not.toHaveProperty('data.quality');
    expect(roadmap.progress).toEqual({ 'not-started': 3, 'in-progress': 1, done: 1 });
  });

  it('shows a done action whose gap remains as done but not effective, never dropping it', () => {
    const roadmap = roadmapOf(bank({ roadmap: { inventory: 'done', 'review-first': 'done' } }));
    expect(find(roadmap, 'inventory')).toMatchObject({
      status: 'done',
      effective: false,
      gaps: [{ question: 'data.quality', answer: 2, level: 3 }],
    });
    expect(find(roadmap, 'review-first')).toMatchObject({ status: 'done', effective: false });
    expect(find(roadmap, 'name-owners')).not.toHaveProperty('effective');
  });

  it('takes a done action whose answers now show it off the roadmap and lists it in place', () => {
    const assessment = bank({ roadmap: { inventory: 'done' } });
    const roadmap = roadmapOf({
      ...assessment,
      maturity: { ...assessment.maturity, 'data.quality': 3 },
    });
    expect(find(roadmap, 'inventory')).toBeUndefined();
    expect(roadmap.inPlace).toContain('inventory');
  });

  it('names the owner the assessment sets when it is one of its teams, and keeps its due date and comment', () => {
    const roadmap = roadmapOf(
      bank({
        roadmap: {
          inventory: { status: 'in-progress', owner: 'marketing', due: '2026-12-31', comment: 'x' },
          'review-first': { status: 'not-started', owner: 'nobody' },
        },
      }),
    );
    expect(find(roadmap, 'inventory')).toMatchObject({
      owner: 'marketing',
      due: '2026-12-31',
      comment: 'x',
    });
    expect(find(roadmap, 'review-first')?.owner).toBe(find(roadmapOf(), 'review-first')?.owner);
  });

  it('keeps an action the assessment tracks even when its conditions do not hold, but not one its answers show in place', () => {
    const roadmap = roadmapOf(
      bank({ roadmap: { 'telecom-only': 'in-progress', checks: 'in-progress' } }),
    );
    expect(find(roadmap, 'telecom-only')).toMatchObject({
      selectedBy: 'status',
      status: 'in-progress',
    });
    expect(find(roadmap, 'checks')).toBeUndefined();
    expect(roadmap.inPlace).toContain('checks');
  });

  it('gives each action its texts, effort, kind and reasons, but not its conditions', () => {
    const action = find(roadmapOf(), 'charter');
    expect(action).toMatchObject({
      id: 'charter',
      phase: 'centralise',
      kind: 'improve',
      effort: 5,
      title: LIBRARY[5]?.title,
      customerImpact: LIBRARY[5]?.customerImpact,
      prerequisites: ['inventory'],
      prerequisitesInPlace: [],
      requiredBy: [],
      chartersControlFunction: true,
    });
    expect(action).not.toHaveProperty('when');
    expect(find(roadmapOf(), 'inventory')?.requiredBy).toEqual(['charter']);
  });

  it('draws the to-be RACI from today’s activities', () => {
    const assessment = bank();
    const analysis = analysisOf(assessment);
    expect(analysis.roadmap.toBe).toEqual(
      buildToBeRaci(modelWith(), assessment, analysis.activities),
    );
  });

  it('is the roadmap analyse() builds', () => {
    const assessment = bank();
    const model = modelWith();
    const analysis = analysisOf(assessment, model);
    const roadmap = buildRoadmap({
      model,
      assessment,
      answers: resolveMaturityAnswers(model, assessment),
      dimensions: analysis.dimensions,
      activities: analysis.activities,
      lifecycle: analysis.lifecycle,
    });
    expect(roadmap).toEqual(analysis.roadmap);
  });
});
