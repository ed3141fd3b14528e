import type { Difference } from './record-diff';

/** What happened to the stored assessment in another tab or window. */
export type Elsewhere = { kind: 'changed'; differences: Difference[] | null } | { kind: 'deleted' };

/** The names the differences are listed by. */
export interface DifferenceNames {
  question(id: string): string | undefined;
  activity(id: string): string | undefined;
  team(id: string): string;
}
