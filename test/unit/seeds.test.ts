import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, OPEN_CASE_STATUSES, SEVERITIES, SLA_HOURS, type Severity } from '../../admin/providers/caseWorkflow';
import { verifyPassword } from '../../server/auth/password';
import { createDatabase, migrateLatest, type Database } from '../../server/db/index';
import { seedAll } from '../../seeds/index';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const NOW = new Date('2026-11-20T09:30:00.000Z');
const SMALL = { merchants: 40, cases: 300, now: NOW, seed: 7 };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => { for (const c of cleanups) await c(); });

async function freshDb(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'trustdesk-seeds-'));
  const db = createDatabase({ url: join(dir, 'test.sqlite') });
  cleanups.push(async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); });
  await migrateLatest(db);
  return db;
}

type Row = Record<string, any>;

/** Every column that holds a timestamp, per table: all must be in the one ISO format (text order = time order on SQLite). */
const TIMESTAMPS: Record<string, string[]> = {
  cases: ['openedAt', 'dueAt', 'resolvedAt', 'updatedAt'], case_events: ['at'], merchants: ['joinedAt', 'updatedAt'],
  users: ['createdAt', 'updatedAt'], categories: ['createdAt', 'updatedAt'], violation_types: ['createdAt', 'updatedAt'],
  warehouses: ['createdAt', 'updatedAt'],
};

async function checkInvariants(db: Database, now: Date) {
  const { knex } = db;
  for (const [table, columns] of Object.entries(TIMESTAMPS)) {
    for (const row of await knex(table).select(columns) as Row[]) {
      for (const col of columns) if (row[col] !== null || col !== 'resolvedAt') expect(row[col], `${table}.${col}`).toMatch(ISO);
    }
  }

  const story = await knex('merchants').where({ id: 3391 }).first();
  expect(story).toMatchObject({ nickname: '老银', status: 'active', violationPoints: 0 });
  expect(story.followerCount).toBeGreaterThanOrEqual(8_000_000);
  expect((await knex('categories').where({ id: story.categoryId }).first()).code).toBe('gold_silver');

  const merchants: Row[] = await knex('merchants').select();
  expect(new Set(merchants.map((m) => m.nickname)).size).toBe(merchants.length);
  for (const m of merchants) expect(m.id >= 1000 && m.id <= 999_999, `merchant id ${m.id}`).toBe(true);

  // openCaseCount matches what a COUNT over the cases says.
  const counted: Row[] = await knex('cases').whereIn('status', OPEN_CASE_STATUSES as string[])
    .select('merchant_id').count('* as n').groupBy('merchant_id');
  const expected = new Map(counted.map((r) => [r.merchantId, Number(r.n)]));
  for (const m of merchants) expect(m.openCaseCount, `merchant ${m.id}`).toBe(expected.get(m.id) ?? 0);

  const types = new Map((await knex('violation_types').select() as Row[]).map((v) => [v.id, v]));
  const cases: Row[] = await knex('cases').select().orderBy('id');
  const events: Row[] = await knex('case_events').select().orderBy('id');
  const byCase = new Map<number, Row[]>();
  for (const e of events) byCase.set(e.caseId, [...(byCase.get(e.caseId) ?? []), e]);
  const oldest = now.getTime() - 183 * 86_400_000;

  for (const c of cases) {
    const label = `case ${c.id}`;
    expect(Date.parse(c.dueAt) - Date.parse(c.openedAt), label).toBe(SLA_HOURS[c.severity as Severity] * 3_600_000);
    expect(Date.parse(c.openedAt), label).toBeGreaterThanOrEqual(oldest);
    const step = SEVERITIES.indexOf(c.severity) - SEVERITIES.indexOf(types.get(c.violationTypeId)?.severity);
    expect(Math.abs(step), label).toBeLessThanOrEqual(1);
    expect(c.assigneeId === null, label).toBe(c.status === 'open');
    const resolved = ['confirmed', 'dismissed', 'penalized'].includes(c.status);
    expect(c.resolvedAt !== null && c.resolution !== null, label).toBe(resolved);
    if (c.source === 'inspection') {
      expect(c.orderId, label).toMatch(/^PO20\d{14}$/);
      expect(c.openedById, label).toBeNull();
    } else expect(c.openedById, label).not.toBeNull();
    const evidence = JSON.parse(c.evidence);
    expect(evidence.length, label).toBeGreaterThanOrEqual(1);
    expect(evidence.length, label).toBeLessThanOrEqual(3);
    for (const item of evidence) expect(item.kind === 'text' ? item.text : item.url, label).toBeTruthy();

    const timeline = byCase.get(c.id) ?? [];
    expect(timeline[0], label).toMatchObject({ kind: 'opened', to: 'open', at: c.openedAt, actorId: c.openedById });
    for (let i = 1; i < timeline.length; i++) expect(timeline[i].at > timeline[i - 1].at, label).toBe(true);
    expect(Date.parse(timeline[timeline.length - 1].at), label).toBeLessThanOrEqual(now.getTime());
    const changes = timeline.filter((e) => e.kind !== 'note');
    expect(changes[changes.length - 1].to, label).toBe(c.status);
    expect(c.version, label).toBe(changes.length);
    expect(c.updatedAt, label).toBe(changes[changes.length - 1].at);
    for (let i = 1; i < changes.length; i++) expect(changes[i].from, label).toBe(changes[i - 1].to);
    if (resolved) {
      const decision = changes.filter((e) => e.to === 'confirmed' || e.to === 'dismissed').pop();
      expect(decision, label).toMatchObject({ at: c.resolvedAt, note: c.resolution, actorId: c.assigneeId });
    }
  }

  const statuses = new Set(cases.map((c) => c.status));
  for (const s of CASE_STATUSES) expect(statuses.has(s), `status ${s}`).toBe(true);
  const overdue = cases.filter((c) => (c.status === 'open' || c.status === 'in_review') && Date.parse(c.dueAt) < now.getTime());
  expect(overdue.length).toBeGreaterThan(0);
  const counterfeitShare = cases.filter((c) => c.summary.includes('假冒')).length / cases.length;
  expect(counterfeitShare).toBeGreaterThan(0.1);
  expect(counterfeitShare).toBeLessThan(0.35);

  // The seed story: failed inspections at Panyu, confirmed and penalized.
  const storyCases = cases.filter((c) => c.merchantId === 3391 && c.source === 'inspection');
  expect(storyCases.length).toBeGreaterThanOrEqual(4);
  expect(storyCases.filter((c) => c.status === 'penalized').length).toBeGreaterThanOrEqual(2);
  expect(storyCases.filter((c) => c.status === 'confirmed').length).toBeGreaterThanOrEqual(1);
  for (const c of storyCases) expect(c.summary).toMatch(/Panyu/);
  return { cases, events, merchants };
}

