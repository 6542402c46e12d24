import type { Knex } from 'knex';

/**
 * Indexes for the list sorts and filters that had none (found by test/api/query-plans.test.ts):
 * notices by last change (their default sort, alone or within a status), and the audit log by
 * action (newest first: the index ends with the id on both databases' plans). And the cases of a
 * category by each date the metric roll-ups count them by (server/metrics/sources.ts): every case
 * write recomputes its category's day from these, inside the write's transaction — without them
 * each recount read the whole category (200,000 cases: ~100 ms per create, under the write lock).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('notices', (t) => {
    t.index(['updated_at']);
    t.index(['status', 'updated_at']);
  });
  await knex.schema.alterTable('audit_log', (t) => t.index(['action', 'id']));
  await knex.schema.alterTable('cases', (t) => {
    t.index(['category_id', 'opened_at']);
    t.index(['category_id', 'resolved_at']);
    t.index(['category_id', 'due_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.alterTable('cases', (t) => {
    t.dropIndex(['category_id', 'due_at']);
    t.dropIndex(['category_id', 'resolved_at']);
    t.dropIndex(['category_id', 'opened_at']);
  });
  await knex.schema.alterTable('audit_log', (t) => t.dropIndex(['action', 'id']));
  await knex.schema.alterTable('notices', (t) => {
    t.dropIndex(['status', 'updated_at']);
    t.dropIndex(['updated_at']);
  });
}
