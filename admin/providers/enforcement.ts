/**
 * Penalties and appeals (SPEC §4): the vocabulary and rules the server enforces and the SPA shows.
 */
import { canAccess } from './canAccess';
import type { Actor } from './caseWorkflow';

export const PENALTY_TYPES = ['warning', 'listing_removal', 'fine', 'live_suspension', 'permanent_ban'] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
export const PENALTY_STATUSES = ['pending_approval', 'active', 'expired', 'revoked', 'rejected'] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];
export const APPEAL_STATUSES = ['pending', 'upheld', 'overturned'] as const;
export const APPEAL_OUTCOMES = ['upheld', 'overturned'] as const;

/** Types that last for a period: they need an end. A ban is for good; a warning or fine is one-off. */
export const TIMED_PENALTY_TYPES: readonly PenaltyType[] = ['listing_removal', 'live_suspension'];
/** Penalties whose points count towards the escalation ladder. */
export const COUNTING_STATUSES: readonly PenaltyStatus[] = ['active', 'expired'];

export interface PenaltyLike { status: string; issuedById?: number | null; startsAt?: string | null; endsAt?: string | null }

/** An active penalty past its end is expired, whether or not the periodic job has written that yet. */
export function effectiveStatus(p: PenaltyLike, now = new Date()): string {
  return p.status === 'active' && p.endsAt && new Date(p.endsAt) <= now ? 'expired' : p.status;
}

/** Two pairs of eyes: the issuer never decides their own ban or its appeal. */
export function canDecidePenalty(actor: Actor, p: PenaltyLike): boolean {
  return p.status === 'pending_approval' && p.issuedById !== actor.id && canAccess(actor.role, { action: 'approve', resource: 'penalties' });
}

export function canRevokePenalty(actor: Actor, p: PenaltyLike, now = new Date()): boolean {
  return ['active', 'expired'].includes(effectiveStatus(p, now)) && canAccess(actor.role, { action: 'revoke', resource: 'penalties' });
}

export function canDecideAppeal(actor: Actor, appeal: { status: string }, penalty: PenaltyLike): boolean {
  return appeal.status === 'pending' && penalty.issuedById !== actor.id && canAccess(actor.role, { action: 'decide', resource: 'appeals' });
}

/** One rung of the escalation ladder: from `minPoints` on, this penalty. */
export interface LadderStep { minPoints: number; type: PenaltyType; durationDays: number | null }

/** A past penalty as the ladder sees it. */
export interface PastPenalty { id: number; type: string; status: string; points: number; startsAt: string }

/** `GET /api/merchants/<id>/suggested-penalty`: the ladder applied, with its reasoning. */
export interface Suggestion {
  policyId: number;
  violationType: string;
  windowStart: string;
  currentPoints: number;
  addedPoints: number;
  totalPoints: number;
  type: PenaltyType;
  durationDays: number | null;
  directBan: boolean;
  counted: PastPenalty[];
  reasoning: string[];
}
