import type { DimensionResult } from '../analysis';
import type { Roadmap, RoadmapPhase } from '../roadmap/build-roadmap';
import type { PhaseId } from '../schemas/action';
import { statusOf, type ActionStatus, type Assessment } from '../schemas/assessment';
import type { Model } from '../schemas/model';

/** How far the actual score may sit from the projected one, either way, and still be on track. */
export const ON_TRACK_TOLERANCE = 0.25;

/** Where a dimension stands against its projection. */
export type ProjectionStatus = 'ahead' | 'on-track' | 'behind';

/** An action of the older roadmap that the projection counted on, and its status in the newer assessment. */
export interface ActionBehind {
  action: string;
  phase: PhaseId;
  status: ActionStatus;
}

/** One dimension's actual score against what the older roadmap projected for this point in time. */
export interface DimensionProjection {
  projected: number;
  actual: number;
  status: ProjectionStatus;
  /** The older roadmap's actions, in the phases begun by then, that lift this dimension's questions. */
  actions: ActionBehind[];
}

/** A period such as 2026-Q3 as a count of quarters. */
function quarterIndex(period: string): number {
  const [year, quarter] = period.split('-Q').map(Number);
  return (year ?? 0) * 4 + (quarter ?? 1) - 1;
}

/** Months from one period to a later one: three a quarter; 0 when the second is not later. */
export function monthsBetween(older: string, newer: string): number {
  return Math.max(0, (quarterIndex(newer) - quarterIndex(older)) * 3);
}

/**
 * A dimension's projected score `months` into the roadmap: today's score at month 0, each phase's
 * projection at the month it ends, a straight line between them (a phase's work is spread over
 * it), the last phase's projection beyond its end; null where a score it needs is null.
 */
export function projectScoreAt(
  today: number | null,
  phases: readonly Pick<RoadmapPhase, 'months' | 'projected'>[],
  dimension: string,
  months: number,
): number | null {
  let start = { month: 0, score: today };
  for (const phase of phases) {
    const end = { month: phase.months[1], score: phase.projected.dimensions[dimension] ?? null };
    if (months <= end.month) {
      if (months === start.month) return start.score;
      if (months === end.month) return end.score;
      if (start.score === null || end.score === null) return null;
      const share = (months - start.month) / (end.month - start.month);
      return start.score + share * (end.score - start.score);
    }
    start = end;
  }
  return start.score;
}

/** Ahead or behind when the actual score is more than the tolerance above or below the projection. */
export function judgeProgress(projected: number, actual: number): ProjectionStatus {
  // A hair of slack, so that a difference of exactly the tolerance is on track despite rounding.
  const slack = ON_TRACK_TOLERANCE + 1e-9;
  if (actual - projected > slack) return 'ahead';
  if (projected - actual > slack) return 'behind';
  return 'on-track';
}

/**
 * The actions behind a dimension's projection: those of the phases begun by `months` that lift
 * one of its questions, except those already done in the older assessment (their effect is in
 * its answers). Each carries its status in the newer assessment.
 */
export function findActionsBehind(
  model: Pick<Model, 'questions'>,
  roadmap: Pick<Roadmap, 'phases'>,
  dimension: string,
  months: number,
  newerTracking: Assessment['roadmap'],
): ActionBehind[] {
  const inDimension = new Set(
    model.questions.filter((q) => q.dimension === dimension).map((q) => q.id),
  );
  return roadmap.phases
    .filter((phase) => phase.months[0] < months)
    .flatMap((phase) =>
      phase.actions
        .filter((a) => a.status !== 'done' && Object.keys(a.lifts).some((q) => inDimension.has(q)))
        .map((a) => ({
          action: a.id,
          phase: phase.id,
          status: statusOf(newerTracking?.[a.id]) ?? 'not-started',
        })),
    );
}

/**
 * Each dimension's actual score in the newer assessment against the older roadmap's projection
 * for the months between the two periods, in model order; a dimension without a projected or an
 * actual score (out of scope, nothing answered) is left out.
 */
export function compareProjection(
  model: Pick<Model, 'dimensions' | 'questions'>,
  older: { dimensions: Readonly<Record<string, DimensionResult>>; roadmap: Roadmap },
  newer: { dimensions: Readonly<Record<string, DimensionResult>>; tracking: Assessment['roadmap'] },
  months: number,
): Record<string, DimensionProjection> {
  const result: Record<string, DimensionProjection> = {};
  for (const { id } of model.dimensions) {
    const today = older.dimensions[id]?.score ?? null;
    const projected = projectScoreAt(today, older.roadmap.phases, id, months);
    const actual = newer.dimensions[id]?.score ?? null;
    if (projected === null || actual === null) continue;
    result[id] = {
      projected,
      actual,
      status: judgeProgress(projected, actual),
      actions: findActionsBehind(model, older.roadmap, id, months, newer.tracking),
    };
  }
  return result;
}
