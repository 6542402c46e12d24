/**
 * A case's history as the workflow would have written it: opened → claimed/assigned → (evidence
 * added, note) → confirmed/dismissed → penalized, with increasing timestamps that all fit before
 * `now`. The penalized step is provisional: seeds/penalties.ts moves it to the issue of the
 * penalty citing the case (later, never past `now`) and names that penalty.
 */
import type { CaseEventData, CaseStatus } from '../domain/cases';
import { REOPEN_NOTE } from './content/caseText';
import { chance, uniform, type Rng } from './random';

export interface Staff {
  id: number;
  name: string;
  role: string;
}

export interface EventRow {
  case_id: number;
  actor_id: number | null;
  at: string;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
  /** JSON of the event's facts (domain/cases.ts CaseEventData), as the server writes it. */
  data: string | null;
}

export interface LifecyclePlan {
  status: CaseStatus;
  source: string;
  openedById: number | null;
  /** Required unless the case is still open. */
  assignee?: Staff;
  /** A manager who assigned the case (an `assigned` event) instead of the assignee claiming it. */
  assignedBy?: Staff;
  resolution?: string;
  internalNote?: string;
  /** The case was dismissed once, then reopened by this manager before its final outcome. */
  reopen?: { by: Staff; firstResolution: string };
  /**
   * The assignee adds an evidence item while reviewing (the demo's case edit), `share` of the way
   * from taking the case to its next step.
   */
  followUp?: { share: number };
}

export interface Lifecycle {
  events: EventRow[];
  resolvedAt: string | null;
  /** SLA from the last opening: reopening restarts the clock, as the server does. */
  dueAt: string;
  updatedAt: string;
  version: number;
}

interface Step {
  delayHours: number;
  actor: number | null;
  kind: string;
  from?: string;
  to?: string;
  note?: string;
  resolves?: boolean;
  data?: CaseEventData;
}

const HOUR = 3_600_000;

export function buildLifecycle(rng: Rng, caseId: number, openedMs: number, nowMs: number, slaHours: number, plan: LifecyclePlan): Lifecycle {
  const steps: Step[] = [{ delayHours: 0, actor: plan.openedById, kind: 'opened', to: 'open', data: { source: plan.source } }];
  if (plan.status !== 'open') {
    const assignee = plan.assignee;
    if (!assignee) throw new Error(`case ${caseId}: a ${plan.status} case needs an assignee`);
    const take = (): Step =>
      plan.assignedBy
        ? {
            delayHours: slaHours * uniform(rng, 0.02, 0.4),
            actor: plan.assignedBy.id,
            kind: 'assigned',
            from: 'open',
            to: 'in_review',
            note: assignee.name,
            data: { assigneeId: assignee.id },
          }
        : { delayHours: slaHours * uniform(rng, 0.02, 0.4), actor: assignee.id, kind: 'claimed', from: 'open', to: 'in_review' };
    const decide = (to: string, note: string, resolves: boolean): Step => ({
      // Most cases close within their SLA; some breach it (the metrics count those).
      delayHours: slaHours * (chance(rng, 0.12) ? uniform(rng, 1, 2.5) : uniform(rng, 0.1, 1)),
      actor: assignee.id,
      kind: 'status',
      from: 'in_review',
      to,
      note,
      resolves,
      data: { move: 'resolve' },
    });

    if (plan.reopen) {
      steps.push(take(), decide('dismissed', plan.reopen.firstResolution, false));
      steps.push({
        delayHours: uniform(rng, 12, 96),
        actor: plan.reopen.by.id,
        kind: 'status',
        from: 'dismissed',
        to: 'open',
        note: REOPEN_NOTE,
        data: { move: 'reopen' },
      });
    }
    steps.push(take());
    if (plan.internalNote) steps.push({ delayHours: slaHours * uniform(rng, 0.05, 0.4), actor: assignee.id, kind: 'note', note: plan.internalNote });
    if (plan.status !== 'in_review') {
      const outcome = plan.status === 'dismissed' ? 'dismissed' : 'confirmed';
      steps.push(decide(outcome, plan.resolution ?? '', true));
      if (plan.status === 'penalized') {
        steps.push({
          delayHours: uniform(rng, 2, 72),
          actor: assignee.id,
          kind: 'status',
          from: 'confirmed',
          to: 'penalized',
          data: { move: 'penalty_issued' },
        });
      }
    }
  }

  if (plan.followUp && plan.assignee) addFollowUp(steps, plan.assignee, slaHours, plan.followUp.share);

  // Squeeze the history into the time the case has existed, so every event is in the past.
  const total = steps.reduce((sum, s) => sum + s.delayHours, 0) * HOUR;
  const room = (nowMs - openedMs) * 0.95;
  const scale = total > room ? room / total : 1;

  const events: EventRow[] = [];
  let at = openedMs;
  let resolvedAt: string | null = null;
  let dueMs = openedMs + slaHours * HOUR;
  let updatedAt = new Date(openedMs).toISOString();
  let version = 0;
  for (const [i, step] of steps.entries()) {
    if (i > 0) at = Math.max(at + 1000, Math.round(at + step.delayHours * HOUR * scale));
    const iso = new Date(at).toISOString();
    events.push({
      case_id: caseId,
      actor_id: step.actor,
      at: iso,
      kind: step.kind,
      from: step.from ?? null,
      to: step.to ?? null,
      note: step.note ?? null,
      data: step.data ? JSON.stringify(step.data) : null,
    });
    if (step.resolves) resolvedAt = iso;
    if (step.data?.move === 'reopen') dueMs = at + slaHours * HOUR;
    // Internal notes go on the timeline but do not change the case record.
    if (step.kind !== 'note') {
      version += 1;
      updatedAt = iso;
    }
  }
  if (at > nowMs) throw new Error(`case ${caseId}: history runs past now`);
  return { events, resolvedAt, dueAt: new Date(dueMs).toISOString(), updatedAt, version };
}

/**
 * The edit goes after the (last) claim or assignment, taking its time out of the next step's
 * delay so the steps after it keep their times; a case still in review has no next step.
 */
function addFollowUp(steps: Step[], assignee: Staff, slaHours: number, share: number) {
  let taken = steps.length - 1;
  while (taken > 0 && steps[taken].kind !== 'claimed' && steps[taken].kind !== 'assigned') taken--;
  const next = steps[taken + 1];
  const delayHours = next ? next.delayHours * share : slaHours * share * 0.5;
  if (next) next.delayHours -= delayHours;
  steps.splice(taken + 1, 0, { delayHours, actor: assignee.id, kind: 'edited', data: { fields: ['evidence'] } });
}
