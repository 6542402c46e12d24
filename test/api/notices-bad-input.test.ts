/**
 * Bad input on notices: each a 4xx with a message (and the field it is about), nothing changed.
 * Hostile text is accepted as text; the public output escaping it is in notices-public.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, setup, type Ctx } from './helpers';
import { daysAgo, draftNotice, LAST_MONTH, noticeAction, noticeIn } from './notice-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const generate = (body: Record<string, unknown>) => c.a.comms.post('/api/notices/generate').send(body);
const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString();

describe('generating a draft', () => {
  it.each([
    ['an end before the start', { periodStart: daysAgo(3), periodEnd: daysAgo(10) }, 'periodEnd', 'notices.period_order'],
    ['a day that does not exist', { periodStart: '2026-02-30', periodEnd: daysAgo(1) }, 'periodStart', 'notices.bad_date'],
    ['not a date at all', { periodStart: 'last month', periodEnd: daysAgo(1) }, 'periodStart', 'notices.bad_date'],
    ['a period starting in the future', { periodStart: inDays(2).slice(0, 10), periodEnd: inDays(9).slice(0, 10) }, 'periodStart', 'notices.period_future'],
    ['a period longer than a year', { periodStart: daysAgo(500), periodEnd: daysAgo(1) }, 'periodEnd', 'notices.period_too_long'],
    ['no period', {}, 'periodStart', 'field.required'],
    ['an unknown category', { ...LAST_MONTH(), categoryId: 999_999 }, 'categoryId', 'field.no_such'],
    ['an empty set of penalties', { ...LAST_MONTH(), penaltyIds: [] }, 'penaltyIds', 'field.too_few'],
    ['a penalty that does not exist', { ...LAST_MONTH(), penaltyIds: [999_999] }, 'penaltyIds', 'notices.unknown_penalties'],
  ])('%s → 400', async (_label, body, field, code) => {
    const res = await expectUnchanged(c.db, () => generate(body));
    const err = expectError(res, 400, field);
    expect(err.errorCodes?.[field]?.code).toBe(code);
  });

  it('a period without any issued penalty → 400 naming the period', async () => {
    const err = expectError(await expectUnchanged(c.db, () => generate({ periodStart: '2020-01-01', periodEnd: '2020-01-31' })), 400, 'periodStart');
    expect(err.message).toMatch(/2020-01-01 to 2020-01-31/);
  });

  it('a ban awaiting approval (or any penalty not issued) cannot be announced', async () => {
    const pending = await c.db.knex('penalties').where({ status: 'pending_approval' }).first('id');
    const err = expectError(await expectUnchanged(c.db, () => generate({ ...LAST_MONTH(), penaltyIds: [pending.id] })), 400, 'penaltyIds');
    expect(err.code).toBe('notices.penalty_not_issued');
  });
});

describe('editing and moving', () => {
  it('an edit that empties the entries, or gives a malformed address, is refused', async () => {
    const n = await draftNotice(c);
    for (const [change, field] of [
      [{ penaltyIds: [] }, 'penaltyIds'],
      [{ slug: 'Not A Slug!' }, 'slug'],
      [{ title: '   ' }, 'title'],
      [{ periodEnd: '2020-01-01' }, 'periodEnd'],
    ] as const) {
      await expectUnchanged(c.db, async () => expectError(await c.a.comms.put(`/api/notices/${n.id}`).send({ ...n, ...change }), 400, field));
    }
  });

  it('another notice’s address is a 409 on the slug', async () => {
    const [a, b] = [await draftNotice(c), await draftNotice(c)];
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.put(`/api/notices/${b.id}`).send({ ...b, slug: a.slug }), 409, 'slug'));
  });

  it('scheduling in the past, or more than a year ahead, is a 400 on publishAt', async () => {
    const n = await noticeIn(c, 'approved');
    for (const publishAt of [inDays(-1), inDays(400), 'tomorrow']) {
      await expectUnchanged(c.db, async () => expectError(await noticeAction(c, 'comms', n, 'publish', { publishAt }), 400, 'publishAt'));
    }
  });

  it.each([
    ['submitting', 'draft', 'submit', 'comms'],
    ['approving', 'in_review', 'approve', 'manager'],
    ['publishing', 'approved', 'publish', 'comms'],
  ] as const)('%s a notice whose penalty was revoked since is a 409 naming it', async (_label, status, action, by) => {
    const n = await noticeIn(c, status);
    const id = n.penaltyIds[0];
    expect((await c.a.manager.post(`/api/penalties/${id}/revoke`).send({ reason: 'issued in error' })).status).toBe(200);
    const err = await expectUnchanged(c.db, async () => expectError(await noticeAction(c, by, n, action), 409, 'penaltyIds'));
    expect(err.message).toMatch(new RegExp(`Penalty #${id} is revoked`));
  });

  it('missing ids are 404, malformed ones 400', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.post('/api/notices/999999/submit').send({ version: 1 }), 404));
    await expectUnchanged(c.db, async () => expectError(await c.a.comms.post('/api/notices/abc/submit').send({ version: 1 }), 400));
    expectError(await c.a.comms.get('/api/notices/entries?penaltyIds=1,x'), 400, 'penaltyIds');
  });

  it('script in any text field is stored as the text it is (escaped on output)', async () => {
    const n = await draftNotice(c);
    const hostile = '<script>alert("x")</script>';
    const res = await c.a.comms.put(`/api/notices/${n.id}`).send({ ...n, title: hostile, body: `${hostile}\n\n[x](javascript:alert(1))` });
    expect(res.status, res.text).toBe(200);
    expect(res.body.title).toBe(hostile);
  });
});
