/**
 * A Map that keeps at most `limit` entries: adding a new key past the limit drops the oldest one.
 * For the in-process caches of the request path (sessions, parsed and compiled list queries,
 * counts), where an unbounded map would grow with every distinct request.
 */
export class BoundedMap<K, V> extends Map<K, V> {
  constructor(private readonly limit: number) {
    super();
  }

  override set(key: K, value: V): this {
    if (!this.has(key) && this.size >= this.limit) this.delete(this.keys().next().value as K);
    return super.set(key, value);
  }
}
