/**
 * GET /api/metrics/warehouses against counts made here over the raw inspections: every figure of
 * every row, the Pareto, the material matrix and the funnel — on the seeded history, after
 * verdicts through the API, after a verdict correction and a deletion, and after a rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rebuildMetricRollups } from '../../server/metrics/rollups';
import { refreshInspectionMetrics } from '../../server/metrics/touch';
import { setup, type Ctx } from './helpers';
import { failBody, move, ok, parcelIn, passBody } from './inspection-fixtures';
import { bucketEnd, bucketOf, close, daysAgo, expectNearQuantile, HOUR, inRange, ms, quantile, rollupSnapshot, wilson, type Raw } from './metrics-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

async function rawInspections(): Promise<Raw[]> {
  return c.db.knex('inspections').join('orders', 'orders.id', 'inspections.orderId').select('inspections.*', 'orders.declaredMaterial');
}

/** Asks the API and checks every figure against the raw rows. */
async function expectMatchesRaw(q: { from: string; to: string; bucket: 'day' | 'week'; warehouseId?: number }) {
  const url = `/api/metrics/warehouses?from=${q.from}&to=${q.to}&bucket=${q.bucket}${q.warehouseId ? `&warehouseId=${q.warehouseId}` : ''}`;
  const body = ok(await c.a.manager.get(url));
  const now = Date.now();
  const all = await rawInspections();
  const warehouses: number[] = q.warehouseId ? [q.warehouseId] : (await c.db.knex('warehouses').orderBy('id').pluck('id')).map(Number);
  expect([...new Set(body.rows.map((r: Raw) => r.warehouseId))]).toEqual(warehouses);
  let checked = 0;
  for (const w of warehouses) {
    const mine = all.filter((i) => i.warehouseId === w);
    const decided = mine.filter((i) => i.result && inRange(i.verdictAt, q.from, q.to));
    const pBar = decided.length ? decided.filter((i) => i.result === 'failed').length / decided.length : null;
    const rows = body.rows.filter((r: Raw) => r.warehouseId === w);
    for (const row of rows) {
      const inBucket = (v: unknown) => inRange(v, q.from, q.to) && bucketOf(v, q.bucket) === row.bucket;
      const verdicts = mine.filter((i) => i.result && inBucket(i.verdictAt));
      const failed = verdicts.filter((i) => i.result === 'failed').length;
      const what = `warehouse ${w} ${row.bucket}`;
      expect(row.received, what).toBe(mine.filter((i) => inBucket(i.receivedAt)).length);
      expect([row.inspected, row.failed, row.passed], what).toEqual([verdicts.length, failed, verdicts.length - failed]);
      close(row.failureRate, verdicts.length ? failed / verdicts.length : null, what);
      close(row.centerLine, pBar, what);
      if (verdicts.length) {
        const wi = wilson(failed, verdicts.length);
        close(row.wilsonLow, wi.low, what);
        close(row.wilsonHigh, wi.high, what);
        const sigma = Math.sqrt((pBar! * (1 - pBar!)) / verdicts.length);
        close(row.ucl, Math.min(1, pBar! + 3 * sigma), what);
        close(row.lcl, Math.max(0, pBar! - 3 * sigma), what);
        expect(row.outOfControl, what).toBe(row.failureRate > row.ucl || row.failureRate < row.lcl);
      } else expect([row.wilsonLow, row.ucl, row.turnaroundMedianHours], what).toEqual([null, null, null]);
      const hours = verdicts.filter((i) => i.receivedAt).map((i) => (ms(i.verdictAt)! - ms(i.receivedAt)!) / HOUR);
      expectNearQuantile(row.turnaroundMedianHours, quantile(hours, 0.5), `${what} median`);
      expectNearQuantile(row.turnaroundP90Hours, quantile(hours, 0.9), `${what} p90`);
      // Work in progress at the bucket's end: received by then, no verdict yet.
      const end = bucketEnd(row.bucket, q.bucket, q.to, now);
      const wip = mine.filter((i) => i.receivedAt && ms(i.receivedAt)! < end && !(i.verdictAt && ms(i.verdictAt)! < end));
      expect(row.wip, `${what} wip`).toBe(wip.length);
      close(row.wipAgeHours, wip.length ? wip.reduce((s, i) => s + (end - ms(i.receivedAt)!) / HOUR, 0) / wip.length : null, `${what} wip age`, 1);
      checked++;
    }
  }
  const decided = all.filter((i) => warehouses.includes(i.warehouseId) && i.result && inRange(i.verdictAt, q.from, q.to));
  const failures = decided.filter((i) => i.result === 'failed');
  const reasons = new Map<string, number>();
  for (const i of failures) reasons.set(i.failureReason, (reasons.get(i.failureReason) ?? 0) + 1);
  expect(Object.fromEntries(body.pareto.map((p: Raw) => [p.failureReason, p.failed]))).toEqual(Object.fromEntries(reasons));
  expect(body.pareto.map((p: Raw) => p.failed)).toEqual([...body.pareto.map((p: Raw) => p.failed)].sort((a, b) => b - a));
  if (body.pareto.length) expect(body.pareto.at(-1).cumulativeShare).toBeCloseTo(1, 6);
  const pairs = new Map<string, [number, number]>();
  for (const i of decided) {
    const key = `${i.declaredMaterial}→${i.measuredMaterial}`;
    const [n, f] = pairs.get(key) ?? [0, 0];
    pairs.set(key, [n + 1, f + (i.result === 'failed' ? 1 : 0)]);
  }
  expect(Object.fromEntries(body.materialMatrix.map((m: Raw) => [`${m.declaredMaterial}→${m.measuredMaterial}`, [m.inspected, m.failed]]))).toEqual(
    Object.fromEntries(pairs),
  );
  // The funnel: each warehouse's totals, with limits around all of them together for its own n.
  const overall = decided.length ? failures.length / decided.length : null;
  for (const f of body.funnel) {
    const own = decided.filter((i) => i.warehouseId === f.warehouseId);
    const ownFailed = own.filter((i) => i.result === 'failed').length;
    expect([f.inspected, f.failed]).toEqual([own.length, ownFailed]);
    close(f.centerLine, overall, 'funnel centre');
    if (own.length) close(f.ucl, Math.min(1, overall! + 3 * Math.sqrt((overall! * (1 - overall!)) / own.length)), 'funnel ucl');
  }
  return { body, checked };
}

