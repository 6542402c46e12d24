import type { Database } from '../db';
import { recordAudit } from '../audit/audit';
import { nowIso } from '../db/time';
import type { Job } from '../jobs/scheduler';
import { recomputeMerchant, refreshDueMerchants } from '../merchants/service';

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
      await recordAudit(trx, {
        actorId: null,
        ip: null,
        action: 'expire',
        resource: 'penalties',
        resourceId: p.id,
        before: { status: 'active' },
        after: { status: 'expired' },
      });
      await recomputeMerchant(trx, p.merchantId, now);
    });
  }
  return due.length;
}

/** Every minute: expiry, and the clock-driven merchant refresh. */
export const penaltyClockJob: Job = {
  name: 'penalty-clock',
  everyMs: 60_000,
  async run(db, now, log) {
    const n = await expireDuePenalties(db, now);
    if (n) log.info({ expired: n }, 'expired penalties');
    // Reads refresh these too (merchants' beforeRead); the job keeps the stored rows current for exports and metrics.
    const refreshed = await refreshDueMerchants(db, now);
    if (refreshed) log.info({ merchants: refreshed }, 'refreshed merchants on the clock');
  },
};
