/**
 * The audit chain's head, checkpointed outside the database (a Certificate Transparency-style
 * signed tree head): a small JSON file `{ id, hash, at, mac }`, the MAC keyed by the audit key.
 * Entries deleted from the end of the log, or a whole log rewritten, no longer reach the
 * checkpointed entry with its hash. The checkpoint only ever moves forward over entries that
 * verify from it, so a truncated log is never blessed; `npm run audit:verify` prints it so an
 * operator can keep a copy elsewhere as well.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Knex } from 'knex';
import { anchorProblem, auditKey, verifyChain, type ChainCheck, type ChainHead } from './chain';

export interface Checkpoint extends ChainHead {
  at: string;
  mac: string;
}

const macOf = (head: ChainHead, at: string, key: string) =>
  createHmac('sha256', key).update(`trustdesk audit checkpoint\n${head.id}\n${head.hash}\n${at}`).digest('hex');

/** The checkpoint in `file`, or null when there is none yet; throws when it is unreadable or not signed with this key. */
export function readCheckpoint(file: string, key: string = auditKey()): Checkpoint | null {
  if (!existsSync(file)) return null;
  let cp: Checkpoint;
  try {
    cp = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    throw new Error(`The audit checkpoint ${file} is not valid JSON`);
  }
  const ok = Number.isInteger(cp?.id) && typeof cp.hash === 'string' && typeof cp.at === 'string' && typeof cp.mac === 'string';
  const expected = ok ? Buffer.from(macOf(cp, cp.at, key)) : null;
  if (!expected || expected.length !== Buffer.byteLength(cp.mac) || !timingSafeEqual(expected, Buffer.from(cp.mac))) {
    throw new Error(`The audit checkpoint ${file} is not signed with this audit key (edited, or written with another key)`);
  }
  return { id: cp.id, hash: cp.hash, at: cp.at, mac: cp.mac };
}

/** Writes the checkpoint atomically and durably (temporary file, fsync, rename). */
export function writeCheckpoint(file: string, head: ChainHead, key: string = auditKey()): Checkpoint {
  const at = new Date().toISOString();
  const cp: Checkpoint = { id: head.id, hash: head.hash, at, mac: macOf(head, at, key) };
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  const fd = openSync(tmp, 'w', 0o600);
  try {
    writeSync(fd, `${JSON.stringify(cp, null, 2)}\n`);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, file);
  return cp;
}

export interface AuditStatus {
  chain: ChainCheck;
  checkpoint: Checkpoint | null;
  /** Set when the checkpoint was moved forward to the verified head. */
  advanced?: Checkpoint;
}

/**
 * Verifies the chain (all of it with `full`, else from the checkpoint on) and that the checkpointed
 * entry is still there with its hash; then, when everything verified, moves the checkpoint to the head.
 */
export async function checkAndAdvance(knex: Knex, file: string, opts: { full?: boolean; advance?: boolean } = {}): Promise<AuditStatus> {
  const checkpoint = readCheckpoint(file);
  const chain = opts.full || !checkpoint ? await verifyChain(knex) : await verifyChain(knex, { from: checkpoint });
  if (chain.brokenAt == null && checkpoint && opts.full) {
    const moved = await anchorProblem(knex, checkpoint);
    if (moved) return { chain: { ...chain, brokenAt: checkpoint.id, reason: moved }, checkpoint };
  }
  const status: AuditStatus = { chain, checkpoint };
  const head = chain.head;
  if (opts.advance !== false && chain.brokenAt == null && head && (head.id !== checkpoint?.id || head.hash !== checkpoint.hash)) {
    status.advanced = writeCheckpoint(file, head);
  }
  return status;
}
