import { z } from 'zod';
import { APPEAL_OUTCOMES, APPEAL_STATUSES } from '../../domain/appeals';
import { field, ref } from '../http/fields';
import { id } from '../http/schemas';
import type { RecordShape } from '../http/shape';

/** Appeals are recorded by staff for the merchant and decided by a manager who did not issue the penalty. */
export const appealShape: RecordShape = {
  name: 'appeals',
  table: 'appeals',
  label: 'Appeal',
  fields: {
    id: field.integer({ sort: true }),
    penaltyId: field.integer({ filter: true, sort: true }),
    statement: field.string({ search: true }),
    status: field.enum(APPEAL_STATUSES, { filter: true, sort: true }),
    filedAt: field.date({ sort: true, range: true }),
    filedById: field.integer({ filter: true, ref: ref.user }),
    decidedAt: field.date({ sort: true, range: true }),
    decidedById: field.integer({ filter: true, ref: ref.user }),
    decisionNote: field.string(),
    version: field.integer(),
    updatedAt: field.date({ sort: true }),
  },
};

export const fileSchema = z.object({
  penaltyId: id,
  statement: z.string().trim().min(10, "write the merchant's statement (at least 10 characters)").max(4000),
});
export const decideSchema = z.object({
  outcome: z.enum(APPEAL_OUTCOMES),
  // The note also becomes the penalty's revoke reason (with a prefix) when overturned.
  note: z.string().trim().min(1, 'explain the decision').max(1900),
});
