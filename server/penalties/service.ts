/**
 * Issuing and deciding penalties. Each action is one transaction with its case moves, timeline
 * events, audit entry and the merchant's recomputed status; decisions are compare-and-set on the
 * penalty's status, so two managers approving at once approve it exactly once.
 */
import type { Knex } from 'knex';
import { canDecidePenalty, canRevokePenalty, effectiveStatus } from '../../admin/providers/enforcement';
import { recordAudit } from '../audit/audit';
import { appendEvent } from '../cases/service';
import { nowIso } from '../db/time';
import type { RequestContext } from '../http/context';
import { badRequest, conflict, forbidden } from '../http/errors';
import { getRecord, type JsonRecord } from '../http/resource';
import { parseBody } from '../http/validate';
import { recomputeMerchant } from '../merchants/service';
import { currentPolicy } from '../penalty-policies/resource';
import { penalties } from './resource';
import { decisionSchema, issueSchema, rejectSchema, revokeSchema } from './schema';

type Penalty = JsonRecord & { id: number; merchantId: number; status: string; issuedById: number; caseIds: number[]; type: string; version: number };

const load = (trx: Knex, id: number) => getRecord(trx, penalties, id) as Promise<Penalty>;

/** Move the cited cases between confirmed and penalized, refusing if any is not where it should be. */
async function moveCases(trx: Knex.Transaction, ctx: RequestContext, caseIds: number[], from: string, to: string, note: string) {
  const now = nowIso();
  for (const caseId of caseIds) {
    const moved = await trx('cases').where({ id: caseId, status: from }).increment('version', 1).update({ status: to, updatedAt: now });
    if (moved !== 1) throw conflict(`Case #${caseId} is no longer ${from}; reload and try again`, { caseIds: `case #${caseId} changed` });
    await appendEvent(trx, { caseId, actorId: ctx.actor.id, kind: 'status', from, to, note });
    await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: `transition:${to}`, resource: 'cases', resourceId: caseId, before: { status: from }, after: { status: to, note } });
  }
}

export function issuePenalty(ctx: RequestContext, body: unknown) {
  const input = parseBody(issueSchema, body);
  const caseIds = [...new Set(input.caseIds)];
  return ctx.db.knex.transaction(async (trx) => {
    if (!(await trx('merchants').where({ id: input.merchantId }).first('id'))) {
      throw badRequest(`No merchant with id ${input.merchantId}`, { merchantId: 'no such merchant' });
    }
    const cited = await trx('cases').join('violationTypes', 'violationTypes.id', 'cases.violationTypeId')
      .whereIn('cases.id', caseIds).select('cases.id', 'cases.merchantId', 'cases.status', 'violationTypes.code');
    const missing = caseIds.filter((id) => !cited.some((c: { id: number }) => c.id === id));
    if (missing.length) throw badRequest(`No case #${missing.join(', #')}`, { caseIds: 'unknown case' });
    const foreign = cited.filter((c: { merchantId: number }) => c.merchantId !== input.merchantId);
    if (foreign.length) throw badRequest(`Case #${foreign[0].id} belongs to merchant ${foreign[0].merchantId}, not ${input.merchantId}`, { caseIds: 'cases of another merchant' });
    const unconfirmed = cited.filter((c: { status: string }) => c.status !== 'confirmed');
    if (unconfirmed.length) throw conflict(`Case #${unconfirmed[0].id} is ${unconfirmed[0].status}; only confirmed cases can be penalized`, { caseIds: 'only confirmed cases' });

    const policy = await currentPolicy(trx);
    const points = cited.reduce((sum: number, c: { code: string }) => sum + (policy.points[c.code] ?? 0), 0);
    const now = nowIso();
    const [row] = await trx('penalties').insert({
      merchantId: input.merchantId,
      caseIds: JSON.stringify(caseIds),
      type: input.type,
      fineCents: input.fineCents ?? null,
      startsAt: input.startsAt ? new Date(input.startsAt).toISOString() : now,
      endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
      reason: input.reason,
      // Two pairs of eyes on bans: pending until a manager other than the issuer approves.
      status: input.type === 'permanent_ban' ? 'pending_approval' : 'active',
      points,
      policyId: policy.id,
      issuedById: ctx.actor.id,
      createdAt: now,
      updatedAt: now,
    }).returning('id');
    const id = typeof row === 'object' ? row.id : row;
    await trx('penaltyCases').insert(caseIds.map((caseId) => ({ penaltyId: id, caseId })));
    await moveCases(trx, ctx, caseIds, 'confirmed', 'penalized', `Penalty #${id}: ${input.type}`);
    const after = await load(trx, id);
    await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action: 'create', resource: 'penalties', resourceId: id, after });
    await recomputeMerchant(trx, input.merchantId);
    return after;
  });
}

/** Compare-and-set from `from` to the new values: exactly one concurrent decision wins. */
async function decide(trx: Knex.Transaction, ctx: RequestContext, p: Penalty, from: string, changes: JsonRecord, action: string) {
  const updated = await trx('penalties').where({ id: p.id, status: from })
    .update({ ...changes, version: p.version + 1, updatedAt: nowIso() });
  if (updated !== 1) throw conflict(`Penalty #${p.id} was already decided; reload it`);
  const after = await load(trx, p.id);
  await recordAudit(trx, { actorId: ctx.actor.id, ip: ctx.ip, action, resource: 'penalties', resourceId: p.id, before: p, after });
  await recomputeMerchant(trx, p.merchantId);
  return after;
}

function assertDecidable(ctx: RequestContext, p: Penalty) {
  if (p.status !== 'pending_approval') throw conflict(`Penalty #${p.id} is ${p.status}; only bans pending approval can be approved or rejected`);
  if (!canDecidePenalty(ctx.actor, p)) throw forbidden('You issued this ban: another manager must approve or reject it');
}

export function approvePenalty(ctx: RequestContext, id: number, body: unknown) {
  const { note } = parseBody(decisionSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const p = await load(trx, id);
    assertDecidable(ctx, p);
    return decide(trx, ctx, p, 'pending_approval', { status: 'active', approvedById: ctx.actor.id, decidedAt: nowIso(), decisionNote: note || null }, 'approve');
  });
}

export function rejectPenalty(ctx: RequestContext, id: number, body: unknown) {
  const { note } = parseBody(rejectSchema, body);
  return ctx.db.knex.transaction(async (trx) => {
    const p = await load(trx, id);
    assertDecidable(ctx, p);
    const after = await decide(trx, ctx, p, 'pending_approval', { status: 'rejected', approvedById: ctx.actor.id, decidedAt: nowIso(), decisionNote: note }, 'reject');
    // The cases go back to confirmed: a lighter penalty can still be issued for them.
    await moveCases(trx, ctx, p.caseIds, 'penalized', 'confirmed', `Ban #${id} rejected: ${note}`);
    await recomputeMerchant(trx, p.merchantId);
    return after;
  });
}

export async function revokeInTransaction(trx: Knex.Transaction, ctx: RequestContext, id: number, reason: string) {
  const p = await load(trx, id);
  if (!canRevokePenalty(ctx.actor, p)) throw conflict(`Penalty #${id} is ${effectiveStatus(p)}; only active or served penalties can be revoked`);
  return decide(trx, ctx, p, p.status, { status: 'revoked', revokedAt: nowIso(), revokedById: ctx.actor.id, revokeReason: reason }, 'revoke');
}

export function revokePenalty(ctx: RequestContext, id: number, body: unknown) {
  const { reason } = parseBody(revokeSchema, body);
  return ctx.db.knex.transaction((trx) => revokeInTransaction(trx, ctx, id, reason));
}
