import { z } from 'zod';
import { APPEAL_OUTCOMES, canDecideAppeal, effectiveStatus } from '../../admin/providers/enforcement';
import { recordAudit } from '../audit/audit';
import { dialectOf, forUpdate } from '../db/dialect';
import { nowIso } from '../db/time';
import type { RequestContext } from '../http/context';
import { conflict, forbidden } from '../http/errors';
import { getRecord, type JsonRecord } from '../http/resource';
import { id } from '../http/schemas';
import { parseBody } from '../http/validate';
import { penalties } from '../penalties/resource';
import { revokeInTransaction } from '../penalties/service';
import { currentPolicy, penaltyPolicies } from '../penalty-policies/resource';
import { appeals } from './resource';

const DAY_MS = 86_400_000;
const fileSchema = z.object({ penaltyId: id, statement: z.string().trim().min(10, 'write the merchant\'s statement (at least 10 characters)').max(4000) });
const decideSchema = z.object({
  outcome: z.enum(APPEAL_OUTCOMES),
  // The note also becomes the penalty's revoke reason (with a prefix) when overturned.
  note: z.string().trim().min(1, 'explain the decision').max(1900),
});

export function fileAppeal(ctx: RequestContext, body: unknown) {
  const { penaltyId, statement } = parseBody(fileSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    // Lock the penalty so two appeals filed at once cannot both pass the "no pending appeal" check.
    await forUpdate(trx('penalties').where({ id: penaltyId }).first('id'), dialectOf(trx));
    const penalty = await getRecord(trx, penalties, penaltyId);
    const status = effectiveStatus(penalty as { status: string; endsAt: string | null });
    if (!['active', 'expired'].includes(status)) throw conflict(`Penalty #${penaltyId} is ${status}; only issued penalties can be appealed`);
    // The window runs from when the penalty took effect for the merchant: its start, or a ban's
    // approval if later; under the policy version that governed the penalty.
    const policy = penalty.policyId ? await getRecord(trx, penaltyPolicies, penalty.policyId as number) : await currentPolicy(trx);
    const appealWindowDays = policy.appealWindowDays as number;
    const from = Math.max(Date.parse(penalty.startsAt as string), penalty.decidedAt ? Date.parse(penalty.decidedAt as string) : 0);
    const closes = new Date(from + appealWindowDays * DAY_MS);
    if (closes < new Date()) {
      throw conflict(`The appeal window for penalty #${penaltyId} closed on ${closes.toISOString().slice(0, 10)} (${appealWindowDays} days after it took effect)`, { penaltyId: 'appeal window closed' });
    }
    if (await trx('appeals').where({ penaltyId, status: 'pending' }).first('id')) {
      throw conflict(`Penalty #${penaltyId} already has a pending appeal`, { penaltyId: 'already under appeal' });
    }
    const now = nowIso();
    const [row] = await trx('appeals').insert({ penaltyId, statement, status: 'pending', filedAt: now, filedById: ctx.actor.id, updatedAt: now }).returning('id');
    const after = await getRecord(trx, appeals, typeof row === 'object' ? row.id : row);
    await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'create', resource: 'appeals', resourceId: after.id as number, after });
    return after;
  });
}

export function decideAppeal(ctx: RequestContext, appealId: number, body: unknown) {
  const { outcome, note } = parseBody(decideSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const appeal = await getRecord(trx, appeals, appealId) as JsonRecord & { status: string; penaltyId: number; version: number };
    const penalty = await getRecord(trx, penalties, appeal.penaltyId) as JsonRecord & { status: string; issuedById: number };
    if (appeal.status !== 'pending') throw conflict(`Appeal #${appealId} was already decided (${appeal.status})`);
    if (!canDecideAppeal(ctx.actor, appeal, penalty)) throw forbidden('You issued this penalty: another manager must decide its appeal');
    const decided = await trx('appeals').where({ id: appealId, status: 'pending' })
      .update({ status: outcome, decidedAt: nowIso(), decidedById: ctx.actor.id, decisionNote: note, version: appeal.version + 1, updatedAt: nowIso() });
    if (decided !== 1) throw conflict(`Appeal #${appealId} was already decided; reload it`);
    // Overturned: the penalty and its points go, in the same transaction.
    if (outcome === 'overturned' && penalty.status !== 'revoked') {
      await revokeInTransaction(trx, ctx, appeal.penaltyId, `Appeal #${appealId} overturned: ${note}`);
    }
    const after = await getRecord(trx, appeals, appealId);
    await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: `decide:${outcome}`, resource: 'appeals', resourceId: appealId, before: appeal, after });
    return after;
  });
}
