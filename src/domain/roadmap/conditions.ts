import { VOLUMES, type Organisation } from '../schemas/assessment';
import type { Condition } from '../schemas/action';
import type { FlagId } from '../schemas/flag';
import type { ActivityResult, DimensionResult } from '../analysis';
import type { Model } from '../schemas/model';

/** What the conditions of the action library are tested against. */
export interface ConditionContext {
  organisation: Organisation;
  dimensions: Readonly<Record<string, Pick<DimensionResult, 'score' | 'inScope'>>>;
  /** The flags present in each stage's in-scope activities. */
  stageFlags: Readonly<Record<string, readonly FlagId[]>>;
  /** Share of activities where the control function is accountable; null when nothing is answered. */
  coverage: number | null;
}

/** The level an in-scope dimension without a score is taken to be, as in the heatmap. */
const UNKNOWN_LEVEL = 2;

/** A dimension's level for a condition: its score, 2 when unknown, null when out of scope. */
function levelOf(ctx: ConditionContext, dimension: string): number | null {
  const d = ctx.dimensions[dimension];
  if (d && !d.inScope) return null;
  return d?.score ?? UNKNOWN_LEVEL;
}

function hasFlag(ctx: ConditionContext, flag: FlagId, stage: string | undefined): boolean {
  const stages = stage === undefined ? Object.keys(ctx.stageFlags) : [stage];
  return stages.some((s) => ctx.stageFlags[s]?.includes(flag) ?? false);
}

function countLanguages(languages: readonly string[]): number {
  return new Set(languages.map((l) => l.split('-')[0]?.toLowerCase())).size;
}

/**
 * Whether a condition holds. An unknown dimension counts as level 2; a test on an out-of-scope
 * dimension is false (it is never scored, so nothing is known about it); unknown coverage counts as 0.
 */
export function evaluateCondition(condition: Condition, ctx: ConditionContext): boolean {
  const org = ctx.organisation;
  if ('all' in condition) return condition.all.every((c) => evaluateCondition(c, ctx));
  if ('any' in condition) return condition.any.some((c) => evaluateCondition(c, ctx));
  if ('not' in condition) return !evaluateCondition(condition.not, ctx);
  if ('always' in condition) return true;
  if ('flag' in condition) return hasFlag(ctx, condition.flag, condition.stage);
  if ('below' in condition) {
    const level = levelOf(ctx, condition.dimension);
    return level !== null && level < condition.below;
  }
  if ('atLeast' in condition) {
    const level = levelOf(ctx, condition.dimension);
    return level !== null && level >= condition.atLeast;
  }
  if ('sector' in condition) return condition.sector.includes(org.sector);
  if ('regulated' in condition) return org.regulated === condition.regulated;
  if ('channelsAtLeast' in condition)
    return new Set(org.channels).size >= condition.channelsAtLeast;
  if ('channel' in condition) return condition.channel.some((c) => org.channels.includes(c));
  if ('volumeAtLeast' in condition)
    return VOLUMES.indexOf(org.volume) >= VOLUMES.indexOf(condition.volumeAtLeast);
  if ('coverageBelow' in condition) return (ctx.coverage ?? 0) < condition.coverageBelow;
  return countLanguages(org.languages) >= condition.languagesAtLeast;
}

/** Collects each stage's flags from the activity results, skipping out-of-scope activities. */
export function collectStageFlags(
  model: Pick<Model, 'activities'>,
  activities: Readonly<Record<string, Pick<ActivityResult, 'flags' | 'status'>>>,
): Record<string, FlagId[]> {
  const stageFlags: Record<string, FlagId[]> = {};
  for (const activity of model.activities) {
    const result = activities[activity.id];
    if (!result || result.status === 'out-of-scope') continue;
    const flags = (stageFlags[activity.stage] ??= []);
    for (const flag of result.flags) if (!flags.includes(flag)) flags.push(flag);
  }
  return stageFlags;
}
