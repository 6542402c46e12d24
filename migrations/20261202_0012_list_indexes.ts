import type { Knex } from 'knex';

/**
 * Indexes for the list sorts and filters that had none (found by test/api/query-plans.test.ts):
 * notices by last change (their default sort, alone or within a status), and the audit log by
 * action (newest first: the index ends with the id on both databases' plans).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notices', (t) => {
    t.index(['updated_at']);
    t.index(['status', 'updated_at']);
  });
  await knex.schema.alterTable('audit_log', (t) => t.index(['action', 'id']));
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('audit_log', (t) => t.dropIndex(['action', 'id']));
  await knex.schema.alterTable('notices', (t) => {
    t.dropIndex(['status', 'updated_at']);
    t.dropIndex(['updated_at']);
  });
}
