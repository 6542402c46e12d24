import { z } from 'zod';
import { MERCHANT_STATUSES } from '../../domain/merchants';
import { field, MAX_INT, ref } from '../http/fields';
import type { RecordShape } from '../http/shape';

/** Merchants come from the platform; status, points and open cases are derived (./service.ts), so the API only reads them. */
export const merchantShape: RecordShape = {
  name: 'merchants',
  table: 'merchants',
  label: 'Merchant',
  fields: {
    id: field.integer({ sort: true }),
    nickname: field.string({ sort: true }),
    followerCount: field.integer({ sort: true, range: true }),
    categoryId: field.integer({ sort: true, ref: ref.category }),
    status: field.enum(MERCHANT_STATUSES, { filter: true, sort: true }),
    violationPoints: field.integer({ sort: true, range: true }),
    openCaseCount: field.integer({ sort: true, range: true }),
    joinedAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const ids = (name: string) =>
  z
    .union([
      z.coerce.number().int().positive().max(MAX_INT),
      z
        .string()
        .regex(/^\d+(,\d+)*$/, `${name}: comma-separated ids`)
        .transform((s) => s.split(',').map(Number)),
      z.array(z.coerce.number().int().positive().max(MAX_INT)).max(50),
    ])
    .transform((v) => (Array.isArray(v) ? v : [v]));

/** `?caseIds=1,2,3` (the cases a penalty will cite) or `?violationTypeId=4` (one or several). */
export const suggestionQuery = z.object({
  caseIds: ids('caseIds').optional(),
  violationTypeId: ids('violationTypeId').optional(),
});
