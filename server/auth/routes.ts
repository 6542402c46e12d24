import { Router, type Request, type Response } from 'express';
import { ipKeyGenerator } from 'express-rate-limit';
import { z } from 'zod';
import type { Database } from '../db';
import { nowIso } from '../db/time';
import { toBoolean } from '../db/dialect';
import { recordAudit } from '../audit/audit';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/validate';
import { DEMO_PASSWORD, hashPassword, verifyPassword } from './password';
import { clearSessionCookie, SESSION_COOKIE, tokenOf } from './authenticate';
import { LoginThrottle, type LoginLimit } from './login-throttle';
import { SESSION_TTL_MS, type SessionStore } from './sessions';

export type { LoginLimit } from './login-throttle';

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email('enter an email address').max(254),
  password: z.string().min(1, 'enter your password').max(1000),
});

// Compared against when the email is unknown, so both failures take the same time.
const dummyHash = hashPassword(`${DEMO_PASSWORD}:never`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The signed-in staff member as login and `/me` answer (domain/staff.ts StaffUser): nothing of the account's state. */
function signedInUser(u: { id: number; name: string; email: string; role: string; warehouseId?: number | null }) {
  return { id: u.id, name: u.name, email: u.email, role: u.role, warehouseId: u.warehouseId ?? null };
}

/** The 429 of a refused sign-in, with when to try again (RateLimit fields, draft 7, and Retry-After). */
function tooMany(res: Response, limit: LoginLimit, refusedForMs: number): void {
  const seconds = Math.max(1, Math.ceil(refusedForMs / 1000));
  res.set({
    'Retry-After': String(seconds),
    'RateLimit-Policy': `${limit.limit};w=${Math.ceil(limit.windowMs / 1000)}`,
    RateLimit: `limit=${limit.limit}, remaining=0, reset=${seconds}`,
  });
  throw new HttpError(429, 'auth.too_many_attempts', { minutes: Math.ceil(limit.windowMs / 60_000) });
}

/**
 * Sign-in and sign-out, mounted before `authenticate`: a stale cookie must neither block signing in
 * again nor keep a signed-out browser holding it.
 */
export function loginRouter(db: Database, sessions: SessionStore, opts: { limit: LoginLimit; secureCookie: boolean }): Router {
  const router = Router();
  const throttle = new LoginThrottle(opts.limit);

  router.post('/login', async (req, res: Response) => {
    const { email, password } = parseBody(loginSchema, req.body);
    const attempt = throttle.begin(ipKeyGenerator(req.ip ?? 'unknown'), email);
    if ('refusedForMs' in attempt) return tooMany(res, opts.limit, attempt.refusedForMs);
    let wrongPassword = true;
    try {
      if (attempt.delayMs) await sleep(attempt.delayMs);
      const user = await db.knex('users').where({ email }).first();
      const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
      if (!user || !ok) throw new HttpError(401, 'auth.wrong_password');
      wrongPassword = false;
      if (!toBoolean(user.active)) throw new HttpError(401, 'auth.deactivated');
      const session = await signIn(db, sessions, user.id, req);
      res.cookie(SESSION_COOKIE, session.token, { httpOnly: true, sameSite: 'lax', secure: opts.secureCookie, path: '/', maxAge: SESSION_TTL_MS });
      res.json({ token: session.token, user: signedInUser(user) });
    } finally {
      attempt.settle(wrongPassword);
    }
  });

  // Ends the session the request carries, if it still works; the cookie goes either way.
  router.post('/logout', async (req, res) => {
    const token = tokenOf(req);
    const session = token ? await sessions.resolve(token) : null;
    if (session) {
      await db.knex.transaction(async (trx) => {
        await sessions.revoke(trx, session.sessionId, token);
        await recordAudit(trx, { actorId: session.actor.id, ip: req.ip ?? null, action: 'logout', resource: 'sessions', resourceId: session.sessionId });
      });
    }
    clearSessionCookie(res);
    res.json({ ok: true });
  });
  return router;
}

/** A new session, its audit entry and the last sign-in time, in one transaction. */
function signIn(db: Database, sessions: SessionStore, userId: number, req: Request) {
  return db.knex.transaction(async (trx) => {
    const created = await sessions.create(trx, userId, { ip: req.ip ?? null, userAgent: req.get('User-Agent') ?? null });
    await trx('users').where({ id: userId }).update({ lastLoginAt: nowIso() });
    await recordAudit(trx, { actorId: userId, ip: req.ip ?? null, action: 'login', resource: 'sessions', resourceId: created.sessionId, after: { userId } });
    return created;
  });
}

export function sessionRouter(): Router {
  const router = Router();
  router.get('/me', (req, res) => {
    if (!req.actor) throw new HttpError(401, 'unauthorized');
    res.json(signedInUser(req.actor));
  });
  return router;
}
