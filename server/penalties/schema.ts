import { z } from 'zod';
import { PENALTY_TYPES, TIMED_PENALTY_TYPES } from '../../admin/providers/enforcement';
import { id } from '../http/schemas';

const DAY = 86_400_000;
export const MAX_FINE_CENTS = 10_000_000_000; // CNY 100 million: anything above is a typo
export const MAX_DURATION_DAYS = 3650;

const isoDate = z.iso.datetime({ offset: true, message: 'an ISO date-time' });
const reason = z.string().trim().min(10, 'explain the penalty in at least 10 characters').max(2000);

export const issueSchema = z.object({
  merchantId: id,
  caseIds: z.array(id).min(1, 'cite at least one confirmed case').max(50, 'at most 50 cases'),
  type: z.enum(PENALTY_TYPES),
  startsAt: isoDate.nullable().optional(),
  endsAt: isoDate.nullable().optional(),
  fineCents: z.number().int().positive('a fine is more than 0').max(MAX_FINE_CENTS, 'more than CNY 100,000,000: check the amount').nullable().optional(),
  reason,
}).superRefine((p, ctx) => {
  const timed = TIMED_PENALTY_TYPES.includes(p.type);
  if (p.type === 'fine' && p.fineCents == null) ctx.addIssue({ code: 'custom', path: ['fineCents'], message: 'a fine needs an amount' });
  if (p.type !== 'fine' && p.fineCents != null) ctx.addIssue({ code: 'custom', path: ['fineCents'], message: `a ${p.type} carries no fine` });
  if (timed && !p.endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `a ${p.type} needs an end date` });
  if (!timed && p.endsAt) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `a ${p.type} has no end date` });
  const start = p.startsAt ? Date.parse(p.startsAt) : Date.now();
  if (p.startsAt && Math.abs(start - Date.now()) > 90 * DAY) ctx.addIssue({ code: 'custom', path: ['startsAt'], message: 'within 90 days of today' });
  if (p.endsAt) {
    const days = (Date.parse(p.endsAt) - start) / DAY;
    if (days <= 0) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: 'after the start' });
    else if (days > MAX_DURATION_DAYS) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: `at most ${MAX_DURATION_DAYS} days after the start` });
  }
});

export const decisionSchema = z.object({ note: z.string().trim().max(2000).optional().default('') });
export const rejectSchema = z.object({ note: z.string().trim().min(1, 'say why the ban is rejected').max(2000) });
export const revokeSchema = z.object({ reason: z.string().trim().min(5, 'say why the penalty is revoked').max(2000) });
export type IssueInput = z.infer<typeof issueSchema>;
