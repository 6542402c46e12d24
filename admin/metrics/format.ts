/**
 * How the metrics read in each language: rates always with their n ("4.2% (7 of 166)" — a rate
 * without its sample size is not a figure a quality engineer trusts), bucket dates in the reader's
 * calendar style, durations in hours or days.
 */
import type { MetricBucket } from '../../domain/metrics';
import { intlLocale } from '../common/format';

type Translate = (key: string, options?: Record<string, unknown>) => string;

const utc = (day: string) => new Date(`${day.slice(0, 10)}T00:00:00.000Z`);

export function formatPercent(value: number | null | undefined, locale: string, digits = 1): string {
  if (value == null || Number.isNaN(value)) return '–';
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(value);
}

export const formatCount = (value: number | null | undefined, locale: string) =>
  value == null ? '–' : new Intl.NumberFormat(intlLocale(locale)).format(value);

/** "4.2% (7 of 166)" / "4.2%（166 件中 7 件）"; "–" with "(none inspected)" when n is 0. */
export function rateWithN(part: number, whole: number, locale: string, translate: Translate): string {
  if (!whole) return translate('td.metrics.rate_none');
  return translate('td.metrics.rate_of', {
    rate: formatPercent(part / whole, locale),
    part: formatCount(part, locale),
    whole: formatCount(whole, locale),
  });
}

/** The start of a bucket as an axis label: "Mar 4" / "3月4日" by day and week, "Mar 2026" / "2026年3月" by month. */
export function bucketLabel(bucket: string, kind: MetricBucket, locale: string): string {
  const options: Intl.DateTimeFormatOptions =
    kind === 'month' ? { year: 'numeric', month: 'short', timeZone: 'UTC' } : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return utc(bucket).toLocaleDateString(intlLocale(locale), options);
}

/** A bucket in full, for tooltips: "Mon, Mar 4, 2026", "Week of Mar 4, 2026", "March 2026". */
export function bucketTitle(bucket: string, kind: MetricBucket, locale: string, translate: Translate): string {
  if (kind === 'month') return utc(bucket).toLocaleDateString(intlLocale(locale), { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const date = utc(bucket).toLocaleDateString(intlLocale(locale), { dateStyle: kind === 'day' ? 'full' : 'medium', timeZone: 'UTC' });
  return kind === 'week' ? translate('td.metrics.week_of', { date }) : date;
}

/** A day as the pickers and captions show it: "Mar 4, 2026" / "2026年3月4日". */
export const formatDay = (day: string, locale: string) => utc(day).toLocaleDateString(intlLocale(locale), { dateStyle: 'medium', timeZone: 'UTC' });

/** 0.5 h → "30 min"; 30 h → "30 h"; 80 h → "3.3 d". */
export function formatHours(hours: number | null | undefined, locale: string, translate: Translate): string {
  if (hours == null) return '–';
  const number = (value: number, digits: number) => new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(value);
  if (hours > 0 && hours < 1) return translate('td.metrics.minutes', { n: number(hours * 60, 0) });
  if (hours < 48) return translate('td.metrics.hours', { n: number(hours, 1) });
  return translate('td.metrics.days', { n: number(hours / 24, 1) });
}

/**
 * Ticks for a rate axis from 0 to at least `max`: round steps (0.5%, 1%, 2%, 2.5%, 5%, …) and at
 * most five of them above zero, so that the labels read 0%, 5%, 10%, 15% rather than 0%, 4.7%, 9.4%.
 */
export function rateTicks(max: number): number[] {
  const steps = [0.005, 0.01, 0.02, 0.025, 0.05, 0.1, 0.2, 0.25];
  const target = Math.min(1, Math.max(max, 0.01));
  const step = steps.find((s) => target / s <= 5) ?? 0.25;
  const count = Math.ceil(target / step - 1e-9);
  return Array.from({ length: count + 1 }, (_, i) => Math.round(i * step * 1000) / 1000);
}

/**
 * The top of a p-chart's rate axis: every rate and the limits where they matter; a nearly empty
 * bucket's limit (up to 100%) may run off the top rather than flatten every other point.
 */
export function controlChartTop(rates: (number | null)[], ucls: (number | null)[]): number {
  const maxRate = Math.max(0, ...rates.filter((r): r is number => r != null));
  const maxUcl = Math.max(0, ...ucls.filter((u): u is number => u != null));
  return Math.max(maxRate * 1.1, Math.min(maxUcl, Math.max(maxRate * 1.6, 0.02)));
}
