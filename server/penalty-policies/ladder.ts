/**
 * The escalation ladder (SPEC §4 `penalties`, issue: enforcement): a merchant's points from
 * penalties started in the policy window, plus the new violation's points, pick the highest step
 * reached. Some violation types (material fraud, counterfeit) go straight to a ban. Pure.
 */
import { COUNTING_STATUSES, type LadderStep, type PastPenalty, type Suggestion } from '../../admin/providers/enforcement';

export type { LadderStep, PastPenalty, Suggestion };

export interface Policy {
  id: number;
  windowDays: number;
  appealWindowDays: number;
  points: Record<string, number>;
  ladder: LadderStep[];
  directBanTypes: string[];
}

const DAY_MS = 86_400_000;

export function windowStart(policy: Pick<Policy, 'windowDays'>, now: Date): Date {
  return new Date(now.getTime() - policy.windowDays * DAY_MS);
}

/** Penalties that count: active or served (not pending, revoked or rejected), started within the window. */
export function countedPenalties(policy: Pick<Policy, 'windowDays'>, history: PastPenalty[], now: Date): PastPenalty[] {
  const from = windowStart(policy, now).getTime();
  return history.filter((p) => {
    const t = new Date(p.startsAt).getTime();
    return (COUNTING_STATUSES as readonly string[]).includes(p.status) && t >= from && t <= now.getTime();
  });
}

export function suggestPenalty(policy: Policy, violationCode: string, history: PastPenalty[], now: Date): Suggestion {
  const counted = countedPenalties(policy, history, now);
  const currentPoints = counted.reduce((sum, p) => sum + p.points, 0);
  const addedPoints = policy.points[violationCode] ?? 0;
  const totalPoints = currentPoints + addedPoints;
  const steps = [...policy.ladder].sort((a, b) => a.minPoints - b.minPoints);
  const step = steps.filter((s) => s.minPoints <= totalPoints).pop() ?? steps[0];
  const directBan = policy.directBanTypes.includes(violationCode);
  const reasoning = [
    `${counted.length} penalt${counted.length === 1 ? 'y' : 'ies'} in the last ${policy.windowDays} days count ${currentPoints} points`,
    `this violation (${violationCode}) adds ${addedPoints} points: ${totalPoints} in all`,
    directBan
      ? `${violationCode} goes straight to a permanent ban under policy version ${policy.id}`
      : `${totalPoints} points reach the step from ${step.minPoints}: ${step.type}${step.durationDays ? ` for ${step.durationDays} days` : ''}`,
  ];
  return {
    policyId: policy.id,
    violationType: violationCode,
    windowStart: windowStart(policy, now).toISOString(),
    currentPoints, addedPoints, totalPoints,
    type: directBan ? 'permanent_ban' : step.type,
    durationDays: directBan ? null : step.durationDays,
    directBan,
    counted,
    reasoning,
  };
}
