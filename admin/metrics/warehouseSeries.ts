/**
 * Warehouse rows shaped for the charts: one point per bucket of the range (quiet buckets as zero,
 * never missing), the p-chart band as a [lcl, ucl] pair, and each bucket marked out of control
 * against ITS OWN limits (they widen when fewer parcels were inspected). One warehouse reads the
 * server's limits as they are; the whole network pools the counts and draws the p-chart of the
 * pooled rate with the same formulas (domain/metrics.ts).
 */
import { outOfControl, pChartLimits, rate, wilsonInterval } from '../../domain/metrics';
import type { WarehouseRow } from './types';

/** One bucket of the chart: the API's row (of one warehouse, or the network pooled) with its band and verdict. */
export interface WarehousePoint extends Omit<WarehouseRow, 'warehouseId' | 'wip' | 'wipAgeHours'> {
  /** [lcl, ucl] for the shaded band; null where nothing was inspected. */
  band: [number, number] | null;
  outOfControl: boolean;
  /** Received and not yet settled at the bucket's end, and their mean age (one warehouse only). */
  wip: number | null;
  wipAgeHours: number | null;
}

const emptyPoint = (bucket: string): WarehousePoint => ({
  bucket,
  received: 0,
  inspected: 0,
  passed: 0,
  failed: 0,
  failureRate: null,
  wilsonLow: null,
  wilsonHigh: null,
  centerLine: null,
  ucl: null,
  lcl: null,
  band: null,
  outOfControl: false,
  turnaroundMedianHours: null,
  turnaroundP90Hours: null,
  wip: null,
  wipAgeHours: null,
});

/** A server row as a point: the rate and limits as the server computed them. */
export function pointOf(row: WarehouseRow): WarehousePoint {
  const limits = row.inspected > 0 && row.ucl != null && row.lcl != null ? { ucl: row.ucl, lcl: row.lcl } : null;
  return {
    bucket: row.bucket,
    received: row.received,
    inspected: row.inspected,
    passed: row.passed,
    failed: row.failed,
    failureRate: row.inspected > 0 ? row.failureRate : null,
    wilsonLow: row.wilsonLow,
    wilsonHigh: row.wilsonHigh,
    centerLine: row.centerLine,
    ucl: row.ucl,
    lcl: row.lcl,
    band: limits ? [limits.lcl, limits.ucl] : null,
    outOfControl: outOfControl(row.inspected > 0 ? row.failureRate : null, limits),
    turnaroundMedianHours: row.turnaroundMedianHours,
    turnaroundP90Hours: row.turnaroundP90Hours,
    wip: row.wip ?? null,
    wipAgeHours: row.wipAgeHours ?? null,
  };
}

/** One warehouse's series over `buckets`. */
export function warehouseSeries(rows: WarehouseRow[], warehouseId: number, buckets: string[]): WarehousePoint[] {
  const byBucket = new Map(rows.filter((r) => r.warehouseId === warehouseId).map((r) => [r.bucket, r]));
  // The centre line is the warehouse's rate over the whole range: the same on every row, quiet buckets included.
  const centre = rows.find((r) => r.warehouseId === warehouseId && r.centerLine != null)?.centerLine ?? null;
  return buckets.map((bucket) => {
    const row = byBucket.get(bucket);
    return row ? pointOf(row) : { ...emptyPoint(bucket), centerLine: centre };
  });
}

/**
 * Every warehouse together: counts summed per bucket, the pooled rate over the range as the centre
 * line, limits for each bucket's pooled n. Turnaround percentiles do not add up across warehouses,
 * so the network series has none (the turnaround chart draws one line per warehouse instead).
 */
export function networkSeries(rows: WarehouseRow[], buckets: string[]): WarehousePoint[] {
  const sums = new Map(buckets.map((b) => [b, emptyPoint(b)]));
  for (const row of rows) {
    const point = sums.get(row.bucket);
    if (!point) continue;
    point.received += row.received;
    point.inspected += row.inspected;
    point.passed += row.passed;
    point.failed += row.failed;
  }
  const points = [...sums.values()];
  const inspected = points.reduce((s, p) => s + p.inspected, 0);
  const centre = rate(
    points.reduce((s, p) => s + p.failed, 0),
    inspected,
  );
  return points.map((p) => {
    const failureRate = rate(p.failed, p.inspected);
    const limits = centre == null ? null : pChartLimits(centre, p.inspected);
    const wilson = wilsonInterval(p.failed, p.inspected);
    return {
      ...p,
      failureRate,
      wilsonLow: wilson?.low ?? null,
      wilsonHigh: wilson?.high ?? null,
      centerLine: centre,
      ucl: limits?.ucl ?? null,
      lcl: limits?.lcl ?? null,
      band: limits ? [limits.lcl, limits.ucl] : null,
      outOfControl: outOfControl(failureRate, limits),
    };
  });
}

/** The series the warehouse panel draws: the chosen warehouse's, or the network's. */
export const panelSeries = (rows: WarehouseRow[], warehouseId: number | undefined, buckets: string[]) =>
  warehouseId ? warehouseSeries(rows, warehouseId, buckets) : networkSeries(rows, buckets);

/** Totals over the range: what the figures above the charts quote. */
export function rangeTotals(points: WarehousePoint[]) {
  const received = points.reduce((s, p) => s + p.received, 0);
  const inspected = points.reduce((s, p) => s + p.inspected, 0);
  const failed = points.reduce((s, p) => s + p.failed, 0);
  return { received, inspected, failed, failureRate: rate(failed, inspected), outOfControl: points.filter((p) => p.outOfControl).length };
}

/** Median turnaround per warehouse per bucket (`{ bucket, w2: 30.5, w4: 41 }`), for one line per warehouse. */
export function turnaroundByWarehouse(rows: WarehouseRow[], buckets: string[]) {
  const warehouseIds = [...new Set(rows.map((r) => r.warehouseId))].sort((a, b) => a - b);
  const points = new Map(buckets.map((b) => [b, { bucket: b } as Record<string, string | number | null>]));
  for (const row of rows) {
    const point = points.get(row.bucket);
    if (point && row.inspected > 0) point[`w${row.warehouseId}`] = row.turnaroundMedianHours;
  }
  return { warehouseIds, points: [...points.values()] };
}
