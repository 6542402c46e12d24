/**
 * GET /api/metrics/enforcement and /headline against counts made here over the raw cases,
 * penalties, appeals and notices: on the seeded history, after a case's whole life through the API
 * (opened, resolved, penalised, appealed and overturned, a dismissal reopened), and after a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildMetricRollups } from '../../server/metrics/rollups';
import { act, newCase } from './helpers';
import { confirmedCase, enforcementSetup, freshMerchant, issued, type Enf } from './enforcement-fixtures';
import { ok } from './inspection-fixtures';
import { bucketEnd, bucketOf, close, dayOf, daysAgo, expectNearQuantile, HOUR, inRange, ms, quantile, rollupSnapshot, type Raw } from './metrics-fixtures';

let c: Enf;
beforeAll(async () => {
  c = await enforcementSetup();
});
afterAll(() => c.close());

const COUNTING = ['active', 'expired'];

async function raw() {
  const { knex } = c.db;
  const [cases, penalties, appeals, events, categories] = await Promise.all([
    knex('cases').select('*'),
    knex('penalties').join('merchants', 'merchants.id', 'penalties.merchantId').select('penalties.*', 'merchants.categoryId'),
    knex('appeals')
      .join('penalties', 'penalties.id', 'appeals.penaltyId')
      .join('merchants', 'merchants.id', 'penalties.merchantId')
      .select('appeals.*', 'merchants.categoryId'),
    knex('caseEvents').whereIn('kind', ['claimed', 'assigned']).select('caseId', 'at'),
    knex('categories').select('id', 'parentId'),
  ]);
  return { cases, penalties, appeals, events, categories } as Record<string, Raw[]>;
}

function treeOf(categories: Raw[], root: number): number[] {
  const out = [root];
  for (let i = 0; i < out.length; i++) for (const c of categories) if (c.parentId === out[i]) out.push(c.id);
  return out;
}

async function expectMatchesRaw(q: { from: string; to: string; bucket: 'day' | 'week' | 'month'; categoryId?: number }) {
  const url = `/api/metrics/enforcement?from=${q.from}&to=${q.to}&bucket=${q.bucket}${q.categoryId ? `&categoryId=${q.categoryId}` : ''}`;
  const body = ok(await c.a.manager.get(url));
  const now = Date.now();
  const r = await raw();
  const tree = q.categoryId ? treeOf(r.categories, q.categoryId) : null;
  const groupOf = (id: number) => (q.categoryId ? q.categoryId : id);
  const within = (row: Raw) => (x: Raw) => (tree ? tree.includes(x.categoryId) : x.categoryId === row.categoryId);
  const active = new Set([
    ...r.cases.filter((x) => inRange(x.openedAt, q.from, q.to) || inRange(x.resolvedAt, q.from, q.to)).map((x) => x.categoryId),
    ...r.penalties.filter((p) => COUNTING.includes(p.status) && inRange(p.startsAt, q.from, q.to)).map((p) => p.categoryId),
  ]);
  const listed = new Set(body.rows.map((x: Raw) => x.categoryId));
  for (const id of active) if (!tree || tree.includes(id)) expect(listed.has(groupOf(id)), `category ${id} listed`).toBe(true);
  for (const row of body.rows) {
    const mine = within(row);
    const inBucket = (v: unknown) => inRange(v, q.from, q.to) && bucketOf(v, q.bucket) === row.bucket;
    const what = `category ${row.categoryId} ${row.bucket}`;
    const cases = r.cases.filter(mine);
    expect(row.casesOpened, what).toBe(cases.filter((x) => inBucket(x.openedAt)).length);
    const resolved = cases.filter((x) => inBucket(x.resolvedAt));
    expect(row.casesResolved, what).toBe(resolved.length);
    expectNearQuantile(
      row.medianResolutionHours,
      quantile(
        resolved.map((x) => (ms(x.resolvedAt)! - ms(x.openedAt)!) / HOUR),
        0.5,
      ),
      `${what} resolution`,
    );
    const end = bucketEnd(row.bucket, q.bucket, q.to, now);
    expect(row.backlog, `${what} backlog`).toBe(cases.filter((x) => ms(x.openedAt)! < end && (x.resolvedAt == null || ms(x.resolvedAt)! >= end)).length);
    const breached = cases.filter((x) => inBucket(x.dueAt) && ms(x.dueAt)! <= now && (x.resolvedAt == null || ms(x.resolvedAt)! > ms(x.dueAt)!));
    expect(row.slaBreaches, `${what} SLA`).toBe(breached.length);
    const penalties = r.penalties.filter((p) => mine(p) && COUNTING.includes(p.status) && inBucket(p.startsAt));
    for (const [type, n] of Object.entries(row.penalties)) expect(n, `${what} ${type}`).toBe(penalties.filter((p) => p.type === type).length);
    expect(row.bans).toBe(penalties.filter((p) => p.type === 'permanent_ban').length);
    const appeals = r.appeals.filter(mine);
    const decided = appeals.filter((a) => a.status !== 'pending' && inBucket(a.decidedAt));
    const overturned = decided.filter((a) => a.status === 'overturned').length;
    expect([row.appeals, row.appealsDecided, row.overturned], what).toEqual([appeals.filter((a) => inBucket(a.filedAt)).length, decided.length, overturned]);
    close(row.overturnRate, decided.length ? overturned / decided.length : null, what);
  }
  const opened = r.cases.filter((x) => (!tree || tree.includes(x.categoryId)) && inRange(x.openedAt, q.from, q.to));
  const byType = new Map<number, number>();
  for (const x of opened) byType.set(x.violationTypeId, (byType.get(x.violationTypeId) ?? 0) + 1);
  const top = [...byType.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, 10);
  expect(body.topViolationTypes.map((t: Raw) => [t.violationTypeId, t.casesOpened])).toEqual(top);
  // Per reviewer: cases they resolved in the range, handled from their last claim or assignment.
  const handled = r.cases.filter((x) => x.assigneeId && (!tree || tree.includes(x.categoryId)) && inRange(x.resolvedAt, q.from, q.to));
  for (const rev of body.reviewers) {
    const theirs = handled.filter((x) => x.assigneeId === rev.reviewerId);
    expect(rev.handled, `reviewer ${rev.reviewerId}`).toBe(theirs.length);
    const hours = theirs.map((x) => {
      const taken = r.events.filter((e) => e.caseId === x.id && ms(e.at)! <= ms(x.resolvedAt)!).map((e) => ms(e.at)!);
      return (ms(x.resolvedAt)! - (taken.length ? Math.max(...taken) : ms(x.openedAt)!)) / HOUR;
    });
    expectNearQuantile(rev.handlingMedianHours, quantile(hours, 0.5), `reviewer ${rev.reviewerId} handling`);
  }
  expect(body.reviewers.reduce((s: number, x: Raw) => s + x.handled, 0)).toBe(handled.length);
  return body;
}

async function expectHeadlineMatchesRaw(since: string, categoryId?: number) {
  const body = ok(await c.a.manager.get(`/api/metrics/headline?since=${since}${categoryId ? `&categoryId=${categoryId}` : ''}`));
  const r = await raw();
  const tree = categoryId ? treeOf(r.categories, categoryId) : null;
  const penalties = r.penalties.filter((p) => COUNTING.includes(p.status) && dayOf(p.startsAt) >= since && (!tree || tree.includes(p.categoryId)));
  expect(body.merchantsPenalized).toBe(new Set(penalties.map((p) => p.merchantId)).size);
  expect(body.penalties).toBe(penalties.length);
  expect(body.bans).toBe(penalties.filter((p) => p.type === 'permanent_ban').length);
  for (const cat of body.categories)
    expect(cat.merchantsPenalized).toBe(new Set(penalties.filter((p) => p.categoryId === cat.categoryId).map((p) => p.merchantId)).size);
  const inspections = await c.db.knex('inspections').whereNotNull('result').select('verdictAt', 'result');
  const decided = inspections.filter((i) => dayOf(i.verdictAt) >= since);
  expect(body.inspections.inspected).toBe(decided.length);
  close(body.inspections.failedShare, decided.filter((i) => i.result === 'failed').length / decided.length, 'failed share');
  const links: Raw[] = await c.db.knex('penaltyCases').join('cases', 'cases.id', 'penaltyCases.caseId').select('penaltyId', 'openedAt');
  const notices: Raw[] = await c.db
    .knex('noticePenalties')
    .join('notices', 'notices.id', 'noticePenalties.noticeId')
    .whereNotNull('publishedAt')
    .select('penaltyId', 'publishedAt');
  const toPenalty = penalties.map((p) => (ms(p.startsAt)! - Math.min(...links.filter((l) => l.penaltyId === p.id).map((l) => ms(l.openedAt)!))) / HOUR);
  const toNotice = penalties.flatMap((p) => {
    const at = notices.filter((n) => n.penaltyId === p.id).map((n) => ms(n.publishedAt)!);
    return at.length ? [(Math.min(...at) - ms(p.startsAt)!) / HOUR] : [];
  });
  expect(body.penaltiesNoticed).toBe(toNotice.length);
  expectNearQuantile(
    body.medianDaysViolationToPenalty === null ? null : body.medianDaysViolationToPenalty * 24,
    quantile(toPenalty, 0.5),
    'violation → penalty',
  );
  if (toNotice.length)
    expect(Math.abs(body.medianDaysPenaltyToNotice * 24 - quantile(toNotice, 0.5)!)).toBeLessThanOrEqual(0.0906 * quantile(toNotice, 0.5)! + 0.12);
  return body;
}

describe('enforcement metrics against the raw rows', () => {
  it('the seeded history by week and month, all categories and one tree', async () => {
    const body = await expectMatchesRaw({ from: daysAgo(120), to: daysAgo(0), bucket: 'week' });
    expect(body.rows.some((x: Raw) => x.casesOpened > 0 && Object.values(x.penalties).some((n) => (n as number) > 0))).toBe(true);
    await expectMatchesRaw({ from: daysAgo(180), to: daysAgo(0), bucket: 'month' });
    const jewelry = c.ref.category.jewelry_jade;
    const scoped = await expectMatchesRaw({ from: daysAgo(60), to: daysAgo(5), bucket: 'day', categoryId: jewelry });
    expect(new Set(scoped.rows.map((x: Raw) => x.categoryId))).toEqual(new Set([jewelry]));
  });

  it('headline figures: merchants penalised per category since a date, bans, failed share, median days', async () => {
    const body = await expectHeadlineMatchesRaw(daysAgo(120));
    expect(body.merchantsPenalized).toBeGreaterThan(0);
    expect(body.medianDaysViolationToPenalty).toBeGreaterThan(0);
    await expectHeadlineMatchesRaw(daysAgo(30), c.ref.category.jewelry_jade);
  });

  it('a case’s life through the API counts at once; the roll-ups equal a full rebuild', async () => {
    const merchantId = await freshMerchant(c);
    const kase = await confirmedCase(c, merchantId, 'weight_mismatch');
    const penalty = await issued(c, 'reviewer', merchantId, [kase.id], 'warning');
    const appeal = ok(
      await c.a.reviewer.post('/api/appeals').send({ penaltyId: penalty.id, statement: 'The scale was not calibrated on the day of the inspection' }),
      201,
    );
    ok(await c.a.manager.post(`/api/appeals/${appeal.id}/decide`).send({ outcome: 'overturned', note: 'Calibration record confirms the error' }));
    const dismissed = await newCase(c, 'manager', { merchantId });
    const claimed = ok(await act(c, 'reviewer2', dismissed, 'claim'));
    const done = ok(await act(c, 'reviewer2', claimed, 'transition', { to: 'dismissed', note: 'Photos show the declared hallmark' }));
    ok(await act(c, 'manager', done, 'transition', { to: 'open', note: 'New evidence from the buyer' }));
    const today = await expectMatchesRaw({ from: daysAgo(0), to: daysAgo(0), bucket: 'day' });
    const gold = today.rows.find((x: Raw) => x.categoryId === c.ref.category.gold_silver);
    expect(gold.casesOpened).toBeGreaterThanOrEqual(2);
    expect(gold.overturned).toBeGreaterThanOrEqual(1);
    await expectHeadlineMatchesRaw(daysAgo(0));
    const incremental = await rollupSnapshot(c.db);
    await rebuildMetricRollups(c.db.knex);
    expect(await rollupSnapshot(c.db)).toEqual(incremental);
  });

  it('per-reviewer figures go to managers and admins only', async () => {
    const q = `from=${daysAgo(30)}&to=${daysAgo(0)}`;
    const lead = ok(await c.a.admin.get(`/api/metrics/enforcement?${q}`));
    expect(lead.reviewers.length).toBeGreaterThan(0);
    for (const who of ['reviewer', 'comms'] as const) {
      const body = ok(await c.a[who].get(`/api/metrics/enforcement?${q}`));
      expect(body).not.toHaveProperty('reviewers');
      expect(body.rows).toEqual(lead.rows);
    }
  });

  it('CSV: penalties by type in their own columns, the category named', async () => {
    const q = `from=${daysAgo(60)}&to=${daysAgo(0)}&bucket=month`;
    const json = ok(await c.a.manager.get(`/api/metrics/enforcement?${q}`));
    const res = await c.a.comms.get(`/api/metrics/enforcement?${q}&format=csv&locale=zh`);
    expect(res.status).toBe(200);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    expect(header).toEqual(expect.arrayContaining(['categoryId', 'category', 'bucket', 'casesOpened', 'penalties.permanent_ban', 'backlog', 'slaBreaches']));
    expect(lines).toHaveLength(json.rows.length + 1);
    const row = lines[1].split(',');
    const nameZh = (await c.db.knex('categories').where({ id: json.rows[0].categoryId }).first('nameZh')).nameZh;
    expect(row[1]).toBe(nameZh);
    expect(Number(row[header.indexOf('casesOpened')])).toBe(json.rows[0].casesOpened);
  });
});
