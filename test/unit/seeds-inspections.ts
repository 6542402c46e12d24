/**
 * The demo inspections' invariants (seeds/inspections.ts), checked by seeds.test.ts on every
 * seeded database: each row is what the server's lifecycle would have written, every
 * failed-inspection case stands on its failed inspection and every failed inspection on its case.
 */
import { expect } from 'vitest';
import { compareMeasurement, INSPECTION_STATUSES, moveTarget, type InspectionMove } from '../../domain/inspections';
import { materialByCode } from '../../domain/materials';
import { normalizeTrackingCode } from '../../domain/orders';
import type { Database } from '../../server/db';

type Row = Record<string, any>;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const DECIDED = ['passed', 'failed', 'shipped', 'returned'];
const STAMPS: Record<string, string> = { receive: 'receivedAt', start: 'startedAt', verdict: 'verdictAt', ship: 'shippedAt', return: 'returnedAt' };

function groupBy<T extends Row>(rows: T[], key: string): Map<unknown, T[]> {
  const out = new Map<unknown, T[]>();
  for (const r of rows) out.set(r[key], [...(out.get(r[key]) ?? []), r]);
  return out;
}

/** One inspection against its order, its log and the case its failure opened. */
function checkInspection(i: Row, order: Row, log: Row[], kase: Row | undefined, vtCode: Map<number, string>, now: Date) {
  const label = `inspection ${i.id}`;
  expect(INSPECTION_STATUSES, label).toContain(i.status);
  expect([order.warehouseId, order.merchantId, order.placedAt], label).toEqual([i.warehouseId, i.merchantId, i.createdAt]);
  expect(i.result === null, label).toBe(!DECIDED.includes(i.status));
  if (i.result) expect(['passed', 'shipped'].includes(i.status), label).toBe(i.result === 'passed');

  // The log: created, then each move from where the last one left the parcel, in time, up to now.
  expect(log[0], label).toMatchObject({ kind: 'created', from: null, to: 'awaiting_arrival', at: i.createdAt, actorId: null });
  for (let k = 1; k < log.length; k++) {
    const e = log[k];
    expect(e.from, label).toBe(log[k - 1].to);
    expect(moveTarget(e.from, e.kind as InspectionMove, i.result), label).toBe(e.to);
    expect(e.at > log[k - 1].at, label).toBe(true);
    expect(i[STAMPS[e.kind]], label).toBe(e.at);
    // Moves are the warehouse's inspector's; the verdict names them.
    expect(e.actorId, label).not.toBeNull();
    if (i.inspectorId !== null) expect(e.actorId, label).toBe(i.inspectorId);
  }
  const last = log[log.length - 1];
  expect([last.to, i.version, i.updatedAt], label).toEqual([i.status, log.length, last.at]);
  expect(Date.parse(last.at), label).toBeLessThanOrEqual(now.getTime());
  for (const [kind, column] of Object.entries(STAMPS)) expect(i[column] === null, `${label} ${column}`).toBe(!log.some((e) => e.kind === kind));

  const verdict = log.find((e) => e.kind === 'verdict');
  expect(!!verdict, label).toBe(i.result !== null);
  if (!verdict) return expect([i.measuredMaterial, i.certificateNo, i.failureReason, i.sealNo, kase], label).toEqual([null, null, null, null, undefined]);
  expect(materialByCode(i.measuredMaterial)?.code, label).toBe(i.measuredMaterial);
  const comparison = compareMeasurement(
    { material: order.declaredMaterial, weightGrams: Number(order.declaredWeightGrams) },
    { material: i.measuredMaterial, weightGrams: Number(i.measuredWeightGrams) },
  );
  expect(JSON.parse(verdict.data).comparison, label).toEqual(comparison);
  expect(i.sealNo !== null, label).toBe(i.status === 'shipped');
  if (i.result === 'passed') {
    expect(i.certificateNo, label).toMatch(/^[A-Z]{4}-\d{6}-\d{5}$/);
    expect([i.failureReason, kase, comparison.proposedFailureReason], label).toEqual([null, undefined, null]);
    return;
  }
  // A failure: its reason is what the comparison proposes (or the inspector's own when the figures match), and its case.
  expect(i.certificateNo, label).toBeNull();
  expect([i.failureReason, null], label).toContain(comparison.proposedFailureReason ?? null);
  if (comparison.proposedFailureReason) expect(i.failureReason, label).toBe(comparison.proposedFailureReason);
  expect(kase, label).toBeDefined();
  expect(kase).toMatchObject({ source: 'inspection', merchantId: i.merchantId, orderId: i.orderId, categoryId: order.categoryId });
  expect(vtCode.get(kase!.violationTypeId), label).toBe(i.failureReason);
  expect(Date.parse(kase!.openedAt) - Date.parse(i.verdictAt), label).toBe(1000);
  expect(JSON.parse(verdict.data).caseId, label).toBe(kase!.id);
}

