import express, { type Express } from 'express';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import helmet from 'helmet';
import { pinoHttp } from 'pino-http';
import type { Logger } from 'pino';
import type { Database } from './db';
import { authenticate } from './auth/authenticate';
import { loginRouter, sessionRouter, type LoginLimit } from './auth/routes';
import { SessionStore } from './auth/sessions';
import { errorHandler, notFoundRoute } from './http/errors';
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
import { isPhotoUpload } from './inspections/photos';
import { DEFAULT_UPLOADS_DIR } from './config';

export interface AppOptions {
  db: Database;
  sessionSecret: string;
  log: Logger;
  production?: boolean;
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
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'https:'],
          'style-src': ["'self'", "'unsafe-inline'"], // MUI/emotion inject styles at run time
          'upgrade-insecure-requests': null,
        },
      },
      hsts: opts.production ?? false,
    }),
  );
  // Everything the one port serves (API, SPA assets and index.html, public pages) is compressed
  // for clients that accept it; responses under 1 kB stay plain, where compressing gains nothing.
  app.use(compression());
  // Request logs only when they would be written: pino-http costs a child logger per request.
  if (log.isLevelEnabled('info')) app.use(pinoHttp({ logger: log, autoLogging: { ignore: (req) => !req.url?.startsWith('/api') } }));

  const api = express.Router();
  api.use((_req, res, next) => {
    res.set({ 'Cache-Control': 'no-store', 'Access-Control-Expose-Headers': 'Content-Range' });
    next();
  });
  const json = express.json({ limit: BODY_LIMIT });
  // Photo uploads parse their own, larger body once signed in and allowed (server/inspections/photos.ts).
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
  api.use('/auth', sessionRouter(db, sessions));

  // Every resource of the API, registered once: a new resource is its folder and a line here.
  const resources: ResourceDefinition[] = [
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
    inspectionsResource(new PhotoStore(opts.uploadsDir ?? DEFAULT_UPLOADS_DIR)),
    inspectionEventsResource,
  ];
  for (const def of resources) api.use(`/${def.name}`, resourceRouter(def, db));
  api.use(notFoundRoute);

  app.use('/api', api);
  app.use(publicRouter(db));
  if (opts.spaDir) serveSpa(app, opts.spaDir);
  app.use(notFoundRoute);
  app.use(errorHandler(log));
  return app;
}
