/** Bulk-insert helpers shared by the seeds. */
import type { Knex } from 'knex';
import { toSnake } from '../server/db/case-mapping';

/**
 * Multi-row inserts in chunks: SQLite compiles one as a compound SELECT (at most 500 terms) and
 * caps bound parameters, so chunks stay well below both. Rows that all have the same
 * columns, none undefined (the seeds' row builders), skip Knex's query builder: one statement text
 * per table, bound values only, which takes a quarter off seeding the large tables.
 */
export async function insertChunked(trx: Knex | Knex.Transaction, table: string, rows: readonly object[], chunkSize = 400): Promise<void> {
  const columns = rows.length ? Object.keys(rows[0]) : [];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  // The raw statement bypasses Knex's identifier mapping: name the table and columns as the database does.
  const head = `INSERT INTO "${toSnake(table)}" (${columns.map((c) => `"${toSnake(c)}"`).join(', ')}) VALUES `;
  for (let i = 0; i < rows.length; i += chunkSize) {
    const chunk = rows.slice(i, i + chunkSize) as Record<string, unknown>[];
    const values = uniformValues(chunk, columns);
    if (values) await trx.raw(head + Array(chunk.length).fill(tuple).join(', '), values as Knex.RawBinding[]);
    else await trx(table).insert(chunk);
  }
}

/** The chunk's values in column order, or null when a row has other columns or an undefined value (Knex then fills defaults). */
function uniformValues(chunk: Record<string, unknown>[], columns: string[]): unknown[] | null {
  const values: unknown[] = [];
  for (const row of chunk) {
    if (Object.keys(row).length !== columns.length) return null;
    for (const c of columns) {
      const v = row[c];
      if (v === undefined) return null;
      values.push(v);
    }
  }
  return values;
}

export function isPostgres(knex: Knex | Knex.Transaction): boolean {
  const client = (knex.client as { config?: { client?: unknown } }).config?.client;
  return typeof client === 'string' && /^(pg|postgres|postgresql)$/.test(client);
}

/** After inserting explicit ids, move PostgreSQL's serial past them so the app's next insert does not collide. */
export async function bumpSequence(knex: Knex | Knex.Transaction, table: string): Promise<void> {
  if (!isPostgres(knex)) return;
  await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT MAX(id) FROM ??), 1))`, [table, table]);
}
