/** Bulk-insert helpers shared by the seeds. */
import type { Knex } from 'knex';

/**
 * Multi-row inserts in chunks: SQLite compiles one as a compound SELECT (at most 500 terms) and
 * caps bound parameters, so chunks stay well below both.
 */
export async function insertChunked(trx: Knex | Knex.Transaction, table: string, rows: readonly object[], chunkSize = 400): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) {
    await trx(table).insert(rows.slice(i, i + chunkSize));
  }
}

function isPostgres(knex: Knex | Knex.Transaction): boolean {
  const client = (knex.client as { config?: { client?: unknown } }).config?.client;
  return typeof client === 'string' && /^(pg|postgres|postgresql)$/.test(client);
}

/** After inserting explicit ids, move PostgreSQL's serial past them so the app's next insert does not collide. */
export async function bumpSequence(knex: Knex | Knex.Transaction, table: string): Promise<void> {
  if (!isPostgres(knex)) return;
  await knex.raw(`SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT MAX(id) FROM ??), 1))`, [table, table]);
}
