import { createHmac, randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import type { Database } from '../db';
import { nowIso } from '../db/time';
import type { Actor } from '../http/context';
import { BoundedMap } from '../bounded-map';

export const SESSION_TTL_MS = 12 * 3_600_000; // one working day
// Short: a sign-out or deactivation seen by another server process takes effect there within this.
const CACHE_MS = 5_000;
const CACHE_MAX = 10_000;

interface Cached {
  actor: Actor;
  sessionId: number;
  expiresAt: number;
  cachedUntil: number;
}

/**
 * Server-side sessions: the client holds a random token, the database only its HMAC (keyed by
 * SESSION_SECRET), so a leaked table cannot be replayed. Lookups are cached for a few seconds,
 * by the token itself (which this process holds anyway while serving it): the list endpoints are
 * hot, the session rarely changes, and a hit then costs no HMAC; logout, deactivation and role
 * changes evict at once in this process (see forgetUser), other processes within CACHE_MS.
 */
const cache = new BoundedMap<string, Cached>(CACHE_MAX);

export function forgetUser(userId: number): void {
  for (const [key, entry] of cache) if (entry.actor.id === userId) cache.delete(key);
}

export class SessionStore {
  constructor(
    private readonly db: Database,
    private readonly secret: string,
  ) {}

  private hash(token: string): string {
    return createHmac('sha256', this.secret).update(token).digest('hex');
  }

  async create(trx: Knex.Transaction, userId: number, meta: { ip: string | null; userAgent: string | null }) {
    const token = randomBytes(32).toString('base64url');
    const expiresAt = new Date(Date.now() + SESSION_TTL_MS).toISOString();
    const [row] = await trx('sessions')
      .insert({
        tokenHash: this.hash(token),
        userId,
        createdAt: nowIso(),
        expiresAt,
        ip: meta.ip,
        userAgent: meta.userAgent?.slice(0, 300) ?? null,
      })
      .returning('id');
    return { token, sessionId: typeof row === 'object' ? row.id : row, expiresAt };
  }

  async resolve(token: string): Promise<{ actor: Actor; sessionId: number } | null> {
    const now = Date.now();
    const hit = cache.get(token);
    if (hit && hit.cachedUntil > now && hit.expiresAt > now) return hit;
    cache.delete(token);
    const key = this.hash(token);
    const row = await this.db
      .reader('sessions')
      .join('users', 'users.id', 'sessions.userId')
      .where({ 'sessions.tokenHash': key, 'users.active': true })
      .whereNull('sessions.revokedAt')
      .where('sessions.expiresAt', '>', nowIso())
      .first('sessions.id as sessionId', 'sessions.expiresAt', 'users.id', 'users.name', 'users.email', 'users.role', 'users.warehouseId');
    if (!row) return null;
    const entry: Cached = {
      actor: { id: row.id, name: row.name, email: row.email, role: row.role, warehouseId: row.warehouseId ?? null },
      sessionId: row.sessionId,
      expiresAt: new Date(row.expiresAt).getTime(),
      cachedUntil: now + CACHE_MS,
    };
    cache.set(token, entry);
    return entry;
  }

  async revoke(trx: Knex.Transaction, sessionId: number, token: string | null): Promise<void> {
    await trx('sessions').where({ id: sessionId }).whereNull('revokedAt').update({ revokedAt: nowIso() });
    if (token) cache.delete(token);
  }

  /** Every session of a user ends (deactivation, password reset by an admin). */
  async revokeUser(trx: Knex.Transaction, userId: number): Promise<void> {
    await trx('sessions').where({ userId }).whereNull('revokedAt').update({ revokedAt: nowIso() });
    forgetUser(userId);
  }
}
