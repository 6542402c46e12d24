/** Issuing penalties: effects on cases and merchants, bad input, idempotency, revocation. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl } from '../support/testApp';
import { count, expectError, expectUnchanged, getCase, ISO } from './helpers';
import {
  caseAt,
  confirmedCase,
  enforcementSetup,
  freshMerchant,
  inDays,
  issue,
  issued,
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

describe('issuing a penalty', () => {
  it('from one confirmed case: the case is penalized with a timeline event, the merchant gets the policy points', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m, 'weight_mismatch');
    const p = await issued(c, 'reviewer', m, [kase.id], 'warning');
    expect(p).toMatchObject({
      merchantId: m,
      caseIds: [kase.id],
      type: 'warning',
      status: 'active',
      fineCents: null,
      endsAt: null,
      points: 7,
      policyId: c.policy.id,
      issuedById: c.ref.user.reviewer,
      approvedById: null,
    });
    expect(p.startsAt).toMatch(ISO);
    expect(Math.abs(Date.parse(p.startsAt) - Date.now())).toBeLessThan(60_000);

    const after = await getCase(c, kase.id);
    expect(after).toMatchObject({ status: 'penalized', version: kase.version + 1 });
    const events = await c.a.reviewer.get(listUrl('case-events', { filter: { caseId: kase.id, kind: 'status' }, sort: ['id', 'ASC'] }));
    expect(events.body.at(-1)).toMatchObject({ from: 'confirmed', to: 'penalized', actorId: c.ref.user.reviewer });
    expect(events.body.at(-1).data).toEqual({ move: 'penalty_issued', penaltyId: p.id, penaltyType: 'warning' });
    // a warning leaves the status alone; the points count
    expect(await merchant(c, m)).toMatchObject({ status: 'active', violationPoints: 7 });
    expect((await c.a.manager.get(listUrl('penalties', { filter: { caseId: kase.id } }))).body.map((x: { id: number }) => x.id)).toEqual([p.id]);
  });

  it('from several confirmed cases of one merchant: a suspension, all cases penalized, points summed', async () => {
    const m = await freshMerchant(c);
    const cases = [await confirmedCase(c, m, 'weight_mismatch'), await confirmedCase(c, m, 'mislabeling'), await confirmedCase(c, m, 'description_mismatch')];
    const endsAt = inDays(7);
    const p = await issued(
      c,
      'manager',
      m,
      cases.map((k) => k.id),
      'live_suspension',
      { endsAt },
    );
    expect(p).toMatchObject({ status: 'active', points: 7 + 2 + 5, endsAt, caseIds: cases.map((k) => k.id) });
    for (const k of cases) expect((await getCase(c, k.id)).status).toBe('penalized');
    expect(await merchant(c, m)).toMatchObject({ status: 'suspended', violationPoints: 14, openCaseCount: 0 });
  });

  it('a listing removal restricts the merchant', async () => {
    const { merchantId } = await penaltyOnFreshMerchant(c, 'reviewer', 'listing_removal', 'mislabeling');
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'restricted', violationPoints: 2 });
  });

  it('a fine records its amount and leaves the status unchanged', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'fine', 'description_mismatch', { fineCents: 1_234_500 });
    expect(p).toMatchObject({ type: 'fine', fineCents: 1_234_500, status: 'active' });
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 5 });
  });

  it('the strongest penalty in force decides: a warning after a suspension keeps the merchant suspended', async () => {
    const { merchantId } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    await issued(c, 'reviewer', merchantId, [(await confirmedCase(c, merchantId, 'mislabeling')).id], 'warning');
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'suspended', violationPoints: 9 });
  });
});

describe('bad input is a 4xx with a message and changes nothing', () => {
  let m: number;
  let other: number;
  let kase: { id: number };
  beforeAll(async () => {
    m = await freshMerchant(c);
    other = await freshMerchant(c);
    kase = await confirmedCase(c, m);
  });

  const cases: [string, () => Promise<Record<string, unknown>>, number, string?][] = [
    ['a case still in review (409)', async () => penaltyBody(m, [kase.id, (await caseAt(c, m, 'in_review')).id], 'warning'), 409, 'caseIds'],
    ['a case of another merchant (400)', async () => penaltyBody(other, [kase.id], 'warning'), 400, 'caseIds'],
    ['an unknown case', async () => penaltyBody(m, [kase.id, 99_999_999], 'warning'), 400, 'caseIds'],
    ['no case at all', async () => penaltyBody(m, [], 'warning'), 400, 'caseIds'],
    ['an unknown merchant', async () => penaltyBody(99_999_999, [kase.id], 'warning'), 400, 'merchantId'],
    ['an unknown type', async () => penaltyBody(m, [kase.id], 'public_shaming'), 400, 'type'],
    ['a negative fine', async () => penaltyBody(m, [kase.id], 'fine', { fineCents: -100 }), 400, 'fineCents'],
    ['a zero fine', async () => penaltyBody(m, [kase.id], 'fine', { fineCents: 0 }), 400, 'fineCents'],
    ['an absurd fine', async () => penaltyBody(m, [kase.id], 'fine', { fineCents: 10_000_000_001 }), 400, 'fineCents'],
    ['a fractional fine', async () => penaltyBody(m, [kase.id], 'fine', { fineCents: 10.5 }), 400, 'fineCents'],
    ['a fine without an amount', async () => penaltyBody(m, [kase.id], 'fine', { fineCents: undefined }), 400, 'fineCents'],
    ['a fine on a warning', async () => penaltyBody(m, [kase.id], 'warning', { fineCents: 5000 }), 400, 'fineCents'],
    ['a suspension without endsAt', async () => penaltyBody(m, [kase.id], 'live_suspension', { endsAt: undefined }), 400, 'endsAt'],
    ['a listing removal without endsAt', async () => penaltyBody(m, [kase.id], 'listing_removal', { endsAt: null }), 400, 'endsAt'],
    ['an end on a permanent ban', async () => penaltyBody(m, [kase.id], 'permanent_ban', { endsAt: inDays(30) }), 400, 'endsAt'],
    ['endsAt before startsAt', async () => penaltyBody(m, [kase.id], 'live_suspension', { startsAt: inDays(2), endsAt: inDays(1) }), 400, 'endsAt'],
    [
      'endsAt equal to startsAt',
      async () => {
        const at = inDays(2);
        return penaltyBody(m, [kase.id], 'live_suspension', { startsAt: at, endsAt: at });
      },
      400,
      'endsAt',
    ],
    ['more than 3650 days', async () => penaltyBody(m, [kase.id], 'live_suspension', { endsAt: inDays(3651) }), 400, 'endsAt'],
    ['a start far in the past', async () => penaltyBody(m, [kase.id], 'warning', { startsAt: inDays(-400) }), 400, 'startsAt'],
    ['a date that is not ISO', async () => penaltyBody(m, [kase.id], 'live_suspension', { endsAt: 'next tuesday' }), 400, 'endsAt'],
    ['a reason too short', async () => penaltyBody(m, [kase.id], 'warning', { reason: '  bad  ' }), 400, 'reason'],
  ];

  it.each(cases)('%s', async (_what, body, status, field) => {
    const sent = await body();
    await expectUnchanged(c.db, async () => expectError(await issue(c, 'reviewer', sent), status, field));
    expect((await getCase(c, kase.id)).status).toBe('confirmed');
    expect(await penaltyCount(c, { merchantId: m })).toBe(0);
  });

  it('a duration of exactly 3650 days is allowed (the limit is inclusive)', async () => {
    const start = new Date(Date.now() + 60_000);
    const p = await issued(c, 'reviewer', m, [(await confirmedCase(c, m)).id], 'live_suspension', {
      startsAt: start.toISOString(),
      endsAt: inDays(3650, start.getTime()),
    });
    expect(p.status).toBe('active');
  });
});

describe('double submits', () => {
  it('the same Idempotency-Key twice: one penalty, the same answer', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m);
    const body = penaltyBody(m, [kase.id], 'warning');
    const first = await c.a.reviewer.post('/api/penalties').set('Idempotency-Key', `issue-${m}`).send(body);
    expect(first.status, first.text).toBe(201);
    const second = await c.a.reviewer.post('/api/penalties').set('Idempotency-Key', `issue-${m}`).send(body);
    expect(second.status, second.text).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(await penaltyCount(c, { merchantId: m })).toBe(1);
    expect(await count(c.db, 'caseEvents', { caseId: kase.id, to: 'penalized' })).toBe(1);
  });

  it('without a key, the second submit on the same cases is a 409 (the cases are no longer confirmed)', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m);
    const body = penaltyBody(m, [kase.id], 'warning');
    expect((await issue(c, 'reviewer', body)).status).toBe(201);
    const again = await expectUnchanged(c.db, async () => issue(c, 'reviewer', body));
    expect(expectError(again, 409, 'caseIds').message).toMatch(/penalized/);
    expect(await penaltyCount(c, { merchantId: m })).toBe(1);
  });
});

describe('revoking', () => {
  it('a manager revokes with a reason: revoked, merchant status restored, points removed', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'suspended', violationPoints: 7 });
    const res = await penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'The weighing scale was miscalibrated' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({
      status: 'revoked',
      revokedById: c.ref.user.manager,
      revokeReason: 'The weighing scale was miscalibrated',
      version: p.version + 1,
    });
    expect(res.body.revokedAt).toMatch(ISO);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'active', violationPoints: 0 });
    const audit = await c.a.manager.get(listUrl('audit-log', { filter: { resource: 'penalties', resourceId: String(p.id), action: 'revoke' } }));
    expect(audit.body).toHaveLength(1);
  });

  it('only the revoked penalty goes: another one in force keeps its effect', async () => {
    const { merchantId, penalty: suspension } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    await issued(c, 'reviewer', merchantId, [(await confirmedCase(c, merchantId, 'mislabeling')).id], 'listing_removal');
    expect((await penaltyAction(c, 'manager', suspension.id, 'revoke', { reason: 'duplicate of an earlier penalty' })).status).toBe(200);
    expect(await merchant(c, merchantId)).toMatchObject({ status: 'restricted', violationPoints: 2 });
  });

  it('revoking twice is a 409 and changes nothing', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'warning');
    expect((await penaltyAction(c, 'manager', p.id, 'revoke', { reason: 'issued in error' })).status).toBe(200);
    await expectUnchanged(c.db, async () => expectError(await penaltyAction(c, 'admin', p.id, 'revoke', { reason: 'issued in error' }), 409));
  });

  it('a reason is required; a reviewer may not revoke; an unknown penalty is a 404', async () => {
    const { merchantId, penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
    await expectUnchanged(c.db, async () => {
      expectError(await penaltyAction(c, 'manager', p.id, 'revoke', {}), 400, 'reason');
      expectError(await penaltyAction(c, 'manager', p.id, 'revoke', { reason: '   ' }), 400, 'reason');
      expectError(await penaltyAction(c, 'reviewer', p.id, 'revoke', { reason: 'I changed my mind' }), 403);
      expectError(await penaltyAction(c, 'manager', 99_999_999, 'revoke', { reason: 'no such penalty' }), 404);
    });
    expect((await penalty(c, p.id)).status).toBe('active');
    expect((await merchant(c, merchantId)).status).toBe('suspended');
  });

  it('a warning, fine or suspension cannot be approved or rejected (only bans wait for approval)', async () => {
    const { penalty: p } = await penaltyOnFreshMerchant(c, 'reviewer', 'fine');
    await expectUnchanged(c.db, async () => {
      expectError(await penaltyAction(c, 'manager', p.id, 'approve', {}), 409);
      expectError(await penaltyAction(c, 'manager', p.id, 'reject', { note: 'not a ban' }), 409);
    });
  });
});
