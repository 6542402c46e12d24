import type { Logger } from 'pino';
import type { Database } from '../db';
import { recordAudit } from '../audit/audit';
import { nowIso } from '../db/time';
import { recomputeMerchant } from '../merchants/service';
import { currentPolicy } from '../penalty-policies/service';

/**
 * Timed penalties end on their own: mark those past `endsAt` expired and restore their merchants'
 * status, each in its own transaction (audited as the system). Reads already show them expired
 * (effectiveStatus), so this only has to catch up, not be punctual.
 */
export async function expireDuePenalties(db: Database, now = new Date()): Promise<number> {
  const at = now.toISOString();
  const due = await db.knex('penalties').where('status', 'active').where('endsAt', '<=', at).select('id', 'merchantId');
  for (const p of due as { id: number; merchantId: number }[]) {
    await db.knex.transaction(async (trx) => {
      const expired = await trx('penalties').where({ id: p.id, status: 'active' }).update({ status: 'expired', updatedAt: nowIso() });
      if (!expired) return; // revoked or expired by someone else meanwhile
      await recordAudit(trx, { actorId: null, ip: null, action: 'expire', resource: 'penalties', resourceId: p.id, before: { status: 'active' }, after: { status: 'expired' } });
      await recomputeMerchant(trx, p.merchantId, now);
    });
  }
  return due.length;
}

/**
 * Merchants whose derived status or points changed by the clock alone since `since`: a penalty
 * that started (issued ahead of time), or one that left the policy window (its points stop counting).
 */
export async function refreshMerchantsDue(db: Database, since: Date, now = new Date()): Promise<number> {
  const policy = await currentPolicy(db.knex).catch(() => ({ windowDays: 365 }));
  const windowMs = policy.windowDays * 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows = await db.knex('penalties').distinct('merchantId').whereIn('status', ['active', 'expired'])
    .where((q) => q
      .where((started) => started.where('startsAt', '>', since.toISOString()).where('startsAt', '<=', now.toISOString()))
      .orWhere((left) => left.where('startsAt', '>', iso(since.getTime() - windowMs)).where('startsAt', '<=', iso(now.getTime() - windowMs))));
  for (const { merchantId } of rows as { merchantId: number }[]) {
    await db.knex.transaction((trx) => recomputeMerchant(trx, merchantId, now));
  }
  return rows.length;
}

/** Runs expiry and the clock-driven merchant refresh every minute while the server is up; returns a stop function. */
export function startExpiryJob(db: Database, log: Logger, everyMs = 60_000): () => void {
  let running = false;
  let since = new Date(Date.now() - 86_400_000); // a restart catches up on the last day
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const now = new Date();
      const n = await expireDuePenalties(db, now);
      if (n) log.info({ expired: n }, 'expired penalties');
      const refreshed = await refreshMerchantsDue(db, since, now);
      if (refreshed) log.info({ merchants: refreshed }, 'refreshed merchants on the clock');
      since = now;
    } catch (err) {
      log.error({ err }, 'penalty expiry failed');
    } finally {
      running = false;
    }
  };
  const timer = setInterval(tick, everyMs);
  timer.unref();
  void tick();
  return () => clearInterval(timer);
}
