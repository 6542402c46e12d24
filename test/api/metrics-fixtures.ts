/**
 * Independent figures for the metrics suite: counted here from the raw rows with plain loops and
 * textbook formulas (nothing from server/metrics), so the API's roll-ups are checked against
 * something they do not share code with.
 */
import { expect } from 'vitest';
import type { Database } from '../../server/db';

export type Raw = Record<string, any>;
export const HOUR = 3_600_000;
const DAY = 86_400_000;

export const iso = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());
export const ms = (v: unknown): number | null => (v == null ? null : new Date(v as string).getTime());
export const dayOf = (v: unknown) => iso(v)!.slice(0, 10);
export const daysAgo = (n: number, now = Date.now()) => new Date(now - n * DAY).toISOString().slice(0, 10);

/** The bucket a timestamp falls in, computed without the domain helpers: UTC day, Monday-week or month. */
export function bucketOf(v: unknown, bucket: 'day' | 'week' | 'month'): string {
  const d = new Date(`${dayOf(v)}T00:00:00Z`);
  if (bucket === 'week') d.setTime(d.getTime() - ((d.getUTCDay() + 6) % 7) * DAY);
  if (bucket === 'month') d.setUTCDate(1);
  return d.toISOString().slice(0, 10);
}

/** The instant a bucket ends, capped at the end of `to` and at now. */
export function bucketEnd(start: string, bucket: 'day' | 'week' | 'month', to: string, now = Date.now()): number {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === 'day') d.setUTCDate(d.getUTCDate() + 1);
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
  if (bucket === 'month') d.setUTCMonth(d.getUTCMonth() + 1);
  return Math.min(d.getTime(), Date.parse(`${to}T00:00:00Z`) + DAY, now);
}

export const inRange = (v: unknown, from: string, to: string) => v != null && dayOf(v) >= from && dayOf(v) <= to;

/** The Wilson score interval as published (z = 1.96). */
export function wilson(x: number, n: number) {
  const z = 1.959963984540054;
  const p = x / n;
  const mid = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = ((z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) as number;
  return { low: Math.max(0, mid - half), high: Math.min(1, mid + half) };
}

/** Nearest-rank quantile. */
export function quantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.max(1, Math.ceil(q * s.length)) - 1];
}

/** A percentile read from the roll-ups' histogram: within its documented ±9.05% of the exact one (7.5 minutes below 15). */
export function expectNearQuantile(actual: number | null, exact: number | null, what: string) {
  if (exact == null) return expect(actual, what).toBeNull();
  expect(actual, what).not.toBeNull();
  if (exact < 0.25) return expect(actual, what).toBeLessThanOrEqual(0.25);
  expect(Math.abs(actual! - exact) / exact, `${what}: ${actual} vs exact ${exact}`).toBeLessThanOrEqual(0.0906);
}

export const close = (actual: number | null, expected: number | null, what: string, digits = 5) =>
  expected == null ? expect(actual, what).toBeNull() : expect(actual, what).toBeCloseTo(expected, digits);

/** Every roll-up table's rows, sorted: the incremental state compared with a full rebuild's. */
export async function rollupSnapshot(db: Database): Promise<Record<string, string[]>> {
  const tables = [
    'metricWarehouseDays',
    'metricFailureReasons',
    'metricMaterialPairs',
    'metricCategoryDays',
    'metricViolationTypes',
    'metricReviewerDays',
    'metricPenaltyDays',
    'metricPenalizedMerchants',
  ];
  const out: Record<string, string[]> = {};
  for (const t of tables) {
    const rows: Raw[] = await db.knex(t).select('*');
    out[t] = rows
      .map((r) =>
        JSON.stringify(
          Object.fromEntries(
            Object.entries(r)
              .sort(([a], [b]) => a.localeCompare(b))
              // Sums of hours since 1970 differ in their last bits with the order they were added in.
              .map(([k, v]) => [k, typeof v === 'number' || /Hours$/.test(k) ? Math.round(Number(v) * 1000) / 1000 : v]),
          ),
        ),
      )
      .sort();
  }
  return out;
}
