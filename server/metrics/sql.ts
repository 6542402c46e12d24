/**
 * The SQL pieces the roll-ups share: a duration's histogram bin (the same edges as
 * domain/metrics.ts histogramBin) and a histogram aggregated as the JSON text the tables keep.
 */
import { binLowerEdge, HISTOGRAM_BINS } from '../../domain/metrics';

/** Bins `lo`..`hi` by binary search over their lower edges: six comparisons a row, not 57. */
function binSearch(hours: string, lo: number, hi: number): string {
  if (lo === hi) return String(lo);
  const mid = Math.ceil((lo + hi) / 2);
  return `CASE WHEN ${hours} >= ${binLowerEdge(mid).toPrecision(17)} THEN ${binSearch(hours, mid, hi)} ELSE ${binSearch(hours, lo, mid - 1)} END`;
}

/** The bin of a duration in hours (null stays null: a duration that is not known is not counted). */
export const binSql = (hours: string): string => `CASE WHEN ${hours} IS NULL THEN NULL ELSE ${binSearch(hours, 0, HISTOGRAM_BINS - 1)} END`;

/** Aggregate: the counts of a `bin` column as `[n0,n1,…]`, or null when no row has a bin. */
export function histogramSql(bin: string): string {
  const counts = Array.from({ length: HISTOGRAM_BINS }, (_, k) => `CAST(SUM(CASE WHEN ${bin} = ${k} THEN 1 ELSE 0 END) AS TEXT)`);
  return `CASE WHEN COUNT(${bin}) = 0 THEN NULL ELSE '[' || ${counts.join(" || ',' || ")} || ']' END`;
}

/** A stored histogram back as counts (an empty one when null). */
export function parseHistogram(text: unknown): number[] | null {
  if (typeof text !== 'string' || !text) return null;
  return JSON.parse(text) as number[];
}

/** Key filters: with one, each source branch keeps the rows of one group and one day only. */
export interface KeyFilter {
  group: number;
  /** The day's first instant and the next day's (ISO). */
  from: string;
  to: string;
}

/** Collects a filtered SELECT's bindings in the order its branches use them. */
export function filterOf(f: KeyFilter | null) {
  const bindings: (string | number)[] = [];
  return {
    bindings,
    /** ` AND group = ? AND ts in [from, to)`, or nothing when rebuilding everything. */
    where(group: string, ts: string): string {
      if (!f) return '';
      bindings.push(f.group, f.from, f.to);
      return ` AND ${group} = ? AND ${ts} >= ? AND ${ts} < ?`;
    },
  };
}
