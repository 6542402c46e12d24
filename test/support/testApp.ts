/**
 * The real Express app on a fresh database per test file: a temporary SQLite file, or a fresh
 * PostgreSQL schema when DATABASE_URL is a postgres:// URL (npm run test:pg). Seeded with the
 * demo reference data and a small deterministic slice of merchants and cases.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Express } from 'express';
import request from 'supertest';
import { createApp } from '../../server/app';
import type { LoginLimit } from '../../server/auth/routes';
import { createDatabase, isPostgresUrl, migrateLatest, type Database } from '../../server/db';
import { createLogger } from '../../server/logger';
import { DEMO_PASSWORD, seedAll } from '../../seeds';

export const PASSWORD = DEMO_PASSWORD;
export const EMAILS = {
  admin: 'admin@example.com',
  manager: 'manager@example.com',
  manager2: 'manager2@example.com',
  reviewer: 'reviewer@example.com',
  reviewer2: 'reviewer2@example.com',
  comms: 'comms@example.com',
  inspector: 'inspector.panyu@example.com',
} as const;
export type Who = keyof typeof EMAILS;

export interface TestApp {
  app: Express;
  db: Database;
  /** DATABASE_URL for a child process (a CLI, a real server) to reach this very database. */
  databaseUrl: string;
  /** The PostgreSQL schema of this file (null on SQLite). */
  schema: string | null;
  /** A bearer token for a demo account (signed in once per file). */
  token(who: Who): Promise<string>;
  /** supertest with that account's bearer token. */
  as(who: Who): Promise<AuthedAgent>;
  userId(who: Who): Promise<number>;
  /** Another handle on the same database, as a second server process would have (closed with the app). */
  openAnotherHandle(): Database;
  /** This app's own folder for inspection photos. */
  uploadsDir: string;
  close(): Promise<void>;
}

type Method = 'get' | 'post' | 'put' | 'delete';
export type AuthedAgent = Record<Method, (url: string) => request.Test>;

export async function startTestApp(opts: { merchants?: number; cases?: number; loginLimit?: LoginLimit; seed?: boolean } = {}): Promise<TestApp> {
  const pgUrl = process.env.DATABASE_URL && isPostgresUrl(process.env.DATABASE_URL) ? process.env.DATABASE_URL : null;
  const dir = pgUrl ? null : mkdtempSync(join(tmpdir(), 'trustdesk-test-'));
  const schema = pgUrl ? `td_test_${randomBytes(6).toString('hex')}` : undefined;
  const url = pgUrl ?? join(dir!, 'test.sqlite');
  const db = createDatabase({ url, schema });
  const others: Database[] = [];
  const uploadsDir = mkdtempSync(join(tmpdir(), 'trustdesk-uploads-'));
  const databaseUrl = pgUrl ? `${pgUrl}${pgUrl.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}` : url;
  await migrateLatest(db);
  if (opts.seed !== false) await seedAll(db.knex, { merchants: opts.merchants ?? 40, cases: opts.cases ?? 300, seed: 7, now: new Date() });
  const app = createApp({
    db,
    sessionSecret: 'test-secret',
    log: createLogger('silent'),
    loginLimit: opts.loginLimit ?? { windowMs: 60_000, limit: 1000 },
    uploadsDir,
  });
  const tokens = new Map<Who, Promise<string>>();
  const token = (who: Who) => {
    if (!tokens.has(who)) {
      tokens.set(
        who,
        request(app)
          .post('/api/auth/login')
          .send({ email: EMAILS[who], password: PASSWORD })
          .then((res) => {
            if (res.status !== 200) throw new Error(`login ${who}: ${res.status} ${JSON.stringify(res.body)}`);
            return res.body.token as string;
          }),
      );
    }
    return tokens.get(who)!;
  };
  return {
    app,
    db,
    databaseUrl,
    schema: schema ?? null,
    token,
    async as(who) {
      const bearer = `Bearer ${await token(who)}`;
      const agent = request(app);
      const wrap = (m: Method) => (url: string) => agent[m](url).set('Authorization', bearer);
      return { get: wrap('get'), post: wrap('post'), put: wrap('put'), delete: wrap('delete') };
    },
    async userId(who) {
      return (await db.knex('users').where({ email: EMAILS[who] }).first('id')).id;
    },
    openAnotherHandle() {
      const other = createDatabase({ url, schema });
      others.push(other);
      return other;
    },
    uploadsDir,
    async close() {
      for (const other of others) await other.close();
      rmSync(uploadsDir, { recursive: true, force: true });
      if (schema) await db.knex.raw('DROP SCHEMA IF EXISTS ?? CASCADE', [schema]);
      await db.close();
      if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `?sort=…&range=…&filter=…` the way ra-data-simple-rest writes it. */
export function listUrl(resource: string, q: { sort?: [string, string]; range?: [number, number]; filter?: Record<string, unknown> } = {}): string {
  const params = new URLSearchParams();
  if (q.sort) params.set('sort', JSON.stringify(q.sort));
  if (q.range) params.set('range', JSON.stringify(q.range));
  if (q.filter) params.set('filter', JSON.stringify(q.filter));
  const s = params.toString();
  return `/api/${resource}${s ? `?${s}` : ''}`;
}

export function totalOf(res: { headers: Record<string, string> }): number {
  return Number(res.headers['content-range']?.split('/').pop());
}
