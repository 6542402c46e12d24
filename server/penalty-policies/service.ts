import type { Knex } from 'knex';
import type { z } from 'zod';
import type { PenaltyPolicy, PolicyRecord } from '../../domain/policy';
import type { TxContext } from '../http/context';
import { insertRecord } from '../http/crud';
import { notFound } from '../http/errors';
import { getRecord } from '../http/shape';
import { recomputeMerchant } from '../merchants/service';
import { policyShape, type policySchema } from './schema';

/** The policy in force: the newest version. */
export async function currentPolicy(knex: Knex): Promise<PolicyRecord & Record<string, unknown>> {
  const row = await knex('penaltyPolicies').orderBy('id', 'desc').first('id');
  if (!row) throw notFound('Penalty policy');
  return getRecord<PolicyRecord>(knex, policyShape, row.id);
}

/** The version that governed a penalty (the one in force when it was issued), or the current one. */
export async function policyOf(knex: Knex, policyId: number | null | undefined): Promise<PenaltyPolicy> {
  return policyId ? getRecord<PolicyRecord>(knex, policyShape, policyId) : currentPolicy(knex);
}

export async function createPolicy(tx: TxContext, input: z.infer<typeof policySchema>) {
  const before = await currentPolicy(tx.trx).catch(() => null);
  const after = await insertRecord(tx, policyShape, {
    ...input,
    ladder: [...input.ladder].sort((a, b) => a.minPoints - b.minPoints),
    note: input.note ?? null,
    createdById: tx.actor.id,
  }, { before });
  // A new window changes which penalties count: every merchant it can touch is recomputed now.
  if (before && before.windowDays !== input.windowDays) {
    const reach = new Date(Date.now() - Math.max(before.windowDays, input.windowDays) * 86_400_000).toISOString();
    const merchants = await tx.trx('penalties').distinct('merchantId').where('startsAt', '>=', reach);
    for (const { merchantId } of merchants as { merchantId: number }[]) await recomputeMerchant(tx.trx, merchantId);
  }
  return after;
}
