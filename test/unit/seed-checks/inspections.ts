/**
 * The demo inspections' invariants (seeds/inspections.ts), checked by seeds.test.ts on every
 * seeded database: each row is what the server's lifecycle would have written, every
 * failed-inspection case stands on its failed inspection and every failed inspection on its case.
 * Tens of thousands of rows: problems are collected as text and asserted once (an `expect` per
 * field would take half a minute).
 */
import { expect } from 'vitest';
import { compareMeasurement, INSPECTION_STATUSES, moveTarget, type InspectionMove } from '../../../domain/inspections';
import { materialByCode } from '../../../domain/materials';
import { normalizeTrackingCode } from '../../../domain/orders';
import type { Database } from '../../../server/db';

type Row = Record<string, any>;
const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const DECIDED = ['passed', 'failed', 'shipped', 'returned'];
const STAMPS: Record<string, string> = { receive: 'receivedAt', start: 'startedAt', verdict: 'verdictAt', ship: 'shippedAt', return: 'returnedAt' };

function groupBy<T extends Row>(rows: T[], key: string): Map<unknown, T[]> {
  const out = new Map<unknown, T[]>();
  for (const r of rows) {
    const list = out.get(r[key]);
    if (list) list.push(r);
    else out.set(r[key], [r]);
  }
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** One inspection against its order, its log and the case its failure opened: what is wrong with it. */
function problemsOf(i: Row, order: Row, log: Row[], kase: Row | undefined, vtCode: Map<number, string>, now: Date): string[] {
  const problems: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) problems.push(`inspection ${i.id}: ${what}`);
  };
  check(INSPECTION_STATUSES.includes(i.status), `status ${i.status}`);
  check(same([order.warehouseId, order.merchantId, order.placedAt], [i.warehouseId, i.merchantId, i.createdAt]), 'order disagrees');
  check((i.result === null) === !DECIDED.includes(i.status), `result ${i.result} while ${i.status}`);
  if (i.result) check(['passed', 'shipped'].includes(i.status) === (i.result === 'passed'), `result ${i.result} while ${i.status}`);

  // The log: created, then each move from where the last one left the parcel, in time, up to now.
  check(same([log[0]?.kind, log[0]?.from, log[0]?.to, log[0]?.at, log[0]?.actorId], ['created', null, 'awaiting_arrival', i.createdAt, null]), 'first event');
  for (let k = 1; k < log.length; k++) {
    const e = log[k];
    check(e.from === log[k - 1].to && moveTarget(e.from, e.kind as InspectionMove, i.result) === e.to, `event ${e.id} ${e.from} → ${e.to}`);
    check(e.at > log[k - 1].at && i[STAMPS[e.kind]] === e.at, `event ${e.id} time`);
    // Moves are the warehouse's inspector's; the verdict names them.
    check(e.actorId !== null && (i.inspectorId === null || e.actorId === i.inspectorId), `event ${e.id} actor`);
  }
  const last = log[log.length - 1];
  check(same([last.to, i.version, i.updatedAt], [i.status, log.length, last.at]), 'status, version and updatedAt follow the log');
  check(Date.parse(last.at) <= now.getTime(), 'log runs past now');
  for (const [kind, column] of Object.entries(STAMPS)) check((i[column] === null) === !log.some((e) => e.kind === kind), `${column} without its event`);

  const verdict = log.find((e) => e.kind === 'verdict');
  check(!!verdict === (i.result !== null), 'verdict event');
  if (!verdict) {
    check(same([i.measuredMaterial, i.certificateNo, i.failureReason, i.sealNo, kase], [null, null, null, null, undefined]), 'verdict fields before a verdict');
    return problems;
  }
  check(materialByCode(i.measuredMaterial)?.code === i.measuredMaterial, `material ${i.measuredMaterial}`);
  const comparison = compareMeasurement(
    { material: order.declaredMaterial, weightGrams: Number(order.declaredWeightGrams) },
    { material: i.measuredMaterial, weightGrams: Number(i.measuredWeightGrams) },
  );
  const data = JSON.parse(verdict.data);
  check(same(data.comparison, comparison), 'the verdict event holds the comparison');
  check((i.sealNo !== null) === (i.status === 'shipped'), 'seal number');
  if (i.result === 'passed') {
    check(/^[A-Z]{4}-\d{6}-\d{5}$/.test(i.certificateNo), `certificate ${i.certificateNo}`);
    check(same([i.failureReason, kase, comparison.proposedFailureReason], [null, undefined, null]), 'a pass matches and opens no case');
    return problems;
  }
  // A failure: its reason is what the comparison proposes (or the inspector's own when the figures match), and its case.
  check(i.certificateNo === null, 'certificate on a failure');
  check(
    !comparison.proposedFailureReason || i.failureReason === comparison.proposedFailureReason,
    `reason ${i.failureReason} against ${comparison.proposedFailureReason}`,
  );
  if (!kase) return [...problems, `inspection ${i.id}: failed without a case`];
  check(
    same([kase.source, kase.merchantId, kase.orderId, kase.categoryId], ['inspection', i.merchantId, i.orderId, order.categoryId]),
    `case ${kase.id} disagrees`,
  );
  check(vtCode.get(kase.violationTypeId) === i.failureReason, `case ${kase.id} violation`);
  check(Date.parse(kase.openedAt) - Date.parse(i.verdictAt) === 1000, `case ${kase.id} opened a second after the verdict`);
  check(data.caseId === kase.id, 'the verdict event names its case');
  return problems;
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
  const problems: string[] = [];
  expect(inspections.length).toBe(orders.length);
  for (const o of orders) {
    if (normalizeTrackingCode(o.trackingCode) !== o.trackingCode) problems.push(`order ${o.id}: tracking code ${o.trackingCode}`);
    if (o.id.slice(2, 10) !== o.placedAt.slice(0, 10).replace(/-/g, '')) problems.push(`order ${o.id}: number and date disagree`);
    if (![o.placedAt, o.createdAt, o.updatedAt].every((t) => ISO.test(t))) problems.push(`order ${o.id}: timestamps`);
  }
  for (const i of inspections) problems.push(...problemsOf(i, orderById.get(i.orderId)!, logs.get(i.id) ?? [], caseByInspection.get(i.id), vtCode, now));
  // Event ids ascend with time, as if written live.
  for (let k = 1; k < events.length; k++) if (events[k].at < events[k - 1].at) problems.push(`event ${events[k].id} before ${events[k - 1].id}`);

  // Every failed-inspection case stands on a failed inspection of that merchant, and only those have one.
  const inspectionById = new Map(inspections.map((i) => [i.id, i]));
  const warehouseName = new Map(warehouses.map((w) => [w.id, w.name]));
  for (const c of cases) {
    const i = c.inspectionId === null ? undefined : inspectionById.get(c.inspectionId);
    if (!!i !== (c.source === 'inspection')) problems.push(`case ${c.id}: ${c.source} case, inspection ${c.inspectionId}`);
    if (i && !c.summary.includes(warehouseName.get(i.warehouseId))) problems.push(`case ${c.id}: summary does not name the warehouse`);
  }
  expect(problems.slice(0, 20)).toEqual([]);

  // The Panyu inspector's queue today: parcels awaiting, received, on the bench and to be shipped.
  const panyu = warehouses.find((w) => w.code === 'PY')!;
  for (const status of ['awaiting_arrival', 'received', 'inspecting', 'passed']) {
    expect(inspections.filter((i) => i.warehouseId === panyu.id && i.status === status).length, status).toBeGreaterThan(0);
  }
  return { inspections, warehouses };
}

/** Share failed among the verdicts given between `fromDays` and `toDays` days ago. */
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
