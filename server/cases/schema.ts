import { z } from 'zod';
import { CASE_SOURCES, CASE_STATUSES, isOverdue, MANUAL_CASE_SOURCES, SEVERITIES } from '../../domain/cases';
import { versionField } from '../http/crud';
import { field, ref } from '../http/fields';
import { id, optionalId } from '../http/schemas';
import type { RecordShape } from '../http/shape';

/** A case as the API shows it (domain/cases.ts CaseRecord). */
export const caseShape: RecordShape = {
  name: 'cases',
  table: 'cases',
  label: 'Case',
  fields: {
    id: field.integer({ sort: true }),
    merchantId: field.integer({ filter: true, sort: true, ref: ref.merchant }),
    categoryId: field.integer({ sort: true, ref: ref.category }),
    violationTypeId: field.integer({ filter: true, sort: true, ref: ref.violationType }),
    source: field.enum(CASE_SOURCES, { filter: true, sort: true }),
    inspectionId: field.integer({ filter: true }),
    orderId: field.string({ filter: true, search: true }),
    severity: field.enum(SEVERITIES, { filter: true, sort: true }),
    status: field.enum(CASE_STATUSES, { filter: true, sort: true }),
    assigneeId: field.integer({ filter: true, sort: true, ref: ref.user }),
    summary: field.string({ search: true }),
    evidence: field.json(),
    openedAt: field.date({ sort: true, range: true }),
    dueAt: field.date({ sort: true, range: true }),
    resolvedAt: field.date({ sort: true, range: true }),
    resolution: field.string(),
    openedById: field.integer({ filter: true, ref: ref.user }),
    version: field.integer(),
    updatedAt: field.date({ sort: true }),
  },
  computed: (record, now) => ({ overdue: isOverdue(record as { status: string; dueAt: string }, now) }),
  computedFrom: ['status', 'dueAt'],
};

const evidenceItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().trim().min(1, 'write the evidence text').max(4000) }),
  z.object({
    kind: z.enum(['url', 'image']),
    url: z.url({ protocol: /^https?$/, message: 'an http(s) link' }).max(2000),
    text: z.string().max(500).optional(),
  }),
]);
export const evidence = z.array(evidenceItem).max(50, 'at most 50 evidence items');
const summary = z.string().trim().min(10, 'describe the case in at least 10 characters').max(2000);
const orderId = z
  .string()
  .trim()
  .max(64)
  .nullable()
  .optional()
  .transform((v) => v || null);
const note = (what: string) => z.string().trim().min(1, `${what} is required`).max(4000);

export const createCaseSchema = z.object({
  merchantId: id,
  violationTypeId: id,
  source: z.enum(MANUAL_CASE_SOURCES, { message: `one of ${MANUAL_CASE_SOURCES.join(', ')} (inspection cases come from verdicts)` }),
  summary,
  evidence: evidence.default([]),
  categoryId: optionalId,
  severity: z.enum(SEVERITIES).nullable().optional(),
  orderId,
});

export const updateCaseSchema = z.object({
  summary,
  evidence,
  severity: z.enum(SEVERITIES),
  violationTypeId: id,
  categoryId: id,
  orderId,
  version: versionField,
});

export const claimSchema = z.object({ version: versionField });
export const assignSchema = z.object({ assigneeId: id, version: versionField });
export const transitionSchema = z.object({ to: z.enum(CASE_STATUSES), note: z.string().trim().max(2000).optional().default(''), version: versionField });
export const noteSchema = z.object({ text: note('the note') });
