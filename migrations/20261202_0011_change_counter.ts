import type { Knex } from 'knex';
import { changeCounterSql } from '../server/db/count-cache';

/**
 * SQLite: one counter that every write to a table moves (triggers), so list totals can be
 * remembered while nothing changed (server/db/count-cache.ts). PostgreSQL: nothing.
 */
export async function up(knex: Knex): Promise<void> {
  for (const sql of await changeCounterSql(knex, 'up')) await knex.raw(sql);
}

export async function down(knex: Knex): Promise<void> {
  for (const sql of await changeCounterSql(knex, 'down')) await knex.raw(sql);
}
