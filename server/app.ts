import express, { type Express } from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Database } from './db';
import { authenticate } from './auth/authenticate';
import { loginRouter, sessionRouter, type LoginLimit } from './auth/routes';
import { SessionStore } from './auth/sessions';
import { refuseCrossSiteWrites, jsonBodiesOnly } from './http/cross-site';
import { readsAfterWrites } from './http/writes-first';
import { errorHandler, notFoundRoute } from './http/errors';
import { securityHeaders } from './http/security-headers';
import { resourceRouter, type ResourceDefinition } from './http/resource';
import { serveSpa } from './http/spa';
import { publicRouter } from './public';
import { auditLogResource } from './audit/resource';
import { caseEventsResource } from './case-events/resource';
import { casesResource } from './cases/resource';
import { appealsResource } from './appeals/resource';
import { categoriesResource } from './categories/resource';
import { merchantsResource } from './merchants/resource';
import { noticesResource } from './notices/resource';
import { penaltiesResource } from './penalties/resource';
import { penaltyPoliciesResource } from './penalty-policies/resource';
import { usersResource } from './users/resource';
import { violationTypesResource } from './violation-types/resource';
import { warehousesResource } from './warehouses/resource';
import { ordersResource } from './orders/resource';
import { inspectionsResource } from './inspections/resource';
import { inspectionEventsResource } from './inspection-events/resource';
import { PhotoStore } from './inspections/photo-store';
import { metricsRouter } from './metrics/routes';
import { isPhotoUpload } from './inspections/photos';
import { DEFAULT_UPLOADS_DIR } from './config';

export interface AppOptions {
  db: Database;
  sessionSecret: string;
  log: Logger;
  production?: boolean;
  /** Hosts whose images staff browsers may load (CSP img-src); none by default. */
  evidenceImageHosts?: string[];
  loginLimit?: LoginLimit;
  /** The built SPA (dist/); omitted in API tests. */
  spaDir?: string;
  /** Where inspection photos are stored (default ./data/uploads). */
  uploadsDir?: string;
}

export const BODY_LIMIT = '100kb';

export function createApp(opts: AppOptions): Express {
  const { db, log } = opts;
  const sessions = new SessionStore(db, opts.sessionSecret);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(securityHeaders({ production: opts.production ?? false, imageHosts: opts.evidenceImageHosts ?? [] }));
  // Everything the one port serves (API, SPA assets and index.html, public pages) is compressed
  // for clients that accept it; responses under 1 kB stay plain, where compressing gains nothing.
  app.use(compression());
  // Request logs only when they would be written: pino-http costs a child logger per request.
  if (log.isLevelEnabled('info')) app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));

  // Its own app so that its answers carry no ETag: they are never cached (no-store), and hashing
  // every list body cost CPU on the hottest path. Public pages keep theirs (they revalidate).
  const api = express();
  api.disable('x-powered-by');
  api.set('etag', false);
  api.use((_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'Access-Control-Expose-Headers': 'Content-Range' });
    next();
  });
  api.use(refuseCrossSiteWrites, jsonBodiesOnly);
  const json = express.json({ limit: BODY_LIMIT });
  // Photo uploads (JSON too) parse their own, larger body once signed in and allowed (server/inspections/photos.ts).
  api.use((req, res, next) => (isPhotoUpload(req) ? next() : json(req, res, next)));
  api.use(cookieParser());
  api.get('/health', (_req, res) => {
    res.json({ ok: true });
  });
  api.use(
    '/auth',
    loginRouter(db, sessions, {
      limit: opts.loginLimit ?? { windowMs: 15 * 60_000, limit: 10 },
      secureCookie: opts.production ?? false,
    }),
  );
  api.use(authenticate(sessions));
  api.use(readsAfterWrites(db));
  api.use('/auth', sessionRouter());

  for (const def of apiResources(sessions, opts.uploadsDir)) api.use(`/${def.name}`, resourceRouter(def, db));
  api.use('/metrics', metricsRouter(db));
  api.use(notFoundRoute);

  app.use('/api', api);
  app.use(publicRouter(db));
  if (opts.spaDir) serveSpa(app, opts.spaDir);
  app.use(notFoundRoute);
  app.use(errorHandler(log));
  return app;
}

/** Every resource of the API, registered once (README: Adding a resource); the route fuzzer walks the same list. */
export function apiResources(sessions: SessionStore, uploadsDir = DEFAULT_UPLOADS_DIR): ResourceDefinition[] {
  return [
    usersResource(sessions),
    categoriesResource,
    violationTypesResource,
    warehousesResource,
    merchantsResource,
    casesResource,
    caseEventsResource,
    penaltiesResource,
    appealsResource,
    penaltyPoliciesResource,
    noticesResource,
    auditLogResource,
    ordersResource,
    inspectionsResource(new PhotoStore(uploadsDir)),
    inspectionEventsResource,
  ];
}
