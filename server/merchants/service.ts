import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES } from '../../domain/cases';
import { derivedFromPenalties } from '../../domain/merchants';
import { suggestPenalty, type Suggestion } from '../../domain/policy';
import type { Database } from '../db';
import { toNumber } from '../db/dialect';
import { nowIso, toIso } from '../db/time';
import { badRequest, noSuch } from '../http/errors';
import { getRecord } from '../http/shape';
import { currentPolicy } from '../penalty-policies/current';
import { merchantShape } from './schema';

/** A merchant's penalties as the domain rules read them. */
export async function penaltyHistory(knex: Knex, merchantId: number) {
  const rows = await knex('penalties').where({ merchantId }).select('id', 'type', 'status', 'points', 'startsAt', 'endsAt');
  return rows.map((p: Record<string, unknown>) => ({
    id: Number(p.id),
    type: String(p.type),
    status: String(p.status),
    points: toNumber(p.points),
    startsAt: toIso(p.startsAt)!,
    endsAt: toIso(p.endsAt),
  }));
}

/**
 * Recompute a merchant's derived fields (status, points in the policy window, open cases, and
 * until when they hold) in the caller's transaction, after anything that changes them. Callers
 * have already written their audit entry, whose lock serialises writers on PostgreSQL; locking
 * the merchant row here as well would deadlock against a transaction holding its foreign-key
 * share lock while waiting for that one.
 */
export async function recomputeMerchant(trx: Knex.Transaction, merchantId: number, now = new Date()): Promise<void> {
  const [{ n }] = await trx('cases')
    .where({ merchantId })
    .whereIn('status', OPEN_CASE_STATUSES as string[])
    .count({ n: '*' });
  const policy = await currentPolicy(trx);
  const derived = derivedFromPenalties(await penaltyHistory(trx, merchantId), policy, now);
  await trx('merchants')
    .where({ id: merchantId })
    .update({ ...derived, openCaseCount: toNumber(n), updatedAt: nowIso() });
}

/**
 * Only the open-case count, in one statement: what a new case changes (its merchant's status and
 * points follow from penalties, not cases).
 */
export async function refreshOpenCaseCount(trx: Knex.Transaction, merchantId: number): Promise<void> {
  const open = trx('cases')
    .where({ merchantId })
    .whereIn('status', OPEN_CASE_STATUSES as string[])
    .count('*');
  await trx('merchants').where({ id: merchantId }).update({ openCaseCount: open, updatedAt: nowIso() });
}

/**
 * Before merchants are read: the few whose status or points the clock changed since they were
 * written (a suspension ended, a penalty left the window) are recomputed, so a read always agrees
 * with the penalties. An indexed probe when there are none.
 */
export async function refreshDueMerchants(db: Database, now = new Date()): Promise<number> {
  const due = await db.reader('merchants').where('derivedUntil', '<=', now.toISOString()).limit(500).pluck('id');
  for (const id of due as number[]) await db.knex.transaction((trx) => recomputeMerchant(trx, id, now));
  return due.length;
}

/** The policy's suggestion for a penalty citing these cases (or violation types) of the merchant. */
export async function suggestedPenalty(knex: Knex, merchantId: number, q: { caseIds?: number[]; violationTypeId?: number[] }): Promise<Suggestion> {
  await getRecord(knex, merchantShape, merchantId);
  let codes: string[];
  if (q.caseIds?.length) {
    const cited = await knex('cases')
      .join('violationTypes', 'violationTypes.id', 'cases.violationTypeId')
      .whereIn('cases.id', q.caseIds)
      .where('cases.merchantId', merchantId)
      .select('cases.id', 'violationTypes.code');
    const missing = q.caseIds.filter((id) => !cited.some((c: { id: number }) => c.id === id));
    if (missing.length) throw badRequest('penalties.unknown_cases', { ids: missing }, { caseIds: noSuch('case of this merchant') });
    codes = q.caseIds.map((id) => cited.find((c: { id: number }) => c.id === id).code);
  } else if (q.violationTypeId?.length) {
    const types = await knex('violationTypes').whereIn('id', q.violationTypeId).select('id', 'code');
    const missing = q.violationTypeId.filter((id) => !types.some((t: { id: number }) => t.id === id));
    if (missing.length) throw badRequest('no_such', { what: 'violation type', id: missing.join(', ') }, { violationTypeId: noSuch('violation type') });
    codes = q.violationTypeId.map((id) => types.find((t: { id: number }) => t.id === id).code);
  } else {
    const required = { text: 'required', code: 'field.required' };
    throw badRequest('penalties.suggest_needs_cases', {}, { caseIds: required, violationTypeId: required });
  }
  return suggestPenalty(await currentPolicy(knex), codes, await penaltyHistory(knex, merchantId), new Date());
}
