/** The case workflow (SPEC §3 actions, §4 status machine): create, claim, assign, transition, notes, edits. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, CASE_TRANSITIONS, SLA_HOURS, type CaseStatus } from '../../domain/cases';
import { listUrl } from '../support/testApp';
import { act, caseBody, caseIn, count, expectError, expectUnchanged, getCase, newCase, setup, STORY_MERCHANT, type CaseRecord, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const HOUR = 3_600_000;
const events = async (caseId: number) =>
  (await c.a.reviewer.get(listUrl('case-events', { filter: { caseId }, range: [0, 999] }))).body as Record<string, any>[];
const merchant = async (id = STORY_MERCHANT) => (await c.a.reviewer.get(`/api/merchants/${id}`)).body;
const hoursBetween = (a: string, b: string) => (new Date(b).getTime() - new Date(a).getTime()) / HOUR;

describe('create', () => {
  it('fills category, severity, dueAt and status; writes an opened event; counts on the merchant', async () => {
    const m = await merchant();
    const t0 = Date.now();
    const rec = await newCase(c, 'reviewer');
    expect(rec).toMatchObject({
      merchantId: STORY_MERCHANT,
      categoryId: m.categoryId,
      severity: 'critical',
      status: 'open',
      source: 'complaint',
      assigneeId: null,
      openedById: c.ref.user.reviewer,
      resolvedAt: null,
      version: 1,
      evidence: [],
      overdue: false,
    });
    expect(new Date(rec.openedAt).getTime()).toBeGreaterThanOrEqual(t0 - 1000);
    expect(hoursBetween(rec.openedAt, rec.dueAt)).toBe(SLA_HOURS.critical);
    expect(await getCase(c, rec.id)).toEqual(rec);
    expect(await events(rec.id)).toEqual([expect.objectContaining({ caseId: rec.id, kind: 'opened', to: 'open', actorId: c.ref.user.reviewer })]);
    expect((await merchant()).openCaseCount).toBe(m.openCaseCount + 1);
  });

  it('takes an explicit category and severity (dueAt follows the severity)', async () => {
    const rec = await newCase(c, 'manager', {
      severity: 'low',
      categoryId: c.ref.category.jade,
      orderId: 'ORD-1',
      evidence: [{ kind: 'text', text: 'chat log' }],
    });
    expect(rec).toMatchObject({ severity: 'low', categoryId: c.ref.category.jade, orderId: 'ORD-1', evidence: [{ kind: 'text', text: 'chat log' }] });
    expect(hoursBetween(rec.openedAt, rec.dueAt)).toBe(SLA_HOURS.low);
  });

  it('refuses source "inspection" (those come from verdicts) and creates nothing', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.manager.post('/api/cases').send(caseBody(c.ref, { source: 'inspection' })), 400, 'source'));
  });
});

describe('claim and assign', () => {
  it('claim: open → in_review, assignee = me, a claimed event', async () => {
    const rec = await newCase(c);
    const res = await act(c, 'reviewer', rec, 'claim');
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: 'in_review', assigneeId: c.ref.user.reviewer, version: rec.version + 1 });
    expect((await events(rec.id)).map((e) => [e.kind, e.from, e.to, e.actorId])).toEqual([
      ['opened', null, 'open', c.ref.user.manager],
      ['claimed', 'open', 'in_review', c.ref.user.reviewer],
    ]);
  });

  it('claiming a claimed case → 409 saying who has it; nothing changes', async () => {
    const rec = await caseIn(c, 'in_review', 'reviewer');
    const body = await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer2', rec, 'claim'), 409));
    expect(body.message).toMatch(/in_review/);
    expect(body.message).toContain((await c.db.knex('users').where({ id: c.ref.user.reviewer }).first('name')).name);
  });

  it('two reviewers claiming one case at once: exactly one wins', async () => {
    for (let round = 0; round < 3; round++) {
      const rec = await newCase(c);
      const results = await Promise.all([act(c, 'reviewer', rec, 'claim'), act(c, 'reviewer2', rec, 'claim')]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const winner = results.find((r) => r.status === 200)!.body;
      expectError(results.find((r) => r.status === 409)!, 409);
      expect(await getCase(c, rec.id)).toMatchObject({ status: 'in_review', assigneeId: winner.assigneeId, version: 2 });
      expect((await events(rec.id)).filter((e) => e.kind === 'claimed')).toHaveLength(1);
    }
  });

  it('a manager assigns to a reviewer (open → in_review) and reassigns', async () => {
    const rec = await newCase(c);
    const first = await act(c, 'manager', rec, 'assign', { assigneeId: c.ref.user.reviewer2 });
    expect(first.status, first.text).toBe(200);
    expect(first.body).toMatchObject({ status: 'in_review', assigneeId: c.ref.user.reviewer2 });
    const again = await act(c, 'manager', first.body, 'assign', { assigneeId: c.ref.user.reviewer });
    expect(again.body).toMatchObject({ status: 'in_review', assigneeId: c.ref.user.reviewer, version: rec.version + 2 });
    expect((await events(rec.id)).filter((e) => e.kind === 'assigned').map((e) => [e.from, e.to])).toEqual([
      ['open', 'in_review'],
      ['in_review', 'in_review'],
    ]);
  });

  it.each(['comms', 'inspector'] as const)('assigning to a %s → 400 on assigneeId; a deactivated reviewer too', async (who) => {
    const rec = await newCase(c);
    await expectUnchanged(c.db, async () => expectError(await act(c, 'manager', rec, 'assign', { assigneeId: c.ref.user[who] }), 400, 'assigneeId'));
    const inactive = (await c.db.knex('users').where({ email: 'reviewer5@example.com' }).first('id')).id;
    await c.db.knex('users').where({ id: inactive }).update({ active: false });
    await expectUnchanged(c.db, async () => expectError(await act(c, 'manager', rec, 'assign', { assigneeId: inactive }), 400, 'assigneeId'));
  });

  it('a reviewer cannot assign (403)', async () => {
    const rec = await newCase(c);
    await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', rec, 'assign', { assigneeId: c.ref.user.reviewer }), 403));
  });

  it('assigning a resolved case → 409', async () => {
    const rec = await caseIn(c, 'confirmed');
    await expectUnchanged(c.db, async () => expectError(await act(c, 'manager', rec, 'assign', { assigneeId: c.ref.user.reviewer }), 409));
  });
});

describe('the status machine through /transition', () => {
  const legal = (from: CaseStatus, to: CaseStatus) =>
    (from === 'in_review' && (to === 'confirmed' || to === 'dismissed')) || (from === 'dismissed' && to === 'open');
  const pairs = CASE_STATUSES.flatMap((from) => CASE_STATUSES.map((to) => [from, to] as const));

  it.each(pairs.filter(([f, t]) => legal(f, t)))('%s → %s is allowed (manager)', async (from, to) => {
    const rec = await caseIn(c, from);
    const t0 = Date.now();
    const res = await act(c, 'manager', rec, 'transition', { to, note: 'Checked the replay and the certificate' });
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ status: to, version: rec.version + 1 });
    if (to === 'open') {
      expect(res.body).toMatchObject({ assigneeId: null, resolvedAt: null, resolution: null });
      const due = new Date(res.body.dueAt).getTime() - SLA_HOURS[rec.severity as 'critical'] * HOUR;
      expect(due).toBeGreaterThanOrEqual(t0 - 1000);
      expect(due).toBeLessThanOrEqual(Date.now());
    } else {
      expect(res.body).toMatchObject({ resolution: 'Checked the replay and the certificate', resolvedAt: expect.any(String) });
    }
    expect((await events(rec.id)).at(-1)).toMatchObject({ kind: 'status', from, to, actorId: c.ref.user.manager });
  });

  it.each(pairs.filter(([f, t]) => !legal(f, t)))('%s → %s → 409 naming what is allowed, nothing changes', async (from, to) => {
    const rec = await caseIn(c, from);
    const body = await expectUnchanged(c.db, async () => expectError(await act(c, 'manager', rec, 'transition', { to, note: 'Trying anyway' }), 409));
    const targets = Object.keys(CASE_TRANSITIONS[from]);
    if (!targets.length) expect(body.message).toMatch(/final|nothing/);
    for (const target of targets) expect(body.message, `${from} → ${to}`).toContain(target);
  });

  it('→ penalized says that only a penalty does it', async () => {
    const rec = await caseIn(c, 'confirmed');
    expect(expectError(await act(c, 'manager', rec, 'transition', { to: 'penalized', note: 'x' }), 409).message).toMatch(/penalt/);
  });

  it("a reviewer resolves their own case, not someone else's", async () => {
    const mine = await caseIn(c, 'in_review', 'reviewer');
    expect((await act(c, 'reviewer', mine, 'transition', { to: 'dismissed', note: 'Photos show genuine hallmark' })).status).toBe(200);
    const theirs = await caseIn(c, 'in_review', 'reviewer2');
    await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', theirs, 'transition', { to: 'confirmed', note: 'Looks fake' }), 403));
  });

  it('only a manager reopens a dismissed case', async () => {
    const rec = await caseIn(c, 'dismissed', 'reviewer');
    const body = await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', rec, 'transition', { to: 'open' }), 403));
    expect(body.message).toMatch(/manager/);
    expect((await act(c, 'manager2', rec, 'transition', { to: 'open' })).status).toBe(200);
  });

  it.each(['confirmed', 'dismissed'])('→ %s needs a note', async (to) => {
    const rec = await caseIn(c, 'in_review');
    for (const note of [undefined, '', '   ']) {
      await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', rec, 'transition', { to, note }), 400, 'note'));
    }
  });

  it("resolving and reopening keep the merchant's openCaseCount right", async () => {
    const rec = await caseIn(c, 'in_review');
    const base = (await merchant()).openCaseCount;
    const dismissed = (await act(c, 'reviewer', rec, 'transition', { to: 'dismissed', note: 'Not a violation' })).body;
    expect((await merchant()).openCaseCount).toBe(base - 1);
    await act(c, 'manager', dismissed, 'transition', { to: 'open' });
    expect((await merchant()).openCaseCount).toBe(base);
  });
});

describe('edits', () => {
  const editBody = (rec: CaseRecord, over: Record<string, unknown> = {}) => ({
    summary: rec.summary,
    evidence: rec.evidence,
    severity: rec.severity,
    violationTypeId: rec.violationTypeId,
    categoryId: rec.categoryId,
    orderId: rec.orderId,
    version: rec.version,
    ...over,
  });

  it('PUT with the version updates, bumps the version and writes an edited event', async () => {
    const rec = await caseIn(c, 'in_review');
    const res = await c.a.reviewer.put(`/api/cases/${rec.id}`).send(editBody(rec, { summary: 'Updated: the clasp is stamped 925 but tests as copper' }));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ summary: 'Updated: the clasp is stamped 925 but tests as copper', version: rec.version + 1, dueAt: rec.dueAt });
    expect((await events(rec.id)).at(-1)).toMatchObject({ kind: 'edited', note: null, data: { fields: ['summary'] } });
  });

  it('a severity change moves dueAt to openedAt + the new SLA', async () => {
    const rec = await newCase(c);
    const res = await c.a.manager.put(`/api/cases/${rec.id}`).send(editBody(rec, { severity: 'medium' }));
    expect(res.status).toBe(200);
    expect(hoursBetween(res.body.openedAt, res.body.dueAt)).toBe(SLA_HOURS.medium);
  });

  it('a stale version → 409 and changes nothing', async () => {
    const rec = await newCase(c);
    expect((await c.a.manager.put(`/api/cases/${rec.id}`).send(editBody(rec, { summary: 'First edit wins this race' }))).status).toBe(200);
    const body = await expectUnchanged(c.db, async () =>
      expectError(await c.a.reviewer.put(`/api/cases/${rec.id}`).send(editBody(rec, { summary: 'Second edit is stale' })), 409, 'version'),
    );
    expect(body.message).toMatch(/version 1.*version 2/);
    expect((await getCase(c, rec.id)).summary).toBe('First edit wins this race');
    await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', rec, 'claim'), 409, 'version'));
  });

  it("a closed case cannot be edited (409); someone else's case is 403", async () => {
    const closed = await caseIn(c, 'confirmed');
    await expectUnchanged(c.db, async () => expectError(await c.a.manager.put(`/api/cases/${closed.id}`).send(editBody(closed)), 409));
    const theirs = await caseIn(c, 'in_review', 'reviewer2');
    await expectUnchanged(c.db, async () => expectError(await c.a.reviewer.put(`/api/cases/${theirs.id}`).send(editBody(theirs)), 403));
  });
});

describe('notes and the timeline', () => {
  it('a note returns the event and shows on the timeline, also on a closed case', async () => {
    for (const rec of [await caseIn(c, 'in_review'), await caseIn(c, 'dismissed')]) {
      const res = await c.a.reviewer.post(`/api/cases/${rec.id}/notes`).send({ text: 'Merchant called; promised invoices' });
      expect(res.status, res.text).toBe(201);
      expect(res.body).toMatchObject({
        id: expect.any(Number),
        caseId: rec.id,
        kind: 'note',
        note: 'Merchant called; promised invoices',
        actorId: c.ref.user.reviewer,
      });
      expect((await events(rec.id)).at(-1)).toEqual(res.body);
      expect(await getCase(c, rec.id)).toEqual(expect.objectContaining({ version: rec.version }));
    }
  });

  it('an empty note → 400', async () => {
    const rec = await newCase(c);
    await expectUnchanged(c.db, async () => expectError(await c.a.reviewer.post(`/api/cases/${rec.id}/notes`).send({ text: '  ' }), 400, 'text'));
  });

  it('case-events filter by caseId and by merchantId', async () => {
    const other = (await c.db.knex('merchants').whereNot({ id: STORY_MERCHANT }).first('id')).id;
    const rec = await newCase(c, 'manager', { merchantId: other });
    await c.a.manager.post(`/api/cases/${rec.id}/notes`).send({ text: 'First look' });
    const byCase = await events(rec.id);
    expect(byCase.map((e) => e.kind)).toEqual(['opened', 'note']);
    const res = await c.a.manager.get(listUrl('case-events', { filter: { merchantId: other }, range: [0, 999] }));
    const ids = new Set((await c.db.knex('cases').where({ merchantId: other }).select('id')).map((r) => r.id));
    expect(res.body.length).toBeGreaterThanOrEqual(2);
    expect(res.body.every((e: { caseId: number }) => ids.has(e.caseId))).toBe(true);
    const [{ n }] = await c.db
      .knex('caseEvents')
      .whereIn('caseId', [...ids])
      .count({ n: '*' });
    expect(res.body.length).toBe(Number(n));
  });
});

describe('Idempotency-Key', () => {
  it('POST /api/cases: the same key twice creates one case and answers the same body', async () => {
    const before = await count(c.db, 'cases');
    const send = () => c.a.reviewer.post('/api/cases').set('Idempotency-Key', 'case-key-1').send(caseBody(c.ref));
    const first = await send();
    const second = await send();
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await count(c.db, 'cases')).toBe(before + 1);
    const other = await c.a.reviewer2.post('/api/cases').set('Idempotency-Key', 'case-key-1').send(caseBody(c.ref));
    expect(other.status).toBe(201);
    expect(other.body.id).not.toBe(first.body.id);
    expect(await count(c.db, 'cases')).toBe(before + 2);
  });

  it('a failed attempt does not use up the key; reuse on another endpoint → 409', async () => {
    const before = await count(c.db, 'cases');
    expectError(
      await c.a.manager
        .post('/api/cases')
        .set('Idempotency-Key', 'retry-key')
        .send(caseBody(c.ref, { summary: 'short' })),
      400,
    );
    const ok = await c.a.manager.post('/api/cases').set('Idempotency-Key', 'retry-key').send(caseBody(c.ref));
    expect(ok.status).toBe(201);
    expect(await count(c.db, 'cases')).toBe(before + 1);
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.manager.post(`/api/cases/${ok.body.id}/notes`).set('Idempotency-Key', 'retry-key').send({ text: 'x' }), 409),
    );
  });

  it('concurrent retries with one key create one case', async () => {
    const before = await count(c.db, 'cases');
    const send = () => c.a.manager.post('/api/cases').set('Idempotency-Key', 'race-key').send(caseBody(c.ref));
    const results = await Promise.all([send(), send(), send()]);
    for (const r of results) expect([201, 409]).toContain(r.status);
    expect(await count(c.db, 'cases')).toBe(before + 1);
  });

  it('notes: same key twice → one event, same body', async () => {
    const rec = await newCase(c);
    const send = () => c.a.reviewer.post(`/api/cases/${rec.id}/notes`).set('Idempotency-Key', 'note-key').send({ text: 'Only once' });
    const [a, b] = [await send(), await send()];
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(b.body).toEqual(a.body);
    expect((await events(rec.id)).filter((e) => e.kind === 'note')).toHaveLength(1);
  });
});
