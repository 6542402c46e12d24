/**
 * Demo penalties (issue: enforcement), as the server would have issued them: each merchant's
 * penalized cases are grouped into penalties (1–3 cases confirmed about the same time), the type
 * follows the policy ladder over the merchant's points the way reviewers apply it, a few recent
 * ones are bans (approved by another manager, pending, or rejected). Pure apart from rewriting the
 * cases' `confirmed → penalized` events to the issue (`Penalty #<id>: <type>`, as the server
 * writes) and moving rejected bans' cases back to `confirmed`.
 */
import type { PenaltyStatus, PenaltyType } from '../admin/providers/enforcement';
import type { CaseRow } from './cases';
import { BAN_APPROVAL_NOTES, BAN_REJECTION_NOTES, fitting, penaltyReason } from './data/penaltyText';
import type { EventRow, Staff } from './lifecycle';
import type { MerchantRow } from './merchants';
import { policyAt, type SeedPolicy } from './policy';
import { pick, uniform, weighted, type Rng } from './random';
import { STORY_ASSIGNEE, STORY_PENALTIES, type StoryPenalty } from './story';

export interface PenaltyRow {
  id: number; merchant_id: number; case_ids: string; type: PenaltyType; fine_cents: number | null;
  starts_at: string; ends_at: string | null; reason: string; status: PenaltyStatus; points: number;
  policy_id: number; issued_by_id: number; approved_by_id: number | null; decided_at: string | null;
  decision_note: string | null; revoked_at: string | null; revoked_by_id: number | null; revoke_reason: string | null;
  version: number; created_at: string; updated_at: string;
}

export interface EnforcementContext {
  now: Date;
  firstPenaltyId: number;
  /** Mutated: penalized events are rewritten; rejected bans' cases go back to confirmed. */
  cases: CaseRow[];
  events: EventRow[];
  merchants: MerchantRow[];
  policies: SeedPolicy[];
  /** violation type id → code */
  violationCodes: Map<number, string>;
  reviewers: Staff[];
  managers: Staff[];
  staffByEmail: Map<string, Staff>;
  storyMerchantId: number;
}

