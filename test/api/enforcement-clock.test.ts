/**
 * What changes by the clock or by later decisions: penalties issued ahead of time, points leaving
 * the window, a new policy window, appeal windows that run from a ban's approval, appeals decided
 * after their penalty was revoked, and the audit trail of cases moved by penalties.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recomputeMerchant, refreshDueMerchants } from '../../server/merchants/service';
import {
  backdate,
  confirmedCase,
  DAY,
  enforcementSetup,
  freshMerchant,
  inDays,
  issued,
  merchant,
  penalty,
  penaltyAction,
  penaltyOnFreshMerchant,
  TEST_POLICY,
  type Enf,
} from './enforcement-fixtures';
import { expectError } from './helpers';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(() => c.close());

describe('the clock', () => {
  it('a suspension issued to start later suspends the merchant when it starts, not before', async () => {
    const merchantId = await freshMerchant(c);
    const kase = await confirmedCase(c, merchantId);
    const startsAt = inDays(1);
    await issued(c, 'reviewer', merchantId, [kase.id], 'live_suspension', { startsAt, endsAt: inDays(8) });
    expect((await merchant(c, merchantId)).status).toBe('active');
    const refreshed = await refreshDueMerchants(c.db, new Date(Date.parse(startsAt) + 1000));
    expect(refreshed).toBeGreaterThanOrEqual(1);
    expect((await merchant(c, merchantId)).status).toBe('suspended');
  });

  it('points leave the merchant when their penalty leaves the policy window', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    expect((await merchant(c, merchantId)).violationPoints).toBe(TEST_POLICY.points.weight_mismatch);
    const startedAt = Date.now() - TEST_POLICY.windowDays * DAY + 60_000; // leaves the window in a minute
    await backdate(c, p.id, new Date(startedAt).toISOString());
    await c.db.knex.transaction((trx) => recomputeMerchant(trx, merchantId)); // as if it had been issued then
    await refreshDueMerchants(c.db, new Date(Date.now() + 120_000));
    expect((await merchant(c, merchantId)).violationPoints).toBe(0);
  });

  it('a suspension that has ended reads as ended on the merchant at once, before any job runs', async () => {
    const merchantId = await freshMerchant(c);
    const kase = await confirmedCase(c, merchantId);
    const p = await issued(c, 'reviewer', merchantId, [kase.id], 'live_suspension', { endsAt: inDays(7) });
    expect((await merchant(c, merchantId)).status).toBe('suspended');
    const row = await c.db.knex('merchants').where({ id: merchantId }).first('derivedUntil');
    expect(new Date(row.derivedUntil).toISOString()).toBe(p.endsAt);
    // Time passes: the suspension's end (and so the merchant's derivedUntil) is now in the past.
    const ended = new Date(Date.now() - 60_000).toISOString();
    await c.db.knex('penalties').where({ id: p.id }).update({ endsAt: ended });
    await c.db.knex('merchants').where({ id: merchantId }).update({ derivedUntil: ended });
    expect((await penalty(c, p.id)).status).toBe('expired');
    expect((await merchant(c, merchantId)).status).toBe('active');
    const listed = await c.a.comms.get(`/api/merchants?filter=${encodeURIComponent(JSON.stringify({ status: 'suspended', q: String(merchantId) }))}`);
    expect(listed.body).toEqual([]);
  });

  it('a new policy window recomputes the merchants it touches at once', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    await backdate(c, p.id, inDays(-100));
    const shorter = await c.a.admin.post('/api/penalty-policies').send({ ...TEST_POLICY, windowDays: 90 });
    expect(shorter.status, shorter.text).toBe(201);
    expect((await merchant(c, merchantId)).violationPoints).toBe(0);
    const back = await c.a.admin.post('/api/penalty-policies').send(TEST_POLICY);
    expect(back.status, back.text).toBe(201);
    expect((await merchant(c, merchantId)).violationPoints).toBe(TEST_POLICY.points.weight_mismatch);
  });
});

describe('appeals after the fact', () => {
  it('a ban approved late can still be appealed: the window runs from the approval', async () => {
    const { penalty: ban } = await penaltyOnFreshMerchant(c, 'reviewer', 'permanent_ban');
    await backdate(c, ban.id, inDays(-20)); // issued 20 days ago, approved only now
    expect((await penaltyAction(c, 'manager', ban.id, 'approve', { note: 'checked' })).status).toBe(200);
    const appeal = await c.a.reviewer.post('/api/appeals').send({ penaltyId: ban.id, statement: 'The merchant disputes the inspection result.' });
    expect(appeal.status, appeal.text).toBe(201);
  });

  it('an appeal overturned after its penalty was already revoked records the outcome', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    const appeal = await c.a.reviewer.post('/api/appeals').send({ penaltyId: p.id, statement: 'The merchant says the weight was right.' });
    expect(appeal.status, appeal.text).toBe(201);
    expect((await penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'issued in error' })).status).toBe(200);
    const decided = await c.a.manager2.post(`/api/appeals/${appeal.body.id}/decide`).send({ outcome: 'overturned', note: 'agreed' });
    expect(decided.status, decided.text).toBe(200);
    expect(decided.body.status).toBe('overturned');
    expect((await penalty(c, p.id)).revokeReason).toBe('issued in error');
  });

  it('a decision note too long to become a revoke reason is refused before anything changes', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    const appeal = await c.a.reviewer.post('/api/appeals').send({ penaltyId: p.id, statement: 'The merchant disputes the finding.' });
    expectError(await c.a.manager2.post(`/api/appeals/${appeal.body.id}/decide`).send({ outcome: 'overturned', note: 'x'.repeat(1901) }), 400, 'note');
    expect((await penalty(c, p.id)).status).toBe('active');
  });
});

describe('cases moved by penalties are audited', () => {
  it('issuing writes a cases audit entry per cited case', async () => {
    const { kase } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    const entries = await c.db.knex('auditLog').where({ resource: 'cases', resourceId: String(kase.id), action: 'transition:penalized' });
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0].changes).after.status).toBe('penalized');
  });
});
