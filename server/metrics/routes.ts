/**
 * `/api/metrics/*` (SPEC §5): the warehouse and enforcement figures and the headline, as JSON or
 * (`format=csv`) as a transparency-report table. Guarded by the role table; an inspector is kept
 * to their own warehouse (./params.ts).
 */
import { Router, type Request, type Response } from 'express';
import { isoDay } from '../../domain/metrics';
import { canAccess } from '../../domain/roles';
import { authorize } from '../auth/authorize';
import type { Database } from '../db';
import { writeTableCsv } from '../http/csv';
import { ref } from '../http/fields';
import { enforcementMetrics } from './enforcement';
import { headlineMetrics } from './headline';
import { parseCategory, parseFormat, parseRange, parseSince, parseWarehouse } from './params';
import { warehouseMetrics } from './warehouses';

const csv = (req: Request, res: Response, db: Database, name: string, rows: Record<string, unknown>[]) =>
  writeTableCsv(res, {
    knex: db.reader,
    name,
    rows,
    refs: { warehouseId: ref.warehouse, categoryId: ref.category },
    locale: String(req.query.locale ?? 'en'),
    stamp: new Date().toISOString().slice(0, 10),
  });

export function metricsRouter(db: Database): Router {
  const router = Router();
  const q = (req: Request) => req.query as Record<string, unknown>;

  router.get('/warehouses', authorize('metrics/warehouses', 'list'), async (req, res) => {
    const format = parseFormat(q(req));
    const range = parseRange(q(req), ['day', 'week'], isoDay(new Date()));
    const warehouseId = await parseWarehouse(db.reader, q(req), req.actor!);
    const result = await warehouseMetrics(db.reader, range, warehouseId);
    if (format === 'csv') return csv(req, res, db, `warehouse-metrics-${range.from}-${range.to}`, result.rows);
    res.json(result);
  });

  router.get('/enforcement', authorize('metrics/enforcement', 'list'), async (req, res) => {
    const format = parseFormat(q(req));
    const range = parseRange(q(req), ['day', 'week', 'month'], isoDay(new Date()));
    const category = await parseCategory(db.reader, q(req));
    const reviewers = canAccess(req.actor!.role, { action: 'readPrivate', resource: 'metrics/enforcement' });
    const result = await enforcementMetrics(db.reader, range, category, { reviewers });
    if (format === 'csv') return csv(req, res, db, `enforcement-metrics-${range.from}-${range.to}`, result.rows);
    res.json(result);
  });

  router.get('/headline', authorize('metrics/headline', 'list'), async (req, res) => {
    const now = new Date();
    const since = parseSince(q(req), now.toISOString().slice(0, 10));
    const category = await parseCategory(db.reader, q(req));
    res.json(await headlineMetrics(db.reader, since, category, now));
  });
  return router;
}
