import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES } from '../../admin/providers/caseWorkflow';
import type { PenaltyType } from '../../admin/providers/enforcement';
import { toNumber } from '../db/dialect';
import { nowIso } from '../db/time';
import { windowStart } from '../penalty-policies/ladder';
import { currentPolicy } from '../penalty-policies/resource';

/** The strongest penalty in force decides the status (SPEC §4: derived, never edited by hand). */
const STATUS_BY_PENALTY: Partial<Record<PenaltyType, string>> = {
  permanent_ban: 'banned',
  live_suspension: 'suspended',
  listing_removal: 'restricted',
};
const STATUS_RANK = ['active', 'restricted', 'suspended', 'banned'];

export function statusFromPenalties(types: string[]): string {
  return types.map((t) => STATUS_BY_PENALTY[t as PenaltyType] ?? 'active')
    .reduce((worst, s) => (STATUS_RANK.indexOf(s) > STATUS_RANK.indexOf(worst) ? s : worst), 'active');
}

/**
 * Recompute a merchant's derived fields (status, points in the policy window, open cases) in the
 * caller's transaction, after anything that changes them. Callers have already written their audit
 * entry, whose lock serialises writers on PostgreSQL; locking the merchant row here as well would
 * deadlock against a transaction holding its foreign-key share lock while waiting for that one.
 */
export async function recomputeMerchant(trx: Knex.Transaction, merchantId: number, now = new Date()): Promise<void> {
  const at = now.toISOString();
  const [{ n }] = await trx('cases').where({ merchantId }).whereIn('status', OPEN_CASE_STATUSES as string[]).count({ n: '*' });
  const inForce = await trx('penalties').where({ merchantId, status: 'active' }).where('startsAt', '<=', at)
    .where((q) => q.whereNull('endsAt').orWhere('endsAt', '>', at)).select('type');
  const policy = await currentPolicy(trx).catch(() => null);
  const [{ points }] = await trx('penalties').where({ merchantId }).whereIn('status', ['active', 'expired'])
    .where('startsAt', '>=', windowStart(policy ?? { windowDays: 365 }, now).toISOString()).where('startsAt', '<=', at)
    .sum({ points: 'points' });
  await trx('merchants').where({ id: merchantId }).update({
    openCaseCount: toNumber(n),
    status: statusFromPenalties(inForce.map((p: { type: string }) => p.type)),
    violationPoints: toNumber(points),
    updatedAt: nowIso(),
  });
}
