/**
 * Demo penalty rows (issue: enforcement) from the shops' plans (seeds/enforcement.ts), with ids in
 * issue order as the server would have assigned them. Rewrites the cases' `confirmed → penalized`
 * events to the issue (naming the penalty in the event's data, as the server writes) and moves rejected bans'
 * cases back to `confirmed`.
 */
import type { PenaltyStatus, PenaltyType } from '../domain/penalties';
import { penaltyReason } from './content/penaltyText';
import type { Fate, MerchantPlan } from './enforcement';
import type { EventRow } from './lifecycle';

export interface PenaltyRow {
  id: number;
  merchant_id: number;
  type: PenaltyType;
  fine_cents: number | null;
  starts_at: string;
  ends_at: string | null;
  reason: string;
  status: PenaltyStatus;
  points: number;
  policy_id: number;
  issued_by_id: number;
  approved_by_id: number | null;
  decided_at: string | null;
  decision_note: string | null;
  revoked_at: string | null;
  revoked_by_id: number | null;
  revoke_reason: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

const DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString();

/** The rows, the cases each cites, and what later happens to each (by penalty id) for seeds/appeals.ts. Mutates `events`. */
export function buildPenalties(
  plans: MerchantPlan[],
  events: EventRow[],
  opts: { now: Date; firstPenaltyId: number },
): { rows: PenaltyRow[]; cited: Map<number, number[]>; fates: Map<number, Fate> } {
  const nowMs = opts.now.getTime();
  const penalizedAt = new Map<number, EventRow>();
  for (const e of events) if (e.kind === 'status' && e.to === 'penalized') penalizedAt.set(e.case_id, e);
  const drafts = plans.flatMap((plan) => plan.penalties).sort((a, b) => a.issueMs - b.issueMs || a.merchantId - b.merchantId);
  const rows: PenaltyRow[] = [];
  const fates = new Map<number, Fate>();
  const cited = new Map<number, number[]>();
  drafts.forEach((d, i) => {
    const id = opts.firstPenaltyId + i;
    const caseIds = d.cases.map((c) => c.id);
    const startsMs = d.issueMs;
    const endsMs = d.days ? startsMs + d.days * DAY : null;
    const status: PenaltyStatus = d.type === 'permanent_ban' ? d.status : endsMs !== null && endsMs <= nowMs ? 'expired' : 'active';
    const reason = d.story
      ? d.story.reason.replace('{cases}', `case${caseIds.length > 1 ? 's' : ''} ${caseIds.map((c) => `#${c}`).join(', ')}`)
      : penaltyReason({ ...d, caseIds, windowDays: d.policy.windowDays });
    fates.set(id, d.fate);
    cited.set(id, caseIds);
    rows.push({
      id,
      merchant_id: d.merchantId,
      type: d.type,
      fine_cents: d.fineCents,
      starts_at: iso(startsMs),
      ends_at: endsMs === null ? null : iso(endsMs),
      reason,
      status,
      points: d.points,
      policy_id: d.policy.id,
      issued_by_id: d.issuer.id,
      approved_by_id: d.approver?.id ?? null,
      decided_at: d.decidedMs === undefined ? null : iso(d.decidedMs),
      decision_note: d.decisionNote ?? null,
      revoked_at: null,
      revoked_by_id: null,
      revoke_reason: null,
      version: d.decidedMs === undefined ? 1 : 2,
      created_at: iso(d.issueMs),
      // The expiry job touches a served penalty when it ends (without a new version).
      updated_at: iso(status === 'expired' ? endsMs! : (d.decidedMs ?? d.issueMs)),
    });

    for (const c of d.cases) {
      const e = penalizedAt.get(c.id);
      if (!e) throw new Error(`seedDemo: case ${c.id} is penalized without a penalized event`);
      Object.assign(e, {
        at: iso(d.issueMs),
        actor_id: d.issuer.id,
        note: null,
        data: JSON.stringify({ move: 'penalty_issued', penaltyId: id, penaltyType: d.type }),
      });
      c.updated_at = e.at;
      if (d.status === 'rejected' && d.approver && d.decidedMs !== undefined) {
        // Rejecting a ban sends its cases back to confirmed, so a lighter penalty can still be issued.
        c.status = 'confirmed';
        c.version += 1;
        c.updated_at = iso(d.decidedMs);
        events.push({
          case_id: c.id,
          actor_id: d.approver.id,
          at: c.updated_at,
          kind: 'status',
          from: 'penalized',
          to: 'confirmed',
          note: d.decisionNote ?? null,
          data: JSON.stringify({ move: 'ban_rejected', penaltyId: id, penaltyType: d.type }),
        });
      }
    }
  });
  return { rows, cited, fates };
}
