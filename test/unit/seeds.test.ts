import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CASE_STATUSES, OPEN_CASE_STATUSES, SEVERITIES, SLA_HOURS, type Severity } from '../../domain/cases';
import { APPEAL_STATUSES } from '../../domain/appeals';
import { PENALTY_STATUSES, PENALTY_TYPES, TIMED_PENALTY_TYPES } from '../../domain/penalties';
import { verifyPassword } from '../../server/auth/password';
import { createDatabase, migrateLatest, type Database } from '../../server/db/index';
import { recomputeMerchant } from '../../server/merchants/service';
import { suggestPenalty, type PastPenalty, type PenaltyPolicy as Policy } from '../../domain/policy';
import { seedAll } from '../../seeds/index';
import { VIOLATION_TYPES } from '../../seeds/content/reference';
import { SHUIBEI_SPELL } from '../../seeds/cases';
import { checkInspections, failureRate } from './seeds-inspections';

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const NOW = new Date('2026-11-20T09:30:00.000Z');
const SMALL = { merchants: 40, cases: 300, now: NOW, seed: 7 };

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function freshDb(): Promise<Database> {
  const dir = mkdtempSync(join(tmpdir(), 'trustdesk-seeds-'));
  const db = createDatabase({ url: join(dir, 'test.sqlite') });
  cleanups.push(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await migrateLatest(db);
  return db;
}

type Row = Record<string, any>;

/** Every column that holds a timestamp, per table: all must be in the one ISO format (text order = time order on SQLite). */
const TIMESTAMPS: Record<string, string[]> = {
  cases: ['openedAt', 'dueAt', 'resolvedAt', 'updatedAt'],
  case_events: ['at'],
  merchants: ['joinedAt', 'updatedAt'],
  users: ['createdAt', 'updatedAt'],
  categories: ['createdAt', 'updatedAt'],
  violation_types: ['createdAt', 'updatedAt'],
  warehouses: ['createdAt', 'updatedAt'],
  penalty_policies: ['createdAt'],
  penalties: ['startsAt', 'endsAt', 'decidedAt', 'revokedAt', 'createdAt', 'updatedAt'],
  appeals: ['filedAt', 'decidedAt', 'updatedAt'],
  orders: ['placedAt', 'createdAt', 'updatedAt'],
  inspections: ['receivedAt', 'startedAt', 'verdictAt', 'shippedAt', 'returnedAt', 'createdAt', 'updatedAt'],
  inspection_events: ['at'],
};
const NULLABLE = new Set(['resolvedAt', 'endsAt', 'decidedAt', 'revokedAt', 'receivedAt', 'startedAt', 'verdictAt', 'shippedAt', 'returnedAt']);

async function checkInvariants(db: Database, now: Date) {
  const { knex } = db;
  for (const [table, columns] of Object.entries(TIMESTAMPS)) {
    for (const row of (await knex(table).select(columns)) as Row[]) {
      for (const col of columns) if (row[col] !== null || !NULLABLE.has(col)) expect(row[col], `${table}.${col}`).toMatch(ISO);
    }
  }

  const story = await knex('merchants').where({ id: 3391 }).first();
  expect(story).toMatchObject({ nickname: '老银', status: 'banned' });
  expect(story.followerCount).toBeGreaterThanOrEqual(8_000_000);
  expect((await knex('categories').where({ id: story.categoryId }).first()).code).toBe('gold_silver');

  const merchants: Row[] = await knex('merchants').select();
  expect(new Set(merchants.map((m) => m.nickname)).size).toBe(merchants.length);
  for (const m of merchants) expect(m.id >= 1000 && m.id <= 999_999, `merchant id ${m.id}`).toBe(true);

  // openCaseCount matches what a COUNT over the cases says.
  const counted: Row[] = await knex('cases')
    .whereIn('status', OPEN_CASE_STATUSES as string[])
    .select('merchant_id')
    .count('* as n')
    .groupBy('merchant_id');
  const expected = new Map(counted.map((r) => [r.merchantId, Number(r.n)]));
  for (const m of merchants) expect(m.openCaseCount, `merchant ${m.id}`).toBe(expected.get(m.id) ?? 0);

  const types = new Map(((await knex('violation_types').select()) as Row[]).map((v) => [v.id, v]));
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
      // The reviewer's decision (a rejected ban also moves its cases back to confirmed, later).
      const decision = changes.filter((e) => e.from === 'in_review' && (e.to === 'confirmed' || e.to === 'dismissed')).pop();
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
  for (const c of storyCases) expect(c.status).toBe('penalized');
  for (const c of storyCases) expect(c.summary).toMatch(/Panyu/);
  await checkEnforcement(db, now, cases, byCase, types);
  const { inspections, warehouses } = await checkInspections(db, now, cases);
  return { cases, events, merchants, inspections, warehouses };
}

/** A penalty's status as the ladder saw it at `at`: a ban counts once approved, a revoked penalty until revoked. */
const statusAt = (q: Row, at: string) =>
  ['pending_approval', 'rejected'].includes(q.status) || (q.decidedAt ?? '') > at
    ? 'pending_approval'
    : q.revokedAt && q.revokedAt <= at
      ? 'revoked'
      : 'active';

async function checkEnforcement(db: Database, now: Date, cases: Row[], byCase: Map<number, Row[]>, types: Map<number, Row>) {
  const { knex } = db;
  const users = new Map(((await knex('users').select()) as Row[]).map((u) => [u.id, u]));
  const policies: Row[] = (await knex('penalty_policies').select().orderBy('id')).map((p: Row) => ({
    ...p,
    points: JSON.parse(p.points),
    ladder: JSON.parse(p.ladder),
    directBanTypes: JSON.parse(p.directBanTypes),
  }));
  expect(policies.length).toBeGreaterThanOrEqual(1);
  expect(policies[0]).toMatchObject({ windowDays: 365, appealWindowDays: 15, note: 'Initial policy' });
  expect(policies[0].directBanTypes).toEqual(['material_fraud', 'counterfeit']);
  for (const v of VIOLATION_TYPES) expect(policies[0].points[v.code], v.code).toBe(v.points);
  expect(Object.keys(policies[0].points).sort()).toEqual([...types.values()].map((v) => v.code).sort());
  const penalties: Row[] = await knex('penalties').select().orderBy('id');
  const appeals: Row[] = await knex('appeals').select().orderBy('id');
  const links: Row[] = await knex('penalty_cases').select();
  const caseById = new Map(cases.map((c) => [c.id, c]));
  const citedBy = new Map<number, Row[]>();
  const DAY = 86_400_000;

  for (const p of penalties) {
    const label = `penalty ${p.id}`;
    const caseIds: number[] = links
      .filter((l) => l.penaltyId === p.id)
      .map((l) => l.caseId)
      .sort((a, b) => a - b);
    expect(caseIds.length, label).toBeGreaterThan(0);
    const policy = policies.filter((v) => v.createdAt <= p.createdAt).pop() ?? policies[0];
    expect(p.policyId, label).toBe(policy.id);
    let points = 0;
    const codes: string[] = [];
    for (const id of caseIds) {
      const c = caseById.get(id)!;
      expect(c.merchantId, label).toBe(p.merchantId);
      codes.push(types.get(c.violationTypeId)!.code);
      points += policy.points[codes[codes.length - 1]];
      citedBy.set(id, [...(citedBy.get(id) ?? []), p]);
      // The issue moved the case confirmed → penalized, at the issue, by the issuer, naming the penalty.
      const issued = byCase.get(id)!.find((e) => e.to === 'penalized' && e.data && JSON.parse(e.data).penaltyId === p.id);
      expect(issued, label).toMatchObject({ from: 'confirmed', to: 'penalized', at: p.createdAt, actorId: p.issuedById });
      expect(Date.parse(c.resolvedAt), label).toBeLessThan(Date.parse(p.startsAt));
      expect(c.status, label).toBe(p.status === 'rejected' ? 'confirmed' : 'penalized');
      if (p.status === 'rejected') {
        expect(byCase.get(id)!.at(-1), label).toMatchObject({
          from: 'penalized',
          to: 'confirmed',
          at: p.decidedAt,
          actorId: p.approvedById,
          note: p.decisionNote,
        });
        expect(JSON.parse(byCase.get(id)!.at(-1)!.data), label).toEqual({ move: 'ban_rejected', penaltyId: p.id, penaltyType: p.type });
      }
    }
    expect(p.points, label).toBe(points);
    if (p.merchantId !== 3391) {
      // The ladder's suggestion over the shop's earlier penalties as they stood then (pending until approved, revoked once revoked).
      const history: PastPenalty[] = penalties
        .filter((q) => q.merchantId === p.merchantId && q.id < p.id)
        .map((q) => ({ id: q.id, type: q.type, points: q.points, startsAt: q.startsAt, status: statusAt(q, p.createdAt) }));
      const s = suggestPenalty(policy as Policy, codes, history, new Date(p.createdAt));
      // A ban exactly where the ban step or a direct-ban violation was reached; never a longer suspension than suggested.
      expect(p.type === 'permanent_ban', `${label}: ${JSON.stringify(s.reasons)}`).toBe(s.type === 'permanent_ban');
      if (p.type === 'live_suspension') expect((Date.parse(p.endsAt) - Date.parse(p.startsAt)) / DAY, label).toBeLessThanOrEqual(s.durationDays ?? 0);
    }
    expect(['reviewer', 'manager'], label).toContain(users.get(p.issuedById)?.role);
    expect(p.reason.length, label).toBeGreaterThan(10);
    const timed = TIMED_PENALTY_TYPES.includes(p.type);
    expect(p.endsAt !== null, label).toBe(timed);
    if (timed) expect([7, 14, 30], label).toContain((Date.parse(p.endsAt) - Date.parse(p.startsAt)) / DAY);
    expect(p.fineCents !== null && p.fineCents > 0, label).toBe(p.type === 'fine');
    if (p.status === 'active' && timed) expect(Date.parse(p.endsAt), label).toBeGreaterThan(now.getTime());
    if (p.status === 'expired') expect(Date.parse(p.endsAt), label).toBeLessThanOrEqual(now.getTime());
    expect(['pending_approval', 'rejected'].includes(p.status) || p.type !== 'permanent_ban' || p.approvedById !== null, label).toBe(true);
    if (p.type === 'permanent_ban' && p.status !== 'pending_approval') {
      expect(users.get(p.approvedById)?.role, label).toBe('manager');
      expect(p.approvedById, label).not.toBe(p.issuedById);
      expect(p.decidedAt > p.createdAt, label).toBe(true);
    }
    if (p.status === 'pending_approval') {
      expect(p.type, label).toBe('permanent_ban');
      expect(users.get(p.issuedById)?.role, label).toBe('reviewer');
      expect([p.approvedById, p.decidedAt], label).toEqual([null, null]);
    }
    if (p.status === 'rejected') expect(p.decisionNote, label).toBeTruthy();
    expect(p.revokedAt !== null && p.revokedById !== null && !!p.revokeReason, label).toBe(p.status === 'revoked');
    if (p.status === 'revoked') expect(users.get(p.revokedById)?.role, label).toBe('manager');
    expect(Date.parse(p.updatedAt), label).toBeLessThanOrEqual(now.getTime());
  }
  // A banned shop sells nothing: no case opened and no penalty issued while an approved ban was in force.
  for (const b of penalties.filter((q) => q.type === 'permanent_ban' && q.approvedById !== null && ['active', 'revoked'].includes(q.status))) {
    const inForce = (at: string) => at >= b.startsAt && (b.status === 'active' || at < b.revokedAt);
    expect(
      cases.filter((c) => c.merchantId === b.merchantId && inForce(c.openedAt)).map((c) => c.id),
      `ban ${b.id}`,
    ).toEqual([]);
    expect(
      penalties.filter((q) => q.merchantId === b.merchantId && q.id !== b.id && inForce(q.startsAt)).map((q) => q.id),
      `ban ${b.id}`,
    ).toEqual([]);
  }
  // Every penalized case is cited by exactly one penalty that was not rejected.
  for (const c of cases) {
    expect((citedBy.get(c.id) ?? []).filter((p) => p.status !== 'rejected').length, `case ${c.id}`).toBe(c.status === 'penalized' ? 1 : 0);
  }

  const penaltyById = new Map(penalties.map((p) => [p.id, p]));
  for (const a of appeals) {
    const label = `appeal ${a.id}`;
    const p = penaltyById.get(a.penaltyId)!;
    expect(Date.parse(a.filedAt) - Date.parse(p.startsAt), label).toBeLessThanOrEqual(15 * DAY);
    expect(a.filedAt > (p.decidedAt ?? p.startsAt), label).toBe(true);
    expect(users.get(a.filedById)?.role, label).toBe('reviewer');
    expect(a.decidedAt === null && a.decidedById === null, label).toBe(a.status === 'pending');
    if (a.status !== 'pending') {
      expect(users.get(a.decidedById)?.role, label).toBe('manager');
      expect(a.decidedById, label).not.toBe(p.issuedById);
      expect(a.decidedAt > a.filedAt, label).toBe(true);
    }
    if (a.status === 'overturned')
      expect(p, label).toMatchObject({
        status: 'revoked',
        revokedAt: a.decidedAt,
        revokedById: a.decidedById,
        revokeReason: `Appeal #${a.id} overturned: ${a.decisionNote}`,
      });
  }

  const present = (rows: Row[], key: string) => new Set(rows.map((r) => r[key]));
  for (const t of PENALTY_TYPES) expect(present(penalties, 'type').has(t), `type ${t}`).toBe(true);
  for (const s of PENALTY_STATUSES) expect(present(penalties, 'status').has(s), `status ${s}`).toBe(true);
  for (const s of APPEAL_STATUSES) expect(present(appeals, 'status').has(s), `appeal ${s}`).toBe(true);

  // 3391: warnings and suspensions served, then a ban for material fraud issued by a reviewer, approved by manager2.
  const story = penalties.filter((p) => p.merchantId === 3391);
  expect(story.map((p) => p.type)).toEqual(['warning', 'live_suspension', 'live_suspension', 'fine', 'permanent_ban']);
  expect(story[1].status).toBe('expired');
  const ban = story[4];
  expect(ban.status).toBe('active');
  expect([users.get(ban.issuedById)?.email, users.get(ban.approvedById)?.email]).toEqual(['reviewer@example.com', 'manager2@example.com']);
  expect(ban.reason).toMatch(/material fraud.*Panyu/);

  // The derived merchant fields agree with the server's own recomputation (rolled back).
  const stored: Row[] = await knex('merchants').select('id', 'status', 'violationPoints', 'openCaseCount').orderBy('id');
  const trx = await knex.transaction();
  let recomputed: Row[];
  try {
    for (const m of stored) await recomputeMerchant(trx, m.id, now);
    recomputed = await trx('merchants').select('id', 'status', 'violationPoints', 'openCaseCount').orderBy('id');
  } finally {
    await trx.rollback();
  }
  expect(stored).toEqual(recomputed);
  expect(stored.filter((m) => m.status !== 'active').length).toBeGreaterThan(0);
  // Shops still selling stay under the ban threshold (a rare one over it awaits its ban), none anywhere near the old hundreds.
  const selling = stored.filter((m) => m.status !== 'banned');
  for (const m of selling) expect(m.violationPoints, `merchant ${m.id}`).toBeLessThanOrEqual(40);
  expect(selling.filter((m) => m.violationPoints >= 24).length).toBeLessThanOrEqual(Math.max(2, selling.length * 0.02));
}

describe('demo seeds', () => {
  it('creates the demo accounts, sharing one password hash', async () => {
    const db = await freshDb();
    await seedAll(db.knex, SMALL);
    const users: Row[] = await db.knex('users').select();
    const byEmail = new Map(users.map((u) => [u.email, u]));
    for (const [email, role] of [
      ['admin@example.com', 'admin'],
      ['manager@example.com', 'manager'],
      ['manager2@example.com', 'manager'],
      ['reviewer@example.com', 'reviewer'],
      ['reviewer2@example.com', 'reviewer'],
      ['comms@example.com', 'comms'],
      ['inspector.panyu@example.com', 'inspector'],
    ]) {
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
      const tables = ['merchants', 'cases', 'case_events', 'penalties', 'appeals', 'orders', 'inspections', 'inspection_events'];
      return Object.fromEntries(await Promise.all(tables.map(async (t) => [t, await db.knex(t).select().orderBy('id')])));
    };
    const a = await dump(SMALL);
    expect(await dump(SMALL)).toEqual(a);
    expect((await dump({ ...SMALL, seed: 8 })).cases).not.toEqual(a.cases);
  });

  it('seeds the default volume within 10 s', async () => {
    const db = await freshDb();
    const now = new Date();
    const started = performance.now();
    const summary = await seedAll(db.knex, { now });
    const ms = performance.now() - started;
    console.log(`default demo seed: ${JSON.stringify(summary)} in ${Math.round(ms)} ms`);
    expect(ms).toBeLessThan(10_000);
    expect(summary.merchants).toBeGreaterThanOrEqual(500);
    expect(summary.cases).toBeGreaterThanOrEqual(3500);
    const { cases, merchants, inspections, warehouses } = await checkInvariants(db, now);
    // A few dozen bans, a spread of suspensions and restrictions, most shops in good standing.
    const count = (status: string) => merchants.filter((m) => m.status === status).length;
    expect(count('banned')).toBeGreaterThanOrEqual(20);
    expect(count('banned')).toBeLessThanOrEqual(50);
    expect([count('suspended') >= 20, count('restricted') >= 5, count('active') > merchants.length / 2]).toEqual([true, true, true]);
    // Jewelry & jade dominate, and ~40% of jewelry cases come from failed inspections.
    const jewelryIds = (
      await db.knex('categories').whereIn('code', ['jewelry_jade', 'gold_silver', 'gemstones', 'jade', 'pearls', 'crystal']).select('id')
    ).map((c: Row) => c.id);
    const jewelry = cases.filter((c) => jewelryIds.includes(c.categoryId));
    expect(jewelry.length / cases.length).toBeGreaterThan(0.5);
    const inspected = jewelry.filter((c) => c.source === 'inspection').length / jewelry.length;
    expect(inspected).toBeGreaterThan(0.3);
    expect(inspected).toBeLessThan(0.5);

    // Six months of inspections at uneven volumes and failure rates; Shuibei visibly worse for five weeks.
    expect(summary.inspections).toBeGreaterThanOrEqual(7000);
    const overall = failureRate(inspections, now);
    expect(overall.rate).toBeGreaterThan(0.05);
    expect(overall.rate).toBeLessThan(0.15);
    const byWarehouse = warehouses.map((w) => ({ code: w.code, ...failureRate(inspections, now, { warehouseId: w.id }) }));
    const volumes = byWarehouse.map((w) => w.n);
    expect(Math.max(...volumes) / Math.min(...volumes)).toBeGreaterThan(3);
    for (const w of byWarehouse) expect(w.n, w.code).toBeGreaterThan(400);
    const sz = warehouses.find((w) => w.code === SHUIBEI_SPELL.warehouse)!.id;
    const spell = failureRate(inspections, now, { warehouseId: sz, fromDays: SHUIBEI_SPELL.fromDaysAgo, toDays: SHUIBEI_SPELL.toDaysAgo });
    const usual = failureRate(inspections, now, { warehouseId: sz, fromDays: SHUIBEI_SPELL.toDaysAgo - 1 });
    expect(spell.rate).toBeGreaterThan(2 * usual.rate);
    // 3391's record at Panyu stands out against the platform's.
    expect(failureRate(inspections, now, { merchantId: 3391 }).rate).toBeGreaterThan(2 * overall.rate);
  }, 60_000);
});
