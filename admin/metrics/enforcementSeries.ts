/**
 * Enforcement rows shaped for the charts: one point per bucket of the range, categories added up
 * (counts add; a median does not, so the all-categories view leaves resolution time to the
 * category table), penalties flattened to one key per type for recharts' stacked bars.
 */
import { PENALTY_TYPES } from '../../domain/penalties';
import { rate } from '../../domain/metrics';
import type { EnforcementRow } from './types';

export interface EnforcementPoint {
  bucket: string;
  casesOpened: number;
  casesResolved: number;
  backlog: number;
  slaBreaches: number;
  bans: number;
  appeals: number;
  overturned: number;
  /** Only when one category is shown. */
  medianResolutionHours: number | null;
  /** `penalty_warning`, `penalty_fine`, … one per type. */
  [penaltyKey: `penalty_${string}`]: number;
}

export const penaltyKey = (type: string) => `penalty_${type}` as const;

const emptyPoint = (bucket: string): EnforcementPoint => {
  const point: EnforcementPoint = {
    bucket,
    casesOpened: 0,
    casesResolved: 0,
    backlog: 0,
    slaBreaches: 0,
    bans: 0,
    appeals: 0,
    overturned: 0,
    medianResolutionHours: null,
  };
  for (const type of PENALTY_TYPES) point[penaltyKey(type)] = 0;
  return point;
};

/** The penalty types present in the rows, the known ones in the policy's order first (mildest at the bottom of a stack). */
export function penaltyTypesIn(rows: EnforcementRow[]): string[] {
  const seen = new Set(rows.flatMap((r) => Object.keys(r.penalties ?? {})));
  return [...PENALTY_TYPES.filter((t) => seen.has(t)), ...[...seen].filter((t) => !(PENALTY_TYPES as readonly string[]).includes(t)).sort()];
}

export function enforcementSeries(rows: EnforcementRow[], buckets: string[]): EnforcementPoint[] {
  const points = new Map(buckets.map((b) => [b, emptyPoint(b)]));
  const categories = new Set(rows.map((r) => r.categoryId));
  for (const row of rows) {
    const point = points.get(row.bucket);
    if (!point) continue;
    point.casesOpened += row.casesOpened;
    point.casesResolved += row.casesResolved;
    point.backlog += row.backlog;
    point.slaBreaches += row.slaBreaches;
    point.bans += row.bans;
    point.appeals += row.appeals ?? 0;
    point.overturned += row.overturned ?? 0;
    for (const [type, n] of Object.entries(row.penalties ?? {})) point[penaltyKey(type)] = (point[penaltyKey(type)] ?? 0) + n;
    if (categories.size === 1) point.medianResolutionHours = row.medianResolutionHours;
  }
  return [...points.values()];
}

export interface CategoryTotals {
  categoryId: number;
  casesOpened: number;
  casesResolved: number;
  penalties: number;
  bans: number;
  slaBreaches: number;
  appeals: number;
  appealsDecided: number;
  overturned: number;
  /** Of the appeals decided. */
  overturnRate: number | null;
  /** The backlog at the end of the range (the last bucket's). */
  backlog: number;
}

/** Each category over the whole range, the most penalties first. */
export function categoryTotals(rows: EnforcementRow[]): CategoryTotals[] {
  const totals = new Map<number, CategoryTotals & { lastBucket: string }>();
  for (const row of rows) {
    const t = totals.get(row.categoryId) ?? {
      categoryId: row.categoryId,
      casesOpened: 0,
      casesResolved: 0,
      penalties: 0,
      bans: 0,
      slaBreaches: 0,
      appeals: 0,
      appealsDecided: 0,
      overturned: 0,
      overturnRate: null,
      backlog: 0,
      lastBucket: '',
    };
    t.casesOpened += row.casesOpened;
    t.casesResolved += row.casesResolved;
    t.penalties += Object.values(row.penalties ?? {}).reduce((s, n) => s + n, 0);
    t.bans += row.bans;
    t.slaBreaches += row.slaBreaches;
    t.appeals += row.appeals ?? 0;
    t.appealsDecided += row.appealsDecided ?? 0;
    t.overturned += row.overturned ?? 0;
    if (row.bucket >= t.lastBucket) {
      t.lastBucket = row.bucket;
      t.backlog = row.backlog;
    }
    totals.set(row.categoryId, t);
  }
  return [...totals.values()]
    .map(({ lastBucket: _, ...t }) => ({ ...t, overturnRate: rate(t.overturned, t.appealsDecided) }))
    .sort((a, b) => b.penalties - a.penalties || b.casesOpened - a.casesOpened);
}
