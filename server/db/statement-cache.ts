/**
 * Prepared statements kept per SQLite connection. node-sqlite3 prepares every query anew: a round
 * trip to a worker thread to prepare it and another to run it, each waiting for the event loop in
 * between — under load that, not SQLite, was most of a write's time in the lock. Knex runs its
 * queries through the connection's `all` and `run`; these now use a prepared statement kept by
 * SQL text (the least recently used ones are finalized), so a query is one round trip.
 * node-sqlite3 queues the calls on one statement, so concurrent uses of the same SQL are safe.
 */
type Callback = (this: unknown, err: Error | null, rows?: unknown) => void;

interface Statement {
  all(params: unknown[], cb: Callback): void;
  run(params: unknown[], cb: Callback): void;
  finalize(cb?: () => void): void;
}

export interface SqliteConnection {
  prepare(sql: string, cb: (err: Error | null) => void): Statement;
  all(sql: string, params: unknown[], cb: Callback): void;
  run(sql: string, params: unknown[], cb: Callback): void;
  close(cb?: (err: Error | null) => void): void;
}

interface Entry {
  statement: Statement;
  /** null once prepared; the error if it could not be; pending calls until then. */
  prepared: null | Error | (() => void)[];
}

export function cacheStatements(conn: SqliteConnection, size = 256): void {
  const cache = new Map<string, Entry>();
  const forget = (sql: string, entry: Entry) => {
    if (cache.get(sql) !== entry) return;
    cache.delete(sql);
    entry.statement.finalize();
  };
  const entryFor = (sql: string): Entry => {
    const hit = cache.get(sql);
    if (hit) {
      cache.delete(sql); // most recently used last
      cache.set(sql, hit);
      return hit;
    }
    const entry: Entry = { statement: undefined as unknown as Statement, prepared: [] };
    entry.statement = conn.prepare(sql, (err) => {
      const pending = entry.prepared as (() => void)[];
      entry.prepared = err ?? null;
      if (err) cache.delete(sql); // a statement that does not prepare (bad SQL) is not kept
      for (const call of pending) call();
    });
    cache.set(sql, entry);
    if (cache.size > size) {
      const [oldest, old] = cache.entries().next().value as [string, Entry];
      forget(oldest, old);
    }
    return entry;
  };
  // SQLite refuses to close a connection with statements still prepared (SQLITE_BUSY, and the
  // connection stays open, holding its WAL read lock): finalize them all first.
  const close = conn.close.bind(conn);
  conn.close = (cb) => {
    const entries = [...cache.values()];
    cache.clear();
    let left = entries.length;
    if (!left) return close(cb);
    for (const entry of entries) entry.statement.finalize(() => --left === 0 && close(cb));
  };
  for (const method of ['all', 'run'] as const) {
    conn[method] = (sql: string, params: unknown[], cb: Callback) => {
      const entry = entryFor(sql);
      const call = () => {
        if (entry.prepared instanceof Error) return cb.call(entry.statement, entry.prepared);
        entry.statement[method](params ?? [], cb);
      };
      if (Array.isArray(entry.prepared)) entry.prepared.push(call);
      else call();
    };
  }
}
