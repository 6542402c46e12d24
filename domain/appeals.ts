/**
 * Appeals (SPEC §4): recorded by staff for the merchant within the policy's window, decided by a
 * manager who did not issue the penalty; an overturned appeal revokes the penalty.
 */
import { effectiveStatus, isIssued, type PenaltyLike } from './penalties';
import { canAccess } from './roles';
import type { Actor } from './staff';

export const APPEAL_STATUSES = ['pending', 'upheld', 'overturned'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_OUTCOMES = ['upheld', 'overturned'] as const;
export type AppealOutcome = (typeof APPEAL_OUTCOMES)[number];

const DAY_MS = 86_400_000;

/**
 * The last moment an appeal may be filed: the window runs from when the penalty took effect for
 * the merchant — its start, its issue (a backdated start must not close the window before the
 * merchant hears of it) or, for a ban, its approval, whichever is latest.
 */
export function appealClosesAt(p: { startsAt: string; createdAt?: string | null; decidedAt?: string | null }, appealWindowDays: number): Date {
  const from = Math.max(Date.parse(p.startsAt), p.createdAt ? Date.parse(p.createdAt) : 0, p.decidedAt ? Date.parse(p.decidedAt) : 0);
  return new Date(from + appealWindowDays * DAY_MS);
}

export type AppealRefusal = 'not_issued' | 'window_closed' | 'already_pending';

/** Why an appeal cannot be filed against this penalty now, or null when it can. */
export function appealRefusal(
  p: PenaltyLike & { startsAt: string; createdAt?: string | null; decidedAt?: string | null },
  ctx: { appealWindowDays: number; hasPendingAppeal: boolean; now?: Date },
): AppealRefusal | null {
  const now = ctx.now ?? new Date();
  if (!isIssued(effectiveStatus(p, now))) return 'not_issued';
  if (appealClosesAt(p, ctx.appealWindowDays) < now) return 'window_closed';
  if (ctx.hasPendingAppeal) return 'already_pending';
  return null;
}

export function canFileAppeal(actor: Actor): boolean {
  return canAccess(actor.role, { action: 'create', resource: 'appeals' });
}

/** Decided by a lead who did not issue the penalty, while it is pending. */
export function canDecideAppeal(actor: Actor, appeal: { status: string }, penalty: PenaltyLike): boolean {
  return appeal.status === 'pending' && penalty.issuedById !== actor.id && canAccess(actor.role, { action: 'decide', resource: 'appeals' });
}

export interface AppealRecord {
  id: number;
  penaltyId: number;
  statement: string;
  status: AppealStatus;
  filedAt: string;
  filedById: number | null;
  decidedAt: string | null;
  decidedById: number | null;
  decisionNote: string | null;
  version: number;
  updatedAt: string;
}
