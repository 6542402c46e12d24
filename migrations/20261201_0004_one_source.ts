import type { Knex } from 'knex';

/**
 * One source for each fact: points live in the penalty policy only (violation types lose their
 * column), a penalty's cited cases in penalty_cases only (penalties lose the JSON copy). Case
 * events gain structured data the SPA words in the reader's language, and merchants the moment
 * their derived status or points next change by the clock alone.
 */
export async function up(knex: Knex): Promise<void> {
  // Plain DROP COLUMN on both databases (SQLite ≥ 3.35): Knex's SQLite path would rebuild tables that others reference.
  await knex.raw('ALTER TABLE violation_types DROP COLUMN points');
  await knex.raw('ALTER TABLE penalties DROP COLUMN case_ids');
  await knex.schema.alterTable('case_events', (t) => t.text('data'));
  await knex.schema.alterTable('merchants', (t) => {
    t.timestamp('derived_until', { useTz: true });
    t.index(['derived_until']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('merchants', (t) => {
    t.dropIndex(['derived_until']);
    t.dropColumn('derived_until');
  });
  await knex.schema.alterTable('case_events', (t) => t.dropColumn('data'));
  await knex.schema.alterTable('penalties', (t) => t.text('case_ids').notNullable().defaultTo('[]'));
  await knex.schema.alterTable('violation_types', (t) => t.integer('points').notNullable().defaultTo(0));
}
