/**
 * Totals for `Content-Range` that stay cheap on large tables, and correct.
 *
 * SQLite: every committed write to a table moves one counter (`data_changes.n`, kept by triggers
 * the migration puts on each table: `changeCounterSql`). A count is remembered with the counter it
 * was read with — in the same statement, so from the same snapshot — and answered again while the
 * counter has not moved; any write by any process or connection moves it. A count whose SQL reads a
 * table without the triggers (one added later, say) is never remembered. Counts that depend on the
 * clock carry `now` among their bindings, so they are never answered twice.
 * PostgreSQL: counted every time (one shared counter row would serialise every write across the
 * servers); its index-only scans keep the queue's counts cheap.
 */
import type { Knex } from 'knex';
import { dialectOf } from './dialect';
import { BoundedMap } from '../bounded-map';

/** Tables whose writes need not move the counter: nothing a list counts reads them. */
const UNCOUNTED = new Set(['sessions', 'job_leases', 'idempotency_keys', 'knex_migrations', 'knex_migrations_lock', 'data_changes']);
const MAX_ENTRIES = 2000;

/** The counter table and a trigger per table and operation (SQLite), both ways. */
export async function changeCounterSql(knex: Knex, direction: 'up' | 'down'): Promise<string[]> {
  if (dialectOf(knex) === 'pg') return [];
  const tables = (
    (await knex.raw("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'")) as {
      name: string;
    }[]
  )
    .map((t) => t.name)
    .filter((t) => !UNCOUNTED.has(t) && !/_search(_|$)/.test(t));
  const ops = ['insert', 'update', 'delete'];
  if (direction === 'down')
    return [...tables.flatMap((t) => ops.map((op) => `DROP TRIGGER IF EXISTS ${t}_changes_${op}`)), 'DROP TABLE IF EXISTS data_changes'];
  return [
    'CREATE TABLE data_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL)',
    'INSERT INTO data_changes (id, n) VALUES (1, 0)',
    ...tables.flatMap((t) => changeTriggersFor(t)),
  ];
}

/** The triggers that make `table`'s writes move the counter (SQLite): a migration creating a table calls this. */
export function changeTriggersFor(table: string): string[] {
  return ['insert', 'update', 'delete'].map(
    (op) => `CREATE TRIGGER ${table}_changes_${op} AFTER ${op.toUpperCase()} ON ${table} BEGIN UPDATE data_changes SET n = n + 1; END`,
  );
}

export class CountCache {
  private readonly entries = new BoundedMap<string, { version: number; total: number }>(MAX_ENTRIES);
  /** Tables that have the triggers, read once (lazily) from the schema. */
  private counted: Promise<Set<string>> | null = null;
  private tables: Set<string> | null = null;
  private readonly verdicts = new Map<string, boolean>();

  constructor(private readonly reader: Knex) {}

  private countedTables(): Promise<Set<string>> {
    this.counted ??= (async () => {
      const rows = (await this.reader.raw("SELECT name, tbl_name AS tbl FROM sqlite_master WHERE type IN ('table', 'trigger')")) as {
        name: string;
        tbl: string;
      }[];
      this.tables = new Set(rows.filter((r) => r.name === r.tbl).map((r) => r.name));
      const withTrigger = new Set(rows.filter((r) => r.name === `${r.tbl}_changes_update`).map((r) => r.tbl));
      return withTrigger.size && this.tables.has('data_changes') ? withTrigger : new Set();
    })();
    return this.counted;
  }

  /** The total of `countQuery` (a `count({ total: '*' })` builder on the reader). */
  count(countQuery: Knex.QueryBuilder): Promise<number> {
    const { sql, bindings } = countQuery.toSQL();
    return this.countSql(sql, bindings as readonly unknown[]);
  }

  /**
   * The total remembered for this count and the counter it was read with, if any (SQLite): a page
   * read with `withChangeCounter` and the same counter value has this very total.
   */
  remembered(sql: string, bindings: readonly unknown[]): { version: number; total: number } | undefined {
    return this.verdicts.get(sql) ? this.entries.get(`${sql}\u0000${JSON.stringify(bindings)}`) : undefined;
  }

  /** A SELECT that also reads the change counter (as `changeCounter`), from the same snapshot as its rows (SQLite). */
  static withChangeCounter(select: string): string {
    return select.replace(/^select /i, 'select (SELECT n FROM data_changes) AS change_counter, ');
  }

  /** The total of a compiled `SELECT count(*) AS total …` statement. */
  async countSql(sql: string, bindings: readonly unknown[]): Promise<number> {
    const run = async () => {
      const result = await this.reader.raw(sql, bindings as Knex.Value[]);
      return Number((Array.isArray(result) ? result : result.rows)[0].total);
    };
    if (dialectOf(this.reader) === 'pg' || !(await this.cacheable(sql))) return run();
    const key = `${sql}\u0000${JSON.stringify(bindings)}`;
    const hit = this.entries.get(key);
    if (hit) {
      const [{ n }] = (await this.reader.raw('SELECT n FROM data_changes')) as { n: number }[];
      if (n === hit.version) return hit.total;
    }
    const [row] = (await this.reader.raw(`SELECT (SELECT n FROM data_changes) AS version, (${sql}) AS total`, bindings as Knex.Value[])) as {
      version: number;
      total: number;
    }[];
    this.entries.delete(key);
    this.entries.set(key, { version: row.version, total: row.total });
    return row.total;
  }

  /** Every table the statement names moves the counter when written (a text index moves with its table); CTE names are not tables. */
  private async cacheable(sql: string): Promise<boolean> {
    let known = this.verdicts.get(sql);
    if (known === undefined) {
      const counted = await this.countedTables();
      const named = [...sql.matchAll(/`([^`]+)`|\b(\w+)_search\b/g)].map((m) => m[1] ?? m[2]).filter((n) => this.tables!.has(n));
      known = named.length > 0 && named.every((t) => counted.has(t));
      if (this.verdicts.size >= MAX_ENTRIES) this.verdicts.clear();
      this.verdicts.set(sql, known);
    }
    return known;
  }
}
