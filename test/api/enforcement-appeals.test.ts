/** Appeals: filed within the policy's appeal window, decided by a manager who did not issue the penalty. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl } from '../support/testApp';
import { count, expectError, expectUnchanged, ISO } from './helpers';
import { backdate, DAY, enforcementSetup, merchant, penalty, penaltyAction, penaltyOnFreshMerchant, type Enf } from './enforcement-fixtures';
import type { Who } from '../support/testApp';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(async () => {
  await c?.close();
});

const STATEMENT = 'The merchant says the scale at the warehouse was off by 2 grams (商家称质检仓秤有误差)';
const file = (by: Who, penaltyId: number, statement = STATEMENT) => c.a[by].post('/api/appeals').send({ penaltyId, statement });
const decide = (by: Who, id: number, body: Record<string, unknown>) => c.a[by].post(`/api/appeals/${id}/decide`).send(body);

/** A suspension issued by the manager on a fresh merchant, with a pending appeal recorded by a reviewer. */
async function appealed() {
  const issued = await penaltyOnFreshMerchant(c, 'manager', 'live_suspension');
  const res = await file('reviewer', issued.penalty.id);
  expect(res.status, res.text).toBe(201);
  return { ...issued, appeal: res.body as Record<string, any> & { id: number } };
}

describe('filing an appeal', () => {
  it('within the window: pending, recorded by the staff member', async () => {
    const { penalty: p, appeal } = await appealed();
    expect(appeal).toMatchObject({
      penaltyId: p.id,
      statement: STATEMENT,
      status: 'pending',
      filedById: c.ref.user.reviewer,
      decidedAt: null,
      decidedById: null,
      decisionNote: null,
    });
    expect(appeal.filedAt).toMatch(ISO);
    const listed = await c.a.manager.get(listUrl('appeals', { filter: { penaltyId: p.id } }));
    expect(listed.body.map((a: { id: number }) => a.id)).toEqual([appeal.id]);
  });

  it('a second pending appeal for the same penalty is a 409', async () => {
    const { penalty: p } = await appealed();
    await expectUnchanged(c.db, async () => expectError(await file('manager', p.id, 'Second statement with new photos'), 409, 'penaltyId'));
    expect(await count(c.db, 'appeals', { penaltyId: p.id })).toBe(1);
  });

  it('a penalty started more than 15 days ago cannot be appealed: 409 naming the window', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'manager', 'warning');
    await backdate(c, p.id, new Date(Date.now() - 15 * DAY - 60_000).toISOString());
    const res = await expectUnchanged(c.db, async () => file('reviewer', p.id));
    const { message } = expectError(res, 409, 'penaltyId');
    expect(message).toMatch(/appeal window/i);
    expect(message).toContain('15 days');
  });

  it('a start backdated past the window still leaves the merchant 15 days from the issue to appeal', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'manager', 'fine', 'weight_mismatch', { startsAt: new Date(Date.now() - 60 * DAY).toISOString() });
    expect(Date.parse(p.startsAt)).toBeLessThan(Date.now() - 59 * DAY);
    const res = await file('reviewer', p.id);
    expect(res.status, res.text).toBe(201);
  });

  it('a penalty started 14 days ago is still within the window', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'manager', 'warning');
    await backdate(c, p.id, new Date(Date.now() - 14 * DAY).toISOString());
    expect((await file('reviewer', p.id)).status).toBe(201);
  });

  it('a ban pending approval, a revoked penalty and an unknown penalty cannot be appealed', async () => {
    const pending = await penaltyOnFreshMerchant(c, 'reviewer', 'permanent_ban', 'material_fraud');
    const revoked = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    expect((await penaltyAction(c, 'manager', revoked.penalty.id, 'revoke', { reason: 'issued in error' })).status).toBe(200);
    await expectUnchanged(c.db, async () => {
      expectError(await file('reviewer', pending.penalty.id), 409);
      expectError(await file('reviewer', revoked.penalty.id), 409);
      expectError(await file('reviewer', 99_999_999), 404);
    });
  });

  it('a statement is required', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'manager', 'warning');
    await expectUnchanged(c.db, async () => {
      expectError(await file('reviewer', p.id, 'short'), 400, 'statement');
      expectError(await c.a.reviewer.post('/api/appeals').send({ statement: STATEMENT }), 400, 'penaltyId');
    });
  });
});

describe('deciding an appeal', () => {
  it('the issuer of the penalty may not decide (403); a reviewer may not decide (403)', async () => {
    const { appeal } = await appealed();
    await expectUnchanged(c.db, async () => {
      expect(expectError(await decide('manager', appeal.id, { outcome: 'overturned', note: 'I was wrong' }), 403).message).toMatch(/another manager/i);
      expectError(await decide('reviewer', appeal.id, { outcome: 'upheld', note: 'Evidence is clear' }), 403);
      expectError(await decide('comms', appeal.id, { outcome: 'upheld', note: 'Evidence is clear' }), 403);
    });
  });

  it('upheld by another manager: the appeal is decided, the penalty stays in force', async () => {
    const { merchantId, penalty: p, appeal } = await appealed();
    const res = await decide('manager2', appeal.id, { outcome: 'upheld', note: 'Re-weighed on a certified scale: still 2.1 g short' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'upheld', decidedById: c.ref.user.manager2, decisionNote: 'Re-weighed on a certified scale: still 2.1 g short' });
    expect(res.body.decidedAt).toMatch(ISO);
    expect((await penalty(c, p.id)).status).toBe('active');
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'suspended', violationPoints: 7 });
  });

  it('overturned by another manager: the penalty is revoked and its points removed, in the same step', async () => {
    const { merchantId, penalty: p, appeal } = await appealed();
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'suspended', violationPoints: 7 });
    const res = await decide('manager2', appeal.id, { outcome: 'overturned', note: 'The warehouse scale failed calibration that week' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'overturned', decidedById: c.ref.user.manager2 });
    const revoked = await penalty(c, p.id);
    expect(revoked).toMatchObject({ status: 'revoked', revokedById: c.ref.user.manager2 });
    expect(revoked.revokeReason).toContain(`Appeal #${appeal.id}`);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });
  });

  it('deciding twice is a 409 and changes nothing', async () => {
    const { appeal } = await appealed();
    expect((await decide('manager2', appeal.id, { outcome: 'upheld', note: 'Evidence is clear' })).status).toBe(200);
    await expectUnchanged(c.db, async () => {
      expectError(await decide('manager2', appeal.id, { outcome: 'overturned', note: 'changed my mind' }), 409);
      expectError(await decide('admin', appeal.id, { outcome: 'upheld', note: 'again' }), 409);
    });
  });

  it('after a decision the penalty may be appealed again (no pending appeal left)', async () => {
    const { penalty: p, appeal } = await appealed();
    expect((await decide('manager2', appeal.id, { outcome: 'upheld', note: 'Evidence is clear' })).status).toBe(200);
    expect((await file('reviewer', p.id, 'New evidence: the buyer returned a different item')).status).toBe(201);
  });

  it('outcome and note are validated', async () => {
    const { appeal } = await appealed();
    await expectUnchanged(c.db, async () => {
      expectError(await decide('manager2', appeal.id, { outcome: 'pardoned', note: 'why not' }), 400, 'outcome');
      expectError(await decide('manager2', appeal.id, { outcome: 'upheld' }), 400, 'note');
      expectError(await decide('manager2', 99_999_999, { outcome: 'upheld', note: 'no such appeal' }), 404);
    });
  });
});
