/**
 * The verdict as the inspector is typing it, and what it becomes: the comparison (domain rules,
 * never re-implemented here) proposes a result and a failure reason until the inspector picks
 * their own; the body sent to the API is exactly what the form shows. Pure: unit-tested.
 */
import { compareMeasurement, isPlausibleWeight, type Comparison, type InspectionResult } from '../../../domain/inspections';
import { materialByCode } from '../../../domain/materials';

export interface VerdictDraft {
  measuredMaterial: string | null;
  /** As typed: "28.1", "28,1". */
  weight: string;
  /** null: follow the comparison's proposal. */
  result: InspectionResult | null;
  /** null: follow the comparison's proposal (a violation type code). */
  failureReason: string | null;
  certificateNo: string;
  publicNote: string;
  internalNote: string;
}

export const EMPTY_DRAFT: VerdictDraft = {
  measuredMaterial: null,
  weight: '',
  result: null,
  failureReason: null,
  certificateNo: '',
  publicNote: '',
  internalNote: '',
};

/** A scale's reading as typed (a decimal comma is a decimal point), or null when it is not a number. */
export function parseGrams(text: string): number | null {
  const t = text.trim().replace(',', '.');
  if (!/^\d+(\.\d+)?$|^\.\d+$/.test(t)) return null;
  return Number(t);
}

export interface Declared {
  declaredMaterial: string;
  declaredWeightGrams: number;
}

/** Measured against declared, once both measurements are readable (a known material, a weight a scale can show). */
export function draftComparison(order: Declared | undefined, draft: VerdictDraft): Comparison | null {
  const grams = parseGrams(draft.weight);
  if (!order || !materialByCode(draft.measuredMaterial) || grams == null || !isPlausibleWeight(grams)) return null;
  return compareMeasurement(
    { material: order.declaredMaterial, weightGrams: order.declaredWeightGrams },
    { material: draft.measuredMaterial!, weightGrams: grams },
  );
}

/** What will be recorded: the inspector's choices, else the comparison's proposal (a mismatch proposes a failure). */
export function effectiveVerdict(draft: VerdictDraft, comparison: Comparison | null): { result: InspectionResult; failureReason: string } {
  const proposed = comparison?.proposedFailureReason ?? null;
  const result = draft.result ?? (proposed ? 'failed' : 'passed');
  return { result, failureReason: draft.failureReason ?? proposed ?? '' };
}

/**
 * The body of POST /api/inspections/<id>/verdict. Values go as typed (the server is the judge of a
 * missing certificate or an impossible weight, and answers in the reader's language); a weight that
 * is no number at all goes as the text, for the server to name the field.
 */
export function verdictBody(draft: VerdictDraft, comparison: Comparison | null): Record<string, unknown> {
  const { result, failureReason } = effectiveVerdict(draft, comparison);
  const grams = parseGrams(draft.weight);
  const body: Record<string, unknown> = {
    result,
    measuredMaterial: draft.measuredMaterial ?? '',
    measuredWeightGrams: grams ?? draft.weight.trim(),
  };
  if (result === 'passed' && draft.certificateNo.trim()) body.certificateNo = draft.certificateNo.trim();
  if (result === 'failed' && failureReason) body.failureReason = failureReason;
  if (draft.publicNote.trim()) body.publicNote = draft.publicNote.trim();
  if (draft.internalNote.trim()) body.internalNote = draft.internalNote.trim();
  return body;
}
