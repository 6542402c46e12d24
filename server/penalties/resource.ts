import { z } from 'zod';
import { effectiveStatus, PENALTY_STATUSES, PENALTY_TYPES } from '../../admin/providers/enforcement';
import { field } from '../http/fields';
import type { ResourceDefinition } from '../http/resource';

const statusList = z.union([z.enum(PENALTY_STATUSES), z.array(z.enum(PENALTY_STATUSES)).max(5)])
  .transform((v) => (Array.isArray(v) ? v : [v]));

export const penalties: ResourceDefinition = {
  name: 'penalties',
  table: 'penalties',
  label: 'Penalty',
  fields: {
    id: field.integer({ sort: true }),
    merchantId: field.integer({ filter: true, sort: true }),
    caseIds: field.json(),
    type: field.enum(PENALTY_TYPES, { filter: true, sort: true }),
    fineCents: field.number({ sort: true, range: true }), // bigint: no 32-bit bound
    startsAt: field.date({ sort: true, range: true }),
    endsAt: field.date({ sort: true, range: true }),
    reason: field.string({ search: true }),
    status: field.enum(PENALTY_STATUSES, { sort: true }),
    points: field.integer({ sort: true, range: true }),
    policyId: field.integer({ filter: true }),
    issuedById: field.integer({ filter: true, sort: true }),
    approvedById: field.integer({ filter: true }),
    decidedAt: field.date({ sort: true, range: true }),
    decisionNote: field.string(),
    revokedAt: field.date({ sort: true }),
    revokedById: field.integer({ filter: true }),
    revokeReason: field.string(),
    version: field.integer(),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
  defaultSort: ['createdAt', 'DESC'],
  // An active penalty past its end reads as expired even before the expiry job has run.
  computed: (record, now) => ({ status: effectiveStatus(record as { status: string; endsAt: string | null }, now) }),
  customFilters: {
    status: {
      schema: statusList,
      apply(qb, statuses: string[], { now }) {
        qb.where((any) => {
          for (const s of statuses) {
            if (s === 'active') any.orWhere((q) => q.where('penalties.status', 'active').where((e) => e.whereNull('penalties.endsAt').orWhere('penalties.endsAt', '>', now)));
            else if (s === 'expired') any.orWhere('penalties.status', 'expired').orWhere((q) => q.where('penalties.status', 'active').where('penalties.endsAt', '<=', now));
            else any.orWhere('penalties.status', s);
          }
        });
      },
    },
    categoryId: {
      schema: z.coerce.number().int().positive(),
      apply(qb, categoryId: number) {
        qb.whereIn('penalties.merchantId', (sub) => sub.select('id').from('merchants').where('categoryId', categoryId));
      },
    },
    caseId: {
      schema: z.coerce.number().int().positive(),
      apply(qb, caseId: number) {
        qb.whereIn('penalties.id', (sub) => sub.select('penaltyId').from('penaltyCases').where('caseId', caseId));
      },
    },
  },
};
