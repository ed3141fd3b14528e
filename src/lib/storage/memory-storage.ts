/** A Web Storage in memory, for running browser storage code under Node in tests. */
export class MemoryStorage implements Storage {
  #items = new Map<string, string>();
  /** Throws QuotaExceededError once this many characters are stored (like a full browser). */
  quota = Infinity;

  get length(): number {
    return this.#items.size;
  }
  clear(): void {
    this.#items.clear();
  }
  getItem(key: string): string | null {
    return this.#items.get(key) ?? null;
  }
  key(index: number): string | null {
    return [...this.#items.keys()][index] ?? null;
  }
  removeItem(key: string): void {
    this.#items.delete(key);
  }
  setItem(key: string, value: string): void {
    const used = [...this.#items].reduce((n, [k, v]) => (k === key ? n : n + v.length), 0);
    if (used + value.length > this.quota)
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    this.#items.set(key, String(value));
  }
}
