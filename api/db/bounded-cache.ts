/**
 * A per-process cache of values worked out from the code's own choices
 * (statement variants, renamed statements, sort keys of titles), bounded so
 * that a mistake — a key built from request text — cannot grow it forever.
 * Past the bound the oldest entry goes: the keys in use come back on their
 * next use. A hit is one Map lookup, nothing more (no closure to build):
 *
 *   let value = cache.get(key);
 *   if (value === undefined) value = cache.set(key, build(key));
 */
export class BoundedCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1) throw new Error(`a bounded cache holds at least one entry, got ${limit}`);
  }

  get(key: K): V | undefined {
    return this.entries.get(key);
  }

  /** Keeps `value` for `key`, letting the oldest entry go when the cache is full; returns `value`. */
  set(key: K, value: V): V {
    if (this.entries.size >= this.limit && !this.entries.has(key)) this.entries.delete(this.entries.keys().next().value as K);
    this.entries.set(key, value);
    return value;
  }

  get size(): number {
    return this.entries.size;
  }
}