export async function checkInspections(db: Database, now: Date, cases: Row[]) {
  const { knex } = db;
  const [orders, inspections, events, warehouses, types]: Row[][] = await Promise.all([
    knex('orders').select(),
    knex('inspections').select().orderBy('id'),
    knex('inspectionEvents').select().orderBy('id'),
    knex('warehouses').select(),
    knex('violationTypes').select('id', 'code'),
  ]);
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const logs = groupBy(events, 'inspectionId');
  const caseByInspection = new Map(cases.filter((c) => c.inspectionId !== null).map((c) => [c.inspectionId, c]));
  const vtCode = new Map(types.map((t) => [t.id, t.code]));
  expect(inspections.length).toBe(orders.length);
  for (const o of orders) {
    expect(normalizeTrackingCode(o.trackingCode), o.id).toBe(o.trackingCode);
    expect(o.id.slice(2, 10), o.id).toBe(o.placedAt.slice(0, 10).replace(/-/g, ''));
    for (const col of ['placedAt', 'createdAt', 'updatedAt']) expect(o[col], o.id).toMatch(ISO);
  }
  for (const i of inspections) checkInspection(i, orderById.get(i.orderId)!, logs.get(i.id) ?? [], caseByInspection.get(i.id), vtCode, now);
  // Event ids ascend with time, as if written live.
  for (let k = 1; k < events.length; k++) expect(events[k].at >= events[k - 1].at, `event ${events[k].id}`).toBe(true);

  // Every failed-inspection case stands on a failed inspection of that merchant, and only those have one.
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const warehouseName = new Map(warehouses.map((w) => [w.id, w.name]));
  for (const c of cases) {
    const i = c.inspectionId === null ? undefined : inspectionById.get(c.inspectionId);
    expect(!!i, `case ${c.id}`).toBe(c.source === 'inspection');
    if (i) expect(c.summary, `case ${c.id}`).toContain(warehouseName.get(i.warehouseId));
  }
  // The Panyu inspector's queue today: parcels awaiting, received, on the bench and to be shipped.
  const panyu = warehouses.find((w) => w.code === 'PY')!;
  for (const status of ['awaiting_arrival', 'received', 'inspecting', 'passed']) {
    expect(inspections.filter((i) => i.warehouseId === panyu.id && i.status === status).length, status).toBeGreaterThan(0);
  }
  return { inspections, warehouses };
}

/** Share failed among the verdicts given between `from` and `to` days ago. */
export function failureRate(inspections: Row[], now: Date, o: { warehouseId?: number; merchantId?: number; fromDays?: number; toDays?: number } = {}) {
  const ms = (days: number) => now.getTime() - days * 86_400_000;
  const decided = inspections.filter(
    (i) =>
      i.result &&
      (o.warehouseId === undefined || i.warehouseId === o.warehouseId) &&
      (o.merchantId === undefined || i.merchantId === o.merchantId) &&
      Date.parse(i.verdictAt) >= ms(o.fromDays ?? 400) &&
      Date.parse(i.verdictAt) <= ms(o.toDays ?? 0),
  );
  return { n: decided.length, rate: decided.filter((i) => i.result === 'failed').length / Math.max(1, decided.length) };
}
