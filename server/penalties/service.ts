/**
 * Issuing, deciding and revoking penalties. Each handler runs in the layer's transaction with its case
 * moves, timeline events, audit entry and the merchant's recomputed status; decisions are
 * compare-and-set on the penalty's status, so two managers approving at once approve it exactly once.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import { caseMove, type CaseMove, type CaseStatus } from '../../domain/cases';
import { banRefusal, canDecidePenalty, canRevokePenalty, effectiveStatus, type PenaltyRecord } from '../../domain/penalties';
import { penaltyPoints } from '../../domain/policy';
import { recordAudit } from '../audit/audit';
import { appendEvent } from '../case-events/resource';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { insertRecord } from '../http/crud';
import { badRequest, conflict, fieldError, forbidden, noSuch } from '../http/errors';
import { getRecord, type JsonRecord } from '../http/shape';
import { penaltyHistory, recomputeMerchant } from '../merchants/service';
import { refreshPenaltyMetrics } from '../metrics/touch';
import { currentPolicy } from '../penalty-policies/current';
import { penaltyShape, type decisionSchema, type issueSchema, type rejectSchema, type revokeSchema } from './schema';

const load = (trx: Knex, id: number) => getRecord<PenaltyRecord>(trx, penaltyShape, id);

/**
 * Moves the cited cases along the machine as a side effect of a penalty (issued: confirmed →
 * penalized; ban rejected: penalized → confirmed), refusing if any is not where it should be.
 */
async function moveCases(tx: TxContext, caseIds: number[], to: CaseStatus, move: CaseMove, penalty: Pick<PenaltyRecord, 'id' | 'type'>, note: string | null) {
  const from = (['confirmed', 'penalized'] as const).find((s) => caseMove(s, to) === move)!;
  const now = nowIso();
  for (const caseId of caseIds) {
    const moved = await tx.trx('cases').where({ id: caseId, status: from }).increment('version', 1).update({ status: to, updatedAt: now });
    if (moved !== 1) throw conflict('cases.changed', { id: caseId, status: from }, { caseIds: fieldError('cases.changed', { id: caseId, status: from }) });
    await appendEvent(tx.trx, {
      caseId,
      actorId: tx.actor.id,
      kind: 'status',
      from,
      to,
      note,
      data: { move, penaltyId: penalty.id, penaltyType: penalty.type },
    });
    await recordAudit(tx.trx, {
      actorId: tx.actor.id,
      ip: tx.ip,
      action: `transition:${to}`,
      resource: 'cases',
      resourceId: caseId,
      before: { status: from },
      after: { status: to, penaltyId: penalty.id },
    });
  }
}

export async function issuePenalty(tx: TxContext, input: z.infer<typeof issueSchema>) {
  const caseIds = [...new Set(input.caseIds)];
  const merchant = await tx.trx('merchants').where({ id: input.merchantId }).first('id');
  if (!merchant) throw badRequest('no_such', { what: 'merchant', id: input.merchantId }, { merchantId: noSuch('merchant') });
  const cited = await tx
    .trx('cases')
    .join('violationTypes', 'violationTypes.id', 'cases.violationTypeId')
    .whereIn('cases.id', caseIds)
    .select('cases.id', 'cases.merchantId', 'cases.status', 'violationTypes.code');
  const missing = caseIds.filter((id) => !cited.some((c: { id: number }) => c.id === id));
  if (missing.length) throw badRequest('penalties.unknown_cases', { ids: missing }, { caseIds: noSuch('case') });
  const foreign = cited.find((c: { merchantId: number }) => c.merchantId !== input.merchantId);
  if (foreign)
    throw badRequest(
      'penalties.foreign_case',
      { id: foreign.id, owner: foreign.merchantId, merchant: input.merchantId },
      { caseIds: fieldError('penalties.foreign_case', { id: foreign.id, owner: foreign.merchantId, merchant: input.merchantId }) },
    );
  const unconfirmed = cited.find((c: { status: string }) => c.status !== 'confirmed');
  if (unconfirmed)
    throw conflict(
      'penalties.unconfirmed_case',
      { id: unconfirmed.id, status: unconfirmed.status },
      { caseIds: fieldError('penalties.unconfirmed_case', { id: unconfirmed.id, status: unconfirmed.status }) },
    );
  if (input.type === 'permanent_ban') {
    const refusal = banRefusal(await penaltyHistory(tx.trx, input.merchantId));
    if (refusal)
      throw conflict(`penalties.${refusal}`, { merchant: input.merchantId }, { type: fieldError(`penalties.${refusal}`, { merchant: input.merchantId }) });
  }

  const policy = await currentPolicy(tx.trx);
  const now = nowIso();
  const penalty = (await insertRecord(
    tx,
    penaltyShape,
    {
      merchantId: input.merchantId,
      type: input.type,
      fineCents: input.fineCents ?? null,
      startsAt: input.startsAt ? new Date(input.startsAt).toISOString() : now,
      endsAt: input.endsAt ? new Date(input.endsAt).toISOString() : null,
      reason: input.reason,
      // Two pairs of eyes on bans: pending until a manager other than the issuer approves.
      status: input.type === 'permanent_ban' ? 'pending_approval' : 'active',
      // Every cited case counts, by the rule the suggestion used (domain/policy.ts).
      points: penaltyPoints(
        policy,
        caseIds.map((id) => cited.find((c: { id: number }) => c.id === id).code),
      ),
      policyId: policy.id,
      issuedById: tx.actor.id,
    },
    {
      // The cited cases go in with the penalty, before it is read back and audited.
      afterInsert: (id) => tx.trx('penaltyCases').insert(caseIds.map((caseId) => ({ penaltyId: id, caseId }))),
    },
  )) as PenaltyRecord & JsonRecord;
  await moveCases(tx, caseIds, 'penalized', 'penalty_issued', penalty, null);
  await recomputeMerchant(tx.trx, input.merchantId);
  await refreshPenaltyMetrics(tx.trx, [penalty.id]);
  return penalty;
}