interface Choice { type: PenaltyType; days: number | null; fineCents: number | null }
interface Draft extends Choice {
  merchantId: number; cases: CaseRow[]; issueMs: number; issuer: Staff; policy: SeedPolicy;
  points: number; priorPoints: number; direct: boolean; banSuggested: boolean; last: boolean;
  status: PenaltyStatus; approver?: Staff; decidedMs?: number; decisionNote?: string | null; story?: StoryPenalty;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const GROUP_HOURS = 36;
const BAN_RECENT_DAYS = [45, 90];
const LISTING = new Set(['listing_irregular', 'false_advertising', 'description_mismatch', 'mislabeling']);
const MONEY = new Set(['price_fraud', 'expired_food']);
const iso = (ms: number) => new Date(ms).toISOString();

/** What a reviewer issues at a ladder step: the suggestion mostly, a fine or listing removal where it fits. */
function choose(rng: Rng, level: 0 | 1 | 2, code: string, followers: number): Choice {
  const listing = LISTING.has(code);
  const money = MONEY.has(code);
  const w = level === 0 ? { warning: listing ? 55 : 70, listing_removal: listing ? 30 : 5, fine: 15, live_suspension: 0 }
    : level === 1 ? { warning: 15, listing_removal: listing ? 30 : 10, fine: money ? 45 : 25, live_suspension: 35 }
      : { warning: 5, listing_removal: listing ? 30 : 12, fine: money ? 45 : 30, live_suspension: 38 };
  const type = weighted(rng, w);
  if (type === 'fine') {
    const [lo, hi] = [[5_000, 20_000], [20_000, 80_000], [80_000, 300_000]][level];
    const size = Math.min(1.7, Math.max(0.5, (followers / 20_000) ** 0.25));
    const cny = Math.min(500_000, Math.max(5_000, Math.round((uniform(rng, lo, hi) * size) / 1000) * 1000));
    return { type, days: null, fineCents: cny * 100 };
  }
  if (type === 'listing_removal') return { type, days: [7, 14, 30][level], fineCents: null };
  if (type === 'live_suspension') return { type, days: level === 1 ? 7 : 30, fineCents: null };
  return { type, days: null, fineCents: null };
}

export function buildPenalties(rng: Rng, ctx: EnforcementContext): PenaltyRow[] {
  const nowMs = ctx.now.getTime();
  const penalizedAt = new Map<number, EventRow>();
  for (const e of ctx.events) if (e.kind === 'status' && e.to === 'penalized') penalizedAt.set(e.case_id, e);
  const whenPenalized = (c: CaseRow) => Date.parse(penalizedAt.get(c.id)?.at ?? c.updated_at);
  const staffById = new Map([...ctx.reviewers, ...ctx.managers].map((s) => [s.id, s]));
  const staff = (email: string) => {
    const s = ctx.staffByEmail.get(email);
    if (!s) throw new Error(`seedDemo: user ${email} is missing (run seedReference first)`);
    return s;
  };
  const codeOf = (c: CaseRow) => ctx.violationCodes.get(c.violation_type_id) ?? '';
  const followers = new Map(ctx.merchants.map((m) => [m.id, m.follower_count]));

  const byMerchant = new Map<number, CaseRow[]>();
  for (const c of ctx.cases) if (c.status === 'penalized') byMerchant.set(c.merchant_id, [...(byMerchant.get(c.merchant_id) ?? []), c]);

  const drafts: Draft[] = [];
  for (const merchantId of [...byMerchant.keys()].sort((a, b) => a - b)) {
    const list = byMerchant.get(merchantId)!;
    const groups: { cases: CaseRow[]; story?: StoryPenalty }[] = [];
    if (merchantId === ctx.storyMerchantId) {
      const mine = ctx.cases.filter((c) => c.merchant_id === merchantId).sort((a, b) => a.opened_at.localeCompare(b.opened_at));
      for (const story of STORY_PENALTIES) groups.push({ cases: story.cases.map((i) => mine[i]).filter((c) => c?.status === 'penalized'), story });
    } else {
      list.sort((a, b) => whenPenalized(a) - whenPenalized(b) || a.id - b.id);
      for (const c of list) {
        const open = groups[groups.length - 1];
        if (open && open.cases.length < 3 && whenPenalized(c) - whenPenalized(open.cases[0]) <= GROUP_HOURS * HOUR) open.cases.push(c);
        else groups.push({ cases: [c] });
      }
    }

    const history: Draft[] = [];
    groups.filter((g) => g.cases.length).forEach((g, i, all) => {
      const issueMs = Math.max(...g.cases.map(whenPenalized));
      const policy = policyAt(ctx.policies, issueMs);
      const codes = g.cases.map(codeOf);
      const points = codes.reduce((sum, code) => sum + (policy.points[code] ?? 0), 0);
      const from = issueMs - policy.windowDays * DAY;
      const priorPoints = history.filter((d) => d.type !== 'permanent_ban' && d.issueMs >= from).reduce((sum, d) => sum + d.points, 0);
      const step = policy.ladder.filter((s) => s.minPoints <= priorPoints + points).pop() ?? policy.ladder[0];
      const direct = codes.some((code) => policy.directBanTypes.includes(code));
      const level = step.type === 'warning' ? 0 : step.type === 'live_suspension' && (step.durationDays ?? 0) <= 7 ? 1 : 2;
      const main = [...codes].sort((a, b) => (policy.points[b] ?? 0) - (policy.points[a] ?? 0))[0];
      const last = g.cases[g.cases.length - 1];
      const issuer = g.story ? staff(STORY_ASSIGNEE) : staffById.get(last.assignee_id ?? -1) ?? pick(rng, ctx.reviewers);
      const choice: Choice = g.story
        ? { type: g.story.type, days: g.story.durationDays ?? null, fineCents: g.story.fineCents ?? null }
        : choose(rng, level, main, followers.get(merchantId) ?? 10_000);
      const draft: Draft = {
        ...choice, merchantId, cases: g.cases, issueMs, issuer, policy, points, priorPoints, direct,
        banSuggested: direct || step.type === 'permanent_ban', last: i === all.length - 1, status: 'active', story: g.story,
      };
      history.push(draft);
      drafts.push(draft);
    });
  }

  // A few recent bans: where the ladder (or a direct-ban violation) called for one on a shop's latest penalty.
  const want = Math.max(3, Math.round(ctx.merchants.length / 60));
  let candidates: Draft[] = [];
  for (const days of BAN_RECENT_DAYS) {
    candidates = drafts.filter((d) => !d.story && d.last && d.banSuggested && d.issueMs >= nowMs - days * DAY);
    if (candidates.length >= want) break;
  }
  const bans = candidates.sort((a, b) => b.priorPoints + b.points - (a.priorPoints + a.points) || b.issueMs - a.issueMs || a.merchantId - b.merchantId)
    .slice(0, want).sort((a, b) => b.issueMs - a.issueMs);
  let decided = 0;
  bans.forEach((d, i) => {
    Object.assign(d, { type: 'permanent_ban', days: null, fineCents: null });
    const decidedMs = d.issueMs + uniform(rng, 2, 30) * HOUR;
    if (i === 0 || decidedMs >= nowMs - 60_000) {
      d.status = 'pending_approval';
      // Bans waiting for a second pair of eyes were put up by reviewers.
      if (d.issuer.role !== 'reviewer') d.issuer = pick(rng, ctx.reviewers);
      return;
    }
    d.approver = pick(rng, ctx.managers.filter((m) => m.id !== d.issuer.id));
    d.decidedMs = decidedMs;
    // The most recent decision (and every fourth before it) went against the ban.
    d.status = decided++ % 4 === 0 ? 'rejected' : 'active';
    const note = pick(rng, fitting(d.status === 'rejected' ? BAN_REJECTION_NOTES : BAN_APPROVAL_NOTES, d.cases.map(codeOf)));
    d.decisionNote = note || null;
  });
  for (const d of drafts) {
    if (d.story?.approvedBy) {
      d.approver = staff(d.story.approvedBy);
      d.decidedMs = Math.min(d.issueMs + uniform(rng, 18, 30) * HOUR, nowMs - HOUR);
      d.decisionNote = d.story.decisionNote ?? null;
    }
  }

  // Ids follow issue time, as the server would have assigned them.
  drafts.sort((a, b) => a.issueMs - b.issueMs || a.merchantId - b.merchantId);
  const rows: PenaltyRow[] = [];
  drafts.forEach((d, i) => {
    const id = ctx.firstPenaltyId + i;
    const caseIds = d.cases.map((c) => c.id);
    const startsMs = d.issueMs;
    const endsMs = d.days ? startsMs + d.days * DAY : null;
    const status: PenaltyStatus = d.type === 'permanent_ban' ? d.status : endsMs !== null && endsMs <= nowMs ? 'expired' : 'active';
    const reason = d.story
      ? d.story.reason.replace('{cases}', `case${caseIds.length > 1 ? 's' : ''} ${caseIds.map((c) => `#${c}`).join(', ')}`)
      : penaltyReason({ ...d, caseIds, codes: d.cases.map(codeOf), windowDays: d.policy.windowDays });
    rows.push({
      id, merchant_id: d.merchantId, case_ids: JSON.stringify(caseIds), type: d.type, fine_cents: d.fineCents,
      starts_at: iso(startsMs), ends_at: endsMs === null ? null : iso(endsMs), reason, status, points: d.points,
      policy_id: d.policy.id, issued_by_id: d.issuer.id, approved_by_id: d.approver?.id ?? null,
      decided_at: d.decidedMs === undefined ? null : iso(d.decidedMs), decision_note: d.decisionNote ?? null,
      revoked_at: null, revoked_by_id: null, revoke_reason: null,
      version: d.decidedMs === undefined ? 1 : 2, created_at: iso(d.issueMs),
      // The expiry job touches a served penalty when it ends (without a new version).
      updated_at: iso(status === 'expired' ? endsMs! : d.decidedMs ?? d.issueMs),
    });

    for (const c of d.cases) {
      const e = penalizedAt.get(c.id);
      if (!e) throw new Error(`seedDemo: case ${c.id} is penalized without a penalized event`);
      Object.assign(e, { at: iso(d.issueMs), actor_id: d.issuer.id, note: `Penalty #${id}: ${d.type}` });
      c.updated_at = e.at;
      if (d.status === 'rejected' && d.approver && d.decidedMs !== undefined) {
        // Rejecting a ban sends its cases back to confirmed, so a lighter penalty can still be issued.
        c.status = 'confirmed';
        c.version += 1;
        c.updated_at = iso(d.decidedMs);
        ctx.events.push({ case_id: c.id, actor_id: d.approver.id, at: c.updated_at, kind: 'status', from: 'penalized', to: 'confirmed', note: `Ban #${id} rejected: ${d.decisionNote}` });
      }
    }
  });
  return rows;
}
