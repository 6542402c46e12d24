import type { z } from 'zod';
import type { TxContext } from '../http/context';
import { insertRecord } from '../http/crud';
import { recomputeMerchant } from '../merchants/service';
import { findCurrentPolicy } from './current';
import { policyShape, type policySchema } from './schema';

export async function createPolicy(tx: TxContext, input: z.infer<typeof policySchema>) {
  const before = await findCurrentPolicy(tx.trx);
  const after = await insertRecord(
    tx,
    policyShape,
    {
      ...input,
      ladder: [...input.ladder].sort((a, b) => a.minPoints - b.minPoints),
      note: input.note ?? null,
      createdById: tx.actor.id,
    },
    { before },
  );
  // A new window changes which penalties count: every merchant it can touch is recomputed now.
  if (before && before.windowDays !== input.windowDays) {
    const reach = new Date(Date.now() - Math.max(before.windowDays, input.windowDays) * 86_400_000).toISOString();
    const merchants = await tx.trx('penalties').distinct('merchantId').where('startsAt', '>=', reach);
    for (const { merchantId } of merchants as { merchantId: number }[]) await recomputeMerchant(tx.trx, merchantId);
  }
  return after;
}
