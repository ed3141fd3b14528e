/** Which stored assessment changed (`null`: possibly all of them), and whether another tab did it. */
export interface RecordsChange {
  id: string | null;
  /** True when another tab or window made the change (a `storage` event). */
  elsewhere: boolean;
}

type Listener = (change: RecordsChange) => void;

const listeners = new Set<Listener>();
let following = false;

/** The change a `storage` event stands for, or null when it is about other data. */
export function changeFromStorageEvent(
  event: Pick<StorageEvent, 'key'>,
  prefix: string,
): RecordsChange | null {
  if (event.key === null) return { id: null, elsewhere: true };
  return event.key.startsWith(prefix)
    ? { id: event.key.slice(prefix.length), elsewhere: true }
    : null;
}

/** Tells every listener on this page about a change. */
export function announceChange(change: RecordsChange): void {
  for (const listener of [...listeners]) listener(change);
}

/**
 * Calls `callback` after every change to the stored assessments: writes and deletes on this page
 * (any island) and, through the `storage` event, in other tabs. Returns the unsubscribe function.
 */
export function onRecordsChanged(prefix: string, callback: Listener): () => void {
  listeners.add(callback);
  const target = globalThis as Partial<Pick<Window, 'addEventListener'>>;
  if (!following && typeof target.addEventListener === 'function') {
    following = true;
    target.addEventListener('storage', (event) => {
      const change = changeFromStorageEvent(event, prefix);
      if (change) announceChange(change);
    });
  }
  return () => listeners.delete(callback);
}
