import type { ActivityResult, FlagId } from '../analysis';

/** A flag raised on one activity. */
export interface ActivityFlag {
  activity: string;
  flag: FlagId;
}

/** The flags `after` raises that `before` does not, activity by activity in model order, each activity's flags in its own order. */
export function findFlagsGained(
  activityIds: readonly string[],
  before: Readonly<Record<string, ActivityResult>>,
  after: Readonly<Record<string, ActivityResult>>,
): ActivityFlag[] {
  return activityIds.flatMap((activity) => {
    const had = new Set(before[activity]?.flags ?? []);
    return (after[activity]?.flags ?? [])
      .filter((flag) => !had.has(flag))
      .map((flag) => ({ activity, flag }));
  });
}
