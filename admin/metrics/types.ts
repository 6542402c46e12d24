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
  /** Parcels received and not yet settled at the bucket's end (now, in the current bucket), and their mean age. */
  wip?: number | null;
  wipAgeHours?: number | null;
}

/** One failure reason (a violation-type code) of the failed inspections in the range. */
export interface ParetoItem {
  failureReason: string;
  failed: number;
  share?: number;
  cumulativeShare?: number;
}

/** One warehouse over the whole range, against every listed warehouse's rate and the limits for its own volume. */
export interface FunnelItem {
  warehouseId: number;
  inspected: number;
  failed: number;
  failureRate: number | null;
  centerLine?: number | null;
  ucl?: number | null;
  lcl?: number | null;
}

/** Declared material against the material found, over the range. */
export interface MaterialPair {
  declaredMaterial: string;
  measuredMaterial: string;
  inspected: number;
  failed: number;
}

export interface WarehouseMetrics {
  rows: WarehouseRow[];
  pareto?: ParetoItem[];
  funnel?: FunnelItem[];
  materialMatrix?: MaterialPair[];
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
  p90ResolutionHours?: number | null;
  /** Appeals filed, decided and overturned in the bucket; the overturn rate is of those decided. */
  appeals?: number;
  appealsDecided?: number;
  overturned?: number;
  overturnRate?: number | null;
}

export interface TopViolationType {
  violationTypeId: number;
  casesOpened: number;
  share?: number;
}

export interface ReviewerFigures {
  reviewerId: number;
  handled: number;
  handlingMedianHours: number | null;
  handlingP90Hours?: number | null;
}

export interface EnforcementMetrics {
  rows: EnforcementRow[];
  topViolationTypes?: TopViolationType[];
  reviewers?: ReviewerFigures[];
}

export interface CategoryHeadline {
  categoryId: number;
  merchantsPenalized: number;
  bannedMerchants: number;
  penalties: number;
  bans: number;
}

/** The figures a manager quotes to the press, since a date. */
export interface HeadlineFigures {
  since: string;
  to: string;
  merchantsPenalized: number;
  bannedMerchants: number;
  penalties: number;
  bans: number;
  penaltiesNoticed: number;
  medianDaysViolationToPenalty: number | null;
  medianDaysPenaltyToNotice: number | null;
  /** Across every warehouse (a category does not narrow them). */
  inspections: { inspected: number; failed: number; failedShare: number | null };
  categories: CategoryHeadline[];
}

export type MetricsSection = 'warehouses' | 'enforcement' | 'headline';
