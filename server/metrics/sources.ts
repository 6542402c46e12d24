/**
 * What each roll-up table holds, as the SELECT that computes its rows from the raw tables. The same
 * statement rebuilds a whole table (no filter) and recomputes one group's day after a write (a
 * KeyFilter): one definition, so the incremental and the full figures cannot drift apart.
 */
import { COUNTING_STATUSES } from '../../domain/penalties';
import type { Dialect } from '../db';
import { sqlTime } from '../db/dialect';
import { binSql, filterOf, histogramSql, type KeyFilter } from './sql';

export interface Source {
  sql: string;
  bindings: (string | number)[];
}

export interface DayRollup {
  table: string;
  /** The group column (a warehouse or a category), the first of the key; `day` is the second. */
  group: 'warehouse_id' | 'category_id';
  /** The columns the SELECT answers, in order. */
  columns: string[];
  select(d: Dialect, f: KeyFilter | null): Source;
}

const counting = COUNTING_STATUSES.map((s) => `'${s}'`).join(', ');

/** Received in receivedAt's day; inspected, failed and turnaround (received → verdict) in verdictAt's. */
const warehouseDays: DayRollup = {
  table: 'metric_warehouse_days',
  group: 'warehouse_id',
  columns: ['warehouse_id', 'day', 'received', 'inspected', 'failed', 'settled', 'received_hours', 'settled_hours', 'turnaround_hist'],
  select(d, f) {
    const w = filterOf(f);
    const t = sqlTime;
    const sql = `SELECT warehouse_id, day, SUM(received), SUM(inspected), SUM(failed), SUM(settled), SUM(received_hours), SUM(settled_hours), ${histogramSql('bin')}
      FROM (
        SELECT warehouse_id, ${t.day('received_at', d)} AS day, 1 AS received, 0 AS inspected, 0 AS failed, 0 AS settled,
          ${t.epochHours('received_at', d)} AS received_hours, 0 AS settled_hours, NULL AS bin
        FROM inspections WHERE received_at IS NOT NULL${w.where('warehouse_id', 'received_at')}
        UNION ALL
        SELECT warehouse_id, ${t.day('verdict_at', d)}, 0, 1, CASE WHEN result = 'failed' THEN 1 ELSE 0 END, CASE WHEN received_at IS NULL THEN 0 ELSE 1 END,
          0, COALESCE(${t.epochHours('received_at', d)}, 0), ${binSql(t.hours('received_at', 'verdict_at', d))}
        FROM inspections WHERE verdict_at IS NOT NULL AND result IS NOT NULL${w.where('warehouse_id', 'verdict_at')}
      ) e GROUP BY warehouse_id, day`;
    return { sql, bindings: w.bindings };
  },
};

/** The Pareto of failure reasons, by verdict day. */
const failureReasons: DayRollup = {
  table: 'metric_failure_reasons',
  group: 'warehouse_id',
  columns: ['warehouse_id', 'day', 'failure_reason', 'failed'],
  select(d, f) {
    const w = filterOf(f);
    const sql = `SELECT warehouse_id, ${sqlTime.day('verdict_at', d)} AS day, COALESCE(failure_reason, 'unknown') AS reason, COUNT(*)
      FROM inspections WHERE result = 'failed' AND verdict_at IS NOT NULL${w.where('warehouse_id', 'verdict_at')}
      GROUP BY warehouse_id, ${sqlTime.day('verdict_at', d)}, COALESCE(failure_reason, 'unknown')`;
    return { sql, bindings: w.bindings };
  },
};

/** Declared material (the order's) against the one measured, by verdict day. */
const materialPairs: DayRollup = {
  table: 'metric_material_pairs',
  group: 'warehouse_id',
  columns: ['warehouse_id', 'day', 'declared_material', 'measured_material', 'inspected', 'failed'],
  select(d, f) {
    const w = filterOf(f);
    const day = sqlTime.day('i.verdict_at', d);
    const sql = `SELECT i.warehouse_id, ${day} AS day, o.declared_material, COALESCE(i.measured_material, 'unknown') AS measured, COUNT(*),
        SUM(CASE WHEN i.result = 'failed' THEN 1 ELSE 0 END)
      FROM inspections i JOIN orders o ON o.id = i.order_id
      WHERE i.result IS NOT NULL AND i.verdict_at IS NOT NULL${w.where('i.warehouse_id', 'i.verdict_at')}
      GROUP BY i.warehouse_id, ${day}, o.declared_material, COALESCE(i.measured_material, 'unknown')`;
    return { sql, bindings: w.bindings };
  },
};

