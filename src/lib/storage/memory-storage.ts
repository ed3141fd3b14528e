/** A Web Storage in memory, for running browser storage code under Node in tests. */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  /** Throws QuotaExceededError once this many characters are stored (like a full browser). */
  quota = Infinity;
  /** When true every call throws a SecurityError, as a browser that blocks site data does. */
  blocked = false;

  #check(): void {
    if (this.blocked) throw new DOMException('access denied', 'SecurityError');
  }
  get length(): number {
    this.#check();
    return this.#items.size;
  }
  clear(): void {
    this.#check();
    this.#items.clear();
  }
  getItem(key: string): string | null {
    this.#check();
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    this.#check();
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#check();
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    this.#check();
    const used = [...this.#items].reduce((n, [k, v]) => (k === key ? n : n + v.length), 0);
    if (used + value.length > this.quota)
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.#items.set(key, String(value));
  }
}
