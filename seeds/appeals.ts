/**
 * Demo appeals and revocations (issue: enforcement), as planned with the penalties (a revoked
 * penalty stopped counting from then on, see seeds/enforcement.ts): merchants appeal some issued
 * penalties within the appeal window; a manager who did not issue the penalty upholds or
 * overturns (which revokes it, as the server does); recent appeals are still pending. A few other
 * penalties are revoked by a manager. Mutates the penalty rows it revokes.
 */
import type { APPEAL_STATUSES } from '../domain/appeals';
import { APPEAL_STATEMENTS, fitting, OVERTURN_NOTES, REVOKE_REASONS, UPHOLD_NOTES, type Tagged } from './content/penaltyText';
import type { Fate } from './enforcement';
import type { Staff } from './lifecycle';
import type { PenaltyRow } from './penalties';
import { policyAt, type SeedPolicy } from './policy';
import { pick, uniform, type Rng } from './random';
import { STORY_PENALTIES } from './story';

type AppealStatus = (typeof APPEAL_STATUSES)[number];

export interface AppealRow {
  id: number;
  penalty_id: number;
  statement: string;
  status: AppealStatus;
  filed_at: string;
  filed_by_id: number;
  decided_at: string | null;
  decided_by_id: number | null;
  decision_note: string | null;
  version: number;
  updated_at: string;
}

export interface AppealContext {
  now: Date;
  firstAppealId: number;
  policies: SeedPolicy[];
  reviewers: Staff[];
  managers: Staff[];
  staffByEmail: Map<string, Staff>;
  storyMerchantId: number;
  /** penalty id → the violation type codes of the cases it cites (to pick fitting text) */
  penaltyCodes: Map<number, string[]>;
}

