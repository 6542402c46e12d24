/**
 * Crashes (issue 10, item 3 and the Tests section): a write load against the real server process,
 * `kill -9` mid-flight, several times; then the audit chain verifies and reaches its checkpoint,
 * every acknowledged create is there exactly once with its audit entry, and retrying every key
 * ever sent leaves exactly one record per key (a replay where the create had committed).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Agent } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { checkAndAdvance } from '../../server/audit/checkpoint';
import { postJson, processEnv, runCli, startServerProcess, type ServerProcess } from '../support/processes';
import { count, setup, type Ctx } from './helpers';

const CRASHES = 3;
const WORKERS = 8;

let c: Ctx;
let dir: string;
let env: Record<string, string>;
beforeAll(async () => {
  c = await setup({ merchants: 10, cases: 40 });
  dir = mkdtempSync(join(tmpdir(), 'trustdesk-crash-'));
  env = processEnv(c, dir);
});
afterAll(async () => {
  await c.close();
  rmSync(dir, { recursive: true, force: true });
});

function post(url: string, token: string, key: string, body: unknown, agent: Agent) {
  return postJson(url, token, body, agent, { 'idempotency-key': key }).then((r) => ({ ...r, replayed: r.headers['idempotent-replayed'] === 'true' }));
}

const summaryOf = (key: string) => `Crash-test report ${key}: buyer says the bangle is plated`;

it(`survives ${CRASHES} kill -9 crashes mid-load without losing or duplicating an acknowledged create`, { timeout: 120_000 }, async () => {
  const token = await c.token('manager');
  const body = (key: string) => ({ merchantId: 3391, violationTypeId: c.ref.vt.material_fraud.id, source: 'complaint', summary: summaryOf(key) });
  const sent = new Set<string>();
  const acked = new Map<string, number>(); // key → the id the server answered
  let next = 0;

  for (let crash = 0; crash < CRASHES; crash++) {
    const server: ServerProcess = await startServerProcess(env);
    const agent = new Agent({ keepAlive: true, maxSockets: WORKERS });
    let dead = false;
    const worker = async () => {
      while (!dead) {
        const key = `crash-${crash}-${next++}`;
        sent.add(key);
        try {
          const reply = await post(`${server.url}/api/cases`, token, key, body(key), agent);
          expect(reply.status, JSON.stringify(reply.body)).toBe(201);
          acked.set(key, reply.body.id);
        } catch (err) {
          if (!dead) throw err; // only the crash may cut a request
        }
      }
    };
    const workers = Array.from({ length: WORKERS }, worker);
    const before = acked.size;
    while (acked.size < before + 40) await new Promise((r) => setTimeout(r, 10));
    dead = true;
    server.kill('SIGKILL');
    await Promise.all(workers);
    await server.exited;
    agent.destroy();
  }
  expect(acked.size).toBeGreaterThanOrEqual(CRASHES * 40);

  // After the last crash: the server starts again on the same database.
  const server = await startServerProcess(env);
  try {
    // Every acknowledged create is there once, as answered, with its one audit entry.
    const rows = await c.db.knex('cases').where('summary', 'like', 'Crash-test report %').select('id', 'summary');
    const bySummary = new Map<string, number[]>();
    for (const r of rows) bySummary.set(r.summary, [...(bySummary.get(r.summary) ?? []), r.id]);
    for (const [key, id] of acked) expect(bySummary.get(summaryOf(key)), key).toEqual([id]);
    const audited = await c.db
      .knex('auditLog')
      .where({ resource: 'cases', action: 'create' })
      .whereIn(
        'resourceId',
        rows.map((r) => String(r.id)),
      )
      .select('resourceId');
    expect(audited.length).toBe(rows.length);
    expect(await count(c.db, 'idempotencyKeys', { statusCode: null })).toBe(0);

    // Retrying every key ever sent: acknowledged ones replay their answer; the others replay or create, once.
    const agent = new Agent({ keepAlive: true, maxSockets: WORKERS });
    const keys = [...sent];
    for (let i = 0; i < keys.length; i += WORKERS) {
      const replies = await Promise.all(
        keys.slice(i, i + WORKERS).map((key) => post(`${server.url}/api/cases`, token, key, body(key), agent).then((r) => [key, r] as const)),
      );
      for (const [key, reply] of replies) {
        expect(reply.status, JSON.stringify(reply.body)).toBe(201);
        if (acked.has(key)) expect([reply.replayed, reply.body.id]).toEqual([true, acked.get(key)]);
      }
    }
    agent.destroy();
    const after = await c.db.knex('cases').where('summary', 'like', 'Crash-test report %').select('summary');
    expect(after.length).toBe(sent.size);
    expect(new Set(after.map((r) => r.summary)).size).toBe(sent.size);
  } finally {
    server.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  }

  // The integrity check: the whole chain verifies with the key and reaches the checkpoint the server kept.
  const status = await checkAndAdvance(c.db.reader, env.AUDIT_CHECKPOINT, { full: true, advance: false });
  expect(status.chain.brokenAt).toBeNull();
  expect(status.checkpoint).not.toBeNull();
  const verify = await runCli('server/audit/verify-cli.ts', [], env);
  expect(verify.code, verify.stderr).toBe(0);
  expect(verify.stdout).toMatch(/Audit chain intact/);
});
