/** What the roadmap's cards need to read and store how an action is tracked (the sandbox gives it). */
import type { TrackingDetails } from '../../domain/roadmap/track-actions';
import type { StorageReason } from '../../lib/storage/assessment-repo';

/** Reads and stores how each roadmap action is tracked. */
export interface Tracker {
  tracking(actionId: string): TrackingDetails;
  /** Stores it; false when it was not stored (`trackError` says why). */
  track(actionId: string, details: TrackingDetails): boolean;
  readonly trackError: StorageReason | null;
}

/** Today's date where the reader is, as YYYY-MM-DD (due dates are calendar days, not instants). */
export function localToday(now: Date = new Date()): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

// A save can move a card to another phase, which draws it anew: the new card says it was saved.
let justSaved: string | null = null;

/** Notes that an action's tracking was just saved, for the card drawn anew after the save. */
export function noteSaved(actionId: string): void {
  justSaved = actionId;
}

/** Whether an action's tracking was just saved (asked once, by the card drawn after the save). */
export function takeSaved(actionId: string): boolean {
  if (justSaved !== actionId) return false;
  justSaved = null;
  return true;
}
