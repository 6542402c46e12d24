/**
 * Buyer tracking without a login (SPEC §4): `GET /track/<code>` (an HTML page for a phone, in
 * Chinese or English, printable) and `GET /public/track/<code>` (JSON), both the projection of
 * domain/tracking.ts. Unknown codes get a 404, and an address that keeps guessing is stopped: only
 * failed lookups count towards its limit.
 */
import { Router, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { InspectionStatus } from '../../domain/inspections';
import { normalizeTrackingCode } from '../../domain/orders';
import { publicTracking, type PublicTracking, type TrackingLang } from '../../domain/tracking';
import type { Database } from '../db';
import { toNumber } from '../db/dialect';
import { toIso } from '../db/time';
import { HttpError, notFound } from '../http/errors';
import { langOf } from './html';
import { notFoundPage, tooManyPage, trackingPage } from './tracking-page';

export const GUESS_LIMIT = { windowMs: 15 * 60_000, limit: 30 };

/** The projection for a code, or null. Selects exactly the columns the projection reads. */
export async function findTracking(db: Database, raw: string, lang: TrackingLang): Promise<PublicTracking | null> {
  const code = normalizeTrackingCode(raw);
  if (!code) return null;
  const row = await db
    .reader('orders')
    .join('inspections', 'inspections.orderId', 'orders.id')
    .join('warehouses', 'warehouses.id', 'inspections.warehouseId')
    .where('orders.trackingCode', code)
    .first(
      'inspections.id as inspectionId',
      'orders.trackingCode',
      'orders.productTitle',
      'orders.declaredMaterial',
      'orders.declaredWeightGrams',
      'inspections.status',
      'inspections.result',
      'inspections.certificateNo',
      'inspections.sealNo',
      'warehouses.code',
      'warehouses.name',
      'warehouses.nameZh',
      'warehouses.city',
      'warehouses.agency',
    );
  if (!row) return null;
  const events = await db.reader('inspectionEvents').where('inspectionId', row.inspectionId).orderBy(['at', 'id']).select('to', 'at', 'publicMessage');
  return publicTracking(
    {
      order: {
        trackingCode: row.trackingCode,
        productTitle: row.productTitle,
        declaredMaterial: row.declaredMaterial,
        declaredWeightGrams: toNumber(row.declaredWeightGrams),
      },
      inspection: { status: row.status, result: row.result ?? null, certificateNo: row.certificateNo ?? null, sealNo: row.sealNo ?? null },
      warehouse: { code: row.code, name: row.name, nameZh: row.nameZh ?? null, city: row.city, agency: row.agency },
      events: events.map((e: { to: InspectionStatus; at: unknown; publicMessage: string | null }) => ({
        to: e.to,
        at: toIso(e.at)!,
        publicMessage: e.publicMessage,
      })),
    },
    lang,
  );
}

const wantsHtml = (req: Request) => !req.path.startsWith('/public/');

export function trackingRouter(db: Database, limit = GUESS_LIMIT): Router {
  const router = Router();
  const minutes = Math.ceil(limit.windowMs / 60_000);
  const guesses = rateLimit({
    ...limit,
    skipSuccessfulRequests: true,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? 'unknown'),
    handler: (req: Request, res: Response) => {
      res.status(429);
      if (wantsHtml(req)) res.type('html').send(tooManyPage(langOf(req), minutes));
      else res.json(new HttpError(429, 'tracking.too_many_lookups', { minutes }).toJSON());
    },
  });
  // A buyer's page: not for search engines or shared caches, always current.
  const headers = (res: Response) => res.set({ 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' });

  router.get('/public/track/:code', guesses, async (req, res) => {
    headers(res);
    const tracking = await findTracking(db, String(req.params.code), langOf(req));
    if (!tracking) {
      res.status(404).json(notFound('Tracking code').toJSON());
      return;
    }
    res.json(tracking);
  });
  router.get('/track/:code', guesses, async (req, res) => {
    headers(res);
    const lang = langOf(req);
    const tracking = await findTracking(db, String(req.params.code), lang);
    if (!tracking) {
      res
        .status(404)
        .type('html')
        .send(notFoundPage(lang, String(req.params.code)));
      return;
    }
    res.type('html').send(trackingPage(tracking, lang, req.path));
  });
  return router;
}
