/**
 * Several servers on one database (issue 12): two real server processes (server/main.ts, as
 * `npm start` runs it) on the same database — a PostgreSQL schema under `npm run test:pg`, a SQLite
 * file under `npm test`. A session signed in on one is valid on the other, and its sign-out ends it
 * there too (within the session cache's few seconds); the periodic jobs — penalty expiry and
 * scheduled notices — run exactly once across both, each under its database lease.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processEnv, startServerProcess, type ServerProcess } from '../support/processes';
import { backdate, DAY, penaltyOnFreshMerchant } from './enforcement-fixtures';
import { count, setup, type Ctx } from './helpers';
import { noticeIn, type Notice } from './notice-fixtures';

let c: Ctx;
let dir: string;
let servers: ServerProcess[] = [];
let penaltyId: number;
let notice: Notice;

/** Polls `probe` until it is truthy (a bounded wait for another process, not a timing assertion). */
async function eventually<T>(probe: () => Promise<T>, what: string, ms = 45_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`still waiting for ${what} after ${ms / 1000} s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const api = (server: ServerProcess, path: string, token: string | null, init: RequestInit = {}) =>
  fetch(`${server.url}${path}`, {
    ...init,
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(init.body ? { 'content-type': 'application/json' } : {}) },
  });

beforeAll(async () => {
  c = await setup({ merchants: 10, cases: 40 });
  dir = mkdtempSync(join(tmpdir(), 'trustdesk-multi-'));
  // Due before either process starts: both schedulers tick at start-up, racing for the same work.
  const { penalty } = await penaltyOnFreshMerchant(c, 'reviewer', 'live_suspension');
  penaltyId = penalty.id;
  await backdate(c, penaltyId, new Date(Date.now() - 10 * DAY).toISOString(), new Date(Date.now() - 60_000).toISOString());
  notice = await noticeIn(c, 'scheduled');
  await c.db
    .knex('notices')
    .where({ id: notice.id })
    .update({ publishAt: new Date(Date.now() - 60_000).toISOString() });
  const env = processEnv(c, dir);
  servers = await Promise.all([startServerProcess(env), startServerProcess(env)]);
}, 120_000);

afterAll(async () => {
  for (const s of servers) {
    s.kill('SIGTERM');
    await s.exited;
  }
  await c?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('two server processes on one database', () => {
  it('a session signed in on one process works on the other, and signing out on one ends it on both', { timeout: 60_000 }, async () => {
    const [a, b] = servers;
    const login = await api(a, '/api/auth/login', null, {
      method: 'POST',
      body: JSON.stringify({ email: 'reviewer@example.com', password: 'trustdesk-demo' }),
    });
    expect(login.status).toBe(200);
    const { token } = (await login.json()) as { token: string };
    const me = await api(b, '/api/auth/me', token);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe('reviewer@example.com');
    const list = await api(b, '/api/cases?range=%5B0%2C4%5D', token);
    expect(list.status).toBe(200);
    expect(((await list.json()) as unknown[]).length).toBe(5);

    expect((await api(b, '/api/auth/logout', token, { method: 'POST' })).status).toBeLessThan(300);
    expect((await api(b, '/api/auth/me', token)).status).toBe(401);
    // The other process cached the session for a few seconds at most.
    await eventually(async () => (await api(a, '/api/auth/me', token)).status === 401, 'the sign-out to reach the other process');
  });

  it('a due penalty expires exactly once: one process ran the job, one audit entry', { timeout: 60_000 }, async () => {
    await eventually(async () => (await c.db.knex('penalties').where({ id: penaltyId }).first('status'))?.status === 'expired', 'the penalty to expire');
    expect(await count(c.db, 'auditLog', { resource: 'penalties', resourceId: String(penaltyId), action: 'expire' })).toBe(1);
    const lease = await c.db.knex('jobLeases').where({ name: 'penalty-clock' }).first('holder');
    expect(servers.map((s) => `:${s.pid}:`).some((pid) => String(lease?.holder).includes(pid))).toBe(true);
  });

  it('a due scheduled notice is published exactly once: one process ran the job, one audit entry', { timeout: 60_000 }, async () => {
    await eventually(async () => (await c.db.knex('notices').where({ id: notice.id }).first('status'))?.status === 'published', 'the notice to publish');
    const after = await c.db.knex('notices').where({ id: notice.id }).first('version');
    expect(Number(after.version)).toBe(notice.version + 1);
    expect(await count(c.db, 'auditLog', { resource: 'notices', resourceId: String(notice.id), action: 'publish' })).toBe(1);
    const lease = await c.db.knex('jobLeases').where({ name: 'notice-publishing' }).first('holder');
    expect(servers.map((s) => `:${s.pid}:`).some((pid) => String(lease?.holder).includes(pid))).toBe(true);
  });
});
