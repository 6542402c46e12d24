/**
 * The inspection warehouses' audit entries, as server/orders/service.ts and
 * server/inspections/service.ts write them: an order arriving from the marketplace (by nobody)
 * creates the order and its inspection together; each move (receive, start, verdict, ship,
 * return) is audited on the inspection as it stood then. A failed verdict's case is audited with
 * the cases (./cases.ts), listed first so that, at the same moment, it precedes the verdict as in
 * the verdict's transaction.
 */
import type { AuditEntry } from '../../server/audit/audit';
import type { JsonRecord } from '../../server/http/shape';
import { inspectionShape } from '../../server/inspections/schema';
import { orderShape } from '../../server/orders/schema';
import type { InspectionEventRow, InspectionRow, OrderRow } from '../parcels';
import { camelState, entry, snapshot, timelinesBy, type Change } from './change';

/** The fields each move sets, read off the finished row (a later move never overwrites them). */
function movedFields(kind: InspectionEventRow['kind'], final: JsonRecord): JsonRecord {
  const pick = (...keys: string[]) => Object.fromEntries(keys.map((k) => [k, final[k]]));
  switch (kind) {
    case 'receive':
      return pick('receivedAt');
    case 'start':
      return pick('startedAt');
    case 'verdict':
      return pick('caseIds', 'result', 'verdictAt', 'measuredMaterial', 'measuredWeightGrams', 'failureReason', 'certificateNo', 'inspectorId', 'notes');
    case 'ship':
      return pick('shippedAt', 'sealNo');
    case 'return':
      return pick('returnedAt');
    default:
      return {};
  }
}

/** The inspection as the order's arrival created it: awaiting the parcel, nothing measured. */
function awaitingState(final: JsonRecord): JsonRecord {
  const blank = Object.fromEntries(
    [
      'receivedAt',
      'startedAt',
      'verdictAt',
      'result',
      'measuredMaterial',
      'measuredWeightGrams',
      'failureReason',
      'certificateNo',
      'inspectorId',
      'notes',
      'shippedAt',
      'sealNo',
      'returnedAt',
    ].map((k) => [k, null]),
  );
  return { ...final, ...blank, caseIds: [], status: 'awaiting_arrival', version: 1, updatedAt: final.createdAt };
}

function inspectionEntries(state: JsonRecord, final: JsonRecord, e: InspectionEventRow): AuditEntry[] {
  const id = state.id as number;
  const before = snapshot(inspectionShape, state, e.at);
  Object.assign(state, movedFields(e.kind, final), { status: e.to, version: (state.version as number) + 1, updatedAt: e.at });
  return [entry(e.actor_id, e.kind, 'inspections', id, before, snapshot(inspectionShape, state, e.at))];
}

/** `caseIds`: inspection id → the case its failed verdict opened (read with the record, as the server reads it). */
export function inspectionChanges(orders: OrderRow[], inspections: InspectionRow[], events: InspectionEventRow[], caseIds: Map<number, number[]>): Change[] {
  const orderById = new Map(orders.map((o) => [o.id, o]));
  const timelines = timelinesBy(events, (e) => e.inspection_id);
  return inspections.flatMap((row) => {
    const final = { ...camelState(row), caseIds: caseIds.get(row.id) ?? [] };
    const state = awaitingState(final);
    const order = orderById.get(row.order_id)!;
    const timeline = (timelines.get(row.id) ?? []).sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
    return timeline.map(
      (e): Change =>
        e.kind === 'created'
          ? {
              at: e.at,
              entries: () => [
                entry(e.actor_id, 'create', 'orders', order.id, null, snapshot(orderShape, camelState(order), e.at)),
                entry(e.actor_id, 'create', 'inspections', row.id, null, snapshot(inspectionShape, state, e.at)),
              ],
            }
          : { at: e.at, entries: () => inspectionEntries(state, final, e) },
    );
  });
}
