/**
 * `GET /api/metrics/warehouses` (SPEC §5): throughput, failure rate with its Wilson interval and
 * p-chart limits, turnaround and work in progress per warehouse and bucket; the failure-reason
 * Pareto, the declared × measured material matrix and the funnel (each warehouse's rate against
 * its volume, with limits for its own n). Read from the roll-ups only.
 */
import type { Knex } from 'knex';
import { bucketStart, bucketsBetween, nextBucket } from '../../domain/metrics';
import { HistogramSum, num, rateFigures, round, rowsOf } from './figures';
import type { MetricRange } from './params';

interface DayRow {
  warehouseId: number;
  day: string;
  received: unknown;
  inspected: unknown;
  failed: unknown;
  settled: unknown;
  receivedHours: unknown;
  settledHours: unknown;
  turnaroundHist: unknown;
}

const HOUR_MS = 3_600_000;
const startOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/** Work in progress at `atMs` from the running totals: how many, and their mean age in hours. */
function wipAt(total: { received: number; settled: number; receivedHours: number; settledHours: number }, atMs: number) {
  const wip = total.received - total.settled;
  if (wip <= 0) return { wip: Math.max(0, wip), wipAgeHours: null };
  return { wip, wipAgeHours: round((wip * (atMs / HOUR_MS) - (total.receivedHours - total.settledHours)) / wip, 2) };
}

export async function warehouseMetrics(knex: Knex, range: MetricRange, warehouseId: number | null, now = new Date()) {
  const { from, to, bucket } = range;
  const scoped = (qb: Knex.QueryBuilder) => (warehouseId == null ? qb : qb.where('warehouseId', warehouseId));
  const [warehouses, days, before, reasons, materials] = await Promise.all([
    warehouseId == null ? knex('warehouses').orderBy('id').pluck('id') : Promise.resolve([warehouseId]),
    scoped(knex('metricWarehouseDays').whereBetween('day', [from, to]))
      .orderBy(['warehouseId', 'day'])
      .select<DayRow[]>('warehouseId', 'day', 'received', 'inspected', 'failed', 'settled', 'receivedHours', 'settledHours', 'turnaroundHist'),
    // Running totals up to the range, for the work in progress at each bucket's end.
    rowsOf(
      scoped(knex('metricWarehouseDays').where('day', '<', from))
        .groupBy('warehouseId')
        .select(
          'warehouseId',
          knex.raw('SUM(received) AS received, SUM(settled) AS settled, SUM(received_hours) AS received_hours, SUM(settled_hours) AS settled_hours'),
        ),
    ),
    rowsOf(
      scoped(knex('metricFailureReasons').whereBetween('day', [from, to]))
        .groupBy('failureReason')
        .select('failureReason', knex.raw('SUM(failed) AS failed')),
    ),
    rowsOf(
      scoped(knex('metricMaterialPairs').whereBetween('day', [from, to]))
        .groupBy('declaredMaterial', 'measuredMaterial')
        .select('declaredMaterial', 'measuredMaterial', knex.raw('SUM(inspected) AS inspected, SUM(failed) AS failed')),
    ),
  ]);

  const buckets = bucketsBetween(from, to, bucket);
  const endMs = Math.min(startOf(nextBucket(to, 'day')), now.getTime());
  const byKey = new Map<string, DayRow[]>();
  for (const d of days) {
    const key = `${d.warehouseId}|${bucketStart(d.day, bucket)}`;
    const list = byKey.get(key);
    if (list) list.push(d);
    else byKey.set(key, [d]);
  }

  const rows: Record<string, unknown>[] = [];
  const funnel: Record<string, unknown>[] = [];
  let allFailed = 0;
  let allInspected = 0;
  for (const id of warehouses.map(Number)) {
    const base = before.find((b) => Number(b.warehouseId) === id);
    const running = {
      received: num(base?.received),
      settled: num(base?.settled),
      receivedHours: num(base?.receivedHours),
      settledHours: num(base?.settledHours),
    };
    const perBucket = buckets.map((start) => {
      const sum = { received: 0, inspected: 0, failed: 0 };
      const turnaround = new HistogramSum();
      for (const d of byKey.get(`${id}|${start}`) ?? []) {
        sum.received += num(d.received);
        sum.inspected += num(d.inspected);
        sum.failed += num(d.failed);
        running.received += num(d.received);
        running.settled += num(d.settled);
        running.receivedHours += num(d.receivedHours);
        running.settledHours += num(d.settledHours);
        turnaround.add(d.turnaroundHist);
      }
      const atMs = Math.min(startOf(nextBucket(start, bucket)), endMs);
      // Measured at the bucket's end (or now, in the current bucket); a bucket still to come has none.
      const wip = startOf(start) > now.getTime() ? { wip: null, wipAgeHours: null } : wipAt(running, atMs);
      return { start, sum, turnaround, wip };
    });
    const failed = perBucket.reduce((s, b) => s + b.sum.failed, 0);
    const inspected = perBucket.reduce((s, b) => s + b.sum.inspected, 0);
    allFailed += failed;
    allInspected += inspected;
    const centerLine = inspected ? failed / inspected : null;
    const whole = new HistogramSum();
    for (const b of perBucket) {
      const { received, inspected: n, failed: f } = b.sum;
      whole.add(b.turnaround);
      rows.push({
        warehouseId: id,
        bucket: b.start,
        received,
        inspected: n,
        passed: n - f,
        failed: f,
        ...rateFigures(f, n, centerLine),
        turnaroundMedianHours: b.turnaround.quantileHours(0.5),
        turnaroundP90Hours: b.turnaround.quantileHours(0.9),
        ...b.wip,
      });
    }
    funnel.push({
      warehouseId: id,
      inspected,
      passed: inspected - failed,
      failed,
      turnaroundMedianHours: whole.quantileHours(0.5),
      turnaroundP90Hours: whole.quantileHours(0.9),
    });
  }
  // The funnel's centre is every listed warehouse together; each gets limits for its own volume.
  const overall = allInspected ? allFailed / allInspected : null;
  for (const f of funnel) Object.assign(f, rateFigures(f.failed as number, f.inspected as number, overall));

  const totalFailed = reasons.reduce((s, r) => s + num(r.failed), 0);
  let cumulative = 0;
  const pareto = reasons
    .map((r) => ({ failureReason: String(r.failureReason), failed: num(r.failed) }))
    .sort((a, b) => b.failed - a.failed || a.failureReason.localeCompare(b.failureReason))
    .map((r) => {
      cumulative += r.failed;
      return { ...r, share: round(r.failed / totalFailed), cumulativeShare: round(cumulative / totalFailed) };
    });
  const materialMatrix = materials
    .map((m) => ({
      declaredMaterial: String(m.declaredMaterial),
      measuredMaterial: String(m.measuredMaterial),
      inspected: num(m.inspected),
      failed: num(m.failed),
    }))
    .sort((a, b) => a.declaredMaterial.localeCompare(b.declaredMaterial) || b.inspected - a.inspected);
  return { rows, pareto, materialMatrix, funnel, meta: { from, to, bucket, warehouseId, buckets, generatedAt: now.toISOString() } };
}
