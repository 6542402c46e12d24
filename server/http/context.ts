import type { Request } from 'express';
import type { Knex } from 'knex';
import type { StaffUser } from '../../domain/staff';
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
export interface TxContext extends RequestContext {
  trx: Knex.Transaction;
  afterCommit(fn: () => void): void;
}

export function contextOf(req: Request, db: Database): RequestContext {
  if (!req.actor) throw new Error('contextOf() on an unauthenticated request');
  return { db, actor: req.actor, ip: req.ip ?? null };
}

/** Runs `work` in one transaction of the context's database; after-commit hooks run only if it commits. */
export async function inTransaction<T>(ctx: RequestContext, work: (tx: TxContext) => Promise<T>): Promise<T> {
  const after: (() => void)[] = [];
  const result = await ctx.db.knex.transaction((trx) => work({ ...ctx, trx, afterCommit: (fn) => after.push(fn) }));
  for (const fn of after) fn();
  return result;
}
