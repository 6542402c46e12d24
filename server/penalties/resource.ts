import { z } from 'zod';
import { effectiveStatus, PENALTY_STATUSES } from '../../domain/penalties';
import { inCategoryOf } from '../categories/filter';
import { MAX_INT } from '../http/fields';
import { action, write, type ResourceDefinition } from '../http/resource';
import { decisionSchema, issueSchema, penaltyShape, rejectSchema, revokeSchema } from './schema';
import { approvePenalty, issuePenalty, rejectPenalty, revokePenalty } from './service';

const statusList = z.union([z.enum(PENALTY_STATUSES), z.array(z.enum(PENALTY_STATUSES)).max(5)]).transform((v) => (Array.isArray(v) ? v : [v]));

export const penaltiesResource: ResourceDefinition = {
  ...penaltyShape,
  defaultSort: ['createdAt', 'DESC'],
  // An active penalty past its end reads as expired even before the expiry job has run.
  computed: (record, now) => ({ status: effectiveStatus(record as { status: string; endsAt: string | null }, now) }),
  customFilters: {
    // The same rule as the computed status: `active` excludes ended ones, `expired` includes them.
    status: {
      schema: statusList,
      apply(qb, statuses: string[], { now }) {
        qb.where((any) => {
          for (const s of statuses) {
            if (s === 'active')
              any.orWhere((q) => q.where('penalties.status', 'active').where((e) => e.whereNull('penalties.endsAt').orWhere('penalties.endsAt', '>', now)));
            else if (s === 'expired')
              any.orWhere('penalties.status', 'expired').orWhere((q) => q.where('penalties.status', 'active').where('penalties.endsAt', '<=', now));
            else any.orWhere('penalties.status', s);
          }
        });
      },
    },
    // A merchant's category and everything below it.
    categoryId: inCategoryOf('penalties.merchantId', 'merchants'),
    caseId: {
      schema: z.coerce.number().int().positive().max(MAX_INT),
      apply(qb, caseId: number) {
        qb.whereIn('penalties.id', (sub) => sub.select('penaltyId').from('penaltyCases').where('caseId', caseId));
      },
    },
  },
  create: write(issueSchema, issuePenalty),
  actions: {
    approve: action('approve', decisionSchema, approvePenalty),
    reject: action('reject', rejectSchema, rejectPenalty),
    revoke: action('revoke', revokeSchema, revokePenalty),
  },
};
