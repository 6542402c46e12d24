/**
 * The verdict (SPEC §3 `POST /api/inspections/<id>/verdict`): measured against declared, a pass
 * with its certificate, or a failure with its reason (the comparison's proposal unless the
 * inspector names one), which opens a case in the same transaction.
 */
import type { z } from 'zod';
import { compareMeasurement, type Comparison, type InspectionResult } from '../../domain/inspections';
import { toNumber } from '../db/dialect';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { badRequest, fieldError } from '../http/errors';
import { openFailureCase } from './failure-case';
import type { verdictSchema } from './schema';
import { assertUnused, loadInspection, logMove, refuseUnlessPossible, setStatus } from './service';

type VerdictInput = z.infer<typeof verdictSchema>;

/** The failure reason: the inspector's, or the comparison's proposal; a violation type that exists. */
async function failureReason(tx: TxContext, input: VerdictInput, c: Comparison) {
  const code = input.failureReason ?? c.proposedFailureReason;
  if (!code) throw badRequest('inspections.reason_required', {}, { failureReason: fieldError('field.required') });
  const type = await tx.trx('violationTypes').where({ code }).first('id', 'code', 'name', 'nameZh', 'severity');
  if (!type) throw badRequest('inspections.unknown_reason', { reason: code }, { failureReason: fieldError('inspections.unknown_reason', { reason: code }) });
  return type;
}

export async function recordVerdict(tx: TxContext, id: number, input: VerdictInput) {
  const before = await loadInspection(tx.trx, id);
  refuseUnlessPossible(before, 'verdict');
  const order = await tx.trx('orders').where({ id: before.orderId }).first();
  const declared = { material: order.declaredMaterial as string, weightGrams: toNumber(order.declaredWeightGrams) };
  const measured = { material: input.measuredMaterial, weightGrams: input.measuredWeightGrams };
  const comparison = compareMeasurement(declared, measured);
  const result: InspectionResult = input.result;
  const reason = result === 'failed' ? await failureReason(tx, input, comparison) : null;
  // The comparison proposes, the certified inspector decides: a pass it disagrees with is recorded with it in the event.
  if (result === 'passed') await assertUnused(tx, 'certificateNo', input.certificateNo!, id, 'inspections.certificate_taken');
  await setStatus(tx, before, 'verdict', result, {
    result,
    verdictAt: nowIso(),
    measuredMaterial: measured.material,
    measuredWeightGrams: measured.weightGrams,
    failureReason: reason?.code ?? null,
    certificateNo: input.certificateNo ?? null,
    inspectorId: tx.actor.id,
    notes: input.internalNote || null,
  });
  // Read once the parcel is ours: a photo upload holding it has committed by now, and none can follow.
  const photoIds: number[] = (await tx.trx('inspectionPhotos').where({ inspectionId: id }).orderBy('id').pluck('id')).map(Number);
  const opened = reason
    ? await openFailureCase(tx, {
        inspection: before,
        order: { ...order, declaredWeightGrams: declared.weightGrams },
        reason,
        measured,
        comparison,
        internalNote: input.internalNote,
        photoCount: photoIds.length,
      })
    : null;
  return logMove(tx, before, 'verdict', input, {
    measuredMaterial: measured.material,
    measuredWeightGrams: measured.weightGrams,
    ...(input.certificateNo && { certificateNo: input.certificateNo }),
    ...(reason && { failureReason: reason.code, caseId: Number(opened!.id) }),
    comparison,
    photoIds,
  });
}
