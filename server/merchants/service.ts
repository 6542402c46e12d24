import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES } from '../../admin/providers/caseWorkflow';
import { toNumber } from '../db/dialect';
import { nowIso } from '../db/time';

/**
 * Recompute a merchant's derived fields in the caller's transaction, after anything that changes
 * them. Today that is the open-case count; penalties (status, points) extend this same function.
 */
export async function recomputeMerchant(trx: Knex.Transaction, merchantId: number): Promise<void> {
  const [{ n }] = await trx('cases').where({ merchantId }).whereIn('status', OPEN_CASE_STATUSES as string[]).count({ n: '*' });
  await trx('merchants').where({ id: merchantId }).update({ openCaseCount: toNumber(n), updatedAt: nowIso() });
}
