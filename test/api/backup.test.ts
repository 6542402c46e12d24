/**
 * Backups (issue 10, item 8): `npm run backup` and `npm run restore` as an operator runs them. The
 * restored database equals the backup, row for row, and its audit chain verifies with the key and
 * becomes the checkpoint. SQLite always (a database of its own); PostgreSQL with `npm run test:pg`,
 * through the pg_dump / pg_restore lines the backup script prints.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { verifyChain } from '../../server/audit/chain';
import { checkAndAdvance, readCheckpoint } from '../../server/audit/checkpoint';
import { pgDumpArgs, pgRestoreArgs } from '../../server/db/backup';
import { createDatabase, migrateLatest, type Database } from '../../server/db';
import { createLogger } from '../../server/logger';
import { seedAll } from '../../seeds';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { runCli } from '../support/processes';
import { EMAILS, PASSWORD } from '../support/testApp';
import { fingerprint, setup, type Ctx } from './helpers';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'trustdesk-backup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Cases created through the API (each with its audit entry). */
async function createCases(db: Database, n: number) {
  const app = createApp({ db, sessionSecret: 'test-secret', log: createLogger('silent') });
  const { token } = (await request(app).post('/api/auth/login').send({ email: EMAILS.manager, password: PASSWORD })).body;
  const merchant = await db.knex('merchants').first('id');
  const violationType = await db.knex('violationTypes').first('id');
  for (let i = 0; i < n; i++) {
    const body = { merchantId: merchant.id, violationTypeId: violationType.id, source: 'complaint', summary: `Backed-up report number ${i}` };
    expect((await request(app).post('/api/cases').set('Authorization', `Bearer ${token}`).send(body)).status).toBe(201);
  }
}

describe('SQLite', () => {
  let db: Database;
  let env: Record<string, string>;
  beforeAll(async () => {
    const file = join(dir, 'live.sqlite');
    env = { DATABASE_URL: file, AUDIT_KEY: TEST_AUDIT_KEY, AUDIT_CHECKPOINT: join(dir, 'audit-checkpoint.json'), SESSION_SECRET: 'test-secret' };
    db = createDatabase({ url: file });
    await migrateLatest(db);
    await seedAll(db.knex, { merchants: 10, cases: 40, seed: 3, now: new Date() });
    await createCases(db, 5);
    await checkAndAdvance(db.reader, env.AUDIT_CHECKPOINT, { full: true }); // as the running server does
  });
  afterAll(() => db.close());

  it('npm run backup copies the live database; npm run restore brings back exactly that, with a verified audit chain as the checkpoint', async () => {
    const backupFile = join(dir, 'backups', 'b1.sqlite');
    const atBackup = await fingerprint(db);
    const backup = await runCli('server/db/backup-cli.ts', ['--to', backupFile], env);
    expect(backup.code, backup.stderr).toBe(0);
    expect(backup.stdout).toMatch(/audit entries verified/);
    expect(readCheckpoint(`${backupFile}.checkpoint.json`)).toMatchObject({ id: expect.any(Number) });

    // Life goes on after the backup; then the database is lost and restored.
    await createCases(db, 3);
    await checkAndAdvance(db.reader, env.AUDIT_CHECKPOINT);
    const before = readCheckpoint(env.AUDIT_CHECKPOINT)!;
    await db.close();
    const restore = await runCli('server/db/restore-cli.ts', [backupFile], env);
    expect(restore.code, restore.stderr + restore.stdout).toBe(0);
    expect(restore.stdout).toMatch(new RegExp(`Before the restore the checkpoint recorded entry ${before.id}`));

    db = createDatabase({ url: env.DATABASE_URL });
    expect(await fingerprint(db)).toEqual(atBackup);
    const chain = await verifyChain(db.knex);
    expect(chain.brokenAt).toBeNull();
    expect(readCheckpoint(env.AUDIT_CHECKPOINT)).toMatchObject(chain.head!);
    expect(readdirSync(dir).some((f) => f.startsWith('live.sqlite.before-restore-'))).toBe(true);
  });

  it('refuses to restore a backup whose audit log was changed', async () => {
    const backupFile = join(dir, 'backups', 'b2.sqlite');
    expect((await runCli('server/db/backup-cli.ts', ['--to', backupFile], env)).code).toBe(0);
    const copy = createDatabase({ url: backupFile });
    await copy.knex('auditLog').where('id', '=', copy.knex('auditLog').max('id')).delete();
    await copy.close();
    const atRefusal = await fingerprint(db);
    await db.close();
    const restore = await runCli('server/db/restore-cli.ts', [backupFile], env);
    expect(restore.code).toBe(1);
    expect(restore.stderr).toMatch(/Refusing to restore.*truncated/);
    db = createDatabase({ url: env.DATABASE_URL });
    expect(await fingerprint(db)).toEqual(atRefusal);
  });
});

describe.runIf(process.env.DATABASE_URL?.startsWith('postgres'))('PostgreSQL', () => {
  let c: Ctx;
  const restoredDb = `td_restore_${randomBytes(5).toString('hex')}`;
  const base = (process.env.DATABASE_URL ?? '').replace(/\?.*$/, '');
  const restoredUrl = base.replace(/\/[^/]*$/, `/${restoredDb}`);
  beforeAll(async () => {
    c = await setup({ merchants: 10, cases: 40 });
    await createCases(c.db, 3);
  });
  afterAll(async () => {
    await c.close();
    spawnSync('psql', [base, '-qc', `DROP DATABASE IF EXISTS ${restoredDb} WITH (FORCE)`]);
  });

  it('the printed pg_dump and pg_restore lines round-trip the database; npm run restore -- --adopt verifies it and checkpoints its head', async () => {
    const env = { DATABASE_URL: c.databaseUrl, AUDIT_KEY: TEST_AUDIT_KEY, AUDIT_CHECKPOINT: join(dir, 'pg-checkpoint.json') };
    const printed = await runCli('server/db/backup-cli.ts', [], env);
    expect(printed.code, printed.stderr).toBe(0);
    expect(printed.stdout).toMatch(/pg_dump --format=custom/);
    expect(printed.stdout).toMatch(/pg_restore --clean/);

    const file = join(dir, 'pg.dump');
    const atBackup = await fingerprint(c.db);
    const [dump, ...dumpArgs] = pgDumpArgs(c.databaseUrl, file, { schema: c.schema! });
    expect(spawnSync(dump, dumpArgs, { encoding: 'utf8' }).status).toBe(0);
    expect(spawnSync('psql', [base, '-qc', `CREATE DATABASE ${restoredDb}`]).status).toBe(0);
    // A dump of one schema carries no extensions: the text search's pg_trgm comes with the database.
    expect(spawnSync('psql', [restoredUrl, '-qc', 'CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public']).status).toBe(0);
    const [restoreCmd, ...restoreArgs] = pgRestoreArgs(restoredUrl, file);
    const restored = spawnSync(restoreCmd, restoreArgs, { encoding: 'utf8' });
    expect(restored.status, restored.stderr).toBe(0);

    const copy = createDatabase({ url: restoredUrl, schema: c.schema! });
    try {
      expect(await fingerprint(copy)).toEqual(atBackup);
      expect((await verifyChain(copy.knex)).brokenAt).toBeNull();
    } finally {
      await copy.close();
    }
    const adopt = await runCli('server/db/restore-cli.ts', ['--adopt'], { ...env, DATABASE_URL: c.databaseUrl.replace(base, restoredUrl) });
    expect(adopt.code, adopt.stderr).toBe(0);
    expect(existsSync(env.AUDIT_CHECKPOINT)).toBe(true);
  });
});
