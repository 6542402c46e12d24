/** The figures every metric row shares: rates with their interval and limits, percentiles from summed histograms. */
import { histogramQuantile, outOfControl, pChartLimits, rate, wilsonInterval } from '../../domain/metrics';
import { parseHistogram } from './sql';

/** Rates to six places, hours to two: enough for any chart, short enough to read. */
export const round = (v: number | null, places = 6): number | null => (v == null ? null : Math.round(v * 10 ** places) / 10 ** places);

/** failureRate, its Wilson interval, and p-chart limits around `centerLine` for this sample's size. */
export function rateFigures(failed: number, n: number, centerLine: number | null) {
  const interval = wilsonInterval(failed, n);
  const limits = centerLine == null ? null : pChartLimits(centerLine, n);
  const failureRate = rate(failed, n);
  return {
    failureRate: round(failureRate),
    wilsonLow: round(interval?.low ?? null),
    wilsonHigh: round(interval?.high ?? null),
    centerLine: round(centerLine),
    ucl: round(limits?.ucl ?? null),
    lcl: round(limits?.lcl ?? null),
    outOfControl: outOfControl(failureRate, limits),
  };
}

/** Adds stored histograms (JSON text) up as they are read. */
export class HistogramSum {
  private counts: number[] | null = null;
  add(stored: unknown) {
    const h = stored instanceof HistogramSum ? stored.counts : Array.isArray(stored) ? stored : parseHistogram(stored);
    if (!h) return;
    if (!this.counts) this.counts = [...h];
    // In place: a year by day adds thousands of these per request.
    else for (let i = 0; i < h.length; i++) this.counts[i] += h[i];
  }
  quantileHours(q: number): number | null {
    return this.counts ? round(histogramQuantile(this.counts, q), 2) : null;
  }
}

/** Sums numeric columns of rows (pg answers SUMs as strings). */
export const num = (v: unknown): number => (v == null ? 0 : Number(v));

export type Row = Record<string, unknown>;
/** A query's rows, typed loosely: the roll-ups' columns are read through `num`. */
export const rowsOf = (qb: { then: unknown }): Promise<Row[]> => qb as unknown as Promise<Row[]>;
