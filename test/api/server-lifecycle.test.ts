/**
 * The server process from start to stop (issue 10, items 4, 6 and 9): the start banner shows the
 * demo password only beside accounts that still have it; SIGTERM lets the requests in flight finish
 * before the process ends and checkpoints the audit head; `npm run audit:verify` prints that head
 * and reports a log cut short.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCheckpoint } from '../../server/audit/checkpoint';
import { hashPassword } from '../../server/auth/password';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../seeds';
import { postJson, processEnv, runCli, startServerProcess } from '../support/processes';
import { caseBody, count, setup, type Ctx } from './helpers';

let c: Ctx;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  c = await setup({ merchants: 10, cases: 40 });
  dir = mkdtempSync(join(tmpdir(), 'trustdesk-lifecycle-'));
  env = processEnv(c, dir);
});
afterAll(async () => {
  await c.close();
  rmSync(dir, { recursive: true, force: true });
});

const post = (url: string, token: string, body: unknown, agent: Agent) => postJson(url, token, body, agent).then((r) => r.status);

describe('SIGTERM', () => {
  it('finishes the requests in flight, then exits 0 with the audit head checkpointed', { timeout: 60_000 }, async () => {
    const server = await startServerProcess({ ...env, LOG_LEVEL: 'info' });
    const token = await c.token('manager');
    const before = await count(c.db, 'cases');
    const agent = new Agent({ keepAlive: true, maxSockets: 30 });
    const answers = Array.from({ length: 30 }, (_, i) =>
      post(`${server.url}/api/cases`, token, caseBody(c.ref, { summary: `In flight at shutdown ${i}` }), agent),
    );
    await Promise.race(answers); // the first is answered, the others are in flight or queued
    server.kill('SIGTERM');
    expect(await Promise.all(answers)).toEqual(Array(30).fill(201));
    expect(await server.exited).toBe(0);
    agent.destroy();
    expect(await count(c.db, 'cases')).toBe(before + 30);
    expect(server.output()).toMatch(/"signal":"SIGTERM".*"msg":"shutting down[\s\S]*"msg":"stopped"/);
    const head = await c.db.knex('auditLog').orderBy('id', 'desc').first('id', 'hash');
    expect(readCheckpoint(env.AUDIT_CHECKPOINT)).toMatchObject(head);
  });
});

describe('npm run audit:verify', () => {
  it('prints the head to keep elsewhere, checks a kept head, and reports a log cut short', { timeout: 60_000 }, async () => {
    const ok = await runCli('server/audit/verify-cli.ts', [], env);
    expect(ok.code, ok.stderr).toBe(0);
    const head = /--expect (\d+:[0-9a-f]{64})/.exec(ok.stdout)![1];
    expect((await runCli('server/audit/verify-cli.ts', ['--expect', head], env)).code).toBe(0);

    const newest = await c.db.knex('auditLog').orderBy('id', 'desc').limit(50).select();
    await c.db
      .knex('auditLog')
      .whereIn(
        'id',
        newest.map((r) => r.id),
      )
      .delete();
    try {
      const cut = await runCli('server/audit/verify-cli.ts', [], env);
      expect(cut.code).toBe(2);
      expect(cut.stderr).toMatch(/BROKEN at entry \d+: entry \d+, recorded as the head, is missing: the log was truncated/);
      // Without the checkpoint file (kept elsewhere instead), the printed head still shows it.
      const elsewhere = await runCli('server/audit/verify-cli.ts', ['--expect', head], { ...env, AUDIT_CHECKPOINT: join(dir, 'none.json') });
      expect(elsewhere.code).toBe(2);
    } finally {
      await c.db.knex('auditLog').insert(newest.reverse());
    }
  });
});

describe('the start banner', () => {
  it('in production, after every demo account changed its password, shows no demo password', { timeout: 60_000 }, async () => {
    const emails = DEMO_ACCOUNTS.map((a) => a.email);
    const hashes = await c.db.knex('users').whereIn('email', emails).select('id', 'passwordHash');
    const changed = await hashPassword('a real password, not the demo one');
    await c.db.knex('users').update({ passwordHash: changed });
    try {
      const server = await startServerProcess({ ...env, NODE_ENV: 'production' });
      await new Promise((r) => setTimeout(r, 300));
      server.kill('SIGTERM');
      expect(await server.exited).toBe(0);
      expect(server.output()).toMatch(/Trustdesk is running at/);
      expect(server.output()).not.toContain(DEMO_PASSWORD);

      // Outside production, only the accounts still on the demo password are listed with it.
      await c.db
        .knex('users')
        .where({ email: 'reviewer@example.com' })
        .update({ passwordHash: hashes.find((h) => h.id === c.ref.user.reviewer)!.passwordHash });
      const dev = await startServerProcess(env);
      dev.kill('SIGTERM');
      expect(await dev.exited).toBe(0);
      const banner = dev.output().slice(dev.output().indexOf('Demo sign-in'));
      expect(banner).toContain(DEMO_PASSWORD);
      expect(banner).toMatch(/reviewer@example\.com/);
      expect(banner).not.toMatch(/admin@example\.com|manager@example\.com/);
    } finally {
      for (const h of hashes) await c.db.knex('users').where({ id: h.id }).update({ passwordHash: h.passwordHash });
    }
  });
});
