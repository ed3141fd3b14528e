/** Where autosave stands: nothing to do, a change waiting, written, or failed (with why). */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error';

/**
 * Saves shortly after the last change, and never later than `maxWait` after the first unsaved
 * one, so steady typing is stored within a second too. A failed write keeps the change pending
 * and says why; the next change tries again.
 */
export class Autosave {
  status: SaveStatus = $state('idle');
  /** When the last save landed (milliseconds since the epoch). */
  savedAt: number | null = $state(null);
  error: string | null = $state(null);

  readonly #save: () => void;
  readonly #delay: number;
  readonly #maxWait: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #firstUnsaved = 0;

  constructor(save: () => void, delay = 300, maxWait = 800) {
    this.#save = save;
    this.#delay = delay;
    this.#maxWait = maxWait;
  }

  /** Notes a change; the save follows after the delay, or at the latest after `maxWait`. */
  schedule(): void {
    const now = Date.now();
    if (this.#timer === undefined) this.#firstUnsaved = now;
    this.status = 'pending';
    clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#delay, this.#firstUnsaved + this.#maxWait - now));
    this.#timer = setTimeout(() => this.flush(), wait);
  }

  /** Saves now if a change is waiting (on leaving the page, for example). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.status !== 'pending' && this.status !== 'error') return;
    try {
      this.#save();
      this.status = 'saved';
      this.savedAt = Date.now();
      this.error = null;
    } catch (error) {
      this.status = 'error';
      this.error = (error as Error).message;
    }
  }
}
