import type { Knex } from 'knex';

/**
 * The queue's default sort is dueAt ASC: without a filter (the first page react-admin opens) or
 * with a text search, SQLite otherwise sorts the whole table for every page.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => t.index(['due_at'], 'cases_due_at_index'));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => t.dropIndex(['due_at'], 'cases_due_at_index'));
}
