import type { Knex } from 'knex';

/**
 * Enforcement: versioned penalty policies (rows are never edited: a change is a new version),
 * penalties citing cases, and appeals.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('penalty_policies', (t) => {
    t.increments('id'); // the policy version a penalty records
    t.integer('window_days').notNullable();
    t.integer('appeal_window_days').notNullable();
    t.text('points').notNullable(); // JSON { <violation type code>: points }
    t.text('ladder').notNullable(); // JSON [{ minPoints, type, durationDays }]
    t.text('direct_ban_types').notNullable(); // JSON [<violation type code>]
    t.string('note', 500);
    t.integer('created_by_id').references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('penalties', (t) => {
    t.increments('id');
    t.integer('merchant_id').notNullable().references('merchants.id');
    t.text('case_ids').notNullable(); // JSON [id], mirrored in penalty_cases for joins
    t.enu('type', ['warning', 'listing_removal', 'fine', 'live_suspension', 'permanent_ban']).notNullable();
    t.bigInteger('fine_cents');
    t.timestamp('starts_at', { useTz: true }).notNullable();
    t.timestamp('ends_at', { useTz: true });
    t.string('reason', 2000).notNullable();
    t.enu('status', ['pending_approval', 'active', 'expired', 'revoked', 'rejected']).notNullable();
    t.integer('points').notNullable().defaultTo(0);
    t.integer('policy_id').references('penalty_policies.id');
    t.integer('issued_by_id').notNullable().references('users.id');
    t.integer('approved_by_id').references('users.id');
    t.timestamp('decided_at', { useTz: true });
    t.string('decision_note', 2000);
    t.timestamp('revoked_at', { useTz: true });
    t.integer('revoked_by_id').references('users.id');
    t.string('revoke_reason', 2000);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['merchant_id', 'starts_at']);
    t.index(['status', 'ends_at']);
    t.index(['status', 'created_at']);
    t.index(['type', 'status']);
    t.index(['created_at']);
  });

  await knex.schema.createTable('penalty_cases', (t) => {
    t.integer('penalty_id').notNullable().references('penalties.id');
    t.integer('case_id').notNullable().references('cases.id');
    t.primary(['penalty_id', 'case_id'], 'penalty_cases_pkey'); // string form: knex's SQLite create path mis-renders the options object
    t.index(['case_id']);
  });

  await knex.schema.createTable('appeals', (t) => {
    t.increments('id');
    t.integer('penalty_id').notNullable().references('penalties.id');
    t.string('statement', 4000).notNullable();
    t.enu('status', ['pending', 'upheld', 'overturned']).notNullable();
    t.timestamp('filed_at', { useTz: true }).notNullable();
    t.integer('filed_by_id').references('users.id');
    t.timestamp('decided_at', { useTz: true });
    t.integer('decided_by_id').references('users.id');
    t.string('decision_note', 2000);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['penalty_id']);
    t.index(['status', 'filed_at']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of ['appeals', 'penalty_cases', 'penalties', 'penalty_policies']) await knex.schema.dropTableIfExists(table);
}
