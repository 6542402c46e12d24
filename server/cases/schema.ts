import { z } from 'zod';
import { CASE_STATUSES, MANUAL_CASE_SOURCES, SEVERITIES } from '../../admin/providers/caseWorkflow';
import { versionField } from '../http/crud';
import { id, optionalId } from '../http/schemas';

const evidenceItem = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('text'), text: z.string().trim().min(1, 'write the evidence text').max(4000) }),
  z.object({ kind: z.enum(['url', 'image']), url: z.url({ protocol: /^https?$/, message: 'an http(s) link' }).max(2000), text: z.string().max(500).optional() }),
]);
export const evidence = z.array(evidenceItem).max(50, 'at most 50 evidence items');
const summary = z.string().trim().min(10, 'describe the case in at least 10 characters').max(2000);
const orderId = z.string().trim().max(64).nullable().optional().transform((v) => v || null);
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