/**
 * Per category and day: cases opened (openedAt), resolved with their time to resolution
 * (resolvedAt), due and resolved in time (dueAt), appeals filed (filedAt) and decided (decidedAt).
 * Appeals belong to the category of the penalised merchant.
 */
const categoryDays: DayRollup = {
  table: 'metric_category_days',
  group: 'category_id',
  columns: ['category_id', 'day', 'opened', 'resolved', 'due', 'due_met', 'appeals_filed', 'appeals_decided', 'appeals_overturned', 'resolution_hist'],
  select(d, f) {
    const w = filterOf(f);
    const t = sqlTime;
    const row = (day: string, values: string) => `SELECT category_id, ${day} AS day, ${values}`;
    const appeal = `FROM appeals a JOIN penalties p ON p.id = a.penalty_id JOIN merchants m ON m.id = p.merchant_id`;
    const sql = `SELECT category_id, day, SUM(opened), SUM(resolved), SUM(due), SUM(due_met), SUM(filed), SUM(decided), SUM(overturned), ${histogramSql('bin')}
      FROM (
        ${row(t.day('opened_at', d), '1 AS opened, 0 AS resolved, 0 AS due, 0 AS due_met, 0 AS filed, 0 AS decided, 0 AS overturned, NULL AS bin')}
        FROM cases WHERE 1 = 1${w.where('category_id', 'opened_at')}
        UNION ALL
        ${row(t.day('resolved_at', d), `0, 1, 0, 0, 0, 0, 0, ${binSql(t.hours('opened_at', 'resolved_at', d))}`)}
        FROM cases WHERE resolved_at IS NOT NULL${w.where('category_id', 'resolved_at')}
        UNION ALL
        ${row(t.day('due_at', d), '0, 0, 1, CASE WHEN resolved_at IS NOT NULL AND resolved_at <= due_at THEN 1 ELSE 0 END, 0, 0, 0, NULL')}
        FROM cases WHERE 1 = 1${w.where('category_id', 'due_at')}
        UNION ALL
        SELECT m.category_id, ${t.day('a.filed_at', d)}, 0, 0, 0, 0, 1, 0, 0, NULL ${appeal} WHERE 1 = 1${w.where('m.category_id', 'a.filed_at')}
        UNION ALL
        SELECT m.category_id, ${t.day('a.decided_at', d)}, 0, 0, 0, 0, 0, 1, CASE WHEN a.status = 'overturned' THEN 1 ELSE 0 END, NULL
        ${appeal} WHERE a.decided_at IS NOT NULL AND a.status <> 'pending'${w.where('m.category_id', 'a.decided_at')}
      ) e GROUP BY category_id, day`;
    return { sql, bindings: w.bindings };
  },
};

/** Cases opened by violation type (the top violation types), by openedAt's day. */
const violationTypes: DayRollup = {
  table: 'metric_violation_types',
  group: 'category_id',
  columns: ['category_id', 'day', 'violation_type_id', 'opened'],
  select(d, f) {
    const w = filterOf(f);
    const day = sqlTime.day('opened_at', d);
    const sql = `SELECT category_id, ${day} AS day, violation_type_id, COUNT(*) FROM cases WHERE 1 = 1${w.where('category_id', 'opened_at')}
      GROUP BY category_id, ${day}, violation_type_id`;
    return { sql, bindings: w.bindings };
  },
};

/**
 * Cases each reviewer resolved (the assignee when it was resolved), by resolvedAt's day, with the
 * handling time: from their last claim or assignment before the resolution (or the opening) to it.
 */
