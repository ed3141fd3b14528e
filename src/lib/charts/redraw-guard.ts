/**
 * Tells a chart whether to redraw: only when what it draws (a key) or what it draws with (the
 * formatters, strings, theme) has changed since the last redraw. chart.js re-measures every label
 * on an update, which is the costliest part of a what-if edit.
 */
export class RedrawGuard {
  #key: string | null = null;
  #deps: readonly unknown[] = [];

  /** True, and remembered as drawn, when the key or any dependency differs from the last time. */
  changed(key: string, deps: readonly unknown[]): boolean {
    const same =
      key === this.#key &&
      deps.length === this.#deps.length &&
      deps.every((d, i) => d === this.#deps[i]);
    if (same) return false;
    this.#key = key;
    this.#deps = deps;
    return true;
  }
}
