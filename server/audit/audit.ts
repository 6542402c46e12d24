import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { nowIso } from '../db/time';
import { dialectOf } from '../db/dialect';

export const GENESIS_HASH = '0'.repeat(64);

/** Never written to the audit trail, even hashed (records do not select them; this is the second guard). */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);

export interface AuditEntry {
  actorId: number | null;
  ip: string | null;
  action: string;
  resource: string;
  resourceId: string | number | null;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

function withoutSecrets(r?: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!r) return null;
  if (![...SECRET_FIELDS].some((k) => Object.hasOwn(r, k))) return r;
  return Object.fromEntries(Object.entries(r).filter(([k]) => !SECRET_FIELDS.has(k)));
}

/** Equal as JSON; plain values are compared directly (the demo seeds diff tens of thousands of records). */
const sameJson = (x: unknown, y: unknown) => x === y || (typeof x === 'object' && typeof y === 'object' && JSON.stringify(x) === JSON.stringify(y));

/** Only what changed: `{ before: {field: old}, after: {field: new} }` (whole records on create/delete). */
export function diff(before?: Record<string, unknown> | null, after?: Record<string, unknown> | null) {
  const b = withoutSecrets(before);
  const a = withoutSecrets(after);
  if (!b || !a) return { before: b, after: a };
  const changedB: Record<string, unknown> = {};
  const changedA: Record<string, unknown> = {};
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (!sameJson(b[key], a[key])) {
      changedB[key] = b[key] ?? null;
      changedA[key] = a[key] ?? null;
    }
  }
  return { before: changedB, after: changedA };
}

interface ChainFields {
  at: string;
  actorId: number | null;
  action: string;
  resource: string;
  resourceId: string | null;
  changes: string;
  ip: string | null;
}

function chainHash(prevHash: string, e: ChainFields): string {
  const payload = JSON.stringify([prevHash, e.at, e.actorId, e.action, e.resource, e.resourceId, e.changes, e.ip]);
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * The stored row of `entry`, made at `at` and linked after `prevHash`. The one way an entry is
 * put together: the live server and the demo seeds' history write the same rows.
 */
export function chainedRow(prevHash: string, entry: AuditEntry, at: string): ChainFields & { prevHash: string; hash: string } {
  const fields: ChainFields = {
    at,
    actorId: entry.actorId,
    action: entry.action,
    resource: entry.resource,
    resourceId: entry.resourceId == null ? null : String(entry.resourceId),
    changes: JSON.stringify(diff(entry.before, entry.after)),
    ip: entry.ip,
  };
  return { ...fields, prevHash, hash: chainHash(prevHash, fields) };
}

/**
 * Append to the hash-chained audit log inside the caller's transaction, so the entry exists
 * exactly when the change does. On PostgreSQL a transaction-scoped advisory lock keeps
 * concurrent writers from forking the chain; SQLite has a single writer already.
 */
export async function recordAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<void> {
  if (dialectOf(trx) === 'pg') await trx.raw('SELECT pg_advisory_xact_lock(7340121)');
  const last = await trx('auditLog').select('hash').orderBy('id', 'desc').first();
  await trx('auditLog').insert(chainedRow(last?.hash ?? GENESIS_HASH, entry, nowIso()));
}

/** The first entry whose link or hash does not match, or null when the whole chain holds. */
export async function verifyChain(knex: Knex, batch = 5000): Promise<{ checked: number; brokenAt: number | null; reason?: string }> {
  let prev = GENESIS_HASH;
  let lastId = 0;
  let checked = 0;
  for (;;) {
    const rows = await knex('auditLog').where('id', '>', lastId).orderBy('id').limit(batch);
    if (!rows.length) return { checked, brokenAt: null };
    for (const r of rows) {
      if (r.prevHash !== prev) return { checked, brokenAt: r.id, reason: 'prevHash does not match the previous entry' };
      const at = r.at instanceof Date ? r.at.toISOString() : r.at;
      const expected = chainHash(prev, {
        at,
        actorId: r.actorId,
        action: r.action,
        resource: r.resource,
        resourceId: r.resourceId,
        changes: r.changes,
        ip: r.ip,
      });
      if (r.hash !== expected) return { checked, brokenAt: r.id, reason: 'hash does not match the entry' };
      prev = r.hash;
      lastId = r.id;
      checked++;
    }
  }
}
