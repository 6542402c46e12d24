import { z } from 'zod';
import { INSPECTION_RESULTS, INSPECTION_STATUSES } from '../../domain/inspections';
import { field, ref } from '../http/fields';
import type { RecordShape } from '../http/shape';
import { refinementIssue } from '../http/validate';
import { materialCode, weightGrams } from './measures';

/** An inspection as the API shows it (domain/inspections.ts InspectionRecord). */
export const inspectionShape: RecordShape = {
  name: 'inspections',
  table: 'inspections',
  label: 'Inspection',
  fields: {
    id: field.integer({ sort: true }),
    orderId: field.string({ filter: true, sort: true, search: true }),
    warehouseId: field.integer({ filter: true, sort: true, ref: ref.warehouse }),
    merchantId: field.integer({ filter: true, sort: true, ref: ref.merchant }),
    status: field.enum(INSPECTION_STATUSES, { filter: true, sort: true }),
    result: field.enum(INSPECTION_RESULTS, { filter: true, sort: true }),
    receivedAt: field.date({ sort: true, range: true }),
    startedAt: field.date({ sort: true, range: true }),
    verdictAt: field.date({ sort: true, range: true }),
    measuredMaterial: field.string({ filter: true }),
    measuredWeightGrams: field.number({ range: true }),
    failureReason: field.string({ filter: true, sort: true }),
    certificateNo: field.string({ filter: true, search: true }),
    inspectorId: field.integer({ filter: true, sort: true, ref: ref.user }),
    notes: field.string(),
    shippedAt: field.date({ sort: true, range: true }),
    sealNo: field.string({ filter: true, search: true }),
    returnedAt: field.date({ sort: true, range: true }),
    // The case a failed verdict opened: read from cases.inspectionId, the one place it is kept.
    caseIds: field.idList({ table: 'cases', key: 'inspectionId', value: 'id' }),
    version: field.integer(),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
};

/** Printed numbers (certificates, seals) as printed: letters and digits, with dashes, slashes, dots or spaces between. */
const serial = (what: string) =>
  z
    .string({ message: `the ${what} number` })
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9 ./_-]{1,62}[A-Za-z0-9]$/, `the ${what} number as printed: 3–64 letters and digits (with - / . _ or spaces between)`);

/** Every move may carry a message for the buyer and a note for staff: each event keeps them apart. */
export const moveSchema = z.object({
  publicNote: z.string().trim().max(500).optional(),
  internalNote: z.string().trim().max(4000).optional(),
});

export const shipSchema = moveSchema.extend({ sealNo: serial('seal') });

export const verdictSchema = moveSchema
  .extend({
    result: z.enum(INSPECTION_RESULTS),
    certificateNo: serial('certificate').optional(),
    measuredMaterial: materialCode,
    measuredWeightGrams: weightGrams,
    failureReason: z.string().trim().min(1).max(64).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.result === 'passed' && !v.certificateNo) ctx.addIssue(refinementIssue('certificateNo', 'inspections.certificate_required'));
    if (v.result === 'passed' && v.failureReason) ctx.addIssue(refinementIssue('failureReason', 'inspections.reason_on_pass'));
    if (v.result === 'failed' && v.certificateNo) ctx.addIssue(refinementIssue('certificateNo', 'inspections.certificate_on_failure'));
  });

/** `?measuredMaterial=&measuredWeightGrams=`: what the comparison would say, before the verdict. */
export const comparisonQuery = z.object({
  measuredMaterial: materialCode,
  measuredWeightGrams: weightGrams,
});
