/**
 * Everything that differs between SQLite and PostgreSQL, in one place.
 */
import type { Knex } from 'knex';
import { toCamel, toSnake } from './case-mapping';

export type Dialect = 'sqlite' | 'pg';

export function dialectOf(knex: Knex): Dialect {
  return (knex.client.config as Knex.Config).client === 'pg' ? 'pg' : 'sqlite';
}

/** Case-insensitive substring match (SQLite's LIKE already ignores ASCII case). */
export function whereContains(qb: Knex.QueryBuilder, column: string, term: string, dialect: Dialect, or = false) {
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const sql = dialect === 'pg' ? "?? ILIKE ? ESCAPE '\\'" : "?? LIKE ? ESCAPE '\\'";
  return or ? qb.orWhereRaw(sql, [column, pattern]) : qb.whereRaw(sql, [column, pattern]);
}

/** pg returns COUNT(*) and bigints as strings; SQLite returns numbers. */
export const toNumber = (value: unknown): number => (value == null ? 0 : Number(value));

/** SQLite returns booleans as 0/1. */
export const toBoolean = (value: unknown): boolean => value === true || value === 1 || value === '1' || value === 't';

export type ConstraintKind = 'unique' | 'foreign_key' | 'check' | 'not_null' | null;

/** Map a driver's constraint error to what it means, for the error middleware. */
export function constraintKind(err: unknown): ConstraintKind {
  const e = err as { code?: string; message?: string };
  if (!e || typeof e !== 'object') return null;
  switch (e.code) {
    case '23505':
      return 'unique';
    case '23503':
      return 'foreign_key';
    case '23514':
      return 'check';
    case '23502':
      return 'not_null';
  }
  if (e.code === 'SQLITE_CONSTRAINT' && e.message) {
    if (e.message.includes('UNIQUE') || e.message.includes('PRIMARY KEY')) return 'unique';
    if (e.message.includes('FOREIGN KEY')) return 'foreign_key';
    if (e.message.includes('CHECK')) return 'check';
    if (e.message.includes('NOT NULL')) return 'not_null';
  }
  return null;
}

/** The column a unique violation is about (camelCase), when the driver names exactly one. */
export function uniqueColumn(err: unknown): string | null {
  const e = err as { message?: string; detail?: string };
  const m = /^Key \((\w+)\)=/.exec(e?.detail ?? '') ?? /UNIQUE constraint failed: \w+\.(\w+)$/.exec(e?.message ?? '');
  return m ? toCamel(m[1]) : null;
}

/**
 * A PostgreSQL data exception (SQLSTATE class 22: integer out of range, value too long, NUL in
 * text, date out of range…) is caused by the value sent, so it is bad input, not a server fault.
 */
export function isDataException(err: unknown): boolean {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && /^22[0-9A-Z]{3}$/.test(code);
}

/** Row lock for read-modify-write in a transaction; SQLite has a single writer connection, so none is needed. */
export function forUpdate(qb: Knex.QueryBuilder, dialect: Dialect): Knex.QueryBuilder {
  return dialect === 'pg' ? qb.forUpdate() : qb;
}

/**
 * ORDER BY with SQLite's NULL placement (first when ascending) on both databases. SQLite gets the
 * plain clause so its indexes still serve the sort; PostgreSQL is told where NULLs go — only for a
 * column that can hold NULL (`nullable`), so that a NOT NULL column's plain index still serves it.
 */
export function orderBy(qb: Knex.QueryBuilder, column: string, order: 'ASC' | 'DESC', dialect: Dialect, nullable = true) {
  if (dialect === 'pg' && nullable) return qb.orderBy(column, order.toLowerCase() as 'asc' | 'desc', order === 'ASC' ? 'first' : 'last');
  return qb.orderBy(column, order.toLowerCase() as 'asc' | 'desc');
}

const nullableByTable = new Map<string, Promise<Set<string>>>();
/** PostgreSQL: the columns of `table` (camelCase) that may hold NULL, read once per process. SQLite: none asked. */
export function nullableColumns(knex: Knex, table: string): Promise<Set<string>> {
  if (dialectOf(knex) !== 'pg') return Promise.resolve(new Set());
  const key = `${(knex.client.config as Knex.Config).searchPath ?? ''}:${table}`;
  let known = nullableByTable.get(key);
  if (!known) {
    known = knex
      .raw("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? AND is_nullable = 'YES'", [
        toSnake(table),
      ])
      .then((r: { rows: { columnName: string }[] }) => new Set(r.rows.map((row) => toCamel(row.columnName))));
    known.catch(() => nullableByTable.delete(key));
    nullableByTable.set(key, known);
  }
  return known;
}

/** INSERT … RETURNING the given columns (SQLite ≥ 3.35 and PostgreSQL): the new row in the same round trip. */
export async function insertReturning(knex: Knex, table: string, row: Record<string, unknown>, columns: string[]): Promise<Record<string, unknown>> {
  const [inserted] = await knex(table).insert(row).returning(columns);
  return inserted;
}

/**
 * INSERT … RETURNING id on both databases: PostgreSQL answers `{ id }` rows, SQLite (through
 * Knex) plain ids.
 */
export async function insertReturningId(knex: Knex, table: string, row: Record<string, unknown>): Promise<number> {
  const [inserted] = await knex(table).insert(row).returning('id');
  return Number(typeof inserted === 'object' ? inserted.id : inserted);
}

/** Reads the rows of a `knex.raw` SELECT: PostgreSQL answers `{ rows }`, SQLite the rows themselves. */
export async function rawRows<T = Record<string, unknown>>(knex: Knex, sql: string, bindings: readonly Knex.RawBinding[] = []): Promise<T[]> {
  const result = await knex.raw(sql, bindings);
  return (Array.isArray(result) ? result : result.rows) as T[];
}

/**
 * SQL for the metrics roll-ups (server/metrics/): the UTC day (`YYYY-MM-DD` text) of a timestamp
 * column, hours between two, and hours since the Unix epoch. SQLite keeps timestamps as canonical
 * ISO text (db/time.ts), PostgreSQL as timestamptz.
 */
export const sqlTime = {
  day: (column: string, dialect: Dialect) => (dialect === 'pg' ? `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD')` : `substr(${column}, 1, 10)`),
  hours: (from: string, to: string, dialect: Dialect) =>
    dialect === 'pg' ? `(EXTRACT(EPOCH FROM (${to} - ${from})) / 3600.0)` : `((julianday(${to}) - julianday(${from})) * 24.0)`,
  epochHours: (column: string, dialect: Dialect) =>
    dialect === 'pg' ? `(EXTRACT(EPOCH FROM ${column}) / 3600.0)` : `((julianday(${column}) - 2440587.5) * 24.0)`,
};

/**
 * Serialises transactions that recompute the same roll-up rows (PostgreSQL: a transaction-scoped
 * advisory lock per key, taken in sorted order so two writers never wait on each other in a
 * circle). SQLite has a single writer, so nothing is needed there.
 */
export async function lockKeys(trx: Knex, namespace: number, keys: readonly number[]): Promise<void> {
  if (dialectOf(trx) !== 'pg') return;
  for (const key of [...new Set(keys)].sort((a, b) => a - b)) await trx.raw('SELECT pg_advisory_xact_lock(?, ?)', [namespace, key | 0]);
}
