import { whenIdle } from '../lib/when-idle';

/**
 * A page built a section at a time, so that opening it is a row of short tasks rather than one
 * long one: first `prepare` (the work every section needs), then the first section, then each
 * other section, one an idle period, those near the window before those far from it. A section
 * that comes near once the first is built is built at once. Sections once built stay built.
 */
export class BuildInTurn<S extends string> {
  /** The sections built so far. */
  readonly built: Record<S, boolean>;
  /** The sections within reach of the window now. */
  readonly near: Record<S, boolean>;
  #order: readonly S[];
  #prepare: () => void;
  #cancel: () => void = () => {};
  #prepared = false;

  constructor(order: readonly S[], prepare: () => void) {
    this.#order = order;
    this.#prepare = prepare;
    const none = (): Record<S, boolean> =>
      Object.fromEntries(order.map((s) => [s, false])) as Record<S, boolean>;
    this.built = $state(none());
    this.near = $state(none());
  }

  /** Starts building in the browser's idle time; returns the stop. */
  start(): () => void {
    this.#cancel = whenIdle(() => this.#step());
    return () => this.#cancel();
  }

  /** Tells that a section came within reach of the window, or left it. */
  reach(section: S, near: boolean): void {
    this.near[section] = near;
    if (near && this.#prepared && this.built[this.#order[0] as S]) this.built[section] = true;
  }

  /** The section to build next: the first, then those near the window, then in page order. */
  #next(): S | undefined {
    const [first] = this.#order;
    if (first !== undefined && !this.built[first]) return first;
    const left = this.#order.filter((s) => !this.built[s]);
    return left.find((s) => this.near[s]) ?? left[0];
  }

  #step(): void {
    if (!this.#prepared) {
      this.#prepared = true;
      this.#prepare();
    } else {
      const section = this.#next();
      if (section === undefined) return;
      this.built[section] = true;
    }
    this.#cancel = whenIdle(() => this.#step());
  }
}
