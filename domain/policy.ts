/**
 * The penalty policy and its escalation ladder (SPEC §4 `penalties`): points per violation type,
 * a window, thresholds → penalty, and violation types that go straight to a ban. The suggestion
 * for a new penalty and the points that issuing it charges come from the same functions here, so
 * the dialog, the server and the demo seeds always agree.
 */
import { banRefusal, COUNTING_STATUSES, type BanRefusal, type PenaltyLike, type PenaltyType } from './penalties';

/** One rung of the escalation ladder: from `minPoints` on, this penalty. */
export interface LadderStep {
  minPoints: number;
  type: PenaltyType;
  durationDays: number | null;
}

/** One version of the policy (versions are append-only: a change is the next version). */
export interface PenaltyPolicy {
  id: number;
  windowDays: number;
  appealWindowDays: number;
  /** Points per violation type code: the one source of points (violation types carry none). */
  points: Record<string, number>;
  ladder: LadderStep[];
  directBanTypes: string[];
}

/** A stored policy version as the API returns it. */
export interface PolicyRecord extends PenaltyPolicy {
  note: string | null;
  createdById: number | null;
  createdAt: string;
}

/** A past penalty as the ladder sees it. */
export interface PastPenalty {
  id: number;
  type: string;
  status: string;
  points: number;
  startsAt: string;
}

const DAY_MS = 86_400_000;

export function windowStart(policy: Pick<PenaltyPolicy, 'windowDays'>, now: Date): Date {
  return new Date(now.getTime() - policy.windowDays * DAY_MS);
}

/**
 * The first moment a penalty started at `startsAt` no longer counts: the window includes its far
 * edge (a penalty started exactly `windowDays` ago still counts), so the millisecond after it.
 */
export function leavesWindowAt(policy: Pick<PenaltyPolicy, 'windowDays'>, startsAt: string): Date {
  return new Date(Date.parse(startsAt) + policy.windowDays * DAY_MS + 1);
}

/** Points of one violation code under the policy; unknown codes (and prototype names) are worth nothing. */
export function pointsFor(policy: Pick<PenaltyPolicy, 'points'>, code: string): number {
  return Object.hasOwn(policy.points, code) ? Number(policy.points[code]) || 0 : 0;
}

/** The points a penalty citing these cases charges: every cited case's violation counts. */
export function penaltyPoints(policy: Pick<PenaltyPolicy, 'points'>, citedCodes: string[]): number {
  return citedCodes.reduce((sum, code) => sum + pointsFor(policy, code), 0);
}

/** Penalties that count: active or served (not pending, revoked or rejected), started within the window. */
export function countedPenalties<P extends Pick<PastPenalty, 'status' | 'startsAt'>>(policy: Pick<PenaltyPolicy, 'windowDays'>, history: P[], now: Date): P[] {
  const from = windowStart(policy, now).getTime();
  return history.filter((p) => {
    const t = new Date(p.startsAt).getTime();
    return (COUNTING_STATUSES as readonly string[]).includes(p.status) && t >= from && t <= now.getTime();
  });
}

export const countedPoints = (policy: Pick<PenaltyPolicy, 'windowDays'>, history: PastPenalty[], now: Date): number =>
  countedPenalties(policy, history, now).reduce((sum, p) => sum + p.points, 0);

/** The highest step reached by `points` (the lowest step when none is). */
export function stepFor(policy: Pick<PenaltyPolicy, 'ladder'>, points: number): LadderStep {
  const steps = [...policy.ladder].sort((a, b) => a.minPoints - b.minPoints);
  return steps.filter((s) => s.minPoints <= points).pop() ?? steps[0];
}

/** One line of the reasoning, worded by the SPA in the reader's language from its code and figures. */
export type SuggestionReason =
  | { code: 'counted'; count: number; points: number; windowDays: number; since: string }
  | { code: 'added'; violations: { code: string; cases: number; points: number }[]; added: number; total: number }
  | { code: 'direct_ban'; violation: string; policyId: number }
  | { code: 'step'; total: number; minPoints: number; type: PenaltyType; durationDays: number | null; policyId: number }
  | { code: BanRefusal };

/** `GET /api/merchants/<id>/suggested-penalty`: the ladder applied to the cited violations, with its reasoning. */
export interface Suggestion {
  policyId: number;
  /** The cited cases' violation codes, one per case. */
  violationTypes: string[];
  windowStart: string;
  currentPoints: number;
  /** What issuing the penalty charges: the points of every cited case. */
  addedPoints: number;
  totalPoints: number;
  type: PenaltyType;
  durationDays: number | null;
  directBan: boolean;
  /** Set when a ban is what the ladder reaches but cannot be issued (see banRefusal). */
  banRefused: BanRefusal | null;
  counted: PastPenalty[];
  reasons: SuggestionReason[];
}

/**
 * The ladder applied to a merchant: the points counted in the window plus the points of every
 * cited case's violation pick the highest step reached; a direct-ban violation among them goes
 * straight to a ban. When a ban is already in force or pending, the suggestion stays below it.
 */
export function suggestPenalty(policy: PenaltyPolicy, citedCodes: string[], history: (PastPenalty & PenaltyLike)[], now: Date): Suggestion {
  const counted = countedPenalties(policy, history, now);
  const currentPoints = counted.reduce((sum, p) => sum + p.points, 0);
  const addedPoints = penaltyPoints(policy, citedCodes);
  const totalPoints = currentPoints + addedPoints;
  const step = stepFor(policy, totalPoints);
  const directCode = citedCodes.find((c) => policy.directBanTypes.includes(c)) ?? null;
  const refused = banRefusal(history, now);
  const wantsBan = !!directCode || step.type === 'permanent_ban';
  const below = [...policy.ladder]
    .sort((a, b) => a.minPoints - b.minPoints)
    .filter((s) => s.type !== 'permanent_ban' && s.minPoints <= totalPoints)
    .pop();
  const chosen: Pick<LadderStep, 'type' | 'durationDays'> =
    refused && wantsBan ? (below ?? { type: 'warning', durationDays: null }) : directCode ? { type: 'permanent_ban', durationDays: null } : step;

  const byCode = new Map<string, number>();
  for (const code of citedCodes) byCode.set(code, (byCode.get(code) ?? 0) + 1);
  const reasons: SuggestionReason[] = [
    { code: 'counted', count: counted.length, points: currentPoints, windowDays: policy.windowDays, since: windowStart(policy, now).toISOString() },
    {
      code: 'added',
      violations: [...byCode].map(([code, cases]) => ({ code, cases, points: cases * pointsFor(policy, code) })),
      added: addedPoints,
      total: totalPoints,
    },
    directCode
      ? { code: 'direct_ban', violation: directCode, policyId: policy.id }
      : { code: 'step', total: totalPoints, minPoints: step.minPoints, type: step.type, durationDays: step.durationDays, policyId: policy.id },
  ];
  if (refused && wantsBan) reasons.push({ code: refused });
  return {
    policyId: policy.id,
    violationTypes: citedCodes,
    windowStart: windowStart(policy, now).toISOString(),
    currentPoints,
    addedPoints,
    totalPoints,
    type: chosen.type,
    durationDays: chosen.durationDays,
    directBan: !!directCode,
    banRefused: wantsBan ? refused : null,
    counted: counted.map(({ id, type, status, points, startsAt }) => ({ id, type, status, points, startsAt })),
    reasons,
  };
}
