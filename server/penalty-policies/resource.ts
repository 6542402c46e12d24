import type { Knex } from 'knex';
import { z } from 'zod';
import { PENALTY_TYPES } from '../../admin/providers/enforcement';
import { recordAudit } from '../audit/audit';
import { nowIso } from '../db/time';
import type { RequestContext } from '../http/context';
import { notFound } from '../http/errors';
import { field } from '../http/fields';
import { getRecord, type ResourceDefinition } from '../http/resource';
import { parseBody } from '../http/validate';
import type { Policy } from './ladder';
import { recomputeMerchant } from '../merchants/service';

const step = z.object({
  minPoints: z.number().int().min(0).max(10_000),
  type: z.enum(PENALTY_TYPES),
  durationDays: z.number().int().min(1).max(3650).nullable(),
});

export const policySchema = z.object({
  windowDays: z.number().int().min(1, 'at least one day').max(3650),
  appealWindowDays: z.number().int().min(1).max(365),
  points: z.record(z.string().min(1).max(64), z.number().int().min(0).max(1000)),
  ladder: z.array(step).min(1, 'at least one step').max(20)
    .refine((l) => l.some((s) => s.minPoints === 0), 'one step must start at 0 points')
    .refine((l) => new Set(l.map((s) => s.minPoints)).size === l.length, 'each step needs its own threshold')
    .refine((l) => l.every((s) => s.type !== 'live_suspension' && s.type !== 'listing_removal' || s.durationDays), 'suspensions and listing removals need a duration'),
  directBanTypes: z.array(z.string().min(1).max(64)).max(50),
  note: z.string().trim().max(500).nullable().optional(),
});

/**
 * Policy versions are append-only: "editing" the policy creates the next version, so every
 * penalty keeps pointing at the exact rules that suggested it.
 */
export const penaltyPolicies: ResourceDefinition = {
  name: 'penalty-policies',
  table: 'penaltyPolicies',
  label: 'Penalty policy',
  fields: {
    id: field.integer({ sort: true }),
    windowDays: field.integer(),
    appealWindowDays: field.integer(),
    points: field.json(),
    ladder: field.json(),
    directBanTypes: field.json(),
    note: field.string({ search: true }),
    createdById: field.integer({ filter: true }),
    createdAt: field.date({ sort: true, range: true }),
  },
  defaultSort: ['id', 'DESC'],
  async create(ctx: RequestContext, body: unknown) {
    const input = parseBody(policySchema, body);
    return ctx.db.knex.transaction(async (trx) => {
      const before = await currentPolicy(trx).catch(() => null);
      const [row] = await trx('penaltyPolicies').insert({
        windowDays: input.windowDays,
        appealWindowDays: input.appealWindowDays,
        points: JSON.stringify(input.points),
        ladder: JSON.stringify([...input.ladder].sort((a, b) => a.minPoints - b.minPoints)),
        directBanTypes: JSON.stringify(input.directBanTypes),
        note: input.note ?? null,
        createdById: ctx.actor.id,
        createdAt: nowIso(),
      }).returning('id');
      const after = await getRecord(trx, penaltyPolicies, typeof row === 'object' ? row.id : row);
      await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'create', resource: 'penalty-policies', resourceId: after.id as number, before, after });
      // A new window changes which penalties count: every merchant it can touch is recomputed now.
      if (before && before.windowDays !== input.windowDays) {
        const reach = new Date(Date.now() - Math.max(before.windowDays, input.windowDays) * 86_400_000).toISOString();
        const merchants = await trx('penalties').distinct('merchantId').where('startsAt', '>=', reach);
        for (const { merchantId } of merchants as { merchantId: number }[]) await recomputeMerchant(trx, merchantId);
      }
      return after;
    });
  },
};

/** The policy in force: the newest version. */
export async function currentPolicy(knex: Knex): Promise<Policy & Record<string, unknown>> {
  const row = await knex('penaltyPolicies').orderBy('id', 'desc').first('id');
  if (!row) throw notFound('Penalty policy');
  return (await getRecord(knex, penaltyPolicies, row.id)) as unknown as Policy & Record<string, unknown>;
}
