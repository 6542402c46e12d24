/** The penalty policy (append-only versions, admin only) and the ladder's suggestion endpoint. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, expectError, expectUnchanged } from './helpers';
import { backdate, confirmedCase, DAY, enforcementSetup, freshMerchant, issued, penaltyOnFreshMerchant, TEST_POLICY, type Enf } from './enforcement-fixtures';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(async () => {
  await c?.close();
});

const withLadder = (ladder: unknown[]) => ({ ...TEST_POLICY, ladder });
const suggest = (merchantId: number, query: string, who: 'reviewer' | 'manager' | 'admin' | 'comms' | 'inspector' = 'reviewer') =>
  c.a[who].get(`/api/merchants/${merchantId}/suggested-penalty${query}`);

describe('penalty policy versions', () => {
  it('the policy created by the admin is in force: GET /current answers it as stored', async () => {
    expect(c.policy).toMatchObject({
      windowDays: 365,
      appealWindowDays: 15,
      points: TEST_POLICY.points,
      directBanTypes: TEST_POLICY.directBanTypes,
      createdById: c.ref.user.admin,
      note: 'enforcement test policy',
    });
    // stored sorted by threshold, whatever the order sent
    expect(c.policy.ladder.map((s: { minPoints: number }) => s.minPoints)).toEqual([0, 6, 12, 24]);
    const current = await c.a.reviewer.get('/api/penalty-policies/current');
    expect(current.status, current.text).toBe(200);
    expect(current.body).toEqual(c.policy);
  });

  it('a new version is appended: the previous one is unchanged and /current returns the newest', async () => {
    const before = await c.a.admin.get(`/api/penalty-policies/${c.policy.id}`);
    const res = await c.a.admin.post('/api/penalty-policies').send({ ...TEST_POLICY, windowDays: 180, note: 'shorter window' });
    expect(res.status, res.text).toBe(201);
    expect(res.body.id).toBeGreaterThan(c.policy.id);
    expect((await c.a.manager.get('/api/penalty-policies/current')).body).toMatchObject({ id: res.body.id, windowDays: 180 });
    expect((await c.a.admin.get(`/api/penalty-policies/${c.policy.id}`)).body).toEqual(before.body);
    const list = await c.a.admin.get('/api/penalty-policies');
    expect(list.body.map((p: { id: number }) => p.id).slice(0, 2)).toEqual([res.body.id, c.policy.id]);
    // back to the test policy for the rest of the file (as a further version)
    const again = await c.a.admin.post('/api/penalty-policies').send(TEST_POLICY);
    expect(again.status).toBe(201);
    c.policy = again.body;
  });

  it('versions cannot be edited or deleted', async () => {
    await expectUnchanged(c.db, async () => {
      expectError(await c.a.admin.put(`/api/penalty-policies/${c.policy.id}`).send({ ...TEST_POLICY, windowDays: 1 }), 405);
      expectError(await c.a.admin.delete(`/api/penalty-policies/${c.policy.id}`), 405);
    });
  });

  it.each([
    ['no step at 0 points', withLadder([{ minPoints: 1, type: 'warning', durationDays: null }]), 'ladder'],
    [
      'duplicate thresholds',
      withLadder([
        { minPoints: 0, type: 'warning', durationDays: null },
        { minPoints: 0, type: 'fine', durationDays: null },
      ]),
      'ladder',
    ],
    [
      'a suspension without a duration',
      withLadder([
        { minPoints: 0, type: 'warning', durationDays: null },
        { minPoints: 6, type: 'live_suspension', durationDays: null },
      ]),
      'ladder',
    ],
    ['a listing removal without a duration', withLadder([{ minPoints: 0, type: 'listing_removal', durationDays: null }]), 'ladder'],
    [
      'a negative threshold',
      withLadder([
        { minPoints: 0, type: 'warning', durationDays: null },
        { minPoints: -5, type: 'fine', durationDays: null },
      ]),
      'ladder.1.minPoints',
    ],
    ['negative points for a violation', { ...TEST_POLICY, points: { ...TEST_POLICY.points, mislabeling: -2 } }, 'points.mislabeling'],
    ['an empty ladder', withLadder([]), 'ladder'],
    ['an unknown penalty type', withLadder([{ minPoints: 0, type: 'flogging', durationDays: null }]), 'ladder.0.type'],
    ['a zero-day window', { ...TEST_POLICY, windowDays: 0 }, 'windowDays'],
    ['no appeal window', { ...TEST_POLICY, appealWindowDays: undefined }, 'appealWindowDays'],
  ])('rejects %s with 400 and a field error, creating nothing', async (_what, body, field) => {
    const before = await count(c.db, 'penaltyPolicies');
    const res = await c.a.admin.post('/api/penalty-policies').send(body);
    expectError(res, 400, field);
    expect(await count(c.db, 'penaltyPolicies')).toBe(before);
    expect((await c.a.admin.get('/api/penalty-policies/current')).body.id).toBe(c.policy.id);
  });

  it.each(['manager', 'reviewer', 'comms', 'inspector'] as const)('%s may not create a policy version (403)', async (who) => {
    await expectUnchanged(c.db, async () => expectError(await c.a[who].post('/api/penalty-policies').send(TEST_POLICY), 403));
  });

  it('a penalty records the policy version in force and takes its points from it', async () => {
    const first = await penaltyOnFreshMerchant(c, 'reviewer', 'warning', 'weight_mismatch');
    expect(first.penalty).toMatchObject({ policyId: c.policy.id, points: 7 });

    const v2 = await c.a.admin.post('/api/penalty-policies').send({ ...TEST_POLICY, points: { ...TEST_POLICY.points, weight_mismatch: 9 } });
    expect(v2.status).toBe(201);
    const second = await penaltyOnFreshMerchant(c, 'reviewer', 'warning', 'weight_mismatch');
    expect(second.penalty).toMatchObject({ policyId: v2.body.id, points: 9 });
    // the earlier penalty still points at the rules that applied to it
    expect((await c.a.manager.get(`/api/penalties/${first.penalty.id}`)).body).toMatchObject({ policyId: c.policy.id, points: 7 });
    const v3 = await c.a.admin.post('/api/penalty-policies').send(TEST_POLICY);
    c.policy = v3.body;
  });
});

describe('GET /api/merchants/<id>/suggested-penalty', () => {
  it('a clean merchant: the new violation alone picks the step, with reasoning', async () => {
    const m = await freshMerchant(c);
    const res = await suggest(m, `?violationTypeId=${c.ref.vt.weight_mismatch.id}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      policyId: c.policy.id,
      violationTypes: ['weight_mismatch'],
      currentPoints: 0,
      addedPoints: 7,
      totalPoints: 7,
      type: 'live_suspension',
      durationDays: 7,
      directBan: false,
      banRefused: null,
      counted: [],
    });
    expect(res.body.reasons.slice(0, 2)).toEqual([
      { code: 'counted', count: 0, points: 0, windowDays: 365, since: res.body.windowStart },
      { code: 'added', violations: [{ code: 'weight_mismatch', cases: 1, points: 7 }], added: 7, total: 7 },
    ]);
  });

  it("counts the merchant's penalties in the window (not older, not revoked) and escalates", async () => {
    const m = await freshMerchant(c);
    const recent = await issued(c, 'reviewer', m, [(await confirmedCase(c, m, 'description_mismatch')).id], 'warning');
    const old = await issued(c, 'reviewer', m, [(await confirmedCase(c, m, 'weight_mismatch')).id], 'warning');
    const revoked = await issued(c, 'reviewer', m, [(await confirmedCase(c, m, 'weight_mismatch')).id], 'warning');
    await backdate(c, recent.id, new Date(Date.now() - 100 * DAY).toISOString());
    await backdate(c, old.id, new Date(Date.now() - 366 * DAY).toISOString());
    expect((await c.a.manager.post(`/api/penalties/${revoked.id}/revoke`).send({ reason: 'issued in error' })).status).toBe(200);

    const res = await suggest(m, `?violationTypeId=${c.ref.vt.weight_mismatch.id}`, 'manager');
    expect(res.status, res.text).toBe(200);
    expect(res.body.counted.map((p: { id: number }) => p.id)).toEqual([recent.id]);
    expect(res.body.counted[0]).toMatchObject({ points: 5, status: 'active', type: 'warning' });
    expect(res.body).toMatchObject({ currentPoints: 5, addedPoints: 7, totalPoints: 12, type: 'live_suspension', durationDays: 30 });
    expect(res.body.reasons.at(-1)).toEqual({ code: 'step', total: 12, minPoints: 12, type: 'live_suspension', durationDays: 30, policyId: c.policy.id });
  });

  it('material fraud suggests a permanent ban directly', async () => {
    const res = await suggest(await freshMerchant(c), `?violationTypeId=${c.ref.vt.material_fraud.id}`, 'admin');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ type: 'permanent_ban', directBan: true, durationDays: null, addedPoints: 20 });
  });

  it.each([
    ['missing', ''],
    ['unknown', '?violationTypeId=999999'],
    ['not a number', '?violationTypeId=abc'],
    ['negative', '?violationTypeId=-3'],
  ])('a %s violationTypeId is a 400 naming the field', async (_what, query) => {
    expectError(await suggest(await freshMerchant(c), query), 400, 'violationTypeId');
  });

  it('for the cases a penalty will cite: every cited case adds its points, the same points issuing charges', async () => {
    const m = await freshMerchant(c);
    const cases = [await confirmedCase(c, m, 'description_mismatch'), await confirmedCase(c, m, 'weight_mismatch')];
    const res = await suggest(m, `?caseIds=${cases.map((k) => k.id).join(',')}`);
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      violationTypes: ['description_mismatch', 'weight_mismatch'],
      addedPoints: 12,
      totalPoints: 12,
      type: 'live_suspension',
      durationDays: 30,
    });
    const p = await issued(
      c,
      'reviewer',
      m,
      cases.map((k) => k.id),
      'live_suspension',
      { endsAt: new Date(Date.now() + 30 * DAY).toISOString() },
    );
    expect(p.points).toBe(res.body.addedPoints);
  });

  it('a case of another merchant is a 400 naming caseIds', async () => {
    const other = await confirmedCase(c, await freshMerchant(c), 'weight_mismatch');
    expectError(await suggest(await freshMerchant(c), `?caseIds=${other.id}`), 400, 'caseIds');
  });

  it('a merchant already banned is never suggested another ban, and issuing one is a 409 that changes nothing', async () => {
    const m = await freshMerchant(c);
    const ban = await issued(c, 'reviewer', m, [(await confirmedCase(c, m, 'material_fraud')).id], 'permanent_ban');
    expect((await c.a.manager.post(`/api/penalties/${ban.id}/approve`).send({})).status).toBe(200);
    const kase = await confirmedCase(c, m, 'counterfeit');
    const res = await suggest(m, `?caseIds=${kase.id}`);
    expect(res.body).toMatchObject({ banRefused: 'already_banned', directBan: true });
    expect(res.body.type).not.toBe('permanent_ban');
    expect(res.body.reasons.at(-1)).toEqual({ code: 'already_banned' });
    const again = () =>
      c.a.reviewer.post('/api/penalties').send({ merchantId: m, caseIds: [kase.id], type: 'permanent_ban', reason: 'Counterfeit again after the ban' });
    const body = await expectUnchanged(c.db, async () => expectError(await again(), 409, 'type'));
    expect(body.code).toBe('penalties.already_banned');
  });

  it('an unknown merchant is a 404', async () => {
    expectError(await suggest(999_999_999, `?violationTypeId=${c.ref.vt.weight_mismatch.id}`), 404);
  });

  it.each(['comms', 'inspector'] as const)('%s may not ask for a suggestion (403)', async (who) => {
    expectError(await suggest(await freshMerchant(c), `?violationTypeId=${c.ref.vt.weight_mismatch.id}`, who), 403);
  });
});
