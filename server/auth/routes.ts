import { Router, type Request, type Response } from 'express';
import { rateLimit, ipKeyGenerator } from 'express-rate-limit';
import { z } from 'zod';
import type { Database } from '../db';
import { nowIso } from '../db/time';
import { toBoolean } from '../db/dialect';
import { recordAudit } from '../audit/audit';
import { HttpError } from '../http/errors';
import { parseBody } from '../http/validate';
import { DEMO_PASSWORD, hashPassword, verifyPassword } from './password';
import { SESSION_COOKIE, tokenOf } from './authenticate';
import { SESSION_TTL_MS, type SessionStore } from './sessions';

const loginSchema = z.object({
  email: z.string().trim().toLowerCase().email('enter an email address').max(254),
  password: z.string().min(1, 'enter your password').max(1000),
});

export interface LoginLimit {
  windowMs: number;
  limit: number;
}

// Compared against when the email is unknown, so both failures take the same time.
const dummyHash = hashPassword(DEMO_PASSWORD + ':never');

/** The signed-in staff member as login and `/me` answer (domain/staff.ts StaffUser): nothing of the account's state. */
function signedInUser(u: { id: number; name: string; email: string; role: string; warehouseId?: number | null }) {
  return { id: u.id, name: u.name, email: u.email, role: u.role, warehouseId: u.warehouseId ?? null };
}

/** Login must be mounted before `authenticate` (a stale cookie must not block signing in again). */
export function loginRouter(db: Database, sessions: SessionStore, opts: { limit: LoginLimit; secureCookie: boolean }): Router {
  const router = Router();
  // Failed attempts count per account and address (guessing one password), and, much more loosely,
  // per address alone (spraying many accounts) — so one mistyped password never locks out an office.
  const tooMany = (_req: unknown, res: Response) => {
    res.status(429).json(new HttpError(429, 'auth.too_many_attempts', { minutes: Math.ceil(opts.limit.windowMs / 60_000) }).toJSON());
  };
  const common = { windowMs: opts.limit.windowMs, skipSuccessfulRequests: true, standardHeaders: 'draft-7' as const, legacyHeaders: false, handler: tooMany };
  const ipKey = (req: Request) => ipKeyGenerator(req.ip ?? 'unknown');
  const perAccount = rateLimit({
    ...common,
    limit: opts.limit.limit,
    keyGenerator: (req) =>
      `${ipKey(req)}|${String(req.body?.email ?? '')
        .trim()
        .toLowerCase()}`,
  });
  const perAddress = rateLimit({ ...common, limit: opts.limit.limit * 10, keyGenerator: ipKey });
  // Guesses at one account spread over many addresses.
  const perEmail = rateLimit({
    ...common,
    limit: opts.limit.limit * 5,
    keyGenerator: (req) =>
      `email|${String(req.body?.email ?? '')
        .trim()
        .toLowerCase()}`,
  });

  router.post('/login', perAddress, perEmail, perAccount, async (req, res: Response) => {
    const { email, password } = parseBody(loginSchema, req.body);
    const user = await db.knex('users').where({ email }).first();
    const ok = await verifyPassword(password, user?.passwordHash ?? (await dummyHash));
    if (!user || !ok) throw new HttpError(401, 'auth.wrong_password');
    if (!toBoolean(user.active)) throw new HttpError(401, 'auth.deactivated');
    const session = await db.knex.transaction(async (trx) => {
      const created = await sessions.create(trx, user.id, { ip: req.ip ?? null, userAgent: req.get('User-Agent') ?? null });
      await trx('users').where({ id: user.id }).update({ lastLoginAt: nowIso() });
      await recordAudit(trx, {
        actorId: user.id,
        ip: req.ip ?? null,
        action: 'login',
        resource: 'sessions',
        resourceId: created.sessionId,
        after: { userId: user.id },
      });
      return created;
    });
    res.cookie(SESSION_COOKIE, session.token, {
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookie,
      path: '/',
      maxAge: SESSION_TTL_MS,
    });
    res.json({ token: session.token, user: signedInUser(user) });
  });
  return router;
}

export function sessionRouter(db: Database, sessions: SessionStore): Router {
  const router = Router();
  router.get('/me', (req, res) => {
    if (!req.actor) throw new HttpError(401, 'unauthorized');
    res.json(signedInUser(req.actor));
  });
  router.post('/logout', async (req, res) => {
    if (req.actor && req.sessionId) {
      const { actor, sessionId } = req;
      await db.knex.transaction(async (trx) => {
        await sessions.revoke(trx, sessionId, tokenOf(req));
        await recordAudit(trx, { actorId: actor.id, ip: req.ip ?? null, action: 'logout', resource: 'sessions', resourceId: sessionId });
      });
    }
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    res.json({ ok: true });
  });
  return router;
}
