/**
 * The demo history's audit trail against the seeded rows: one entry per change, by whoever made
 * it, at its time, in the server's format, chained and in time order; replaying a record's
 * entries gives the record as the API shows it.
 */
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { appealShape } from '../../../server/appeals/schema';
import { verifyChain } from '../../../server/audit/audit';
import { caseShape } from '../../../server/cases/schema';
import { categoryShape } from '../../../server/categories/resource';
import { inspectionShape } from '../../../server/inspections/schema';
import { noticeShape } from '../../../server/notices/schema';
import { orderShape } from '../../../server/orders/schema';
import type { Database } from '../../../server/db/index';
import { selectColumns, toRecords, type RecordShape } from '../../../server/http/shape';
import { penaltyShape } from '../../../server/penalties/schema';
import { policyShape } from '../../../server/penalty-policies/schema';
import { userShape } from '../../../server/users/schema';
import { violationTypeShape } from '../../../server/violation-types/resource';
import { warehouseShape } from '../../../server/warehouses/resource';

type Row = Record<string, any>;
type Entry = Row & { changes: { before: Row | null; after: Row | null } };
/** [action, at, actorId] */
type Step = [string, string, number | null];

const EVENT_ACTIONS: Record<string, string> = { opened: 'create', claimed: 'claim', assigned: 'assign', edited: 'update', note: 'note' };
/** Fields the server changes without an entry of their own: a penalty's case moves bump the case's version; expiry touches updatedAt. */
const UNAUDITED: Record<string, string[]> = { cases: ['version', 'updatedAt', 'overdue'], penalties: ['updatedAt'] };

const stepsOf = (entries: Entry[]): Step[] => entries.map((e) => [e.action, e.at, e.actorId]);
const byTime = (a: Step, b: Step) => (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);

function penaltySteps(p: Row): Step[] {
  const steps: Step[] = [['create', p.createdAt, p.issuedById]];
  if (p.decidedAt) steps.push([p.status === 'rejected' ? 'reject' : 'approve', p.decidedAt, p.approvedById]);
  if (p.status === 'expired' || (p.status === 'revoked' && p.endsAt && p.endsAt < p.revokedAt)) steps.push(['expire', p.endsAt, null]);
  if (p.status === 'revoked') steps.push(['revoke', p.revokedAt, p.revokedById]);
  return steps.sort(byTime);
}

const appealSteps = (a: Row): Step[] => [
  ['create', a.filedAt, a.filedById],
  ...(a.decidedAt ? [[`decide:${a.status}`, a.decidedAt, a.decidedById] as Step] : []),
];

