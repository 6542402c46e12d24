import type { Knex } from 'knex';
import { INSPECTION_STATUSES, type InspectionEventData, type InspectionEventKind, type InspectionStatus } from '../../domain/inspections';
import { insertReturningId } from '../db/dialect';
import { nowIso } from '../db/time';
import { field, ref } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';
import { getRecord, type RecordShape } from '../http/shape';
import { inspectionScope } from '../inspections/scope';

const KINDS: readonly InspectionEventKind[] = ['created', 'receive', 'start', 'verdict', 'ship', 'return'];

export const inspectionEventShape: RecordShape = {
  name: 'inspection-events',
  table: 'inspectionEvents',
  label: 'Inspection event',
  fields: {
    id: field.integer({ sort: true }),
    inspectionId: field.integer({ filter: true, sort: true }),
    actorId: field.integer({ filter: true, sort: true, ref: ref.user }),
    at: field.date({ sort: true, range: true }),
    kind: field.enum(KINDS, { filter: true, sort: true }),
    from: field.enum(INSPECTION_STATUSES, { filter: true }),
    to: field.enum(INSPECTION_STATUSES, { filter: true }),
    publicMessage: field.string({ search: true }),
    internalNote: field.string({ search: true }),
    data: field.json(),
  },
};

/** An inspection's log: read-only here, appended by the inspection service (appendInspectionEvent), scoped like its inspection. */
export const inspectionEventsResource: ResourceDefinition = {
  ...inspectionEventShape,
  defaultSort: ['at', 'ASC'],
  scope: inspectionScope('inspectionEvents.inspectionId'),
};

export interface NewInspectionEvent {
  inspectionId: number;
  actorId: number | null;
  kind: InspectionEventKind;
  from: InspectionStatus | null;
  to: InspectionStatus;
  /** For the buyer's tracking page. */
  publicMessage?: string | null;
  /** For staff only. */
  internalNote?: string | null;
  data?: InspectionEventData | null;
}

/** Appends to an inspection's log in the caller's transaction (the log is never edited). */
export async function appendInspectionEvent(trx: Knex.Transaction, e: NewInspectionEvent) {
  const id = await insertReturningId(trx, 'inspectionEvents', {
    ...e,
    publicMessage: e.publicMessage || null,
    internalNote: e.internalNote || null,
    data: e.data ? JSON.stringify(e.data) : null,
    at: nowIso(),
  });
  return getRecord(trx, inspectionEventShape, id);
}
