/**
 * The quality views that compare rather than trend: the failure-reason Pareto (the few reasons
 * behind most failures, with their running share) and the funnel plot (each warehouse's rate
 * against its volume, inside the network's limits for that volume — a small warehouse's 3 of 20
 * is not ranked worse than a big one's 40 of 400 unless it is outside its own, wider, limits).
 */
import { outOfControl, pChartLimits, rate } from '../../domain/metrics';
import type { FunnelItem, ParetoItem } from './types';

export interface ParetoBar extends ParetoItem {
  share: number;
  /** The running share up to and including this reason (the Pareto line). */
  cumulative: number;
}

export function paretoBars(items: ParetoItem[]): ParetoBar[] {
  const sorted = items.filter((i) => i.count > 0).sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason));
  const total = sorted.reduce((s, i) => s + i.count, 0);
  let running = 0;
  return sorted.map((item) => {
    running += item.count;
    return { ...item, share: item.count / total, cumulative: running / total };
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
  const centre = rate(
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