export async function checkAuditTrail(db: Database, now: Date, cases: Row[], events: Row[]) {
  const { knex } = db;
  const entries: Entry[] = (await knex('auditLog').select().orderBy('id')).map((e: Row) => ({ ...e, changes: JSON.parse(e.changes) }));
  const last = entries[entries.length - 1];
  expect(await verifyChain(knex)).toEqual({ checked: entries.length, brokenAt: null, head: { id: last.id, hash: last.hash } });
  expect(entries.filter((e, i) => i > 0 && e.at < entries[i - 1].at).map((e) => e.id)).toEqual([]);
  expect(entries.filter((e) => e.ip !== null || e.at > now.toISOString())).toEqual([]);
  const trail = new Map<string, Entry[]>();
  for (const e of entries) {
    const key = `${e.resource}#${e.resourceId}`;
    trail.set(key, [...(trail.get(key) ?? []), e]);
  }
  const checked = new Set<string>();
  const records = async (shape: RecordShape): Promise<Row[]> => toRecords(knex, shape, await knex(shape.table).select(selectColumns(shape)).orderBy('id'), now);
  // Thousands of records: mismatches are collected and asserted once (an expect per record takes seconds).
  const problems: string[] = [];
  const same = (what: string, actual: unknown, expected: unknown) => {
    if (!isDeepStrictEqual(actual, expected)) problems.push(`${what}: ${JSON.stringify(actual)} should be ${JSON.stringify(expected)}`);
  };

  /**
   * The record's entries are these steps, and replaying them gives the record (but for what the
   * server does not audit). A policy version is created as a change of the one it replaces (`base`).
   */
  const expectTrail = (shape: RecordShape, record: Row, steps: Step[], base: Row | null = null) => {
    const key = `${shape.name}#${record.id}`;
    checked.add(key);
    const mine = trail.get(key) ?? [];
    same(`${key} steps`, stepsOf(mine), steps);
    const first = mine[0]?.changes.before ?? null;
    same(`${key} created from`, first, base && Object.fromEntries(Object.keys(first ?? {}).map((f) => [f, base[f]])));
    const replayed: Row = Object.assign({}, base, ...mine.map((e) => e.changes.after));
    const audited = Object.keys(record).filter((f) => !UNAUDITED[shape.name]?.includes(f));
    same(`${key} replayed`, Object.fromEntries(audited.map((f) => [f, replayed[f]])), Object.fromEntries(audited.map((f) => [f, record[f]])));
    // An update names only what changed, before and after.
    for (const e of mine.slice(1)) if (e.changes.before) same(`${key} entry ${e.id} fields`, Object.keys(e.changes.before), Object.keys(e.changes.after ?? {}));
    return mine;
  };

  // Set-up: the first admin from the command line (nobody), then everything else by that admin.
  const users = await records(userShape);
  const admin = users.find((u) => u.role === 'admin')!;
  for (const u of users) expectTrail(userShape, u, [['create', u.createdAt, u === admin ? null : admin.id]]);
  for (const shape of [warehouseShape, categoryShape, violationTypeShape]) {
    for (const r of await records(shape)) expectTrail(shape, r, [['create', r.createdAt, admin.id]]);
  }
  const policies = await records(policyShape);
  for (const [i, p] of policies.entries()) expectTrail(policyShape, p, [['create', p.createdAt, p.createdById]], policies[i - 1]);

  // Every case event is one entry at its time by its actor; the create entry shows the case as opened.
  const timelines = new Map<number, Row[]>();
  for (const e of events) timelines.set(e.caseId, [...(timelines.get(e.caseId) ?? []), e]);
  const caseRecords = new Map((await records(caseShape)).map((c) => [c.id, c]));
  for (const c of cases) {
    const steps = timelines.get(c.id)!.map((e): Step => [e.kind === 'status' ? `transition:${e.to}` : EVENT_ACTIONS[e.kind], e.at, e.actorId]);
    const opened = expectTrail(caseShape, caseRecords.get(c.id)!, steps)[0]?.changes.after ?? {};
    const { status, assigneeId, version, openedAt, updatedAt } = opened;
    same(
      `case ${c.id} opened`,
      { status, assigneeId, version, openedAt, updatedAt },
      { status: 'open', assigneeId: null, version: 1, openedAt: c.openedAt, updatedAt: c.openedAt },
    );
  }

  // Each penalty from its issue, which moves its cases in the same transaction (right after it), to its end.
  const index = new Map(entries.map((e, i) => [e.id, i]));
  for (const p of await records(penaltyShape)) {
    const i = index.get(expectTrail(penaltyShape, p, penaltySteps(p))[0]?.id) ?? -1;
    const moves = entries.slice(i + 1, i + 1 + p.caseIds.length);
    const moved = moves.map((e) => [e.action, e.at, e.actorId, e.changes.after?.penaltyId]);
    same(
      `penalty ${p.id} moves`,
      moved,
      p.caseIds.map(() => ['transition:penalized', p.createdAt, p.issuedById, p.id]),
    );
    same(
      `penalty ${p.id} cases`,
      moves.map((e) => Number(e.resourceId)).sort((a, b) => a - b),
      p.caseIds,
    );
  }
  for (const a of await records(appealShape)) expectTrail(appealShape, a, appealSteps(a));

  // Notices: written and moved along by their author, reviewed by a manager who did not write them, retracted when corrected.
  for (const n of await records(noticeShape)) {
    const rejected = (trail.get(`notices#${n.id}`) ?? []).find((e) => e.action === 'reject');
    const steps: Step[] = [['create', n.createdAt, n.authorId]];
    if (n.submittedAt) steps.push(['submit', n.submittedAt, n.authorId]);
    if (n.approvedAt) steps.push(['approve', n.approvedAt, n.approvedById]);
    if (rejected) steps.push(['reject', n.updatedAt, rejected.actorId]);
    if (n.status === 'scheduled') steps.push(['schedule', n.updatedAt, n.authorId]);
    if (n.publishedAt) steps.push(['publish', n.publishedAt, n.authorId]);
    if (n.retractedAt) steps.push(['retract', n.retractedAt, n.retractedById]);
    expectTrail(noticeShape, n, steps);
    if (rejected) same(`notice ${n.id} sent back by`, users.find((u) => u.id === rejected.actorId)?.role, 'manager');
    if (n.status === 'draft' && n.reviewNote) same(`notice ${n.id} sent back`, Boolean(rejected), true);
  }

  // An order arrives from the marketplace (by nobody) with its inspection; each logged move is one entry by its actor.
  const parcelEvents: Row[] = await knex('inspectionEvents').select('inspectionId', 'kind', 'at', 'actorId').orderBy('id');
  const parcelTimelines = new Map<number, Step[]>();
  for (const e of parcelEvents) {
    const step: Step = [e.kind === 'created' ? 'create' : e.kind, e.at, e.actorId];
    parcelTimelines.set(e.inspectionId, [...(parcelTimelines.get(e.inspectionId) ?? []), step]);
  }
  const orders = new Map((await records(orderShape)).map((o) => [o.id, o]));
  for (const i of await records(inspectionShape)) {
    const steps = (parcelTimelines.get(i.id) ?? []).sort(byTime);
    expectTrail(inspectionShape, i, steps);
    expectTrail(orderShape, orders.get(i.orderId)!, steps.slice(0, 1));
  }
  expect(problems.slice(0, 10)).toEqual([]);
  expect(entries.filter((e) => !checked.has(`${e.resource}#${e.resourceId}`)).map((e) => e.id)).toEqual([]);
}
