/**
 * Everything a signed-out visitor may reach, outside the signed-in `/api`: server-rendered pages
 * (`/notices`, `/track/<code>`) and their JSON and feed twins under `/public`. Each feature adds
 * its router here; none of them reads a session.
 */
import { Router } from 'express';
import type { Database } from '../db';
import { noticesRouter } from './notices';
import { trackingRouter } from './tracking';

export type PublicFeature = (db: Database) => Router;

/** The features' routers, in order: a public page is its router and a line here. */
const FEATURES: PublicFeature[] = [noticesRouter, trackingRouter];

export function publicRouter(db: Database): Router {
  const router = Router();
  for (const feature of FEATURES) router.use(feature(db));
  return router;
}
