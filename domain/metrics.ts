/**
 * The statistics behind the metrics endpoints and charts (SPEC §5), pure so the server computes
 * them and the SPA can label them the same way: time buckets in UTC, the Wilson interval for a
 * failure rate, p-chart control limits, and percentiles from a fixed histogram of durations.
 */
export const METRIC_BUCKETS = ['day', 'week', 'month'] as const;
export type MetricBucket = (typeof METRIC_BUCKETS)[number];

const DAY_MS = 86_400_000;
/** The largest range a bucket size may cover: a year by day, five by week, ten by month. */
export const MAX_BUCKETS: Record<MetricBucket, number> = { day: 366, week: 262, month: 120 };

/** `YYYY-MM-DD` of a UTC date. */
export const isoDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The ISO date `days` days before `day`. */
export const daysBefore = (day: string, days: number): string => isoDay(new Date(Date.parse(`${day}T00:00:00.000Z`) - days * DAY_MS));

/** The first day of the bucket holding `day` (weeks start on Monday, ISO 8601). */
export function bucketStart(day: string | Date, bucket: MetricBucket): string {
  const d = new Date(typeof day === 'string' ? `${day.slice(0, 10)}T00:00:00.000Z` : day);
  d.setUTCHours(0, 0, 0, 0);
  if (bucket === 'week') d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  if (bucket === 'month') d.setUTCDate(1);
  return isoDay(d);
}

/** The bucket after the one starting at `start`. */
export function nextBucket(start: string, bucket: MetricBucket): string {
  const d = new Date(`${start}T00:00:00.000Z`);
  if (bucket === 'day') d.setUTCDate(d.getUTCDate() + 1);
  else if (bucket === 'week') d.setUTCDate(d.getUTCDate() + 7);
  else d.setUTCMonth(d.getUTCMonth() + 1);
  return isoDay(d);
}

/** Every bucket start from the one holding `from` through the one holding `to` (inclusive ISO dates). */
export function bucketsBetween(from: string, to: string, bucket: MetricBucket): string[] {
  const out: string[] = [];
  for (let b = bucketStart(from, bucket); b <= to; b = nextBucket(b, bucket)) out.push(b);
  return out;
}

/**
 * The range a request or a page without one shows, ending `today`: the last 30 days by day, the
 * last 13 weeks by week (a quarter: enough buckets for control limits to mean something), the
 * last 12 months by month.
 */
export function defaultRange(today: string, bucket: MetricBucket): { from: string; to: string } {
  return { from: daysBefore(today, { day: 29, week: 90, month: 364 }[bucket]), to: today };
}

export type RangeProblem = 'bad_date' | 'inverted' | 'too_long';

/** Why `from`..`to` cannot be shown by `bucket`, or null. Both are inclusive `YYYY-MM-DD` dates. */
export function rangeProblem(from: string, to: string, bucket: MetricBucket): RangeProblem | null {
  const valid = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && isoDay(new Date(`${s}T00:00:00.000Z`)) === s;
  if (!valid(from) || !valid(to)) return 'bad_date';
  if (from > to) return 'inverted';
  const days = (Date.parse(to) - Date.parse(from)) / DAY_MS + 1;
  const approxBuckets = bucket === 'day' ? days : bucket === 'week' ? days / 7 : days / 30.44;
  return approxBuckets > MAX_BUCKETS[bucket] ? 'too_long' : null;
}

/** z for a two-sided 95% interval. */
const Z95 = 1.959963984540054;

/**
 * The Wilson score interval for `failed` out of `n` (95%): unlike the plain p ± z·√(p(1−p)/n)
 * it stays inside [0, 1] and is honest for small n and for rates near 0.
 */
export function wilsonInterval(failed: number, n: number, z = Z95): { low: number; high: number } | null {
  if (n <= 0) return null;
  const p = failed / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const margin = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  return { low: Math.max(0, (centre - margin) / denom), high: Math.min(1, (centre + margin) / denom) };
}

/**
 * p-chart limits for a sample of `n` around the centre line `pBar` (the process's failure rate
 * over the whole range): pBar ± 3·√(pBar(1−pBar)/n), the lower floored at 0 and the upper capped at 1.
 */
export function pChartLimits(pBar: number, n: number): { ucl: number; lcl: number } | null {
  if (n <= 0) return null;
  const sigma = Math.sqrt((pBar * (1 - pBar)) / n);
  return { ucl: Math.min(1, pBar + 3 * sigma), lcl: Math.max(0, pBar - 3 * sigma) };
}

/** Out of control: a bucket's rate above its upper limit or below its lower one. */
export const outOfControl = (rate: number | null, limits: { ucl: number; lcl: number } | null): boolean =>
  rate != null && limits != null && (rate > limits.ucl || rate < limits.lcl);

/**
 * Durations in hours are counted in a fixed histogram: bins grow by 2^(1/4) (≈ 19%) from 15
 * minutes up to ~170 days, plus an underflow bin. A percentile read from it is the geometric
 * middle of its bin, so its relative error is at most ±9.05% (2^(1/8) − 1) for durations of 15
 * minutes or more; below that it reads 7.5 minutes. Bins add across days and warehouses, which is
 * what lets roll-ups answer medians over any range without the raw rows.
 */
export const HISTOGRAM_BINS = 58;
const FIRST_EDGE_HOURS = 0.25;
const GROWTH = 2 ** 0.25;

/** The bin of a duration in hours (0 = under 15 minutes; the last bin is open-ended). */
export function histogramBin(hours: number): number {
  if (!(hours >= FIRST_EDGE_HOURS)) return 0;
  return Math.min(HISTOGRAM_BINS - 1, 1 + Math.floor(Math.log(hours / FIRST_EDGE_HOURS) / Math.log(GROWTH)));
}

/**
 * The smallest duration (hours) that falls in `bin` (1 … HISTOGRAM_BINS − 1): the edges the
 * database's roll-ups compare against, so SQL and histogramBin put a duration in the same bin.
 */
export const binLowerEdge = (bin: number): number => FIRST_EDGE_HOURS * GROWTH ** (bin - 1);

/** The representative value of a bin: its geometric middle. */
export function binValue(bin: number): number {
  if (bin <= 0) return FIRST_EDGE_HOURS / 2;
  return FIRST_EDGE_HOURS * GROWTH ** (bin - 1) * GROWTH ** 0.5;
}

export const emptyHistogram = (): number[] => new Array(HISTOGRAM_BINS).fill(0);

export function addHistograms(a: number[], b: number[]): number[] {
  return a.map((v, i) => v + (b[i] ?? 0));
}

/** The q-quantile (0 < q < 1, e.g. 0.5, 0.9) of the counted durations, or null when none. */
export function histogramQuantile(histogram: number[], q: number): number | null {
  const total = histogram.reduce((s, v) => s + v, 0);
  if (!total) return null;
  // The nearest-rank definition: the smallest value with at least q of the sample at or below it.
  const rank = Math.max(1, Math.ceil(q * total));
  let seen = 0;
  for (let bin = 0; bin < histogram.length; bin++) {
    seen += histogram[bin];
    if (seen >= rank) return binValue(bin);
  }
  return binValue(histogram.length - 1);
}

/** The exact nearest-rank quantile of a list (for tests and small sets). */
export function exactQuantile(values: number[], q: number): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.max(1, Math.ceil(q * sorted.length)) - 1];
}

/** failed / inspected, null when nothing was inspected. */
export const rate = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