describe('warehouse metrics against the raw inspections', () => {
  it('the seeded history, by day and by week, all warehouses and one', async () => {
    const to = daysAgo(0);
    const { checked, body } = await expectMatchesRaw({ from: daysAgo(45), to, bucket: 'day' });
    expect(checked).toBeGreaterThan(100);
    expect(body.rows.some((r: Raw) => r.inspected > 0 && r.failed > 0)).toBe(true);
    expect(body.meta).toMatchObject({ from: daysAgo(45), to, bucket: 'day' });
    await expectMatchesRaw({ from: daysAgo(120), to, bucket: 'week' });
    await expectMatchesRaw({ from: daysAgo(60), to: daysAgo(10), bucket: 'week', warehouseId: c.ref.warehouse.PY });
  });

  it('verdicts through the API count at once, in the same transaction', async () => {
    const before = ok(await c.a.manager.get(`/api/metrics/warehouses?from=${daysAgo(0)}&to=${daysAgo(0)}&warehouseId=${c.ref.warehouse.PY}`)).rows[0];
    const failedOne = await parcelIn(c, 'failed');
    await parcelIn(c, 'passed');
    const waiting = await parcelIn(c, 'received');
    const after = ok(await c.a.manager.get(`/api/metrics/warehouses?from=${daysAgo(0)}&to=${daysAgo(0)}&warehouseId=${c.ref.warehouse.PY}`)).rows[0];
    expect(after.received - before.received).toBe(3);
    expect([after.inspected - before.inspected, after.failed - before.failed]).toEqual([2, 1]);
    expect(after.wip - before.wip).toBe(1);
    expect(failedOne.inspection.id).toBeGreaterThan(0);
    expect(ok(await move(c, 'inspector', waiting.inspection.id, 'start')).status).toBe('inspecting');
    ok(await move(c, 'inspector', waiting.inspection.id, 'verdict', failBody()));
    await expectMatchesRaw({ from: daysAgo(7), to: daysAgo(0), bucket: 'day', warehouseId: c.ref.warehouse.PY });
    expect(passBody().result).toBe('passed');
  });

  it('stays right after a verdict is corrected (result, day) and an inspection deleted, and equals a full rebuild', async () => {
    const { knex } = c.db;
    const target = await knex('inspections').where({ result: 'passed' }).whereNotNull('receivedAt').orderBy('id').first();
    // A correction as a correcting service would make it: the row changed, then its roll-ups refreshed, in one transaction.
    await knex.transaction(async (trx) => {
      const verdictAt = new Date(Date.now() - 3 * 86_400_000).toISOString();
      await trx('inspections').where({ id: target.id }).update({ result: 'failed', failureReason: 'weight_mismatch', verdictAt });
      await refreshInspectionMetrics(trx, target, await trx('inspections').where({ id: target.id }).first());
    });
    const gone = await knex('inspections').whereNotNull('verdictAt').where('result', 'failed').orderBy('id', 'desc').first();
    await knex.transaction(async (trx) => {
      await trx('inspectionEvents').where({ inspectionId: gone.id }).del();
      await trx('inspectionPhotos').where({ inspectionId: gone.id }).del();
      await trx('cases').where({ inspectionId: gone.id }).update({ inspectionId: null });
      await trx('inspections').where({ id: gone.id }).del();
      await refreshInspectionMetrics(trx, gone, null);
    });
    await expectMatchesRaw({ from: daysAgo(200), to: daysAgo(0), bucket: 'week' });
    const incremental = await rollupSnapshot(c.db);
    await rebuildMetricRollups(c.db.knex);
    expect(await rollupSnapshot(c.db)).toEqual(incremental);
    await expectMatchesRaw({ from: daysAgo(30), to: daysAgo(0), bucket: 'day' });
  });

  it('CSV: one line per warehouse and bucket with the warehouse named, the same figures', async () => {
    const q = `from=${daysAgo(6)}&to=${daysAgo(0)}&bucket=day`;
    const json = ok(await c.a.manager.get(`/api/metrics/warehouses?${q}`));
    const res = await c.a.manager.get(`/api/metrics/warehouses?${q}&format=csv`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/text\/csv/);
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="warehouse-metrics-/);
    const lines = res.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    const header = lines[0].split(',');
    expect(header.slice(0, 4)).toEqual(['warehouseId', 'warehouse', 'bucket', 'received']);
    expect(lines).toHaveLength(json.rows.length + 1);
    const name = (await c.db.knex('warehouses').where({ id: json.rows[0].warehouseId }).first('name')).name;
    const first = lines[1].split(',');
    expect(first[1]).toBe(name);
    expect(Number(first[header.indexOf('inspected')])).toBe(json.rows[0].inspected);
  });
});

describe('an inspector reads their own warehouse only', () => {
  it('theirs by default and when asked; another warehouse is a 403', async () => {
    const q = `from=${daysAgo(6)}&to=${daysAgo(0)}`;
    const own = ok(await c.a.inspector.get(`/api/metrics/warehouses?${q}`));
    expect(new Set(own.rows.map((r: Raw) => r.warehouseId))).toEqual(new Set([c.ref.warehouse.PY]));
    expect(own.funnel.map((f: Raw) => f.warehouseId)).toEqual([c.ref.warehouse.PY]);
    ok(await c.a.inspector.get(`/api/metrics/warehouses?${q}&warehouseId=${c.ref.warehouse.PY}`));
    const other = await c.a.inspector.get(`/api/metrics/warehouses?${q}&warehouseId=${c.ref.warehouse.SH}`);
    expect(other.status).toBe(403);
    expect(other.body.code).toBe('metrics.own_warehouse');
    expect((await c.a.inspector.get(`/api/metrics/enforcement?${q}`)).status).toBe(403);
    expect((await c.a.inspector.get(`/api/metrics/headline?since=${daysAgo(30)}`)).status).toBe(403);
  });
});