/**
 * Compare-and-set of a penalty's status from `from` (an approval, a rejection or a revocation),
 * audited and with the merchant recomputed: of two concurrent changes exactly one wins.
 */
async function changeStatus(tx: TxContext, p: PenaltyRecord, from: string, changes: JsonRecord, action: string) {
  const updated = await tx
    .trx('penalties')
    .where({ id: p.id, status: from })
    .update({ ...changes, version: p.version + 1, updatedAt: nowIso() });
  if (updated !== 1) throw conflict('penalties.already_decided', { id: p.id });
  const after = await load(tx.trx, p.id);
  await recordAudit(tx.trx, {
    actorId: tx.actor.id,
    ip: tx.ip,
    action,
    resource: 'penalties',
    resourceId: p.id,
    before: p as unknown as JsonRecord,
    after: after as unknown as JsonRecord,
  });
  await recomputeMerchant(tx.trx, p.merchantId);
  await refreshPenaltyMetrics(tx.trx, [p.id]);
  return after;
}

function assertDecidable(tx: TxContext, p: PenaltyRecord) {
  if (p.status !== 'pending_approval') throw conflict('penalties.not_pending', { id: p.id, status: p.status });
  if (!canDecidePenalty(tx.actor, p)) throw forbidden('penalties.own_ban');
}

export async function approvePenalty(tx: TxContext, id: number, { note }: z.infer<typeof decisionSchema>) {
  const p = await load(tx.trx, id);
  assertDecidable(tx, p);
  return changeStatus(tx, p, 'pending_approval', { status: 'active', approvedById: tx.actor.id, decidedAt: nowIso(), decisionNote: note || null }, 'approve');
}

export async function rejectPenalty(tx: TxContext, id: number, { note }: z.infer<typeof rejectSchema>) {
  const p = await load(tx.trx, id);
  assertDecidable(tx, p);
  const after = await changeStatus(
    tx,
    p,
    'pending_approval',
    { status: 'rejected', approvedById: tx.actor.id, decidedAt: nowIso(), decisionNote: note },
    'reject',
  );
  // The cases go back to confirmed: a lighter penalty can still be issued for them.
  await moveCases(tx, p.caseIds, 'confirmed', 'ban_rejected', p, note);
  await recomputeMerchant(tx.trx, p.merchantId);
  return after;
}

/** Revokes in the caller's transaction: a manager's revocation, or an overturned appeal. */
export async function revokeInTransaction(tx: TxContext, id: number, reason: string) {
  const p = await load(tx.trx, id);
  if (!canRevokePenalty(tx.actor, p)) throw conflict('penalties.not_revocable', { id, status: effectiveStatus(p) });
  return changeStatus(tx, p, p.status, { status: 'revoked', revokedAt: nowIso(), revokedById: tx.actor.id, revokeReason: reason }, 'revoke');
}

export const revokePenalty = (tx: TxContext, id: number, { reason }: z.infer<typeof revokeSchema>) => revokeInTransaction(tx, id, reason);