const reviewerDays: DayRollup = {
  table: 'metric_reviewer_days',
  group: 'category_id',
  columns: ['category_id', 'day', 'reviewer_id', 'handled', 'handling_hist'],
  select(d, f) {
    const w = filterOf(f);
    const t = sqlTime;
    const taken = `COALESCE((SELECT MAX(e.at) FROM case_events e WHERE e.case_id = c.id AND e.kind IN ('claimed', 'assigned') AND e.at <= c.resolved_at), c.opened_at)`;
    const sql = `WITH handled AS MATERIALIZED (
        SELECT c.category_id, ${t.day('c.resolved_at', d)} AS day, c.assignee_id AS reviewer_id, ${t.hours(taken, 'c.resolved_at', d)} AS hours
        FROM cases c WHERE c.resolved_at IS NOT NULL AND c.assignee_id IS NOT NULL${w.where('c.category_id', 'c.resolved_at')}
      )
      SELECT category_id, day, reviewer_id, COUNT(*), ${histogramSql('bin')}
      FROM (SELECT category_id, day, reviewer_id, ${binSql('hours')} AS bin FROM handled) h GROUP BY category_id, day, reviewer_id`;
    return { sql, bindings: w.bindings };
  },
};

/**
 * Issued penalties (active or served, as notices count them) by type, in the day they took effect,
 * in the merchant's category; with the time from the first cited case's opening to the penalty,
 * and from the penalty to the first published notice listing it.
 */
const penaltyDays: DayRollup = {
  table: 'metric_penalty_days',
  group: 'category_id',
  columns: ['category_id', 'day', 'type', 'issued', 'noticed', 'to_penalty_hist', 'to_notice_hist'],
  select(d, f) {
    const w = filterOf(f);
    const t = sqlTime;
    const opened = `(SELECT MIN(c.opened_at) FROM penalty_cases pc JOIN cases c ON c.id = pc.case_id WHERE pc.penalty_id = p.id)`;
    const noticed = `(SELECT MIN(n.published_at) FROM notice_penalties np JOIN notices n ON n.id = np.notice_id WHERE np.penalty_id = p.id AND n.published_at IS NOT NULL)`;
    const sql = `WITH issued AS MATERIALIZED (
        SELECT m.category_id, ${t.day('p.starts_at', d)} AS day, p.type, ${t.hours(opened, 'p.starts_at', d)} AS to_penalty, ${t.hours('p.starts_at', noticed, d)} AS to_notice
        FROM penalties p JOIN merchants m ON m.id = p.merchant_id WHERE p.status IN (${counting})${w.where('m.category_id', 'p.starts_at')}
      )
      SELECT category_id, day, type, COUNT(*), COUNT(to_notice), ${histogramSql('b1')}, ${histogramSql('b2')}
      FROM (SELECT category_id, day, type, to_notice, ${binSql('to_penalty')} AS b1, ${binSql('to_notice')} AS b2 FROM issued) x
      GROUP BY category_id, day, type`;
    return { sql, bindings: w.bindings };
  },
};

/** Every per-day roll-up, in the order writers lock them (PostgreSQL advisory locks: never in a circle). */
export const DAY_ROLLUPS = { warehouseDays, failureReasons, materialPairs, categoryDays, violationTypes, reviewerDays, penaltyDays } as const;
export type RollupName = keyof typeof DAY_ROLLUPS;

/** Merchants penalised (headline figures count distinct merchants): each one's latest penalty and ban day. */
export const penalizedMerchants = {
  table: 'metric_penalized_merchants',
  columns: ['merchant_id', 'category_id', 'last_penalty_day', 'last_ban_day'],
  select(d: Dialect, merchantIds: number[] | null): Source {
    const day = sqlTime.day('p.starts_at', d);
    const only = merchantIds ? ` AND p.merchant_id IN (${merchantIds.map(() => '?').join(', ')})` : '';
    const sql = `SELECT p.merchant_id, m.category_id, MAX(${day}), MAX(CASE WHEN p.type = 'permanent_ban' THEN ${day} END)
      FROM penalties p JOIN merchants m ON m.id = p.merchant_id WHERE p.status IN (${counting})${only} GROUP BY p.merchant_id, m.category_id`;
    return { sql, bindings: merchantIds ?? [] };
  },
};
