import type { ActivityResult, LifecycleFigures, StageResult } from '../analysis';
import type { TeamOrder } from '../raci/team-order';
import type { Stage } from '../schemas/model';
import {
  findMainAccountable,
  measureConcentration,
  rankShares,
  shareAccountability,
} from './accountability';

/** What the lifecycle figures are computed from. */
export interface LifecycleInput {
  /** Stages in lifecycle order. */
  stages: readonly Pick<Stage, 'id'>[];
  /** Every model activity's result (out-of-scope ones carry that status). */
  activities: Readonly<Record<string, ActivityResult>>;
  order: TeamOrder;
  /** The control function's team id, or null when the assessment removed that team. */
  controlFunction: string | null;
}

/**
 * Figures over the lifecycle, counted over the in-scope activities with a RACI answer ("no one"
 * included; "don't know" and unanswered left out of every denominator). In the HHI each orphaned
 * activity counts as an owner of its own; control-function coverage counts the activities where
 * the control function is the only accountable team. Handoffs count adjacent
 * counted stages whose main accountable team differs; "no one" differs from every team but not
 * from itself. A stage is counted when it is in scope and has an answered activity, so stages
 * out of scope or not yet answered are skipped and their neighbours become adjacent.
 */
export function measureLifecycle(input: LifecycleInput): {
  lifecycle: LifecycleFigures;
  stages: Record<string, StageResult>;
} {
  const byStage = new Map<string, ActivityResult[]>();
  let inScope = 0;
  let unknown = 0;
  const stagesInScope = new Set<string>();
  for (const activity of Object.values(input.activities)) {
    if (activity.status === 'out-of-scope') continue;
    inScope++;
    stagesInScope.add(activity.stage);
    if (activity.status === 'unknown') unknown++;
    if (activity.status !== 'answered') continue;
    const list = byStage.get(activity.stage);
    if (list) list.push(activity);
    else byStage.set(activity.stage, [activity]);
  }
  const answered = [...byStage.values()].flat();
  const stages: Record<string, StageResult> = {};
  let handoffs = 0;
  let previous: string | null | undefined;
  for (const { id } of input.stages) {
    const list = byStage.get(id) ?? [];
    const shares = shareAccountability(list.map((a) => a.accountable));
    const counted = list.length > 0;
    const main = counted ? findMainAccountable(shares, input.order) : null;
    const handoff = counted && previous !== undefined && main !== previous;
    if (handoff) handoffs++;
    if (counted) previous = main;
    stages[id] = {
      inScope: stagesInScope.has(id),
      mainAccountable: main,
      accountableShares: Object.fromEntries(
        rankShares(shares, input.order).map((s) => [s.team, s.share]),
      ),
      handoffFromPrevious: handoff,
      counted,
    };
  }
  const { shares, hhi } = measureConcentration(answered.map((a) => a.accountable));
  const rate = (count: number): number | null =>
    answered.length === 0 ? null : count / answered.length;
  const cf = input.controlFunction;
  const solelyControlFunction = (a: ActivityResult): boolean =>
    a.accountable.length === 1 && a.accountable[0] === cf;
  return {
    lifecycle: {
      accountableOwners: shares.size,
      hhi,
      fragmentationIndex: hhi === null ? null : 1 - hhi,
      handoffs,
      orphanRate: rate(answered.filter((a) => a.accountable.length === 0).length),
      contestRate: rate(answered.filter((a) => a.accountable.length >= 2).length),
      controlFunctionCoverage: rate(
        cf === null ? 0 : answered.filter(solelyControlFunction).length,
      ),
      mainOwners: rankShares(shares, input.order),
      activitiesInScope: inScope,
      answeredActivities: answered.length,
      unknownActivities: unknown,
    },
    stages,
  };
}
