/**
 * The metrics page's choices — date range, bucket, warehouse, category — live in the URL
 * (`#/metrics?from=2026-01-01&to=2026-03-31&bucket=week&warehouseId=2`), so a view can be shared
 * and the back button undoes a change. Anything unreadable in a URL falls back to the default
 * rather than failing: a stale link still opens.
 */
import { bucketsBetween, defaultRange, METRIC_BUCKETS, rangeProblem, type MetricBucket } from '../../domain/metrics';

export interface MetricsQuery {
  from: string;
  to: string;
  bucket: MetricBucket;
  warehouseId?: number;
  categoryId?: number;
}

export { daysBefore } from '../../domain/metrics';

/** The last 13 weeks by week (the API's default window for weeks). */
export function defaultQuery(today: string): MetricsQuery {
  return { ...defaultRange(today, 'week'), bucket: 'week' };
}

/** Ready-made ranges, ending today. */
export const RANGE_PRESETS = [
  { key: '30d', days: 29, bucket: 'day' },
  { key: '90d', days: 90, bucket: 'week' },
  { key: '6m', days: 182, bucket: 'week' },
  { key: '12m', days: 364, bucket: 'month' },
] as const satisfies readonly { key: string; days: number; bucket: MetricBucket }[];

const isDay = (value: string | null): value is string => value != null && rangeProblem(value, value, 'day') === null;

function positiveId(value: string | null): number | undefined {
  if (value == null || !/^\d{1,12}$/.test(value)) return undefined;
  const n = Number(value);
  return n > 0 ? n : undefined;
}

/** The smallest bucket at least as coarse as `bucket` that can show the range (a year by day is fine; ten years go by month). */
export function fittingBucket(from: string, to: string, bucket: MetricBucket): MetricBucket {
  const from_ = METRIC_BUCKETS.indexOf(bucket);
  return METRIC_BUCKETS.slice(from_).find((b) => rangeProblem(from, to, b) === null) ?? 'month';
}

export function parseQuery(search: URLSearchParams, today: string): MetricsQuery {
  const fallback = defaultQuery(today);
  let from = isDay(search.get('from')) ? (search.get('from') as string) : fallback.from;
  let to = isDay(search.get('to')) ? (search.get('to') as string) : fallback.to;
  if (from > to) [from, to] = [to, from];
  const asked = search.get('bucket');
  const bucket = (METRIC_BUCKETS as readonly string[]).includes(asked ?? '') ? (asked as MetricBucket) : fallback.bucket;
  const query: MetricsQuery = { from, to, bucket: fittingBucket(from, to, bucket) };
  const warehouseId = positiveId(search.get('warehouseId'));
  const categoryId = positiveId(search.get('categoryId'));
  if (warehouseId) query.warehouseId = warehouseId;
  if (categoryId) query.categoryId = categoryId;
  return query;
}

/** The URL's query string, in a fixed order (the same view is the same link). */
export function serializeQuery(query: MetricsQuery): URLSearchParams {
  const params = new URLSearchParams({ from: query.from, to: query.to, bucket: query.bucket });
  if (query.warehouseId) params.set('warehouseId', String(query.warehouseId));
  if (query.categoryId) params.set('categoryId', String(query.categoryId));
  return params;
}

/** A change to some choices; a new range keeps the bucket only while it still fits. */
export function withChange(query: MetricsQuery, change: Partial<MetricsQuery>): MetricsQuery {
  const next: MetricsQuery = { ...query, ...change };
  if ('warehouseId' in change && !change.warehouseId) delete next.warehouseId;
  if ('categoryId' in change && !change.categoryId) delete next.categoryId;
  if (next.from > next.to) [next.from, next.to] = [next.to, next.from];
  next.bucket = fittingBucket(next.from, next.to, next.bucket);
  return next;
}

/** The warehouse endpoint buckets by day or week: a month view reads it by week. */
export const warehouseBucket = (bucket: MetricBucket): MetricBucket => (bucket === 'month' ? 'week' : bucket);

/** Every bucket of the range, so that a quiet bucket shows as zero rather than disappearing. */
export const bucketsOf = (query: MetricsQuery, bucket: MetricBucket = query.bucket) => bucketsBetween(query.from, query.to, bucket);

/** The API's query parameters for a section. */
export function apiParams(query: MetricsQuery, section: 'warehouses' | 'enforcement'): Record<string, string> {
  const params: Record<string, string> = { from: query.from, to: query.to };
  if (section === 'warehouses') {
    params.bucket = warehouseBucket(query.bucket);
    if (query.warehouseId) params.warehouseId = String(query.warehouseId);
  } else {
    params.bucket = query.bucket;
    if (query.categoryId) params.categoryId = String(query.categoryId);
  }
  return params;
}
