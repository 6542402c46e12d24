import type { Request } from 'express';
import type { Role } from '../../admin/providers/canAccess';
import type { Database } from '../db';

/** The signed-in staff member, as every service sees them. */
export interface Actor {
  id: number;
  name: string;
  email: string;
  role: Role;
  warehouseId: number | null;
}

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

export function contextOf(req: Request, db: Database): RequestContext {
  if (!req.actor) throw new Error('contextOf() on an unauthenticated request');
  return { db, actor: req.actor, ip: req.ip ?? null };
}
