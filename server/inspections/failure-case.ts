/**
 * A failed verdict opens a case (SPEC §4), in the verdict's transaction and exactly once: the
 * verdict's compare-and-set lets one verdict through, this checks for an existing case, and the
 * unique index on cases.inspectionId refuses a second even if both checks were raced past.
 */
import { formatGrams as grams, type Comparison, type Measurement } from '../../domain/inspections';
import { materialByCode } from '../../domain/materials';
import type { Severity } from '../../domain/cases';
import type { EvidenceItem } from '../../domain/cases';
import { openCase } from '../cases/service';
import type { TxContext } from '../http/context';
import type { JsonRecord } from '../http/shape';

export interface FailedInspection {
  inspection: { id: number; merchantId: number; warehouseId: number };
  order: { id: string; categoryId: number; productTitle: string; declaredMaterial: string; declaredWeightGrams: number };
  reason: { id: number; code: string; name: string; nameZh: string; severity: Severity };
  measured: Measurement;
  comparison: Comparison;
  internalNote?: string | null;
  photoCount: number;
}

const signed = (n: number, unit = '') => `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(n).toFixed(unit === '%' ? 1 : 2)}${unit}`;
const named = (code: string) => materialByCode(code) ?? { name: code, nameZh: code };

/** "Inspection failed at Panyu…: Weight mismatch — declared Au999 gold 30.00 g, measured … (番禺质检仓质检未通过：…)". */
export function failureSummary(f: FailedInspection, warehouse: { name: string; nameZh: string | null }): string {
  const [d, m] = [named(f.order.declaredMaterial), named(f.measured.material)];
  const [dg, mg] = [grams(f.order.declaredWeightGrams), grams(f.measured.weightGrams)];
  const en = `Inspection failed at ${warehouse.name}: ${f.reason.name} — "${f.order.productTitle}" declared ${d.name} ${dg} g, measured ${m.name} ${mg} g`;
  const zh = `${warehouse.nameZh || warehouse.name}质检未通过：${f.reason.nameZh}——“${f.order.productTitle}”标称${d.nameZh}${dg}克，实测${m.nameZh}${mg}克`;
  return `${en} (${zh})`;
}

/** Declared against measured, as the reviewer reads it; the photos stay with the inspection. */
export function failureEvidence(f: FailedInspection): EvidenceItem[] {
  const c = f.comparison;
  const items: EvidenceItem[] = [
    {
      kind: 'text',
      text:
        `Inspection #${f.inspection.id}, order ${f.order.id}: declared ${named(f.order.declaredMaterial).name}, ${grams(f.order.declaredWeightGrams)} g; ` +
        `measured ${named(f.measured.material).name}, ${grams(f.measured.weightGrams)} g (${signed(c.weightDeltaGrams)} g, ${signed(c.weightDeltaPercent, '%')}; ` +
        `tolerance ±${grams(c.toleranceGrams)} g). Material ${c.materialMatches ? 'matches' : 'does not match'} the declaration; weight ${c.weightMatches ? 'within' : 'outside'} tolerance.`,
    },
    {
      kind: 'text',
      text: `Failure reason: ${f.reason.code} (${f.reason.name} / ${f.reason.nameZh})${c.proposedFailureReason === f.reason.code ? ', as the comparison proposed' : ', chosen by the inspector'}.`,
    },
  ];
  if (f.internalNote) items.push({ kind: 'text', text: `Inspector's note: ${f.internalNote}` });
  if (f.photoCount) items.push({ kind: 'text', text: `${f.photoCount} photo${f.photoCount > 1 ? 's' : ''} on inspection #${f.inspection.id}.` });
  return items;
}

export async function openFailureCase(tx: TxContext, f: FailedInspection): Promise<JsonRecord> {
  const existing = await tx.trx('cases').where({ inspectionId: f.inspection.id }).first('id');
  if (existing) return existing;
  const warehouse = await tx.trx('warehouses').where({ id: f.inspection.warehouseId }).first('name', 'nameZh');
  return openCase(
    tx,
    {
      merchantId: f.inspection.merchantId,
      categoryId: f.order.categoryId,
      violationTypeId: f.reason.id,
      source: 'inspection',
      severity: f.reason.severity,
      summary: failureSummary(f, warehouse),
      evidence: failureEvidence(f),
      orderId: f.order.id,
      inspectionId: f.inspection.id,
    },
    // Opened by the system on the inspector's verdict (the audit entry names the inspector).
    null,
  );
}
