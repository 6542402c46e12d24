/**
 * Shared fixtures for the enforcement suite (penalties, bans, appeals, policy): the app with a
 * known penalty policy created through the API (so nothing depends on seeded policy details),
 * a fresh merchant per test, confirmed cases made through the case workflow, and issuing helpers.
 */
import { expect } from 'vitest';
import type { Response } from 'supertest';
import { act, count, newCase, setup, type CaseRecord, type Ctx } from './helpers';
import type { Who } from '../support/testApp';

export const DAY = 86_400_000;

/**
 * The policy the tests run under. Its points differ from the seeded policy's on purpose: a
 * penalty's points must come from the policy in force.
 */
export const TEST_POLICY = {
  windowDays: 365,
  appealWindowDays: 15,
  points: { description_mismatch: 5, weight_mismatch: 7, mislabeling: 2, material_fraud: 20, counterfeit: 20, listing_irregular: 1 },
  ladder: [
    { minPoints: 12, type: 'live_suspension', durationDays: 30 },
    { minPoints: 0, type: 'warning', durationDays: null },
    { minPoints: 24, type: 'permanent_ban', durationDays: null },
    { minPoints: 6, type: 'live_suspension', durationDays: 7 },
  ],
  directBanTypes: ['material_fraud', 'counterfeit'],
  note: 'enforcement test policy',
};

export interface Enf extends Ctx {
  /** The policy version created for this file (the one in force). */
  policy: Record<string, any> & { id: number };
}

export async function enforcementSetup(): Promise<Enf> {
  const c = await setup();
  const res = await c.a.admin.post('/api/penalty-policies').send(TEST_POLICY);
  expect(res.status, res.text).toBe(201);
  return Object.assign(c, { policy: res.body });
}

/**
 * A merchant of its own for one test: no penalties, no cases, status active. Merchants have no
 * create endpoint (they come from the platform), so the row is written directly.
 */
export async function freshMerchant(c: Ctx): Promise<number> {
  const { knex } = c.db;
  const [{ max }] = await knex('merchants').max({ max: 'id' });
  const id = Math.max(Number(max ?? 0), 900_000) + 1;
  const now = new Date().toISOString();
  await knex('merchants').insert({
    id,
    nickname: `test merchant ${id}`,
    followerCount: 1000,
    categoryId: c.ref.category.gold_silver,
    status: 'active',
    violationPoints: 0,
    openCaseCount: 0,
    joinedAt: now,
    updatedAt: now,
  });
  return id;
}

/** A case of `merchantId` (created by a manager) taken by `worker` through the workflow to `status`. */
export async function caseAt(
  c: Ctx,
  merchantId: number,
  status: 'open' | 'in_review' | 'confirmed',
  violation = 'weight_mismatch',
  worker: Who = 'reviewer',
): Promise<CaseRecord> {
  let rec = await newCase(c, 'manager', { merchantId, violationTypeId: c.ref.vt[violation].id });
  if (status === 'open') return rec;
  rec = (await act(c, worker, rec, 'claim')).body;
  expect(rec.status).toBe('in_review');
  if (status === 'in_review') return rec;
  const res = await act(c, worker, rec, 'transition', { to: 'confirmed', note: 'Inspection report and buyer photos confirm it' });
  expect(res.status, res.text).toBe(200);
  expect(res.body.status).toBe('confirmed');
  return res.body;
}

export const confirmedCase = (c: Ctx, merchantId: number, violation = 'weight_mismatch', worker: Who = 'reviewer') =>
  caseAt(c, merchantId, 'confirmed', violation, worker);

export const inDays = (days: number, from = Date.now()) => new Date(from + days * DAY).toISOString();

/** A valid issue body for `type`; timed types get a 7-day end, fines an amount. */
export function penaltyBody(merchantId: number, caseIds: number[], type: string, over: Record<string, unknown> = {}) {
  return {
    merchantId,
    caseIds,
    type,
    reason: `${type} for the confirmed violations in the cited cases`,
    ...(type === 'live_suspension' || type === 'listing_removal' ? { endsAt: inDays(7) } : {}),
    ...(type === 'fine' ? { fineCents: 500_000 } : {}),
    ...over,
  };
}

export function issue(c: Ctx, by: Who, body: Record<string, unknown>) {
  return c.a[by].post('/api/penalties').send(body);
}

/** Issue and expect 201: a fresh merchant's confirmed case(s) → the penalty. */
export async function issued(c: Ctx, by: Who, merchantId: number, caseIds: number[], type: string, over: Record<string, unknown> = {}) {
  const res = await issue(c, by, penaltyBody(merchantId, caseIds, type, over));
  expect(res.status, res.text).toBe(201);
  return res.body as Record<string, any> & { id: number; status: string };
}

/** A fresh merchant with one confirmed case and a penalty issued on it. */
export async function penaltyOnFreshMerchant(c: Ctx, by: Who, type: string, violation = 'weight_mismatch', over: Record<string, unknown> = {}) {
  const merchantId = await freshMerchant(c);
  const kase = await confirmedCase(c, merchantId, violation);
  const penalty = await issued(c, by, merchantId, [kase.id], type, over);
  return { merchantId, kase, penalty };
}

export async function merchant(c: Ctx, id: number): Promise<Record<string, any>> {
  const res = await c.a.manager.get(`/api/merchants/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

export async function penalty(c: Ctx, id: number): Promise<Record<string, any>> {
  const res = await c.a.manager.get(`/api/penalties/${id}`);
  expect(res.status, res.text).toBe(200);
  return res.body;
}

export function penaltyAction(c: Ctx, by: Who, id: number, action: 'approve' | 'reject' | 'revoke', body: Record<string, unknown> = {}) {
  return c.a[by].post(`/api/penalties/${id}/${action}`).send(body);
}

/** Move a penalty's start (and optionally end) in the database, as if it were issued earlier. */
/** As if the penalty had been issued (and started) at `startsAt`. */
export async function backdate(c: Ctx, id: number, startsAt: string, endsAt?: string) {
  await c.db
    .knex('penalties')
    .where({ id })
    .update({ startsAt, createdAt: startsAt, ...(endsAt ? { endsAt } : {}) });
}

export const penaltyCount = (c: Ctx, where: Record<string, unknown> = {}) => count(c.db, 'penalties', where);

/** Exactly one of the parallel answers has `winner` status, the rest `loser`. */
export function expectOneWinner(results: Response[], winner: number, loser = 409) {
  const statuses = results.map((r) => r.status).sort();
  expect(statuses, results.map((r) => r.text).join('\n')).toEqual([winner, ...Array(results.length - 1).fill(loser)].sort());
  return results.find((r) => r.status === winner)!;
}
