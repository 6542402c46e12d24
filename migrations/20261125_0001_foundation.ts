import type { Knex } from 'knex';

/**
 * Foundation schema: staff and sessions, reference data, merchants, the case queue with its
 * timeline, the audit chain and idempotency keys. Dates are timestamptz on PostgreSQL and
 * ISO-8601 text on SQLite (always written by server/db/time.ts so text order = time order).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable('warehouses', (t) => {
    t.increments('id');
    t.string('code', 32).notNullable().unique();
    t.string('name', 120).notNullable();
    t.string('name_zh', 120);
    t.string('city', 80).notNullable();
    t.string('agency', 200).notNullable();
    t.integer('daily_capacity').notNullable().defaultTo(0);
    t.boolean('active').notNullable().defaultTo(true);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('users', (t) => {
    t.increments('id');
    t.string('email', 254).notNullable().unique();
    t.string('name', 120).notNullable();
    t.enu('role', ['admin', 'manager', 'reviewer', 'comms', 'inspector']).notNullable();
    t.integer('warehouse_id').references('warehouses.id');
    t.boolean('active').notNullable().defaultTo(true);
    t.string('password_hash', 255).notNullable();
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.timestamp('last_login_at', { useTz: true });
    t.index(['role', 'active']);
  });

  await knex.schema.createTable('sessions', (t) => {
    t.increments('id');
    t.string('token_hash', 64).notNullable().unique();
    t.integer('user_id').notNullable().references('users.id');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('expires_at', { useTz: true }).notNullable();
    t.timestamp('revoked_at', { useTz: true });
    t.string('ip', 64);
    t.string('user_agent', 300);
    t.index(['user_id']);
  });

  await knex.schema.createTable('categories', (t) => {
    t.increments('id');
    t.string('code', 64).notNullable().unique();
    t.string('name', 120).notNullable();
    t.string('name_zh', 120).notNullable();
    t.integer('parent_id').references('categories.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['parent_id']);
  });

  await knex.schema.createTable('violation_types', (t) => {
    t.increments('id');
    t.string('code', 64).notNullable().unique();
    t.string('name', 120).notNullable();
    t.string('name_zh', 120).notNullable();
    t.enu('severity', ['low', 'medium', 'high', 'critical']).notNullable();
    t.integer('points').notNullable().defaultTo(0);
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
  });

  await knex.schema.createTable('merchants', (t) => {
    t.integer('id').primary(); // the platform's merchant id (e.g. 3391), not generated here
    t.string('nickname', 120).notNullable();
    t.integer('follower_count').notNullable().defaultTo(0);
    t.integer('category_id').notNullable().references('categories.id');
    // Derived (server/merchants/service.ts), never edited by hand.
    t.enu('status', ['active', 'restricted', 'suspended', 'banned']).notNullable().defaultTo('active');
    t.integer('violation_points').notNullable().defaultTo(0);
    t.integer('open_case_count').notNullable().defaultTo(0);
    t.timestamp('joined_at', { useTz: true }).notNullable();
    t.timestamp('updated_at', { useTz: true }).notNullable();
    t.index(['status']);
    t.index(['category_id', 'status']);
    t.index(['follower_count']);
  });

  await knex.schema.createTable('cases', (t) => {
    t.increments('id');
    t.integer('merchant_id').notNullable().references('merchants.id');
    t.integer('category_id').notNullable().references('categories.id');
    t.integer('violation_type_id').notNullable().references('violation_types.id');
    t.enu('source', ['inspection', 'complaint', 'patrol', 'report']).notNullable();
    t.integer('inspection_id');
    t.string('order_id', 64);
    t.enu('severity', ['low', 'medium', 'high', 'critical']).notNullable();
    t.enu('status', ['open', 'in_review', 'confirmed', 'dismissed', 'penalized']).notNullable();
    t.integer('assignee_id').references('users.id');
    t.string('summary', 2000).notNullable();
    t.json('evidence').notNullable();
    t.timestamp('opened_at', { useTz: true }).notNullable();
    t.timestamp('due_at', { useTz: true }).notNullable();
    t.timestamp('resolved_at', { useTz: true });
    t.string('resolution', 2000);
    t.integer('opened_by_id').references('users.id');
    t.integer('version').notNullable().defaultTo(1);
    t.timestamp('updated_at', { useTz: true }).notNullable();
    // The queue's filters and sorts (SPEC §3 lists; the reviewer's queue is status + category by due date).
    t.index(['status', 'due_at']);
    t.index(['category_id', 'status', 'due_at']);
    t.index(['assignee_id', 'status', 'due_at']);
    t.index(['merchant_id', 'opened_at']);
    t.index(['violation_type_id']);
    t.index(['opened_at']);
    t.index(['resolved_at']);
  });

  await knex.schema.createTable('case_events', (t) => {
    t.increments('id');
    t.integer('case_id').notNullable().references('cases.id');
    t.integer('actor_id').references('users.id'); // null: the system
    t.timestamp('at', { useTz: true }).notNullable();
    t.string('kind', 32).notNullable();
    t.string('from', 32);
    t.string('to', 32);
    t.string('note', 4000);
    t.index(['case_id', 'at']);
  });

  await knex.schema.createTable('audit_log', (t) => {
    t.increments('id');
    t.timestamp('at', { useTz: true }).notNullable();
    t.integer('actor_id').references('users.id');
    t.string('action', 64).notNullable();
    t.string('resource', 64).notNullable();
    t.string('resource_id', 64);
    t.text('changes').notNullable(); // canonical JSON {before, after}: hashed as stored
    t.string('ip', 64);
    t.string('prev_hash', 64).notNullable();
    t.string('hash', 64).notNullable();
    t.index(['resource', 'resource_id']);
    t.index(['actor_id', 'at']);
    t.index(['at']);
  });

  await knex.schema.createTable('idempotency_keys', (t) => {
    t.integer('user_id').notNullable().references('users.id');
    t.string('key', 200).notNullable();
    t.string('request', 300).notNullable(); // method + path the key was first used for
    t.integer('status_code');
    t.text('response');
    t.timestamp('created_at', { useTz: true }).notNullable();
    t.primary(['user_id', 'key']);
  });
}

export async function down(knex: Knex): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'audit_log',
    'case_events',
    'cases',
    'merchants',
    'violation_types',
    'categories',
    'sessions',
    'users',
    'warehouses',
  ]) {
    await knex.schema.dropTableIfExists(table);
  }
}
