import { z } from 'zod';
import { isTimedPenalty, PENALTY_STATUSES, PENALTY_TYPES } from '../../domain/penalties';
import { field, ref } from '../http/fields';
import { id } from '../http/schemas';
import type { RecordShape } from '../http/shape';
import { refinementIssue as issue } from '../http/validate';

export const penaltyShape: RecordShape = {
  name: 'penalties',
  table: 'penalties',
  label: 'Penalty',
  fields: {
    id: field.integer({ sort: true }),
    merchantId: field.integer({ filter: true, sort: true, ref: ref.merchant }),
    caseIds: field.idList({ table: 'penaltyCases', key: 'penaltyId', value: 'caseId' }),
    // What the merchant was penalized for, for readers who do not see cases (comms writing notices).
    violationTypeIds: field.idList({ table: 'penaltyCases', key: 'penaltyId', value: 'violationTypeId', via: { table: 'cases', on: 'caseId' } }),
    type: field.enum(PENALTY_TYPES, { filter: true, sort: true }),
    fineCents: field.number({ sort: true, range: true }), // bigint: no 32-bit bound
    startsAt: field.date({ sort: true, range: true }),
    endsAt: field.date({ sort: true, range: true }),
    reason: field.string({ search: true }),
    status: field.enum(PENALTY_STATUSES, { sort: true }),
    points: field.integer({ sort: true, range: true }),
    policyId: field.integer({ filter: true }),
    issuedById: field.integer({ filter: true, sort: true, ref: ref.user }),
    approvedById: field.integer({ filter: true, ref: ref.user }),
    decidedAt: field.date({ sort: true, range: true }),
    decisionNote: field.string(),
    revokedAt: field.date({ sort: true }),
    revokedById: field.integer({ filter: true, ref: ref.user }),
    revokeReason: field.string(),
    version: field.integer(),
    createdAt: field.date({ sort: true, range: true }),
    updatedAt: field.date({ sort: true }),
  },
};

const DAY = 86_400_000;
const MAX_FINE_CENTS = 10_000_000_000; // CNY 100 million: anything above is a typo
const MAX_DURATION_DAYS = 3650;

const isoDate = z.iso.datetime({ offset: true, message: 'an ISO date-time' });
const reason = z.string().trim().min(10, 'explain the penalty in at least 10 characters').max(2000);

export const issueSchema = z
  .object({
    merchantId: id,
    caseIds: z.array(id).min(1, 'cite at least one confirmed case').max(50, 'at most 50 cases'),
    type: z.enum(PENALTY_TYPES),
    startsAt: isoDate.nullable().optional(),
    endsAt: isoDate.nullable().optional(),
    fineCents: z.number().int().positive('a fine is more than 0').max(MAX_FINE_CENTS, 'more than CNY 100,000,000: check the amount').nullable().optional(),
    reason,
  })
  .superRefine((p, ctx) => {
    const timed = isTimedPenalty(p.type);
    if (p.type === 'fine' && p.fineCents == null) ctx.addIssue(issue('fineCents', 'penalties.fine_needs_amount'));
    if (p.type !== 'fine' && p.fineCents != null) ctx.addIssue(issue('fineCents', 'penalties.carries_no_fine', { type: p.type }));
    if (timed && !p.endsAt) ctx.addIssue(issue('endsAt', 'penalties.needs_end', { type: p.type }));
    if (!timed && p.endsAt) ctx.addIssue(issue('endsAt', 'penalties.has_no_end', { type: p.type }));
    const start = p.startsAt ? Date.parse(p.startsAt) : Date.now();
    if (p.startsAt && Math.abs(start - Date.now()) > 90 * DAY) ctx.addIssue(issue('startsAt', 'penalties.start_within', { days: 90 }));
    if (p.endsAt) {
      const days = (Date.parse(p.endsAt) - start) / DAY;
      if (days <= 0) ctx.addIssue(issue('endsAt', 'penalties.end_after_start'));
      else if (days > MAX_DURATION_DAYS) ctx.addIssue(issue('endsAt', 'penalties.max_duration', { days: MAX_DURATION_DAYS }));
    }
  });

export const decisionSchema = z.object({ note: z.string().trim().max(2000).optional().default('') });
export const rejectSchema = z.object({ note: z.string().trim().min(1, 'say why the ban is rejected').max(2000) });
export const revokeSchema = z.object({ reason: z.string().trim().min(5, 'say why the penalty is revoked').max(2000) });
