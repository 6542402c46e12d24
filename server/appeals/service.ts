/**
 * Appeals (SPEC §4, rules in domain/appeals.ts): filed within the policy's window, decided once by
 * a manager who did not issue the penalty; overturning revokes the penalty in the same transaction.
 */
import type { z } from 'zod';
import { appealClosesAt, appealRefusal, canDecideAppeal, type AppealRecord } from '../../domain/appeals';
import { effectiveStatus, type PenaltyRecord } from '../../domain/penalties';
import { dialectOf, forUpdate } from '../db/dialect';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { insertRecord, updateVersioned } from '../http/crud';
import { conflict, fieldError, forbidden } from '../http/errors';
import { getRecord } from '../http/shape';
import { penaltyShape } from '../penalties/schema';
import { refreshPenaltyMetrics } from '../metrics/touch';
import { revokeInTransaction } from '../penalties/service';
import { policyOf } from '../penalty-policies/current';
import { appealShape, type decideSchema, type fileSchema } from './schema';

export async function fileAppeal(tx: TxContext, { penaltyId, statement }: z.infer<typeof fileSchema>) {
  // Lock the penalty so two appeals filed at once cannot both pass the "no pending appeal" check.
  await forUpdate(tx.trx('penalties').where({ id: penaltyId }).first('id'), dialectOf(tx.trx));
  const penalty = await getRecord<PenaltyRecord>(tx.trx, penaltyShape, penaltyId);
  // The window of the policy version that governed the penalty.
  const { appealWindowDays } = await policyOf(tx.trx, penalty.policyId);
  const hasPendingAppeal = !!(await tx.trx('appeals').where({ penaltyId, status: 'pending' }).first('id'));
  const refusal = appealRefusal(penalty, { appealWindowDays, hasPendingAppeal });
  if (refusal === 'not_issued') throw conflict('appeals.not_issued', { id: penaltyId, status: effectiveStatus(penalty) });
  if (refusal === 'window_closed') {
    const params = { id: penaltyId, closed: appealClosesAt(penalty, appealWindowDays).toISOString().slice(0, 10), days: appealWindowDays };
    throw conflict('appeals.window_closed', params, { penaltyId: fieldError('appeals.window_closed', params) });
  }
  if (refusal === 'already_pending')
    throw conflict('appeals.already_pending', { id: penaltyId }, { penaltyId: fieldError('appeals.already_pending', { id: penaltyId }) });
  const appeal = await insertRecord(tx, appealShape, { penaltyId, statement, status: 'pending', filedAt: nowIso(), filedById: tx.actor.id });
  await refreshPenaltyMetrics(tx.trx, [], [Number(appeal.id)]);
  return appeal;
}

export async function decideAppeal(tx: TxContext, appealId: number, { outcome, note }: z.infer<typeof decideSchema>) {
  const appeal = await getRecord<AppealRecord>(tx.trx, appealShape, appealId);
  const penalty = await getRecord<PenaltyRecord>(tx.trx, penaltyShape, appeal.penaltyId);
  if (appeal.status !== 'pending') throw conflict('appeals.already_decided', { id: appealId, status: appeal.status });
  if (!canDecideAppeal(tx.actor, appeal, penalty)) throw forbidden('appeals.own_penalty');
  // Compare-and-set on the version read above: of two managers deciding at once, one wins.
  const { after } = await updateVersioned(
    tx,
    appealShape,
    appealId,
    appeal.version,
    { status: outcome, decidedAt: nowIso(), decidedById: tx.actor.id, decisionNote: note },
    { action: `decide:${outcome}` },
  );
  // Overturned: the penalty and its points go, in the same transaction.
  if (outcome === 'overturned' && penalty.status !== 'revoked') {
    await revokeInTransaction(tx, appeal.penaltyId, `Appeal #${appealId} overturned: ${note}`);
  }
  await refreshPenaltyMetrics(tx.trx, [], [appealId]);
  return after;
}
