/**
 * The inspection lifecycle (SPEC §3 actions; the machine is domain/inspections.ts). Each move is a
 * compare-and-set on the status in the resource layer's transaction, with its audit entry and its
 * event: two people pressing the same button at once move the parcel once, and the other is told
 * why not.
 */
import type { Knex } from 'knex';
import type { z } from 'zod';
import {
  moveFrom,
  moveRefusal,
  moveTarget,
  type InspectionEventData,
  type InspectionMove,
  type InspectionRecord,
  type InspectionStatus,
} from '../../domain/inspections';
import type { MessageCode } from '../../domain/messages';
import { recordAudit } from '../audit/audit';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { conflict, fieldError } from '../http/errors';
import { toColumns } from '../http/fields';
import { getRecord, type JsonRecord } from '../http/shape';
import { appendInspectionEvent } from '../inspection-events/resource';
import { countedDifferently, refreshInspectionMetrics } from '../metrics/touch';
import { inspectionShape, type moveSchema, type shipSchema } from './schema';

export type MoveNotes = z.infer<typeof moveSchema>;

export type Inspection = InspectionRecord & JsonRecord;
export const loadInspection = (trx: Knex, id: number): Promise<Inspection> => getRecord<InspectionRecord>(trx, inspectionShape, id);

/** A 409 naming why `move` cannot be made now (not received yet, already decided…). */
export function refuseUnlessPossible(insp: Pick<InspectionRecord, 'id' | 'status'>, move: InspectionMove) {
  const code = moveRefusal(insp.status, move);
  if (code) throw conflict(code as MessageCode, { id: insp.id, status: insp.status, move, from: moveFrom(move) });
}

/** Compare-and-set from the status `before` was read in: a parcel moved meanwhile is a 409 naming where it is now. */
export async function setStatus(tx: TxContext, before: Inspection, move: InspectionMove, to: InspectionStatus, changes: JsonRecord) {
  const updated = await tx
    .trx('inspections')
    .where({ id: before.id, status: before.status })
    .update({ ...toColumns(inspectionShape.fields, changes), status: to, version: before.version + 1, updatedAt: nowIso() });
  if (updated !== 1) {
    const current = await loadInspection(tx.trx, before.id);
    refuseUnlessPossible(current, move);
    throw conflict('inspections.changed', { id: before.id, status: current.status });
  }
}

/** The move's record: read back, audited, and logged with the buyer's message and the staff note kept apart. */
export async function logMove(tx: TxContext, before: Inspection, move: InspectionMove, notes: MoveNotes, data?: InspectionEventData) {
  const after = await loadInspection(tx.trx, before.id);
  await recordAudit(tx.trx, { actorId: tx.actor.id, ip: tx.ip, action: move, resource: 'inspections', resourceId: before.id, before, after });
  if (countedDifferently(before, after)) await refreshInspectionMetrics(tx.trx, before, after);
  await appendInspectionEvent(tx.trx, {
    inspectionId: before.id,
    actorId: tx.actor.id,
    kind: move,
    from: before.status,
    to: after.status,
    publicMessage: notes.publicNote,
    internalNote: notes.internalNote,
    data: data ?? null,
  });
  return after;
}

/** A move that only stamps its time (and, shipping, the seal): load, refuse if impossible, set, log. */
async function move(tx: TxContext, id: number, kind: InspectionMove, notes: MoveNotes, changes: (before: Inspection) => Promise<JsonRecord>) {
  const before = await loadInspection(tx.trx, id);
  refuseUnlessPossible(before, kind);
  const fields = await changes(before);
  await setStatus(tx, before, kind, moveTarget(before.status, kind)!, fields);
  return logMove(tx, before, kind, notes, kind === 'ship' ? { sealNo: fields.sealNo as string } : undefined);
}

/** A printed number (certificate, seal) is on one parcel only; the unique index is the backstop. */
export async function assertUnused(tx: TxContext, column: 'certificateNo' | 'sealNo', value: string, id: number, code: MessageCode) {
  const other = await tx.trx('inspections').where(column, value).whereNot('id', id).first('id');
  if (other) throw conflict(code, { [column]: value, other: other.id }, { [column]: fieldError('field.taken') });
}

export const receiveParcel = (tx: TxContext, id: number, notes: MoveNotes) => move(tx, id, 'receive', notes, async () => ({ receivedAt: nowIso() }));

export const startInspection = (tx: TxContext, id: number, notes: MoveNotes) => move(tx, id, 'start', notes, async () => ({ startedAt: nowIso() }));

export const returnToMerchant = (tx: TxContext, id: number, notes: MoveNotes) => move(tx, id, 'return', notes, async () => ({ returnedAt: nowIso() }));

/** A passed item leaves in the platform's tamper-evident packaging; its seal number goes on the buyer's page. */
export const shipToBuyer = (tx: TxContext, id: number, input: z.infer<typeof shipSchema>) =>
  move(tx, id, 'ship', input, async () => {
    await assertUnused(tx, 'sealNo', input.sealNo, id, 'inspections.seal_taken');
    return { shippedAt: nowIso(), sealNo: input.sealNo };
  });
