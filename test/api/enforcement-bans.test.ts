/** Permanent bans need a second pair of eyes; timed penalties expire on their own. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expireDuePenalties } from '../../server/penalties/expiry';
import { listUrl } from '../support/testApp';
import { expectError, expectUnchanged, getCase, ISO } from './helpers';
import { backdate, DAY, enforcementSetup, merchant, penalty, penaltyAction, penaltyOnFreshMerchant, type Enf } from './enforcement-fixtures';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(async () => {
  await c?.close();
});

const ban = (by: 'reviewer' | 'manager' = 'reviewer') => penaltyOnFreshMerchant(c, by, 'permanent_ban', 'material_fraud');

describe('permanent bans', () => {
  it('are issued pending approval: the merchant is not banned yet, the case is penalized', async () => {
    const { merchantId, kase, penalty: p } = await ban();
    expect(p).toMatchObject({ type: 'permanent_ban', status: 'pending_approval', approvedById: null, endsAt: null, points: 20 });
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });
    expect((await getCase(c, kase.id)).status).toBe('penalized');
  });

  it('the issuer may not approve their own ban; a reviewer may not approve at all', async () => {
    const { merchantId, penalty: p } = await ban('manager');
    await expectUnchanged(c.db, async () => {
      expect(expectError(await penaltyAction(c, 'manager', p.id, 'approve', { note: 'looks right' }), 403).message).toMatch(/another manager/i);
      expectError(await penaltyAction(c, 'manager', p.id, 'reject', { note: 'on second thought' }), 403);
      expectError(await penaltyAction(c, 'reviewer', p.id, 'approve', {}), 403);
      expectError(await penaltyAction(c, 'reviewer2', p.id, 'approve', {}), 403);
    });
    expect((await merchant(c, merchantId)).status).toBe('active');
  });

  it('another manager approves: active, merchant banned, approvedById set, audited', async () => {
    const { merchantId, penalty: p } = await ban('manager');
    const res = await penaltyAction(c, 'manager2', p.id, 'approve', { note: 'Inspection reports are conclusive' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      status: 'active',
      approvedById: c.ref.user.manager2,
      issuedById: c.ref.user.manager,
      decisionNote: 'Inspection reports are conclusive',
      version: p.version + 1,
    });
    expect(res.body.decidedAt).toMatch(ISO);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'banned', violationPoints: 20 });
    const audit = await c.a.admin.get(listUrl('audit-log', { filter: { resource: 'penalties', resourceId: String(p.id), action: 'approve' } }));
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0].actorId).toBe(c.ref.user.manager2);
  });

  it('approving twice is a 409', async () => {
    const { penalty: p } = await ban();
    expect((await penaltyAction(c, 'manager', p.id, 'approve', {})).status).toBe(200);
    await expectUnchanged(c.db, async () => expectError(await penaltyAction(c, 'manager2', p.id, 'approve', {}), 409));
    expect((await penalty(c, p.id)).approvedById).toBe(c.ref.user.manager);
  });

  it('rejected with a note: rejected, the cases back to confirmed, the merchant not banned', async () => {
    const { merchantId, kase, penalty: p } = await ban();
    const res = await penaltyAction(c, 'manager', p.id, 'reject', { note: 'Evidence is from a different shop; issue a fine instead' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      status: 'rejected',
      approvedById: c.ref.user.manager,
      decisionNote: 'Evidence is from a different shop; issue a fine instead',
    });
    const back = await getCase(c, kase.id);
    expect(back.status).toBe('confirmed');
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0, openCaseCount: 1 });
    const events = await c.a.manager.get(listUrl('case-events', { filter: { caseId: kase.id, kind: 'status' }, sort: ['id', 'ASC'] }));
    expect(events.body.at(-1)).toMatchObject({ from: 'penalized', to: 'confirmed', actorId: c.ref.user.manager });
    // and a rejected ban can be neither approved nor revoked afterwards
    await expectUnchanged(c.db, async () => {
      expectError(await penaltyAction(c, 'manager2', p.id, 'approve', {}), 409);
      expectError(await penaltyAction(c, 'manager2', p.id, 'revoke', { reason: 'cleanup' }), 409);
    });
  });

  it('a rejection needs a note (400) and changes nothing', async () => {
    const { kase, penalty: p } = await ban();
    await expectUnchanged(c.db, async () => {
      expectError(await penaltyAction(c, 'manager', p.id, 'reject', {}), 400, 'note');
      expectError(await penaltyAction(c, 'manager', p.id, 'reject', { note: '   ' }), 400, 'note');
    });
    expect((await penalty(c, p.id)).status).toBe('pending_approval');
    expect((await getCase(c, kase.id)).status).toBe('penalized');
  });

  it('a pending ban cannot be revoked (it must be rejected)', async () => {
    const { penalty: p } = await ban();
    await expectUnchanged(c.db, async () => expectError(await penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'not yet in force' }), 409));
  });

  it('revoking an approved ban lifts it', async () => {
    const { merchantId, penalty: p } = await ban();
    expect((await penaltyAction(c, 'manager', p.id, 'approve', {})).status).toBe(200);
    expect((await penaltyAction(c, 'admin', p.id, 'revoke', { reason: 'Court ruling: the goods were genuine' })).status).toBe(200);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });
  });
});

describe('expiry of timed penalties', () => {
  /** A suspension issued now, then moved so that it started 3 days ago and ends at `endsAt`. */
  async function suspensionEndingAt(endsAt: Date) {
    const issued = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    await backdate(c, issued.penalty.id, new Date(Date.now() - 3 * DAY).toISOString(), endsAt.toISOString());
    return issued;
  }

  it('a suspension ending at T is active at T−1ms, expired at T; the merchant is restored by the job, audited', async () => {
    const T = new Date(Date.now() - 60_000);
    const { merchantId, penalty: p } = await suspensionEndingAt(T);

    // reads already say expired (status is computed) while the row and the merchant still wait for the job
    expect((await penalty(c, p.id)).status).toBe('expired');
    const listed = await c.a.manager.get(listUrl('penalties', { filter: { merchantId, status: 'expired' } }));
    expect(listed.body.map((x: { id: number }) => x.id)).toEqual([p.id]);
    expect((await c.a.manager.get(listUrl('penalties', { filter: { merchantId, status: 'active' } }))).body).toEqual([]);
    expect((await c.db.knex('penalties').where({ id: p.id }).first('status')).status).toBe('active');
    expect((await merchant(c, merchantId)).status).toBe('suspended');

    await expireDuePenalties(c.db, new Date(T.getTime() - 1));
    expect((await c.db.knex('penalties').where({ id: p.id }).first('status')).status).toBe('active');
    expect((await merchant(c, merchantId)).status).toBe('suspended');

    expect(await expireDuePenalties(c.db, T)).toBeGreaterThanOrEqual(1);
    expect((await c.db.knex('penalties').where({ id: p.id }).first('status')).status).toBe('expired');
    // served penalties keep counting towards the ladder
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 7 });
    const audit = await c.a.admin.get(listUrl('audit-log', { filter: { resource: 'penalties', resourceId: String(p.id), action: 'expire' } }));
    expect(audit.body).toHaveLength(1);
    expect(audit.body[0]).toMatchObject({ actorId: null });

    // running again finds nothing left to do for it
    await expireDuePenalties(c.db, T);
    expect((await c.a.admin.get(listUrl('audit-log', { filter: { resource: 'penalties', resourceId: String(p.id), action: 'expire' } }))).body).toHaveLength(1);
  });

  it('a suspension ending in the future is left alone and still reads active', async () => {
    const { merchantId, penalty: p } = await suspensionEndingAt(new Date(Date.now() + DAY));
    await expireDuePenalties(c.db, new Date());
    expect((await penalty(c, p.id)).status).toBe('active');
    expect((await merchant(c, merchantId)).status).toBe('suspended');
  });

  it('an expired penalty can still be revoked (its points go); a revoked one never expires', async () => {
    const { merchantId, penalty: p } = await suspensionEndingAt(new Date(Date.now() - 1000));
    await expireDuePenalties(c.db, new Date());
    expect((await penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'Overturned by an external review' })).status).toBe(200);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });

    const other = await suspensionEndingAt(new Date(Date.now() + DAY));
    expect((await penaltyAction(c, 'manager', other.penalty.id, 'revoke', { reason: 'Issued against the wrong shop' })).status).toBe(200);
    await backdate(c, other.penalty.id, new Date(Date.now() - 3 * DAY).toISOString(), new Date(Date.now() - 1000).toISOString());
    await expireDuePenalties(c.db, new Date());
    expect((await penalty(c, other.penalty.id)).status).toBe('revoked');
  });
});
