/** Where autosave stands: nothing to do, a change waiting, written, or failed (with why). */
export type SaveStatus = 'idle' | 'pending' | 'saved' | 'error';

/**
 * Saves shortly after the last change (well within a second), one write at a time.
 * A failed write keeps the change pending and says why; the next change tries again.
 */
export class Autosave {
  status: SaveStatus = $state('idle');
  /** When the last save landed (milliseconds since the epoch). */
  savedAt: number | null = $state(null);
  error: string | null = $state(null);

  readonly #save: () => void;
  readonly #delay: number;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(save: () => void, delay = 300) {
    this.#save = save;
    this.#delay = delay;
  }

  /** Notes a change; the save follows after the delay. */
  schedule(): void {
    this.status = 'pending';
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.flush(), this.#delay);
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
