import type { Knex } from 'knex';
import { textIndexSql } from '../server/db/text-search';

/**
 * Text search from an index (issue 12): `q` on the case queue was a `LIKE '%…%'` scan of the whole
 * table. SQLite gets an FTS5 trigram index kept in sync by triggers, whose vocabulary also serves
 * one- and two-character terms such as 假冒; PostgreSQL gets pg_trgm GIN indexes plus a GIN index
 * of each text's one- and two-character grams, which pg_trgm cannot serve. Answers stay exactly
 * those of the LIKE / ILIKE match (server/db/text-search.ts).
 */
const INDEXED = { cases: ['summary', 'order_id'] };

export async function up(knex: Knex): Promise<void> {
  for (const [table, columns] of Object.entries(INDEXED)) {
    for (const sql of await textIndexSql(knex, table, columns, 'up')) await knex.raw(sql);
  }
}

export async function down(knex: Knex): Promise<void> {
  for (const [table, columns] of Object.entries(INDEXED)) {
    for (const sql of await textIndexSql(knex, table, columns, 'down')) await knex.raw(sql);
  }
}
