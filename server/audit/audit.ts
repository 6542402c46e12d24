import type { Knex } from 'knex';
import { nowIso } from '../db/time';
import { dialectOf } from '../db/dialect';
import { chainHash, GENESIS_HASH, type ChainFields } from './chain';

export { chainHash, GENESIS_HASH, verifyChain, type ChainFields } from './chain';

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

/** The hashed fields of `entry`, made at `at`. */
function chainFields(entry: AuditEntry, at: string): ChainFields {
  return {
    at,
    actorId: entry.actorId,
    action: entry.action,
    resource: entry.resource,
    resourceId: entry.resourceId == null ? null : String(entry.resourceId),
    changes: JSON.stringify(diff(entry.before, entry.after)),
    ip: entry.ip,
  };
}

/**
 * The stored row of `entry`, made at `at` and linked after `prevHash`. The one way an entry is
 * put together: the live server and the demo seeds' history write the same rows.
 */
export function chainedRow(prevHash: string, entry: AuditEntry, at: string): ChainFields & { prevHash: string; hash: string } {
  const fields = chainFields(entry, at);
  return { ...fields, prevHash, hash: chainHash(prevHash, fields) };
}

/** Each transaction's chain head, read once: later entries in the same transaction link to the one before. */
const heads = new WeakMap<Knex.Transaction, Promise<string>>();

/**
 * The hash the transaction's next audit entry links to. On PostgreSQL a transaction-scoped
 * advisory lock, taken first, keeps concurrent writers from forking the chain; SQLite has a single
 * writer already, so there it may be read as soon as the transaction begins (see inTransaction),
 * alongside the transaction's first statements rather than after them.
 */
export function chainHeadOf(trx: Knex.Transaction): Promise<string> {
  let head = heads.get(trx);
  if (!head) {
    head = (async () => {
      if (dialectOf(trx) === 'pg') await trx.raw('SELECT pg_advisory_xact_lock(7340121)');
      const last = await trx('auditLog').select('hash').orderBy('id', 'desc').first();
      return (last?.hash as string | undefined) ?? GENESIS_HASH;
    })();
    heads.set(trx, head);
  }
  return head;
}

/** Append to the hash-chained audit log inside the caller's transaction, so the entry exists exactly when the change does. */
export function recordAudit(trx: Knex.Transaction, entry: AuditEntry): Promise<string> {
  const linked = chainHeadOf(trx);
  const at = nowIso();
  // The transaction's next entry waits for this one's insert: ids (the chain's order) follow the links.
  const written = linked.then(async (prevHash) => {
    const row = chainedRow(prevHash, entry, at);
    await trx('auditLog').insert(row);
    return row.hash;
  });
  heads.set(trx, written);
  return written;
}
