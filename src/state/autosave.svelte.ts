/**
 * Where autosave stands: nothing to do, a change waiting, written, failed (with why), or off
 * (the browser blocks storage: the work lives in the page only).
 */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error' | 'off';

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
  #waiting = false;

  constructor(save: () => void, delay = 300, maxWait = 800) {
    this.#save = save;
    this.#delay = delay;
    this.#maxWait = maxWait;
  }

  /** Whether a change is not stored yet (waiting, or its save failed). */
  get unsaved(): boolean {
    return this.status === 'pending' || this.status === 'error';
  }

  /** Notes a change; the save follows after the delay, or at the latest after `maxWait`. */
  schedule(): void {
    if (this.status === 'off') return;
    const now = Date.now();
    if (this.#timer === undefined) this.#firstUnsaved = now;
    this.status = 'pending';
    clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#delay, this.#firstUnsaved + this.#maxWait - now));
    this.#timer = setTimeout(() => this.flush(), wait);
  }

  /** Forgets a waiting or failed change (the page took the stored version instead). */
  settle(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.status !== 'off') this.status = 'idle';
    this.error = null;
  }

  /** Stops saving for good: the browser keeps nothing, so the page says so instead. */
  switchOff(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    this.status = 'off';
  }

  /**
   * Holds every save until `ready` settles (what saving needs is still loading): a change made
   * meanwhile stays pending, so leaving the page still warns, and is saved as soon as it settles.
   */
  waitFor(ready: Promise<unknown>): void {
    this.#waiting = true;
    const go = (): void => {
      this.#waiting = false;
      this.flush();
    };
    ready.then(go, go);
  }

  /** Saves now if a change is waiting (on leaving the page, for example). */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (!this.unsaved || this.#waiting) return;
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