describe('demo seeds', () => {
  it('creates the demo accounts, sharing one password hash', async () => {
    const db = await freshDb();
    await seedAll(db.knex, SMALL);
    const users: Row[] = await db.knex('users').select();
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const [email, role] of [['admin@example.com', 'admin'], ['manager@example.com', 'manager'], ['manager2@example.com', 'manager'],
      ['reviewer@example.com', 'reviewer'], ['reviewer2@example.com', 'reviewer'], ['comms@example.com', 'comms'],
      ['inspector.panyu@example.com', 'inspector']]) {
      expect(byEmail.get(email)?.role, email).toBe(role);
    }
    const panyu = await db.knex('warehouses').where({ code: 'PY' }).first();
    expect(byEmail.get('inspector.panyu@example.com')?.warehouseId).toBe(panyu.id);
    expect(new Set(users.map((u) => u.passwordHash)).size).toBe(1);
    expect(await verifyPassword('trustdesk-demo', users[0].passwordHash)).toBe(true);
    const jewelry = await db.knex('categories').where({ code: 'jewelry_jade' }).first();
    const children = (await db.knex('categories').where({ parentId: jewelry.id }).select('code')).map((c: Row) => c.code);
    expect(children.sort()).toEqual(['crystal', 'gemstones', 'gold_silver', 'jade', 'pearls']);
  });

  it('writes consistent small demo data', async () => {
    const db = await freshDb();
    const summary = await seedAll(db.knex, SMALL);
    expect(summary).toMatchObject({ merchants: 40, cases: 300 });
    const { events } = await checkInvariants(db, NOW);
    expect(summary.events).toBe(events.length);
  });

  it('gives the same data for the same seed, different data for another', async () => {
    const dump = async (opts: typeof SMALL) => {
      const db = await freshDb();
      await seedAll(db.knex, opts);
      return {
        merchants: await db.knex('merchants').select().orderBy('id'),
        cases: await db.knex('cases').select().orderBy('id'),
        events: await db.knex('case_events').select().orderBy('id'),
      };
    };
    const a = await dump(SMALL);
    expect(await dump(SMALL)).toEqual(a);
    expect((await dump({ ...SMALL, seed: 8 })).cases).not.toEqual(a.cases);
  });

  it('seeds the default volume within 10 s', async () => {
    const db = await freshDb();
    const started = performance.now();
    const summary = await seedAll(db.knex);
    const ms = performance.now() - started;
    console.log(`default demo seed: ${JSON.stringify(summary)} in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(summary.merchants).toBeGreaterThanOrEqual(500);
    expect(summary.cases).toBeGreaterThanOrEqual(3500);
    const { cases } = await checkInvariants(db, new Date());
    // Jewelry & jade dominate, and ~40% of jewelry cases come from failed inspections.
    const jewelryIds = (await db.knex('categories').whereIn('code', ['jewelry_jade', 'gold_silver', 'gemstones', 'jade', 'pearls', 'crystal'])
      .select('id')).map((c: Row) => c.id);
    const jewelry = cases.filter((c) => jewelryIds.includes(c.categoryId));
    expect(jewelry.length / cases.length).toBeGreaterThan(0.5);
    const inspected = jewelry.filter((c) => c.source === 'inspection').length / jewelry.length;
    expect(inspected).toBeGreaterThan(0.3);
    expect(inspected).toBeLessThan(0.5);
  }, 60_000);
});
