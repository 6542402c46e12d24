/**
 * The audit log's hash chain. Each entry's hash is an HMAC, keyed by the audit key (AUDIT_KEY or
 * data/.audit-key, never in the database), over the previous entry's hash and the entry's fields.
 * Whoever holds the database but not the key can neither forge an entry nor edit one and
 * recompute the hashes after it; deleting entries from the end is caught by the checkpoint
 * (checkpoint.ts), deleting one in the middle by the broken link.
 */
import { createHash, createHmac } from 'node:crypto';
import type { Knex } from 'knex';

export const GENESIS_HASH = '0'.repeat(64);

let processKey: string | null = null;

/** The key every link written or checked by this process uses (set once at start-up from the configuration). */
export function setAuditKey(key: string): void {
  processKey = key;
}

export function auditKey(): string {
  if (!processKey) throw new Error('The audit key is not set: call setAuditKey() at start-up (AUDIT_KEY or data/.audit-key)');
  return processKey;
}

export interface ChainFields {
  at: string;
  actorId: number | null;
  action: string;
  resource: string;
  resourceId: string | null;
  changes: string;
  ip: string | null;
}

const payload = (prevHash: string, e: ChainFields) => JSON.stringify([prevHash, e.at, e.actorId, e.action, e.resource, e.resourceId, e.changes, e.ip]);

/** One link: HMAC-SHA256 under `key` (by default this process's audit key). Seeds call it to write history. */
export function chainHash(prevHash: string, e: ChainFields, key: string = auditKey()): string {
  return createHmac('sha256', key).update(payload(prevHash, e)).digest('hex');
}

/** A chain position: an entry's id (the log's sequence number) and hash. */
export interface ChainHead {
  id: number;
  hash: string;
}

export interface ChainCheck {
  checked: number;
  brokenAt: number | null;
  reason?: string;
  /** The last entry that verified (or `from` when nothing followed it); null for an empty log. */
  head: ChainHead | null;
}

/** A stored row's hashed fields (PostgreSQL answers `at` as a Date). */
export const chainFieldsOf = (r: Record<string, any>): ChainFields => ({
  at: r.at instanceof Date ? r.at.toISOString() : r.at,
  actorId: r.actorId,
  action: r.action,
  resource: r.resource,
  resourceId: r.resourceId,
  changes: r.changes,
  ip: r.ip,
});

/**
 * Walks the chain in id order and reports the first entry whose link or hash does not match. From
 * the start, or from a trusted position (`from`, e.g. the checkpoint), which must still be there
 * with the same hash.
 */
export async function verifyChain(knex: Knex, opts: { from?: ChainHead; key?: string; batch?: number } = {}): Promise<ChainCheck> {
  const key = opts.key ?? auditKey();
  let prev = GENESIS_HASH;
  let lastId = 0;
  let head: ChainHead | null = null;
  if (opts.from) {
    const moved = await anchorProblem(knex, opts.from);
    if (moved) return { checked: 0, brokenAt: opts.from.id, reason: moved, head: null };
    ({ hash: prev, id: lastId } = opts.from);
    head = opts.from;
  }
  let checked = 0;
  for (;;) {
    const rows = await knex('auditLog')
      .where('id', '>', lastId)
      .orderBy('id')
      .limit(opts.batch ?? 5000);
    if (!rows.length) return { checked, brokenAt: null, head };
    for (const r of rows) {
      if (r.prevHash !== prev)
        return { checked, brokenAt: r.id, reason: 'prevHash does not match the previous entry (an entry before it was removed or changed)', head };
      const fields = chainFieldsOf(r);
      if (r.hash !== chainHash(prev, fields, key)) return { checked, brokenAt: r.id, reason: mismatchReason(r.hash, prev, fields), head };
      prev = r.hash;
      lastId = r.id;
      head = { id: r.id, hash: r.hash };
      checked++;
    }
  }
}

/** Why a position once recorded (a checkpoint, a head kept elsewhere) no longer holds, or null when it does. */
export async function anchorProblem(knex: Knex, at: ChainHead): Promise<string | null> {
  const row = await knex('auditLog').where({ id: at.id }).first('hash');
  if (!row) return `entry ${at.id}, recorded as the head, is missing: the log was truncated or rewritten`;
  if (row.hash !== at.hash) return `entry ${at.id} no longer has its recorded hash: the log was rewritten`;
  return null;
}

function mismatchReason(hash: string, prev: string, fields: ChainFields): string {
  // Logs written before the chain was keyed carry plain SHA-256 links: say so rather than "tampered".
  const unkeyed = createHash('sha256').update(payload(prev, fields)).digest('hex') === hash;
  return unkeyed
    ? 'the entry carries an unkeyed (SHA-256) link from before the chain was keyed; start a new database (npm run db:reset)'
    : 'hash does not match the entry (it was changed, or the log was written with another audit key)';
}
