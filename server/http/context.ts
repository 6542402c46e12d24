import type { Request } from 'express';
import type { Knex } from 'knex';
import type { StaffUser } from '../../domain/staff';
import { chainHeadOf } from '../audit/audit';
import type { Database } from '../db';

/** The signed-in staff member, as every service sees them. */
export type Actor = StaffUser;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace Express {
    interface Request {
      actor?: Actor;
      sessionId?: number;
    }
  }
}

/** What a service needs from a request: who, from where, and the database. */
export interface RequestContext {
  db: Database;
  actor: Actor;
  ip: string | null;
}

/**
 * A write in progress: the request's context and the transaction the resource layer opened for it.
 * `afterCommit` runs once the transaction has committed (e.g. evicting cached sessions).
 */
export interface TxContext<Prepared = unknown> extends RequestContext {
  trx: Knex.Transaction;
  afterCommit(fn: () => void): void;
  /** What the write's `prepare` read before the transaction opened (resource.ts). */
  prepared?: Prepared;
}

export function contextOf(req: Request, db: Database): RequestContext {
  if (!req.actor) throw new Error('contextOf() on an unauthenticated request');
  return { db, actor: req.actor, ip: req.ip ?? null };
}

/**
 * Runs `work` in one transaction of the context's database; after-commit hooks run only if it
 * commits. Reads arriving meanwhile wait for it on SQLite (WritePriority).
 */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  const after: (() => void)[] = [];
  const ended = ctx.db.writePriority?.begin();
  let result: T;
  try {
    result = await ctx.db.knex.transaction((trx) => {
      // SQLite has one writer: the audit chain's head can be read now, alongside the first statements.
      if (ctx.db.dialect === 'sqlite') chainHeadOf(trx).catch(() => {});
      return work({ ...ctx, trx, afterCommit: (fn) => after.push(fn) });
    });
  } finally {
    ended?.();
  }
  for (const fn of after) fn();
  return result;
}
