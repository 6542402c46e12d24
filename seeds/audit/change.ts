/**
 * The demo history as the server would have audited it: each change is one server transaction,
 * at its time, with the entries it wrote in the order it wrote them. Entries are produced when the
 * change is replayed (in time order), so records that several changes touch are shown as they
 * stood at that moment.
 */
import type { AuditEntry } from '../../server/audit/audit';
import { toCamel } from '../../server/db/case-mapping';
import { toRecord, type JsonRecord, type RecordShape } from '../../server/http/shape';

export interface Change {
  at: string;
  entries: () => AuditEntry[];
}

/** An entry of the seeded history: no request, so no address. */
export function entry(
  actorId: number | null,
  action: string,
  resource: string,
  resourceId: number | string,
  before: JsonRecord | null,
  after: JsonRecord | null,
): AuditEntry {
  return { actorId, ip: null, action, resource, resourceId, before, after };
}

/** A record as the API showed it at `at` (read-time fields such as a case's `overdue` included). */
export const snapshot = (shape: RecordShape, state: JsonRecord, at: string): JsonRecord => toRecord(shape, state, new Date(at));

/** A seed row (snake_case columns) as the camelCase state a record is read from. */
export function camelState(row: object): JsonRecord {
  return Object.fromEntries(Object.entries(row).map(([key, value]) => [toCamel(key), value]));
}

/** Each record's events (by `key`), in the order given. */
export function timelinesBy<E>(events: E[], key: (e: E) => number): Map<number, E[]> {
  const timelines = new Map<number, E[]>();
  for (const e of events) {
    const timeline = timelines.get(key(e));
    if (timeline) timeline.push(e);
    else timelines.set(key(e), [e]);
  }
  return timelines;
}
