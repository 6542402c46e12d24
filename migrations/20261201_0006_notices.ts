import type { Knex } from 'knex';

/**
 * Penalty notices (SPEC §4 `notices`) with the penalties they list, and the leases that let one
 * server process at a time run each periodic job (server/jobs/).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('notices', (t) => {
    t.increments('id');
    t.string('title', 200).notNullable();
    t.string('slug', 120).notNullable().unique();
    t.integer('category_id').references('categories.id');
    t.text('body').notNullable(); // Markdown, rendered with raw HTML off (domain/markdown.ts)
    t.timestamp('period_start', { useTz: true }).notNullable();
    t.timestamp('period_end', { useTz: true }).notNullable();
    t.enu('status', ['draft', 'in_review', 'approved', 'scheduled', 'published', 'retracted']).notNullable();
    t.timestamp('publish_at', { useTz: true });
    t.timestamp('published_at', { useTz: true });
    t.integer('author_id').notNullable().references('users.id');
    t.timestamp('submitted_at', { useTz: true });
    t.string('submit_note', 2000);
    t.integer('approved_by_id').references('users.id');
    t.timestamp('approved_at', { useTz: true });
    t.string('review_note', 2000);
    t.string('retraction_reason', 2000);
    t.timestamp('retracted_at', { useTz: true });
    t.integer('retracted_by_id').references('users.id');
    // A correction names the notice it replaces; one correction per notice.
    t.integer('corrects_id').references('notices.id').unique();
    t.string('correction_reason', 2000);
    t.text('entries'); // JSON [NoticeEntry]: the snapshot frozen when published or scheduled
    t.text('last_approved'); // JSON ApprovedContent: what a manager last approved, for the diff
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['status', 'publish_at']); // the scheduler's probe
    t.index(['status', 'published_at']); // the public list, newest first
    t.index(['category_id', 'status', 'published_at']);
    t.index(['author_id']);
  });

  await knex.schema.createTable('notice_penalties', (t) => {
    t.integer('notice_id').notNullable().references('notices.id');
    t.integer('penalty_id').notNullable().references('penalties.id');
    t.primary(['notice_id', 'penalty_id'], 'notice_penalties_pkey');
    t.index(['penalty_id']); // "announced" filter on penalties
  });

  await knex.schema.createTable('job_leases', (t) => {
    t.string('name', 64).primary();
    t.string('holder', 200).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['job_leases', 'notice_penalties', 'notices']) await knex.schema.dropTableIfExists(table);
}
