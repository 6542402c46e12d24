/**
 * Database leases: at most one holder of a named lease at a time, across every process that uses
 * the database. Taking one is a single compare-and-set UPDATE (free when expired, or already ours),
 * so two processes asking at once get one yes and one no on SQLite and PostgreSQL alike.
 */
import type { Knex } from 'knex';

const EPOCH = new Date(0).toISOString();

/** Takes (or renews) `name` for `holder` until now + ttl; false when someone else holds it. */
export async function acquireLease(knex: Knex, name: string, holder: string, ttlMs: number, now = new Date()): Promise<boolean> {
  // The row exists from the first attempt on, expired, so that taking it is always an UPDATE.
  await knex('jobLeases').insert({ name, holder: '', expiresAt: EPOCH }).onConflict('name').ignore();
  const taken = await knex('jobLeases')
    .where({ name })
    .where((free) => free.where('expiresAt', '<=', now.toISOString()).orWhere({ holder }))
    .update({ holder, expiresAt: new Date(now.getTime() + ttlMs).toISOString() });
  return taken === 1;
}

/** Gives the lease up at once (a process stopping), so another process need not wait for it to expire. */
export async function releaseLease(knex: Knex, name: string, holder: string, now = new Date()): Promise<void> {
  await knex('jobLeases').where({ name, holder }).update({ expiresAt: now.toISOString() });
}
