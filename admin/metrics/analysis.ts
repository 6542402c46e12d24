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
  /** The rate axis' top: the points and the funnel where they are, not its mouth at n = 1 (~100%). */
  maxRate: number;
}

/** Volumes to draw the funnel at, from `min`: denser where the limits bend most (small n). */
function volumes(min: number, max: number): number[] {
  const out: number[] = [];
  for (let n = Math.max(1, min); n <= max; n = Math.max(n + 1, Math.round(n * 1.15))) out.push(n);
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
  const minN = Math.min(...present.map((i) => i.inspected));
  // The funnel from half the smallest warehouse's volume: wide enough to show its limits, not the mouth at n = 1.
  const curve =
    centre == null || maxN === 0
      ? []
      : volumes(Math.floor(minN / 2), Math.ceil(maxN * 1.1)).map((n) => {
          const limits = pChartLimits(centre, n)!;
          return { n, ...limits };
        });
  const highest = Math.max(0, ...points.map((p) => p.failureRate ?? 0), ...points.map((p) => p.ucl ?? 0));
  return { centre, points, curve, maxRate: Math.min(1, highest * 1.25) };
}

export interface MaterialRow {
  declared: string;
  inspected: number;
  failed: number;
  /** Parcels declared as this material that held another, the most frequent first. */
  mismatches: { measured: string; inspected: number }[];
}

/**
 * The declared × found matrix read by row: each declared material by volume, and the materials
 * its parcels turned out to be instead (the matrix's off-diagonal cells, which is where fraud is).
 */
export function materialRows(pairs: MaterialPair[]): MaterialRow[] {
  const rows = new Map<string, MaterialRow>();
  for (const p of pairs) {
    const row = rows.get(p.declaredMaterial) ?? { declared: p.declaredMaterial, inspected: 0, failed: 0, mismatches: [] };
    row.inspected += p.inspected;
    row.failed += p.failed;
    if (p.measuredMaterial !== p.declaredMaterial && p.inspected > 0) row.mismatches.push({ measured: p.measuredMaterial, inspected: p.inspected });
    rows.set(p.declaredMaterial, row);
  }
  return [...rows.values()]
    .filter((r) => r.inspected > 0)
    .map((r) => ({ ...r, mismatches: r.mismatches.sort((a, b) => b.inspected - a.inspected || a.measured.localeCompare(b.measured)) }))
    .sort((a, b) => b.inspected - a.inspected || a.declared.localeCompare(b.declared));
}
