import type { Knex } from 'knex';
import { z } from 'zod';
import { COUNTING_STATUSES, effectiveStatus, ISSUED_RECORD_STATUSES, PENALTY_STATUSES } from '../../domain/penalties';
import { canAccess } from '../../domain/roles';
import { inCategoryOf } from '../categories/filter';
import { MAX_INT } from '../http/fields';
import type { CustomFilter } from '../http/list-query';
import { action, write, type ResourceDefinition } from '../http/resource';
import { decisionSchema, issueSchema, penaltyShape, rejectSchema, revokeSchema } from './schema';
import { approvePenalty, issuePenalty, rejectPenalty, revokePenalty } from './service';

const statusList = z.union([z.enum(PENALTY_STATUSES), z.array(z.enum(PENALTY_STATUSES)).max(5)]).transform((v) => (Array.isArray(v) ? v : [v]));

/** A merchant's category and everything below it. */
export const byMerchantCategory: CustomFilter = inCategoryOf('penalties.merchantId', 'merchants');

/** Penalties listed in a published notice (snapshots are frozen, so the link rows are too). */
const inPublishedNotice = (sub: Knex.QueryBuilder) =>
  sub
    .select('noticePenalties.penaltyId')
    .from('noticePenalties')
    .join('notices', 'notices.id', 'noticePenalties.noticeId')
    .where('notices.status', 'published');

/**
 * `announced: false` is what comms still owe a notice: issued penalties (active or served) that no
 * published notice lists yet; `announced: true`, those some published notice lists.
 */
const announced: CustomFilter = {
  schema: z.union([z.boolean(), z.enum(['true', 'false']).transform((v) => v === 'true')]),
  apply(qb, value: boolean) {
    if (value) qb.whereIn('penalties.id', inPublishedNotice);
    else qb.whereIn('penalties.status', COUNTING_STATUSES as string[]).whereNotIn('penalties.id', inPublishedNotice);
  },
};

export const penaltiesResource: ResourceDefinition = {
  ...penaltyShape,
  defaultSort: ['createdAt', 'DESC'],
  // Those who do not work cases (comms) read issued penalties only: no bans awaiting or refused approval.
  scope(qb, actor) {
    if (!canAccess(actor.role, { action: 'create', resource: 'penalties' })) qb.whereIn('penalties.status', ISSUED_RECORD_STATUSES as string[]);
  },
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
    categoryId: byMerchantCategory,
    announced,
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
