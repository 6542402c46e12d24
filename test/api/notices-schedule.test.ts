/**
 * Scheduled notices go out on time exactly once, even with two server processes: the job runs
 * under a database lease, and each notice moves by a compare-and-set. "Two processes" are two
 * database handles on the same database (SQLite file or PostgreSQL schema), racing.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db';
import { acquireLease, releaseLease } from '../../server/jobs/leases';
import { runJobOnce } from '../../server/jobs/scheduler';
import { createLogger } from '../../server/logger';
import { noticePublishingJob, publishDueNotices } from '../../server/notices/publishing';
import { count, setup, type Ctx } from './helpers';
import { getNotice, noticeAction, noticeIn, type Notice } from './notice-fixtures';

let c: Ctx;
let other: Database;
const log = createLogger('silent');
beforeAll(async () => {
  c = await setup();
  other = c.openAnotherHandle();
});
afterAll(() => c.close());

/** As if its time had come: publishAt a minute ago. */
const makeDue = (n: Notice) =>
  c.db
    .knex('notices')
    .where({ id: n.id })
    .update({ publishAt: new Date(Date.now() - 60_000).toISOString() });
const publishAudits = (n: Notice) => count(c.db, 'auditLog', { resource: 'notices', resourceId: String(n.id), action: 'publish' });
const isPublic = async (n: Notice) => (await request(c.app).get(`/public/notices/${n.slug}`)).status === 200;

describe('scheduling', () => {
  it('a notice scheduled for later is frozen now but not public until its time', async () => {
    const n = await noticeIn(c, 'scheduled');
    expect(n).toMatchObject({ status: 'scheduled', publishedAt: null });
    expect(Date.parse(n.publishAt!)).toBeGreaterThan(Date.now());
    expect(n.entries).toHaveLength(n.penaltyIds.length);
    expect(await isPublic(n)).toBe(false);
    expect(await publishDueNotices(c.db)).toBe(0);
    expect((await getNotice(c, n.id)).status).toBe('scheduled');
  });

  it('two processes publishing due notices at once publish each exactly once', async () => {
    const notices = [await noticeIn(c, 'scheduled'), await noticeIn(c, 'scheduled')];
    for (const n of notices) await makeDue(n);
    const published = await Promise.all([publishDueNotices(c.db), publishDueNotices(other), publishDueNotices(other), publishDueNotices(c.db)]);
    expect(published.reduce((a, b) => a + b, 0)).toBe(2);
    for (const n of notices) {
      const after = await getNotice(c, n.id);
      expect(after).toMatchObject({ status: 'published', version: n.version + 1, entries: n.entries });
      expect(await publishAudits(n)).toBe(1);
      expect(await isPublic(n)).toBe(true);
    }
  });

  it('the job runs in one process at a time (its lease), and publishes once', async () => {
    const n = await noticeIn(c, 'scheduled');
    await makeDue(n);
    const ran = await Promise.all([runJobOnce(c.db, noticePublishingJob, 'process-a', log), runJobOnce(other, noticePublishingJob, 'process-b', log)]);
    expect(ran.filter(Boolean)).toHaveLength(1);
    expect((await getNotice(c, n.id)).status).toBe('published');
    expect(await publishAudits(n)).toBe(1);
    // The runner keeps the lease: the other process takes over only once it expires or is given up.
    const [runner, idle] = ran[0] ? ['process-a', 'process-b'] : ['process-b', 'process-a'];
    expect(await runJobOnce(other, noticePublishingJob, idle, log)).toBe(false);
    expect(await runJobOnce(other, noticePublishingJob, idle, log, new Date(Date.now() + 10 * 60_000))).toBe(true);
    await releaseLease(c.db.knex, noticePublishingJob.name, idle);
    expect(await runJobOnce(c.db, noticePublishingJob, runner, log)).toBe(true);
  });

  it('a public read publishes a due notice at once, before the job comes round', async () => {
    const n = await noticeIn(c, 'scheduled');
    await makeDue(n);
    expect(await isPublic(n)).toBe(true);
    expect((await getNotice(c, n.id)).status).toBe('published');
    expect(await publishAudits(n)).toBe(1);
  });

  it('a scheduled notice can be published now, rescheduled, or withdrawn (its snapshot dropped)', async () => {
    const n = await noticeIn(c, 'scheduled');
    const later = new Date(Date.now() + 3 * 86_400_000).toISOString();
    const moved = (await noticeAction(c, 'comms', n, 'publish', { publishAt: later })).body;
    expect(moved).toMatchObject({ status: 'scheduled', publishAt: later, entries: n.entries });
    const withdrawn = (await noticeAction(c, 'comms', moved, 'withdraw')).body;
    expect(withdrawn).toMatchObject({ status: 'draft', publishAt: null, entries: null, approvedById: null });
    expect(withdrawn.lastApproved).toEqual(n.lastApproved);
    const again = await noticeIn(c, 'scheduled');
    expect((await noticeAction(c, 'manager', again, 'publish')).body).toMatchObject({ status: 'published' });
  });

  it('a scheduled correction retracts the notice it corrects when the job publishes it', async () => {
    const old = await noticeIn(c, 'published');
    let fix = (await c.a.comms.post(`/api/notices/${old.id}/correct`).send({ reason: 'Wrong follower count' })).body;
    fix = (await noticeAction(c, 'comms', fix, 'submit')).body;
    fix = (await noticeAction(c, 'manager', fix, 'approve')).body;
    fix = (await noticeAction(c, 'comms', fix, 'publish', { publishAt: new Date(Date.now() + 86_400_000).toISOString() })).body;
    expect((await getNotice(c, old.id)).status).toBe('published');
    await makeDue(fix);
    await Promise.all([publishDueNotices(c.db), publishDueNotices(other)]);
    expect(await getNotice(c, old.id)).toMatchObject({ status: 'retracted', retractionReason: 'Wrong follower count', retractedById: null });
    expect(await count(c.db, 'auditLog', { resource: 'notices', resourceId: String(old.id), action: 'retract' })).toBe(1);
  });
});

describe('leases', () => {
  it('one holder at a time across processes; the holder renews; an expired lease can be taken', async () => {
    const name = 'test-lease';
    const now = new Date();
    const attempts = await Promise.all([
      ...[1, 2, 3].map(() => acquireLease(c.db.knex, name, 'a', 30_000, now)),
      ...[1, 2, 3].map(() => acquireLease(other.knex, name, 'b', 30_000, now)),
    ]);
    const [aWon, bWon] = [attempts.slice(0, 3).some(Boolean), attempts.slice(3).some(Boolean)];
    expect([aWon, bWon].filter(Boolean), 'exactly one holder').toHaveLength(1);
    const [winner, loser] = aWon ? ['a', 'b'] : ['b', 'a'];
    expect(await acquireLease(other.knex, name, winner, 30_000, now)).toBe(true);
    expect(await acquireLease(c.db.knex, name, loser, 30_000, now)).toBe(false);
    expect(await acquireLease(c.db.knex, name, loser, 30_000, new Date(now.getTime() + 31_000))).toBe(true);
  });
});
