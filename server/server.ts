import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Logger } from 'pino';
import { createApp } from './app';
import { setAuditKey } from './audit/chain';
import { startCheckpointJob } from './audit/checkpoint-job';
import type { LoginLimit } from './auth/routes';
import { DEMO_PASSWORD, verifyPassword } from './auth/password';
import { createDatabase, migrateLatest, type Database } from './db';
import { closeGracefully } from './http/shutdown';
import { seedAll } from '../seeds';
import { JOBS } from './jobs';
import { startScheduler } from './jobs/scheduler';

export interface ServerOptions {
  port: number;
  databaseUrl: string;
  sessionSecret: string;
  auditKey: string;
  /** Where the audit chain's head is checkpointed (config.ts); without it, no checkpoints (tests). */
  auditCheckpoint?: string;
  production: boolean;
  evidenceImageHosts?: string[];
  log: Logger;
  spaDir?: string;
  /** Where inspection photos are stored (config.ts: UPLOADS_DIR). */
  uploadsDir?: string;
  /** PostgreSQL schema (tests). */
  schema?: string;
  seed?: { merchants?: number; cases?: number } | false;
  loginLimit?: LoginLimit;
  /** How long requests in flight may take to finish on shutdown before their connections are cut. */
  shutdownGraceMs?: number;
}

export interface RunningServer {
  url: string;
  server: Server;
  db: Database;
  seeded: boolean;
  /** Graceful: requests in flight finish, then the jobs stop, the audit head is checkpointed, the pool closes. */
  close(): Promise<void>;
}

/** Accounts still on the demo password: production refuses to start while any exists (SPEC §2). */
export async function demoPasswordAccounts(db: Database, emails?: string[]): Promise<string[]> {
  const query = db.knex('users').select('email', 'passwordHash');
  if (emails) query.whereIn('email', emails);
  const rows: { email: string; passwordHash: string }[] = await query;
  // The seeded accounts share one hash: each distinct hash is checked once (scrypt is slow on purpose).
  const hashes = [...new Set(rows.map((r) => r.passwordHash))];
  const flags = await Promise.all(hashes.map((hash) => verifyPassword(DEMO_PASSWORD, hash)));
  const demo = new Set(hashes.filter((_h, i) => flags[i]));
  return rows.filter((r) => demo.has(r.passwordHash)).map((r) => r.email);
}

/** Migrate, seed an empty demo database, check production safety, listen. */
export async function startServer(opts: ServerOptions): Promise<RunningServer> {
  setAuditKey(opts.auditKey);
  const db = createDatabase({ url: opts.databaseUrl, schema: opts.schema });
  try {
    await migrateLatest(db);
    let seeded = false;
    const empty = !(await db.knex('users').first('id'));
    if (empty && !opts.production && opts.seed !== false) {
      const t0 = Date.now();
      const summary = await seedAll(db.knex, opts.seed || {});
      opts.log.info({ ...summary, ms: Date.now() - t0 }, 'seeded the demo database');
      seeded = true;
    }
    if (opts.production) {
      const demo = await demoPasswordAccounts(db);
      if (demo.length) throw new Error(`Refusing to start in production: these accounts still use the demo password: ${demo.join(', ')}`);
    }
    const app = createApp({
      db,
      sessionSecret: opts.sessionSecret,
      log: opts.log,
      production: opts.production,
      evidenceImageHosts: opts.evidenceImageHosts,
      spaDir: opts.spaDir,
      uploadsDir: opts.uploadsDir,
      loginLimit: opts.loginLimit,
    });
    const server = await new Promise<Server>((resolve, reject) => {
      const s = app.listen(opts.port, '0.0.0.0', () => resolve(s)).on('error', reject);
    });
    const stopJobs = startScheduler(db, opts.log, JOBS);
    const checkpoints = opts.auditCheckpoint ? startCheckpointJob(db, opts.auditCheckpoint, opts.log) : null;
    const { port } = server.address() as AddressInfo;
    return {
      url: `http://localhost:${port}`,
      server,
      db,
      seeded,
      close: async () => {
        await closeGracefully(server, opts.shutdownGraceMs ?? 10_000);
        await stopJobs();
        await checkpoints?.stop();
        await db.close();
      },
    };
  } catch (err) {
    await db.close();
    throw err;
  }
}
