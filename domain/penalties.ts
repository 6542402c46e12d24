/**
 * Penalties (SPEC §4): the vocabulary, the effective status a reader sees, and who may decide,
 * revoke or issue what. Two pairs of eyes: the issuer never decides their own ban.
 */
import { canAccess } from './roles';
import type { Actor } from './staff';

export const PENALTY_TYPES = ['warning', 'listing_removal', 'fine', 'live_suspension', 'permanent_ban'] as const;
export type PenaltyType = (typeof PENALTY_TYPES)[number];
export const PENALTY_STATUSES = ['pending_approval', 'active', 'expired', 'revoked', 'rejected'] as const;
export type PenaltyStatus = (typeof PENALTY_STATUSES)[number];

/** Types that last for a period: they need an end. A ban is for good; a warning or fine is one-off. */
export const TIMED_PENALTY_TYPES: readonly PenaltyType[] = ['listing_removal', 'live_suspension'];
export const isTimedPenalty = (type: string | undefined | null): boolean => (TIMED_PENALTY_TYPES as readonly string[]).includes(type ?? '');
/** Penalties whose points count towards the escalation ladder, and that may be revoked or appealed. */
export const COUNTING_STATUSES: readonly PenaltyStatus[] = ['active', 'expired'];
export const isIssued = (status: string): boolean => (COUNTING_STATUSES as readonly string[]).includes(status);
/** Penalties that were issued at some point: in force, served, or revoked since (never a ban awaiting or refused approval). */
export const ISSUED_RECORD_STATUSES: readonly PenaltyStatus[] = ['active', 'expired', 'revoked'];

export interface PenaltyLike {
  status: string;
  type?: string;
  issuedById?: number | null;
  startsAt?: string | null;
  endsAt?: string | null;
}

/** An active penalty past its end is expired, whether or not the periodic job has written that yet. */
export function effectiveStatus(p: PenaltyLike, now = new Date()): PenaltyStatus {
  return (p.status === 'active' && p.endsAt && new Date(p.endsAt) <= now ? 'expired' : p.status) as PenaltyStatus;
}

/** In force now: active, started, not yet ended. */
export function isInForce(p: PenaltyLike, now = new Date()): boolean {
  return p.status === 'active' && (!p.startsAt || new Date(p.startsAt) <= now) && (!p.endsAt || new Date(p.endsAt) > now);
}

/** Two pairs of eyes: the issuer never decides their own ban. */
export function canDecidePenalty(actor: Actor, p: PenaltyLike): boolean {
  return p.status === 'pending_approval' && p.issuedById !== actor.id && canAccess(actor.role, { action: 'approve', resource: 'penalties' });
}

export function canRevokePenalty(actor: Actor, p: PenaltyLike, now = new Date()): boolean {
  return isIssued(effectiveStatus(p, now)) && canAccess(actor.role, { action: 'revoke', resource: 'penalties' });
}

/**
 * Why a permanent ban cannot be issued to this merchant now, or null: one already in force, or one
 * waiting for its second pair of eyes. Other penalties may still be recorded against a banned shop.
 */
export type BanRefusal = 'already_banned' | 'ban_pending';

export function banRefusal(merchantPenalties: PenaltyLike[], now = new Date()): BanRefusal | null {
  const bans = merchantPenalties.filter((p) => p.type === 'permanent_ban');
  if (bans.some((p) => isInForce(p, now))) return 'already_banned';
  if (bans.some((p) => p.status === 'pending_approval')) return 'ban_pending';
  return null;
}

/** A penalty as the API returns it (docs/api.md, Enforcement). */
export interface PenaltyRecord {
  id: number;
  merchantId: number;
  caseIds: number[];
  /** The violation types of the cited cases (read-only). */
  violationTypeIds: number[];
  type: PenaltyType;
  fineCents: number | null;
  startsAt: string;
  endsAt: string | null;
  reason: string;
  status: PenaltyStatus;
  points: number;
  policyId: number | null;
  issuedById: number;
  approvedById: number | null;
  decidedAt: string | null;
  decisionNote: string | null;
  revokedAt: string | null;
  revokedById: number | null;
  revokeReason: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}
