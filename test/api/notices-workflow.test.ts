/**
 * Notices through the API (SPEC §3, §4): drafts generated from penalties, edited with a version,
 * submitted, approved by another lead or sent back, published or scheduled, retracted, corrected.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { count, expectError, expectUnchanged, setup, type Ctx } from './helpers';
import { daysAgo, draftNotice, getNotice, issuedPenaltyIds, noticeAction, noticeIn, type Notice } from './notice-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

describe('drafts generated from penalties', () => {
  it('a period and category give a draft of every penalty issued then, with the standard title, introduction and address', async () => {
    const jewelry = c.ref.category.jewelry_jade;
    const res = await c.a.comms.post('/api/notices/generate').send({ periodStart: daysAgo(60), periodEnd: daysAgo(31), categoryId: jewelry });
    expect(res.status, res.text).toBe(201);
    const n: Notice = res.body;
    expect(n).toMatchObject({ status: 'draft', categoryId: jewelry, authorId: c.ref.user.comms, version: 1, entries: null, lastApproved: null });
    expect(n.periodStart).toBe(`${daysAgo(60)}T00:00:00.000Z`);
    expect(n.periodEnd).toBe(`${daysAgo(31)}T23:59:59.999Z`);
    expect(n.slug).toMatch(new RegExp(`^jewelry-jade-${daysAgo(60)}-to-${daysAgo(31)}(-\\d+)?$`));
    expect(n.title).toMatch(/^珠宝玉石违规处罚公告.*Jewelry & jade penalty notice/);
    expect(n.body).toMatch(/平台对.*家商家作出处罚[\s\S]*penalized \d+ merchants?/);
    // Exactly the issued penalties of jewelry merchants that took effect in the period.
    const expected = await c.db
      .knex('penalties')
      .join('merchants', 'merchants.id', 'penalties.merchantId')
      .whereIn('merchants.categoryId', (q) => q.select('id').from('categories').where('id', jewelry).orWhere('parentId', jewelry))
      .whereIn('penalties.status', ['active', 'expired'])
      .whereBetween('penalties.startsAt', [n.periodStart, n.periodEnd])
      .orderBy('penalties.id')
      .pluck('penalties.id');
    expect(expected.length).toBeGreaterThan(0);
    expect(n.penaltyIds).toEqual(expected);
  });

  it('or a chosen set of penalties; the preview lists their entries with merchant, followers and violation', async () => {
    const ids = await issuedPenaltyIds(c, 3);
    const n = await draftNotice(c, 'comms', { penaltyIds: ids });
    expect(n.penaltyIds).toEqual([...ids].sort((a, b) => a - b));
    const preview = await c.a.comms.get(`/api/notices/entries?penaltyIds=${ids.join(',')}`);
    expect(preview.status, preview.text).toBe(200);
    expect(preview.body).toHaveLength(3);
    const p = await c.db.knex('penalties').where({ id: ids[0] }).first();
    const m = await c.db.knex('merchants').where({ id: p.merchantId }).first();
    expect(preview.body.find((e: { penaltyId: number }) => e.penaltyId === ids[0])).toMatchObject({
      merchantId: m.id,
      merchantNickname: m.nickname,
      followerCount: m.followerCount,
      penaltyType: p.type,
      violations: [expect.objectContaining({ code: expect.any(String), name: expect.any(String), nameZh: expect.any(String) })],
    });
  });

  it('honours Idempotency-Key: the same key answers the first draft and creates nothing more', async () => {
    const ids = await issuedPenaltyIds(c, 1, 7);
    const send = () =>
      c.a.comms
        .post('/api/notices/generate')
        .set('Idempotency-Key', 'notice-gen-1')
        .send({ periodStart: daysAgo(10), periodEnd: daysAgo(1), penaltyIds: ids });
    const first = await send();
    expect(first.status, first.text).toBe(201);
    const again = await expectUnchanged(c.db, send);
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
  });
});

describe('editing a draft', () => {
  it('text and entries change with the version read; a stale save is a 409 and changes nothing', async () => {
    const n = await draftNotice(c);
    const [extra] = await issuedPenaltyIds(c, 1, 30);
    const edit = { ...n, title: 'Edited title', body: 'New **intro**', penaltyIds: [n.penaltyIds[0], extra] };
    const saved = await c.a.comms.put(`/api/notices/${n.id}`).send(edit);
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Edited title', body: 'New **intro**', version: 2 });
    expect(saved.body.penaltyIds).toEqual([n.penaltyIds[0], extra].sort((a, b) => a - b));
    await expectUnchanged(c.db, async () => expectError(await c.a.manager.put(`/api/notices/${n.id}`).send({ ...edit, title: 'Stale' }), 409, 'version'));
  });

  it('an edit may give only what changes; a lone period bound is checked against the stored other', async () => {
    const n = await draftNotice(c);
    const saved = await c.a.comms.put(`/api/notices/${n.id}`).send({ title: 'Only the title', version: n.version });
    expect(saved.status, saved.text).toBe(200);
    expect(saved.body).toMatchObject({ title: 'Only the title', body: n.body, penaltyIds: n.penaltyIds, periodStart: n.periodStart });
    const err = await expectUnchanged(c.db, async () =>
      expectError(await c.a.comms.put(`/api/notices/${n.id}`).send({ periodEnd: '2020-01-01', version: saved.body.version }), 400, 'periodEnd'),
    );
    expect(err.errorCodes?.periodEnd.code).toBe('notices.period_order');
  });

  it('only in draft: a notice in review is not edited (withdraw it first)', async () => {
    const n = await noticeIn(c, 'in_review');
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.put(`/api/notices/${n.id}`).send({ ...n }), 409));
    const back = await noticeAction(c, 'comms', n, 'withdraw');
    expect(back.body.status).toBe('draft');
    expect((await c.a.comms.put(`/api/notices/${n.id}`).send({ ...back.body, title: 'Fixed' })).status).toBe(200);
  });

  it('a draft can be discarded; a published notice cannot', async () => {
    const n = await draftNotice(c);
    expect((await c.a.comms.delete(`/api/notices/${n.id}`)).status).toBe(200);
    expect(await count(c.db, 'noticePenalties', { noticeId: n.id })).toBe(0);
    const published = await noticeIn(c, 'published');
    await expectUnchanged(c.db, async () => expectError(await c.a.manager.delete(`/api/notices/${published.id}`), 409));
  });
});

describe('the workflow', () => {
  it('submit → approve (another lead) → publish: the entries are frozen and what was approved is kept', async () => {
    const n = await noticeIn(c, 'in_review');
    expect(n).toMatchObject({ status: 'in_review', submitNote: 'Ready for review', submittedAt: expect.any(String) });
    const approved = (await noticeAction(c, 'manager', n, 'approve', { note: 'Checked' })).body;
    expect(approved).toMatchObject({ status: 'approved', approvedById: c.ref.user.manager, reviewNote: 'Checked' });
    expect(approved.lastApproved).toMatchObject({
      title: n.title,
      body: n.body,
      penaltyIds: n.penaltyIds,
      approvedById: c.ref.user.manager,
      version: approved.version,
    });
    expect(approved.lastApproved.entries.map((e: { penaltyId: number }) => e.penaltyId).sort()).toEqual([...n.penaltyIds].sort());
    const published = (await noticeAction(c, 'comms', approved, 'publish')).body;
    expect(published).toMatchObject({ status: 'published', publishedAt: expect.any(String) });
    expect(published.entries.map((e: { penaltyId: number }) => e.penaltyId).sort()).toEqual([...n.penaltyIds].sort());
    // The snapshot and the approved copy are read with the record; lists leave them out.
    const listed = (await c.a.comms.get(`/api/notices?filter=${encodeURIComponent(JSON.stringify({ id: [n.id] }))}`)).body;
    expect(listed[0]).toMatchObject({ id: n.id, status: 'published', penaltyIds: n.penaltyIds });
    expect(listed[0]).not.toHaveProperty('entries');
    expect(listed[0]).not.toHaveProperty('lastApproved');
  });

  it('sent back with a comment: draft again, the comment kept; approval needs a new submission', async () => {
    const n = await noticeIn(c, 'in_review');
    await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager', n, 'reject', {}), 400, 'note'));
    const back = (await noticeAction(c, 'manager', n, 'reject', { note: 'Drop the warnings' })).body;
    expect(back).toMatchObject({ status: 'draft', reviewNote: 'Drop the warnings', approvedById: null });
    await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager2', back, 'approve'), 409));
  });

  it('the author never approves their own notice, even as a lead', async () => {
    const n = await noticeIn(c, 'in_review', 'manager');
    const body = await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager', n, 'approve'), 403));
    expect(body.code).toBe('notices.own_notice');
    expect((await noticeAction(c, 'manager2', n, 'approve')).status).toBe(200);
  });

  it('publishing needs approval: a draft or a notice in review is a 409 naming the status it must have', async () => {
    for (const status of ['draft', 'in_review'] as const) {
      const n = await noticeIn(c, status);
      const body = await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'comms', n, 'publish'), 409));
      expect(body.message).toMatch(/to publish it, it must be one of: approved, scheduled/);
    }
  });

  it('a stale version on a move is a 409 and changes nothing', async () => {
    const n = await noticeIn(c, 'in_review');
    await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager', { ...n, version: n.version - 1 }, 'approve'), 409));
  });

  it('retract: leads only, with a reason; the notice keeps its frozen entries', async () => {
    const n = await noticeIn(c, 'published');
    await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager', n, 'retract', { reason: '' }), 400, 'reason'));
    const retracted = (await noticeAction(c, 'manager', n, 'retract', { reason: 'A listed penalty was overturned' })).body;
    expect(retracted).toMatchObject({ status: 'retracted', retractionReason: 'A listed penalty was overturned', retractedById: c.ref.user.manager });
    expect(retracted.entries).toEqual(n.entries);
    await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'manager', retracted, 'retract', { reason: 'again and again' }), 409));
  });

  it('two leads approving at once: one 200, one 409', async () => {
    const n = await noticeIn(c, 'in_review');
    const results = await Promise.all([noticeAction(c, 'manager', n, 'approve'), noticeAction(c, 'manager2', n, 'approve')]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(await count(c.db, 'auditLog', { resource: 'notices', resourceId: String(n.id), action: 'approve' })).toBe(1);
  });
});

describe('corrections', () => {
  it('a correction copies the notice (its still-issued penalties), links it, and once published retracts it with the reason', async () => {
    const n = await noticeIn(c, 'published');
    const res = await c.a.comms.post(`/api/notices/${n.id}/correct`).send({ reason: 'One merchant was listed twice' });
    expect(res.status, res.text).toBe(201);
    const draft: Notice = res.body;
    expect(draft).toMatchObject({ status: 'draft', correctsId: n.id, correctionReason: 'One merchant was listed twice', slug: `${n.slug}-corrected` });
    expect(draft.lastApproved).toEqual(n.lastApproved); // the manager's diff starts from what went out
    expect(draft.title).toMatch(/^更正 Correction · /);
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.post(`/api/notices/${n.id}/correct`).send({ reason: 'A second correction' }), 409));

    let fix = (await noticeAction(c, 'comms', draft, 'submit')).body;
    fix = (await noticeAction(c, 'manager', fix, 'approve')).body;
    fix = (await noticeAction(c, 'comms', fix, 'publish')).body;
    expect(fix.status).toBe('published');
    const old = await getNotice(c, n.id);
    expect(old).toMatchObject({ status: 'retracted', retractionReason: 'One merchant was listed twice', retractedAt: fix.publishedAt });
  });

  it('only public notices are corrected', async () => {
    const n = await noticeIn(c, 'approved');
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.post(`/api/notices/${n.id}/correct`).send({ reason: 'Not yet public' }), 409));
  });
});

describe('penalties for comms', () => {
  it('comms read issued penalties with their violation types; bans awaiting approval stay with case workers', async () => {
    const list = await c.a.comms.get('/api/penalties?range=[0,999]');
    expect(list.status, list.text).toBe(200);
    expect(new Set(list.body.map((p: { status: string }) => p.status))).not.toContain('pending_approval');
    expect(list.body[0].violationTypeIds.length).toBeGreaterThan(0);
    const pending = await c.db.knex('penalties').where({ status: 'pending_approval' }).first('id');
    expect(pending).toBeTruthy();
    expect((await c.a.comms.get(`/api/penalties/${pending.id}`)).status).toBe(404);
    expect((await c.a.reviewer.get(`/api/penalties/${pending.id}`)).status).toBe(200);
  });

  it('announced: false lists issued penalties no published notice names yet', async () => {
    const url = (announced: boolean) => `/api/penalties?range=[0,999]&filter=${encodeURIComponent(JSON.stringify({ announced }))}`;
    const before = (await c.a.comms.get(url(false))).body.map((p: { id: number }) => p.id);
    const n = await noticeIn(c, 'published', 'comms', { penaltyIds: before.slice(0, 2) });
    const after = (await c.a.comms.get(url(false))).body.map((p: { id: number }) => p.id);
    expect(after).toEqual(before.filter((id: number) => !n.penaltyIds.includes(id)));
    const announced = (await c.a.comms.get(url(true))).body.map((p: { id: number }) => p.id);
    expect(announced).toEqual(expect.arrayContaining(n.penaltyIds));
    // A draft does not announce anything.
    const draft = await draftNotice(c, 'comms', { penaltyIds: after.slice(0, 1) });
    expect((await c.a.comms.get(url(false))).body.map((p: { id: number }) => p.id)).toContain(draft.penaltyIds[0]);
  });
});
