/**
 * Bulk inserts for the benchmark dataset, on either database. SQLite: the writer connection itself,
 * one transaction, multi-row INSERTs through one prepared statement, no fsync while loading (a
 * failed load is simply run again). PostgreSQL: multi-row INSERTs of 1,000 rows in one transaction.
 */
import type { Knex } from 'knex';
import sqlite3 from 'sqlite3';

interface Sqlite3Statement {
  run(params: unknown[], cb: (err: Error | null) => void): void;
  finalize(cb: () => void): void;
}
interface Sqlite3Conn {
  run(sql: string, params: unknown[], cb: (err: Error | null) => void): void;
  all(sql: string, params: unknown[], cb: (err: Error | null, rows: unknown[]) => void): void;
  prepare(sql: string, cb?: (err: Error | null) => void): Sqlite3Statement;
}

const values = (columns: readonly string[], rows: number) =>
  Array(rows)
    .fill(`(${columns.map(() => '?').join(',')})`)
    .join(',');

export interface BulkLoader {
  /** Inserts every row (arrays in `columns` order); returns how many. */
  insert(table: string, columns: readonly string[], rows: Iterable<unknown[]>): Promise<number>;
  /** Runs a statement on the loading connection, inside the load's transaction. */
  run(sql: string, params?: unknown[]): Promise<void>;
  /**
   * SQLite: `tables`' secondary indexes and change-counter triggers are dropped until the load
   * commits, then built again in one sorted pass each (far quicker than row by row).
   */
  deferIndexes(tables: string[]): Promise<void>;
  /** Commits the load. */
  finish(): Promise<void>;
  /** Rolls back what is not committed yet (after a failure). */
  abort(): Promise<void>;
}

/** PostgreSQL: on the given Knex. SQLite: a connection of its own to `file` (none other may be open). */
export async function bulkLoader(target: { knex: Knex } | { file: string }): Promise<BulkLoader> {
  return 'knex' in target ? pgLoader(target.knex) : sqliteLoader(target.file);
}

async function sqliteLoader(file: string): Promise<BulkLoader> {
  const conn = await new Promise<Sqlite3Conn & { close(cb: () => void): void }>((res, rej) => {
    const c = new sqlite3.Database(file, (e) => (e ? rej(e) : res(c as unknown as Sqlite3Conn & { close(cb: () => void): void })));
  });
  const run = (sql: string, params: unknown[] = []) => new Promise<void>((res, rej) => conn.run(sql, params, (e) => (e ? rej(e) : res())));
  // 512 MiB of page cache: the indexes being filled stay in memory; no fsync until the end.
  // Out of WAL mode while loading: the new pages go straight into the file instead of through the log.
  // Foreign keys are not checked row by row: the generator draws every reference from the rows loaded.
  for (const pragma of ['busy_timeout = 10000', 'journal_mode = MEMORY', 'cache_size = -524288', 'synchronous = OFF', 'temp_store = MEMORY', 'threads = 2'])
    await run(`PRAGMA ${pragma}`);
  const all = <T>(sql: string, params: unknown[] = []) => new Promise<T[]>((res, rej) => conn.all(sql, params, (e, rows) => (e ? rej(e) : res(rows as T[]))));
  await run('BEGIN');
  const deferred: string[] = [];
  let open = true;
  const release = async () => {
    if (open) await new Promise<void>((res) => conn.close(res));
    open = false;
  };
  const loader: BulkLoader = {
    async insert(table, columns, rows) {
      // Up to 32,766 bound parameters per statement (SQLite ≥ 3.32).
      const per = Math.max(1, Math.floor(30_000 / columns.length));
      const sql = `INSERT INTO ${table} (${columns.join(',')}) VALUES `;
      const full = conn.prepare(sql + values(columns, per));
      let batch: unknown[] = [];
      let n = 0;
      let count = 0;
      for (const row of rows) {
        for (const v of row) batch.push(v);
        if (++n === per) {
          const params = batch;
          await new Promise<void>((res, rej) => full.run(params, (e) => (e ? rej(e) : res())));
          count += n;
          batch = [];
          n = 0;
        }
      }
      if (n) await run(sql + values(columns, n), batch);
      await new Promise<void>((res) => full.finalize(res));
      return count + n;
    },
    run,
    async deferIndexes(tables) {
      const marks = tables.map(() => '?').join(',');
      const objects = await all<{ type: string; name: string; sql: string }>(
        `SELECT type, name, sql FROM sqlite_master WHERE tbl_name IN (${marks}) AND sql IS NOT NULL AND (type = 'index' OR (type = 'trigger' AND name LIKE '%\\_changes\\_%' ESCAPE '\\'))`,
        tables,
      );
      for (const o of objects) {
        await run(`DROP ${o.type === 'index' ? 'INDEX' : 'TRIGGER'} ${o.name}`);
        deferred.push(o.sql);
      }
    },
    async finish() {
      for (const sql of deferred.splice(0)) await run(sql);
      // The triggers were off: move the change counter once for the whole load.
      await run('UPDATE data_changes SET n = n + 1').catch(() => undefined);
      await run('COMMIT');
      await run('PRAGMA journal_mode = WAL');
      await release();
    },
    async abort() {
      if (open) await run('ROLLBACK').catch(() => undefined);
      await release();
    },
  };
  return loader;
}

async function pgLoader(knex: Knex): Promise<BulkLoader> {
  const trx = await knex.transaction();
  return {
    async insert(table, columns, rows) {
      const per = Math.floor(30_000 / columns.length);
      let batch: unknown[][] = [];
      let count = 0;
      const flush = async () => {
        if (!batch.length) return;
        await trx.raw(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values(columns, batch.length)}`, batch.flat() as Knex.Value[]);
        count += batch.length;
        batch = [];
      };
      for (const row of rows) {
        batch.push(row);
        if (batch.length === per) await flush();
      }
      await flush();
      return count;
    },
    async run(sql, params = []) {
      await trx.raw(sql, params as Knex.Value[]);
    },
    async deferIndexes() {},
    async finish() {
      await trx.commit();
    },
    async abort() {
      if (!trx.isCompleted()) await trx.rollback().catch(() => undefined);
    },
  };
}
