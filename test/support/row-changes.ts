/**
 * Counts every row written and kept: a trigger on each table adds one to a counter for each row
 * inserted, updated or deleted. The counter is written in the same transaction as the rows, so a
 * write rolled back leaves it as it was; reading it tells at once whether a request changed any
 * row. For tests only (the fuzzer): it adds a table and triggers to the test database.
 */
import type { Database } from '../../server/db';

const COUNTER = 'test_row_changes';

async function tables(db: Database): Promise<string[]> {
  const rows =
    db.dialect === 'pg'
      ? (await db.knex.raw("select table_name as name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")).rows
      : await db.knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%'");
  // A text index's tables and the change counter are written only along with the rows they follow.
  const derived = (n: string) => /_search_\w+$/.test(n) || n === 'data_changes';
  return rows.map((r: { name: string }) => r.name).filter((n: string) => !n.startsWith('knex_') && n !== COUNTER && !derived(n));
}

/** Installs the counter and its triggers; returns how to read it. */
export async function countRowChanges(db: Database): Promise<() => Promise<number>> {
  const { knex } = db;
  await knex.raw(`create table ${COUNTER} (n bigint not null)`);
  await knex.raw(`insert into ${COUNTER} values (0)`);
  if (db.dialect === 'pg') {
    await knex.raw(`create function ${COUNTER}_add() returns trigger language plpgsql as $$ begin update ${COUNTER} set n = n + 1; return null; end $$`);
  }
  for (const table of await tables(db)) {
    if (db.dialect === 'pg') {
      await knex.raw(`create trigger ${COUNTER} after insert or update or delete on ${table} for each row execute function ${COUNTER}_add()`);
    } else {
      for (const event of ['insert', 'update', 'delete']) {
        await knex.raw(`create trigger ${COUNTER}_${table}_${event} after ${event} on ${table} begin update ${COUNTER} set n = n + 1; end`);
      }
    }
  }
  return async () => Number((await knex(COUNTER).first('n')).n);
}
