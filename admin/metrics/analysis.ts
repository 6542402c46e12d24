/**
 * The quality views that compare rather than trend: the failure-reason Pareto (the few reasons
 * behind most failures, with their running share) and the funnel plot (each warehouse's rate
 * against its volume, inside the network's limits for that volume — a small warehouse's 3 of 20
 * is not ranked worse than a big one's 40 of 400 unless it is outside its own, wider, limits).
 */
import { outOfControl, pChartLimits, rate } from '../../domain/metrics';
import type { FunnelItem, MaterialPair, ParetoItem } from './types';

export interface ParetoBar extends ParetoItem {
  share: number;
  /** The running share up to and including this reason (the Pareto line). */
  cumulative: number;
}

export function paretoBars(items: ParetoItem[]): ParetoBar[] {
  const sorted = items.filter((i) => i.failed > 0).sort((a, b) => b.failed - a.failed || a.failureReason.localeCompare(b.failureReason));
  const total = sorted.reduce((s, i) => s + i.failed, 0);
  let running = 0;
  return sorted.map((item) => {
    running += item.failed;
    return { ...item, share: item.failed / total, cumulative: running / total };
  });
}

export interface FunnelPoint extends FunnelItem {
  ucl: number | null;
  lcl: number | null;
  outOfControl: boolean;
}

export interface FunnelView {
  /** The network's rate over every warehouse: the funnel's centre. */
  centre: number | null;
  points: FunnelPoint[];
  /** The 3-sigma limits across the volumes shown, for the funnel's two curves. */
  curve: { n: number; ucl: number; lcl: number }[];
}

/** Volumes to draw the funnel at: denser where the limits bend most (small n). */
function volumes(max: number): number[] {
  const out: number[] = [];
  for (let n = 1; n <= max; n = Math.max(n + 1, Math.round(n * 1.15))) out.push(n);
  if (out[out.length - 1] !== max) out.push(max);
  return out;
}

export function funnelView(items: FunnelItem[]): FunnelView {
  const present = items.filter((i) => i.inspected > 0);
  // The server's centre when it sent one (every listed warehouse together), else the same pooled rate here.
  const centre =
    present.find((i) => i.centerLine != null)?.centerLine ??
    rate(
      present.reduce((s, i) => s + i.failed, 0),
      present.reduce((s, i) => s + i.inspected, 0),
    );
  const points = present.map((item) => {
    const limits = centre == null ? null : pChartLimits(centre, item.inspected);
    const failureRate = item.failureRate ?? rate(item.failed, item.inspected);
    return { ...item, failureRate, ucl: limits?.ucl ?? null, lcl: limits?.lcl ?? null, outOfControl: outOfControl(failureRate, limits) };
  });
  const maxN = Math.max(0, ...present.map((i) => i.inspected));
  const curve =
    centre == null || maxN === 0
      ? []
      : volumes(Math.ceil(maxN * 1.1)).map((n) => {
          const limits = pChartLimits(centre, n)!;
          return { n, ...limits };
        });
  return { centre, points, curve };
}

export interface MaterialGrid {
  declared: string[];
  measured: string[];
  /** `cell(declared, measured)`: parcels inspected with that pair (0 when none). */
  cell: (declared: string, measured: string) => number;
  /** Parcels declared as a material, and how many of them failed. */
  rowTotal: (declared: string) => { inspected: number; failed: number };
}

/**
 * The declared × found matrix: materials by volume (most inspected first), so the diagonal shows
 * what matched and everything off it is a parcel that was not what its listing said.
 */
export function materialGrid(pairs: MaterialPair[]): MaterialGrid {
  const volume = (key: 'declaredMaterial' | 'measuredMaterial') => {
    const totals = new Map<string, number>();
    for (const p of pairs) totals.set(p[key], (totals.get(p[key]) ?? 0) + p.inspected);
    return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([m]) => m);
  };
  const cells = new Map(pairs.map((p) => [`${p.declaredMaterial}|${p.measuredMaterial}`, p]));
  return {
    declared: volume('declaredMaterial'),
    measured: volume('measuredMaterial'),
    cell: (d, m) => cells.get(`${d}|${m}`)?.inspected ?? 0,
    rowTotal: (d) =>
      pairs
        .filter((p) => p.declaredMaterial === d)
        .reduce((s, p) => ({ inspected: s.inspected + p.inspected, failed: s.failed + p.failed }), { inspected: 0, failed: 0 }),
  };
}
