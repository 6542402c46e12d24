/**
 * A merchant's inspection record beside the platform's (the merchant page): verdicts in the last
 * `days`, counted by SQL. An inspector compares within their own warehouse.
 */
import type { Knex } from 'knex';
import { z } from 'zod';
import { warehouseScope } from '../../domain/inspections';
import { toNumber } from '../db/dialect';
import type { Actor } from '../http/context';
import { getRecord } from '../http/shape';
import { merchantShape } from '../merchants/schema';
import { warehouseColumnScope } from './scope';

export const summaryQuery = z.object({ days: z.coerce.number().int().min(1).max(730).default(180) });

export interface FailureRate {
  inspected: number;
  passed: number;
  failed: number;
  /** failed / inspected, or null when nothing was inspected. */
  failureRate: number | null;
}

async function rate(knex: Knex, qb: Knex.QueryBuilder): Promise<FailureRate> {
  const [row] = await qb.select(knex.raw("COUNT(*) AS inspected, SUM(CASE WHEN result = 'failed' THEN 1 ELSE 0 END) AS failed"));
  const inspected = toNumber(row.inspected);
  const failed = toNumber(row.failed);
  return { inspected, passed: inspected - failed, failed, failureRate: inspected ? failed / inspected : null };
}

export async function inspectionSummary(knex: Knex, merchantId: number, days: number, actor: Actor, now = new Date()) {
  await getRecord(knex, merchantShape, merchantId);
  const from = new Date(now.getTime() - days * 86_400_000).toISOString();
  const verdicts = () => {
    const qb = knex('inspections')
      .whereNotNull('inspections.result')
      .where('inspections.verdictAt', '>=', from)
      .where('inspections.verdictAt', '<=', now.toISOString());
    warehouseColumnScope('inspections')(qb, actor);
    return qb;
  };
  const [merchant, platform] = await Promise.all([rate(knex, verdicts().where('inspections.merchantId', merchantId)), rate(knex, verdicts())]);
  const scope = warehouseScope(actor);
  // `platform` is the inspector's own warehouse when the actor is one.
  return { merchantId, days, from, to: now.toISOString(), warehouseId: typeof scope === 'number' ? scope : null, merchant, platform };
}
