import type { Knex } from 'knex';

/**
 * Idempotency keys remember what they were sent with (a hash of the parsed body), so a key reused
 * for a different body is refused instead of answered with the first result.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.schema.alterTable('idempotency_keys', (t) => t.string('fingerprint', 64));
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE idempotency_keys DROP COLUMN fingerprint');
}