interface Draft {
  penalty: PenaltyRow;
  filedMs: number;
  decidedMs: number | null;
  overturned: boolean;
  statement: string;
  note: string | null;
  decider: Staff | null;
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();
function revoke(p: PenaltyRow, atMs: number, by: Staff, reason: string) {
  Object.assign(p, { status: 'revoked', revoked_at: iso(atMs), revoked_by_id: by.id, revoke_reason: reason, version: p.version + 1, updated_at: iso(atMs) });
}

export function buildAppeals(rng: Rng, penalties: PenaltyRow[], fates: Map<number, Fate>, ctx: AppealContext): AppealRow[] {
  const nowMs = ctx.now.getTime();
  const text = (items: readonly Tagged[], p: PenaltyRow) => pick(rng, fitting(items, ctx.penaltyCodes.get(p.id) ?? []));
  const otherManager = (p: PenaltyRow) =>
    pick(
      rng,
      ctx.managers.filter((m) => m.id !== p.issued_by_id),
    );
  /** Appealable from its start (a ban: from its approval) until the window closes, and not in the future. */
  const window = (p: PenaltyRow) => {
    const startMs = Date.parse(p.starts_at);
    const openMs = Math.max(startMs, p.decided_at ? Date.parse(p.decided_at) : startMs) + HOUR;
    const closeMs = Math.min(startMs + policyAt(ctx.policies, openMs).appealWindowDays * DAY, nowMs - HOUR);
    return { openMs, closeMs };
  };
  const issued = (p: PenaltyRow) => p.status === 'active' || p.status === 'expired';
  const drafts: Draft[] = [];
  const appealed = new Set<number>();
  const file = (p: PenaltyRow, filedMs: number, decidedMs: number | null, overturned: boolean) => {
    const pending = decidedMs === null || decidedMs >= nowMs - HOUR;
    drafts.push({
      penalty: p,
      filedMs,
      decidedMs: pending ? null : decidedMs,
      overturned: !pending && overturned,
      statement: text(APPEAL_STATEMENTS, p),
      note: pending ? null : text(overturned ? OVERTURN_NOTES : UPHOLD_NOTES, p),
      decider: pending ? null : otherManager(p),
    });
    appealed.add(p.id);
  };

  const storyBan = penalties.find((p) => p.merchant_id === ctx.storyMerchantId && p.type === 'permanent_ban' && p.status === 'active');
  const storyAppeal = STORY_PENALTIES.find((s) => s.appeal)?.appeal;
  if (storyBan && storyAppeal) {
    const filedMs = Math.min(window(storyBan).openMs + uniform(rng, 20, 40) * HOUR, nowMs - 3 * DAY);
    const decider = ctx.staffByEmail.get(storyAppeal.decidedBy) ?? otherManager(storyBan);
    drafts.push({
      penalty: storyBan,
      filedMs,
      decidedMs: Math.min(filedMs + uniform(rng, 2, 3) * DAY, nowMs - HOUR),
      overturned: false,
      statement: storyAppeal.statement,
      note: storyAppeal.note,
      decider,
    });
    appealed.add(storyBan.id);
  }
  for (const p of penalties) {
    const appeal = fates.get(p.id)?.appeal;
    if (issued(p) && appeal) file(p, appeal.filedMs, appeal.decidedMs, appeal.overturned);
  }

  // Every state shows up even in a small demo: the newest appealable penalty pending, an old one of
  // each outcome (overturned: a shop's last penalty, so no later ladder step counted it).
  const untouched = (p: PenaltyRow) => issued(p) && !appealed.has(p.id) && fates.get(p.id)?.revokedMs === undefined && p.merchant_id !== ctx.storyMerchantId;
  const open = () =>
    penalties.filter(untouched).filter((p) => {
      const w = window(p);
      return w.closeMs > w.openMs;
    });
  const last = new Map(penalties.map((p) => [p.merchant_id, p.id]));
  if (!drafts.some((d) => d.decidedMs === null)) {
    const recent = open()
      .filter((p) => Date.parse(p.starts_at) > nowMs - 12 * DAY)
      .pop();
    if (recent) {
      const w = window(recent);
      file(recent, (w.openMs + w.closeMs) / 2, null, false);
    }
  }
  for (const overturned of [false, true]) {
    if (drafts.some((d) => d.decidedMs !== null && d.overturned === overturned)) continue;
    const old = open().find(
      (p) => Date.parse(p.starts_at) < nowMs - 30 * DAY && (!overturned || (last.get(p.merchant_id) === p.id && p.type !== 'permanent_ban')),
    );
    if (old) file(old, window(old).openMs + DAY, window(old).openMs + 3 * DAY, overturned);
  }

  drafts.sort((a, b) => a.filedMs - b.filedMs || a.penalty.id - b.penalty.id);
  const rows = drafts.map((d, i): AppealRow => {
    const id = ctx.firstAppealId + i;
    const decided = d.decidedMs !== null && d.decider !== null;
    if (decided && d.overturned) revoke(d.penalty, d.decidedMs!, d.decider!, `Appeal #${id} overturned: ${d.note}`);
    return {
      id,
      penalty_id: d.penalty.id,
      statement: d.statement,
      status: !decided ? 'pending' : d.overturned ? 'overturned' : 'upheld',
      filed_at: iso(d.filedMs),
      filed_by_id: pick(rng, ctx.reviewers).id,
      decided_at: decided ? iso(d.decidedMs!) : null,
      decided_by_id: d.decider?.id ?? null,
      decision_note: d.note,
      version: decided ? 2 : 1,
      updated_at: iso(decided ? d.decidedMs! : d.filedMs),
    };
  });

  // A few more penalties revoked outright by a manager (the buyer withdrew, a duplicate, a lab error).
  for (const p of penalties) {
    const revokedMs = fates.get(p.id)?.revokedMs;
    if (issued(p) && !appealed.has(p.id) && revokedMs !== undefined) revoke(p, revokedMs, otherManager(p), text(REVOKE_REASONS, p));
  }
  return rows;
}
