/**
 * Merchants (SPEC §4): status is derived from the penalties in force, never edited by hand; the
 * strongest penalty in force decides it. The server stores it (for filters and sorts) and the
 * merchant page explains it with the same rule.
 */
import { isInForce, type PenaltyLike, type PenaltyType } from './penalties';
import { countedPenalties, leavesWindowAt, type PenaltyPolicy, type PastPenalty } from './policy';

export const MERCHANT_STATUSES = ['active', 'restricted', 'suspended', 'banned'] as const;
export type MerchantStatus = (typeof MERCHANT_STATUSES)[number];

/** The merchant status each penalty type imposes; the others leave the shop active. */
export const STATUS_BY_PENALTY: Partial<Record<PenaltyType, MerchantStatus>> = {
  permanent_ban: 'banned',
  live_suspension: 'suspended',
  listing_removal: 'restricted',
};

const rank = (s: MerchantStatus) => MERCHANT_STATUSES.indexOf(s);
const statusOf = (type: string | undefined): MerchantStatus =>
  (type && Object.hasOwn(STATUS_BY_PENALTY, type) ? STATUS_BY_PENALTY[type as PenaltyType] : undefined) ?? 'active';

/** The status and the penalty in force that drives it (null when the shop is active). */
export function statusDriver<P extends PenaltyLike>(penalties: P[], now = new Date()): { status: MerchantStatus; penalty: P | null } {
  let best: { status: MerchantStatus; penalty: P | null } = { status: 'active', penalty: null };
  for (const p of penalties) {
    if (!isInForce(p, now)) continue;
    const status = statusOf(p.type);
    if (rank(status) > rank(best.status)) best = { status, penalty: p };
  }
  return best;
}

export const merchantStatus = (penalties: PenaltyLike[], now = new Date()): MerchantStatus => statusDriver(penalties, now).status;

/**
 * The merchant's derived fields from its penalties, and until when they hold: the next moment the
 * clock alone changes them (a penalty starts or ends, or leaves the policy window).
 */
export function derivedFromPenalties(
  penalties: (PastPenalty & PenaltyLike)[],
  policy: Pick<PenaltyPolicy, 'windowDays'>,
  now = new Date(),
): { status: MerchantStatus; violationPoints: number; derivedUntil: string | null } {
  const t = now.getTime();
  const changes: number[] = [];
  for (const p of penalties) {
    if (p.status !== 'active' && p.status !== 'expired') continue;
    const starts = Date.parse(p.startsAt);
    if (starts > t) changes.push(starts);
    if (p.status === 'active' && p.endsAt && Date.parse(p.endsAt) > t) changes.push(Date.parse(p.endsAt));
    const leaves = leavesWindowAt(policy, p.startsAt).getTime();
    if (leaves > t) changes.push(leaves);
  }
  return {
    status: merchantStatus(penalties, now),
    violationPoints: countedPenalties(policy, penalties, now).reduce((sum, p) => sum + p.points, 0),
    derivedUntil: changes.length ? new Date(Math.min(...changes)).toISOString() : null,
  };
}

export interface MerchantRecord {
  id: number;
  nickname: string;
  followerCount: number;
  categoryId: number;
  status: MerchantStatus;
  violationPoints: number;
  openCaseCount: number;
  joinedAt: string;
  updatedAt: string;
}
