/**
 * The metrics API's answers (SPEC §5, docs/api.md "Metrics") as the SPA reads them. Rates are
 * fractions (0.042), durations hours, buckets the ISO date (UTC) each bucket starts on.
 */
import type { MetricBucket } from '../../domain/metrics';

export type { MetricBucket };

/** One warehouse in one bucket. */
export interface WarehouseRow {
  warehouseId: number;
  bucket: string;
  received: number;
  inspected: number;
  passed: number;
  failed: number;
  failureRate: number | null;
  wilsonLow: number | null;
  wilsonHigh: number | null;
  centerLine: number | null;
  ucl: number | null;
  lcl: number | null;
  turnaroundMedianHours: number | null;
  turnaroundP90Hours: number | null;
}

/** One failure reason (a violation-type code) of the failed inspections in the range. */
export interface ParetoItem {
  reason: string;
  count: number;
}

/** One warehouse over the whole range, against the network's rate and its limits for that volume. */
export interface FunnelItem {
  warehouseId: number;
  inspected: number;
  failed: number;
  failureRate: number | null;
}

export interface WarehouseMetrics {
  rows: WarehouseRow[];
  pareto?: ParetoItem[];
  funnel?: FunnelItem[];
}

/** One category in one bucket. */
export interface EnforcementRow {
  categoryId: number;
  bucket: string;
  casesOpened: number;
  casesResolved: number;
  penalties: Record<string, number>;
  bans: number;
  medianResolutionHours: number | null;
  backlog: number;
  slaBreaches: number;
  appeals?: number;
  overturned?: number;
  overturnRate?: number | null;
}

export interface TopViolationType {
  violationTypeId: number;
  count: number;
}

export interface ReviewerFigures {
  userId: number;
  handled: number;
  medianHandlingHours: number | null;
}

export interface EnforcementMetrics {
  rows: EnforcementRow[];
  topViolationTypes?: TopViolationType[];
  reviewers?: ReviewerFigures[];
}

/** The figures a manager quotes to the press, since a date. */
export interface HeadlineFigures {
  since: string;
  merchantsPenalized: number;
  bans: number;
  inspected: number;
  failed: number;
  failureRate: number | null;
  medianDaysViolationToPenalty: number | null;
  medianDaysPenaltyToNotice: number | null;
}

export type MetricsSection = 'warehouses' | 'enforcement' | 'headline';
