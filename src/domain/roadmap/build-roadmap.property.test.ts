import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../analyse';
import { PHASES, type Action, type PhaseId } from '../schemas/action';
import type { Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';
import { resolveMaturityAnswers } from '../scoring/resolve-maturity';
import { arbitraryAssessmentOf, reorderKeys } from '../testing/arbitraries';
import { readActionLibrary } from './action-library';
import type { Roadmap, RoadmapAction } from './build-roadmap';
import { readTracking } from './track-actions';
import { MAX_STEP_PER_PHASE } from './project-answers';
import { loadShippedModel } from './shipped-model';

const RUNS = { numRuns: 150 };
/** Sums of floating-point risk figures may differ in the last places. */
const TOLERANCE = 1e-9;

const shipped = loadShippedModel();
/** The shipped model, or the same with any capacity per phase (small ones send actions to later). */
const modelArb: fc.Arbitrary<Model> = fc.oneof(
  fc.constant(shipped),
  fc
    .record(
      Object.fromEntries(PHASES.map((p) => [p, fc.integer({ min: 1, max: 20 })])) as Record<
        PhaseId,
        fc.Arbitrary<number>
      >,
    )
    .map((capacity) => ({ ...shipped, capacity })),
);
const library = new Map(readActionLibrary(shipped).map((a) => [a.id, a]));
const caseArb = fc.tuple(modelArb, arbitraryAssessmentOf(shipped));
const roadmapOf = (model: Model, assessment: Assessment): Roadmap =>
  analyse(model, assessment).roadmap;
const proposed = (roadmap: Roadmap): RoadmapAction[] => [
  ...roadmap.phases.flatMap((p) => p.actions),
  ...roadmap.later,
];
/** The actions still to do: only these make the actions waiting on them wait. */
const toDoIds = (roadmap: Roadmap): Set<string> =>
  new Set(
    proposed(roadmap)
      .filter((a) => a.status !== 'done')
      .map((a) => a.id),
  );
/** Today's numeric answer to each question (absent when unanswered or "don't know"). */
const numericAnswers = (assessment: Assessment): Map<string, number> =>
  new Map(
    [...resolveMaturityAnswers(shipped, assessment)].flatMap(([q, d]) =>
      typeof d.answer === 'number' ? [[q, d.answer] as const] : [],
    ),
  );
const controlFunctionLevel = new Map(
  shipped.questions.flatMap((q) =>
    q.controlFunctionLevel === undefined ? [] : [[q.id, q.controlFunctionLevel] as const],
  ),
);
/** The phase index the control function can act from for owners (null: never on this roadmap). */
const charterIndex = (roadmap: Roadmap): number | null =>
  roadmap.controlFunction.charteredIn === null
    ? null
    : PHASES.indexOf(roadmap.controlFunction.charteredIn);

describe('buildRoadmap over the shipped model, for any answers, profile, scope and teams', () => {
  it('gives the same roadmap whatever the order of the keys in the assessment', () => {
    fc.assert(
      fc.property(caseArb, fc.nat(50), ([model, assessment], seed) => {
        const once = JSON.stringify(roadmapOf(model, assessment));
        expect(JSON.stringify(roadmapOf(model, reorderKeys(assessment, seed)))).toBe(once);
      }),
      { numRuns: 60 },
    );
  });

  it('projects answers that never fall, rise at most two levels a phase, only toward what placed actions lift, only in scope, and reach a control-function level only once it is chartered', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const today = numericAnswers(assessment);
        const unknown = [...resolveMaturityAnswers(shipped, assessment)]
          .filter(([, d]) => d.answer === 'unknown')
          .map(([q]) => q);
        const outOfScope = shipped.questions
          .filter((q) => assessment.outOfScope?.dimensions?.includes(q.dimension))
          .map((q) => q.id);
        const charter = charterIndex(roadmap);
        const lifted = new Map<string, number>();
        let previous = today;
        roadmap.phases.forEach((phase, index) => {
          for (const action of phase.actions) {
            if (action.status === 'done') continue;
            for (const [q, level] of Object.entries(action.lifts))
              lifted.set(q, Math.max(lifted.get(q) ?? 0, level));
          }
          const now = new Map(today);
          for (const [q, answer] of Object.entries(phase.projected.answers)) now.set(q, answer);
          for (const q of [...unknown, ...outOfScope])
            expect(phase.projected.answers).not.toHaveProperty(q);
          for (const [q, answer] of now) {
            const before = previous.get(q) ?? answer;
            expect(answer).toBeGreaterThanOrEqual(before);
            expect(answer - before).toBeLessThanOrEqual(MAX_STEP_PER_PHASE);
            if (answer > (today.get(q) ?? answer))
              expect(answer).toBeLessThanOrEqual(lifted.get(q) ?? 0);
            const gated = controlFunctionLevel.get(q);
            const chartered =
              roadmap.controlFunction.existsToday || (charter !== null && charter <= index);
            if (gated !== undefined && !chartered && (today.get(q) ?? 0) < gated)
              expect(answer).toBeLessThan(gated);
          }
          previous = now;
        });
      }),
      RUNS,
    );
  });

  it('projects dimension scores and risk that never get worse from one phase to the next', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const analysis = analyse(model, assessment);
        let scores = Object.fromEntries(
          Object.entries(analysis.dimensions).map(([id, d]) => [id, d.score]),
        );
        let risk = analysis.roadmap.currentRisk;
        for (const phase of analysis.roadmap.phases) {
          for (const [id, score] of Object.entries(phase.projected.dimensions)) {
            const before = scores[id] ?? null;
            expect(score === null).toBe(before === null);
            if (score !== null && before !== null)
              expect(score).toBeGreaterThanOrEqual(before - TOLERANCE);
          }
          expect(phase.projected.totalRisk).toBeLessThanOrEqual(risk + TOLERANCE);
          scores = phase.projected.dimensions;
          risk = phase.projected.totalRisk;
        }
      }),
      RUNS,
    );
  });

  it('proposes an action only for a lifted question below its level, a flag it resolves, its tracking, or as a foundation of one of those', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const today = numericAnswers(assessment);
        const actions = proposed(roadmap);
        const byId = new Map(actions.map((a) => [a.id, a]));
        const below = (a: RoadmapAction): boolean =>
          Object.entries(a.lifts).some(([q, level]) => (today.get(q) ?? 0) < level);
        for (const a of actions) {
          for (const gap of a.gaps) {
            expect(a.lifts[gap.question]).toBe(gap.level);
            expect((today.get(gap.question) ?? 0) < gap.level).toBe(true);
          }
          if (a.selectedBy === 'needed') expect(a.gaps.length + a.flags.length).toBeGreaterThan(0);
          if (a.selectedBy === 'status') expect(a.status).not.toBe('not-started');
          if (a.selectedBy === 'prerequisite') {
            expect(below(a)).toBe(true);
            expect(a.requiredBy.length).toBeGreaterThan(0);
            const waiting = a.requiredBy.map((id) => byId.get(id));
            expect(
              waiting.some((d) => d?.status !== 'done' && d?.prerequisites.includes(a.id)),
            ).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('proposes nothing that is in place, and shows each in-place action by answers at or above its levels', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const today = numericAnswers(assessment);
        const ids = new Set(proposed(roadmap).map((a) => a.id));
        const outOfScope = new Set(assessment.outOfScope?.dimensions ?? []);
        const dimensionOf = new Map(shipped.questions.map((q) => [q.id, q.dimension]));
        for (const id of roadmap.inPlace) {
          expect(ids.has(id)).toBe(false);
          const action = library.get(id) as Action;
          const inScope = Object.keys(action.lifts).filter(
            (q) => !outOfScope.has(dimensionOf.get(q) ?? ''),
          );
          const evidence = roadmap.inPlaceEvidence[id] ?? [];
          expect(evidence.map((e) => e.question).sort()).toEqual(inScope.sort());
          for (const e of evidence) {
            expect(e.level).toBe(action.lifts[e.question]);
            expect(e.answer).toBe(today.get(e.question));
            expect(typeof e.answer === 'number' && e.answer >= e.level).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('names owners that exist: the assessment’s teams or the sponsor, the control function only once chartered in an earlier phase', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const teams = new Set(assessment.teams.map((t) => t.id));
        const charter = charterIndex(roadmap);
        expect(roadmap.sponsor).toBe(assessment.organisation.sponsor ?? model.sponsor);
        if (roadmap.controlFunction.existsToday) expect(charter).toBeNull();
        else if (charter !== null)
          expect(roadmap.phases[charter]?.actions.some((a) => a.chartersControlFunction)).toBe(
            true,
          );
        const check = (action: RoadmapAction, index: number): void => {
          // An owner the assessment names (one of its teams) is the user's choice: it stands.
          const named = readTracking(assessment.roadmap[action.id]).owner;
          if (named !== undefined && teams.has(named)) {
            expect(action.owner).toBe(named);
            return;
          }
          if (action.chartersControlFunction) expect(action.owner).toBe(roadmap.sponsor);
          if (action.owner === roadmap.sponsor) return;
          expect(teams.has(action.owner)).toBe(true);
          if (action.owner === model.controlFunction)
            expect(
              roadmap.controlFunction.existsToday || (charter !== null && charter < index),
            ).toBe(true);
        };
        roadmap.phases.forEach((phase, index) => phase.actions.forEach((a) => check(a, index)));
        roadmap.later.forEach((a) => check(a, PHASES.length));
      }),
      RUNS,
    );
  });

  it('fits each phase’s capacity, places prerequisites still to do first, and leaves no phase empty while a later action could start in it', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const ids = new Set(proposed(roadmap).map((a) => a.id));
        const toDo = toDoIds(roadmap);
        const phaseOf = new Map<string, number>();
        const positionOf = new Map<string, number>();
        roadmap.phases.forEach((phase, index) => {
          const work = phase.actions.filter((a) => a.status !== 'done');
          const effort = work.reduce((sum, a) => sum + a.effort, 0);
          expect(phase.effort).toBe(effort);
          expect(effort).toBeLessThanOrEqual(phase.capacity);
          expect(phase.capacity).toBe(model.capacity[phase.id]);
          phase.actions.forEach((a, position) => {
            phaseOf.set(a.id, index);
            positionOf.set(a.id, position);
            const own = PHASES.indexOf(a.phase);
            if (a.status === 'done') expect([own, a.moved]).toEqual([index, null]);
            else expect(a.moved).toBe(own === index ? null : own < index ? 'capacity' : 'pulled');
          });
        });
        for (const a of proposed(roadmap)) {
          if (a.status === 'done') continue;
          for (const p of a.prerequisites) {
            if (!ids.has(p)) expect(a.prerequisitesInPlace).toContain(p);
            if (!toDo.has(p)) continue;
            const at = phaseOf.get(a.id);
            if (at === undefined) continue;
            const pre = phaseOf.get(p) ?? Infinity;
            expect(pre).toBeLessThanOrEqual(at);
            if (pre === at)
              expect(positionOf.get(p) ?? Infinity).toBeLessThan(positionOf.get(a.id) ?? -1);
          }
        }
        roadmap.phases.forEach((phase, index) => {
          if (phase.actions.some((a) => a.status !== 'done')) return;
          const waiting = [
            ...roadmap.phases.slice(index + 1).flatMap((p) => p.actions),
            ...roadmap.later,
          ].filter((a) => a.status !== 'done');
          for (const a of waiting) {
            const ready = a.prerequisites.every(
              (p) => !toDo.has(p) || (phaseOf.get(p) ?? Infinity) <= index,
            );
            expect(ready && a.effort <= phase.capacity).toBe(false);
          }
        });
      }),
      RUNS,
    );
  });

  it('weighs every action at zero or more, done ones at zero, and ranks by (own + unlocked) ÷ effort', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        for (const a of proposed(roadmapOf(model, assessment))) {
          expect(a.riskRemoved).toBeGreaterThanOrEqual(-TOLERANCE);
          expect(a.unlocks).toBeGreaterThanOrEqual(-TOLERANCE);
          if (a.status === 'done') expect(a.riskRemoved).toBe(0);
          expect(a.priority).toBe((a.riskRemoved + a.unlocks) / a.effort);
        }
      }),
      RUNS,
    );
  });

  it('places no action while a higher-ranked one that was ready and fitted waits for a later phase or a later place', () => {
    const libraryIndex = new Map(shipped.actions.map((a, i) => [a.id, i]));
    /** Negative when `a` ranks above `b`: in progress first, then priority, then library order. */
    const compare = (a: RoadmapAction, b: RoadmapAction): number =>
      Number(a.status !== 'in-progress') - Number(b.status !== 'in-progress') ||
      b.priority - a.priority ||
      (libraryIndex.get(a.id) ?? 0) - (libraryIndex.get(b.id) ?? 0);
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const toDo = toDoIds(roadmap);
        const placedAt = new Map<string, [number, number]>();
        roadmap.phases.forEach((phase, index) =>
          phase.actions.forEach((a, position) => placedAt.set(a.id, [index, position])),
        );
        const before = ([i, p]: [number, number], [j, q]: [number, number]): boolean =>
          i < j || (i === j && p < q);
        const waiting = proposed(roadmap).filter((a) => a.status !== 'done');
        roadmap.phases.forEach((phase, index) => {
          const pulling = phase.actions.some((a) => a.moved === 'pulled');
          let left = phase.capacity;
          phase.actions.forEach((x, position) => {
            if (x.status === 'done') return;
            const slot: [number, number] = [index, position];
            for (const y of waiting) {
              if (compare(y, x) >= 0) continue;
              const at = placedAt.get(y.id);
              if (at !== undefined && before(at, slot)) continue;
              const eligible = pulling || PHASES.indexOf(y.phase) <= index;
              const ready = y.prerequisites.every((p) => {
                const pre = placedAt.get(p);
                return !toDo.has(p) || (pre !== undefined && before(pre, slot));
              });
              expect(eligible && ready && y.effort <= left).toBe(false);
            }
            left -= x.effort;
          });
        });
      }),
      RUNS,
    );
  });

  it('counts the actions at each status', () => {
    fc.assert(
      fc.property(caseArb, ([model, assessment]) => {
        const roadmap = roadmapOf(model, assessment);
        const counts = { 'not-started': 0, 'in-progress': 0, done: 0 };
        for (const a of proposed(roadmap)) counts[a.status] += 1;
        expect(roadmap.progress).toEqual(counts);
      }),
      { numRuns: 50 },
    );
  });
});
