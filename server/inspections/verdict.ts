/**
 * The verdict (SPEC §3 `POST /api/inspections/<id>/verdict`): measured against declared, a pass
 * with its certificate, or a failure with its reason, which opens a case in the same transaction.
 */
import type { z } from 'zod';
import { compareMeasurement, type Comparison, type InspectionResult } from '../../domain/inspections';
import { materialByCode } from '../../domain/materials';
import { toNumber } from '../db/dialect';
import { nowIso } from '../db/time';
import type { TxContext } from '../http/context';
import { badRequest, fieldError, type FieldErrors } from '../http/errors';
import { openFailureCase } from './failure-case';
import type { verdictSchema } from './schema';
import { assertUnused, loadInspection, logMove, refuseUnlessPossible, setStatus } from './service';

type VerdictInput = z.infer<typeof verdictSchema>;

/** A pass must agree with the declaration: otherwise the inspector records the failure the comparison found. */
function assertMatches(c: Comparison, declared: { material: string; weightGrams: number }, input: VerdictInput) {
  const problems: string[] = [];
  const fields: FieldErrors = {};
  if (!c.materialMatches) {
    const text = `${materialByCode(input.measuredMaterial)?.name} does not meet the declared ${materialByCode(declared.material)?.name ?? declared.material}`;
    problems.push(text);
    fields.measuredMaterial = { text, code: 'field.invalid' };
  }
  if (!c.weightMatches) {
    const text = `${input.measuredWeightGrams} g is ${c.weightDeltaGrams} g from the declared ${declared.weightGrams} g (tolerance ±${c.toleranceGrams} g)`;
    problems.push(text);
    fields.measuredWeightGrams = { text, code: 'field.invalid' };
  }
  if (problems.length) throw badRequest('inspections.pass_with_mismatch', { problems: problems.join('; ') }, fields);
}

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
  if (result === 'passed') {
    assertMatches(comparison, declared, input);
    await assertUnused(tx, 'certificateNo', input.certificateNo!, id, 'inspections.certificate_taken');
  }
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
