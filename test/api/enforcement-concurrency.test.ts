/**
 * Races on enforcement records: requests sent at once (Promise.all) against the same record must
 * resolve to exactly one winner, on SQLite and on PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, getCase } from './helpers';
import {
  confirmedCase,
  enforcementSetup,
  expectOneWinner,
  freshMerchant,
  issue,
  merchant,
  penalty,
  penaltyAction,
  penaltyBody,
  penaltyCount,
  penaltyOnFreshMerchant,
  type Enf,
} from './enforcement-fixtures';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(async () => {
  await c?.close();
});

describe('parallel requests', () => {
  it('two managers approve the same ban at once (issued by a reviewer): one 200, one 409', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'permanent_ban', 'material_fraud');
    const results = await Promise.all([
      penaltyAction(c, 'manager', p.id, 'approve', { note: 'approve A' }),
      penaltyAction(c, 'manager2', p.id, 'approve', { note: 'approve B' }),
    ]);
    const winner = expectOneWinner(results, 200);
    const stored = await penalty(c, p.id);
    expect(stored).toMatchObject({ status: 'active', approvedById: winner.body.approvedById, version: p.version + 1 });
    expect([c.ref.user.manager, c.ref.user.manager2]).toContain(stored.approvedById);
    expect(await count(c.db, 'auditLog', { resource: 'penalties', resourceId: String(p.id), action: 'approve' })).toBe(1);
    expect((await merchant(c, merchantId)).status).toBe('banned');
  });

  it('an approval and a rejection at once: exactly one decision sticks', async () => {
    const { merchantId, kase, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'permanent_ban', 'counterfeit');
    const results = await Promise.all([
      penaltyAction(c, 'manager', p.id, 'approve', {}),
      penaltyAction(c, 'manager2', p.id, 'reject', { note: 'insufficient evidence' }),
    ]);
    const winner = expectOneWinner(results, 200);
    const stored = await penalty(c, p.id);
    expect(stored.status).toBe(winner.body.status);
    const approved = stored.status === 'active';
    expect((await merchant(c, merchantId)).status).toBe(approved ? 'banned' : 'active');
    expect((await getCase(c, kase.id)).status).toBe(approved ? 'penalized' : 'confirmed');
  });

  it('two penalties citing the same confirmed case at once: exactly one 201, the case penalized once', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m);
    const results = await Promise.all([
      issue(c, 'reviewer', penaltyBody(m, [kase.id], 'warning')),
      issue(c, 'reviewer2', penaltyBody(m, [kase.id], 'live_suspension')),
    ]);
    const winner = expectOneWinner(results, 201);
    expect(await penaltyCount(c, { merchantId: m })).toBe(1);
    expect(await count(c.db, 'penaltyCases', { caseId: kase.id })).toBe(1);
    expect(await count(c.db, 'caseEvents', { caseId: kase.id, to: 'penalized' })).toBe(1);
    expect((await getCase(c, kase.id)).status).toBe('penalized');
    expect((await merchant(c, m)).status).toBe(winner.body.type === 'live_suspension' ? 'suspended' : 'active');
  });

  it('the same Idempotency-Key sent twice at once creates one penalty', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m);
    const send = () =>
      c.a.reviewer
        .post('/api/penalties')
        .set('Idempotency-Key', `race-${m}`)
        .send(penaltyBody(m, [kase.id], 'warning'));
    const results = await Promise.all([send(), send()]);
    expect(results.filter((r) => r.status === 201).length, results.map((r) => `${r.status} ${r.text}`).join('\n')).toBeGreaterThanOrEqual(1);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await penaltyCount(c, { merchantId: m })).toBe(1);
  });

  it('two revocations at once: one 200, one 409, the merchant restored once', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    const results = await Promise.all([
      penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'issued in error A' }),
      penaltyAction(c, 'admin', p.id, 'revoke', { reason: 'issued in error B' }),
    ]);
    expectOneWinner(results, 200);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });
    expect(await count(c.db, 'auditLog', { resource: 'penalties', resourceId: String(p.id), action: 'revoke' })).toBe(1);
  });

  it('two appeals for the same penalty filed at once: one 201, one 409', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'manager', 'warning');
    const results = await Promise.all(
      ['reviewer', 'reviewer2'].map((who) => c.a[who as 'reviewer'].post('/api/appeals').send({ penaltyId: p.id, statement: `Statement recorded by ${who}` })),
    );
    expectOneWinner(results, 201);
    expect(await count(c.db, 'appeals', { penaltyId: p.id, status: 'pending' })).toBe(1);
  });

  it('two managers decide the same appeal at once: one 200, one 409', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    const filed = await c.a.reviewer.post('/api/appeals').send({ penaltyId: p.id, statement: 'The merchant disputes the weighing' });
    expect(filed.status, filed.text).toBe(201);
    const results = await Promise.all([
      c.a.manager.post(`/api/appeals/${filed.body.id}/decide`).send({ outcome: 'overturned', note: 'scale error' }),
      c.a.manager2.post(`/api/appeals/${filed.body.id}/decide`).send({ outcome: 'upheld', note: 'evidence holds' }),
    ]);
    const winner = expectOneWinner(results, 200);
    const overturned = winner.body.status === 'overturned';
    expect((await penalty(c, p.id)).status).toBe(overturned ? 'revoked' : 'active');
    expect((await merchant(c, merchantId)).status).toBe(overturned ? 'active' : 'suspended');
  });
});
