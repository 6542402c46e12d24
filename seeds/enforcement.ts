/**
 * How the policy was applied to one shop (issue: enforcement), in time order: its penalized cases
 * are grouped into penalties (1–3 cases confirmed about the same time) and each penalty is what
 * the ladder (domain/policy.ts suggestPenalty) suggested over the points counted at its issue, under the
 * policy version then in force, with the reviewer's judgement on top (a fine instead of a warning,
 * a step lighter). The ban step or a direct-ban violation always brings a ban proposal: most are
 * approved by a second manager, a few rejected, recent ones still pending. Whether an issued
 * penalty is appealed or revoked later is settled here too, as a revoked penalty stops counting.
 * Pure: each penalty draws from its own PRNG, so the plan only changes where the cases do.
 */
import type { PenaltyStatus, PenaltyType } from '../domain/penalties';
import { countedPenalties, suggestPenalty, type PastPenalty, type Suggestion } from '../domain/policy';
import type { BuiltCase, CaseRow } from './cases';
import { BAN_APPROVAL_NOTES, BAN_REJECTION_NOTES, fitting } from './content/penaltyText';
import type { Staff } from './lifecycle';
import { policyAt, type SeedPolicy } from './policy';
import { chance, derive, pick, uniform, weighted, type Rng } from './random';
import { STORY_ASSIGNEE, STORY_PENALTIES, type StoryPenalty } from './story';

export interface EnforcementContext {
  now: Date;
  seed: number;
  policies: SeedPolicy[];
  reviewers: Staff[];
  managers: Staff[];
  staffByEmail: Map<string, Staff>;
  storyMerchantId: number;
}

export interface Choice {
  type: PenaltyType;
  days: number | null;
  fineCents: number | null;
}
/** What happens to an issued penalty later: an appeal (decided or pending), or a manager revoking it. */
export interface Fate {
  appeal?: { filedMs: number; decidedMs: number | null; overturned: boolean };
  revokedMs?: number;
}
export interface PlannedPenalty extends Choice {
  merchantId: number;
  cases: CaseRow[];
  codes: string[];
  issueMs: number;
  issuer: Staff;
  policy: SeedPolicy;
  points: number;
  priorPoints: number;
  direct: boolean;
  /** A ban's decision; any other penalty is `active` (expired or revoked later). */
  status: PenaltyStatus;
  approver?: Staff;
  decidedMs?: number;
  decisionNote?: string | null;
  story?: StoryPenalty;
  fate: Fate;
}
export interface MerchantPlan {
  penalties: PlannedPenalty[];
  /** Confirmed after the shop was banned: closed without a penalty of their own. */
  closed: CaseRow[];
  /** Confirmed while a ban awaits its decision: left for it. */
  held: CaseRow[];
  /** When the shop could not sell: from an approved ban's start until it was revoked, if ever. */
  bans: { fromMs: number; untilMs: number }[];
}

const DAY = 86_400_000;
const HOUR = 3_600_000;
const GROUP_HOURS = 36;
const LISTING = new Set(['listing_irregular', 'false_advertising', 'description_mismatch', 'mislabeling']);
const MONEY = new Set(['price_fraud', 'expired_food']);
const APPEAL_ODDS: Record<PenaltyType, number> = { warning: 0.03, listing_removal: 0.08, fine: 0.1, live_suspension: 0.1, permanent_ban: 0.6 };
const iso = (ms: number) => new Date(ms).toISOString();

interface Group {
  cases: CaseRow[];
  codes: string[];
  issueMs: number;
  story?: StoryPenalty;
}

/** When a case went confirmed → penalized (provisional: the issue moves it to the group's issue). */
const penalizedMs = (b: BuiltCase) => Date.parse(b.events.find((e) => e.to === 'penalized')?.at ?? b.row.updated_at);

/**
 * Cases penalized within GROUP_HOURS of the first one, and opened before it, go together. A case
 * opened later cannot change a group whose cases were all penalized before that: a shop's plan up
 * to any time depends only on its cases opened by then.
 */
function groupCases(built: BuiltCase[]): Group[] {
  const list = built
    .filter((b) => b.row.status === 'penalized')
    .map((b) => ({ b, at: penalizedMs(b) }))
    .sort((x, y) => x.at - y.at || x.b.row.id - y.b.row.id);
  const groups: (Group & { startMs: number })[] = [];
  for (const { b, at } of list) {
    const g = groups[groups.length - 1];
    if (g && g.cases.length < 3 && at - g.startMs <= GROUP_HOURS * HOUR && Date.parse(b.row.opened_at) < g.startMs) {
      g.cases.push(b.row);
      g.codes.push(b.code);
      g.issueMs = at;
    } else groups.push({ cases: [b.row], codes: [b.code], issueMs: at, startMs: at });
  }
  return groups;
}

function storyGroups(built: BuiltCase[]): Group[] {
  const mine = [...built].sort((a, b) => a.row.opened_at.localeCompare(b.row.opened_at));
  return STORY_PENALTIES.map((story) => {
    const cited = story.cases.map((i) => mine[i]).filter((b) => b?.row.status === 'penalized');
    return { cases: cited.map((b) => b.row), codes: cited.map((b) => b.code), issueMs: Math.max(...cited.map(penalizedMs)), story };
  }).filter((g) => g.cases.length);
}

function fine(rng: Rng, level: number, followers: number): number {
  const [lo, hi] = [
    [5_000, 20_000],
    [20_000, 80_000],
    [80_000, 300_000],
  ][Math.min(2, level)];
  const size = Math.min(1.7, Math.max(0.5, (followers / 20_000) ** 0.25));
  return Math.min(500_000, Math.max(5_000, Math.round((uniform(rng, lo, hi) * size) / 1000) * 1000)) * 100;
}

/** What the reviewer issues for a suggestion short of a ban: mostly the suggestion; a fine, a listing removal or a step lighter where it fits. */
function vary(rng: Rng, s: Suggestion, policy: SeedPolicy, code: string, followers: number): Choice {
  const steps = policy.ladder.filter((st) => st.type !== 'permanent_ban');
  const level = Math.max(
    0,
    steps.findIndex((st) => st.type === s.type && st.durationDays === s.durationDays),
  );
  const how = weighted(rng, { suggested: 62, lighter: level > 0 ? 14 : 0, fine: MONEY.has(code) ? 26 : 12, listing: LISTING.has(code) ? 22 : 4 });
  if (how === 'listing') return { type: 'listing_removal', days: [7, 14, 30][Math.min(2, level)], fineCents: null };
  const step = how === 'fine' ? { type: 'fine' as const, durationDays: null } : (steps[how === 'lighter' ? level - 1 : level] ?? steps[0]);
  if (step.type === 'fine') return { type: 'fine', days: null, fineCents: fine(rng, level, followers) };
  const timed = step.type === 'listing_removal' || step.type === 'live_suspension';
  return { type: step.type, days: timed ? (step.durationDays ?? [7, 14, 30][Math.min(2, level)]) : null, fineCents: null };
}

/** A ban proposal's decision, a day or so after it was put up. */
function decideBan(rng: Rng, p: PlannedPenalty, ctx: EnforcementContext) {
  const nowMs = ctx.now.getTime();
  const decidedMs = p.issueMs + uniform(rng, 2, 30) * HOUR;
  if (decidedMs >= nowMs - 60_000 || (p.issueMs > nowMs - 5 * DAY && chance(rng, 0.7))) {
    p.status = 'pending_approval';
    // Bans waiting for a second pair of eyes were put up by reviewers.
    if (p.issuer.role !== 'reviewer') p.issuer = pick(rng, ctx.reviewers);
    return;
  }
  p.approver = pick(
    rng,
    ctx.managers.filter((m) => m.id !== p.issuer.id),
  );
  p.decidedMs = decidedMs;
  // Managers push back on recent bans resting on complaints alone more than on lab results.
  const lab = p.cases.some((c) => c.source === 'inspection');
  p.status = decidedMs > nowMs - 30 * DAY && chance(rng, lab ? 0.15 : 0.4) ? 'rejected' : 'active';
  p.decisionNote = pick(rng, fitting(p.status === 'rejected' ? BAN_REJECTION_NOTES : BAN_APPROVAL_NOTES, p.codes)) || null;
}

function fateOf(rng: Rng, p: PlannedPenalty, ctx: EnforcementContext): Fate {
  const nowMs = ctx.now.getTime();
  const fromMs = Math.max(p.issueMs, p.decidedMs ?? p.issueMs);
  const closeMs = Math.min(p.issueMs + policyAt(ctx.policies, fromMs + HOUR).appealWindowDays * DAY, nowMs - HOUR);
  if (closeMs > fromMs + HOUR && chance(rng, APPEAL_ODDS[p.type])) {
    const filedMs = uniform(rng, fromMs + HOUR, closeMs);
    const decidedMs = filedMs + uniform(rng, 1, 7) * DAY;
    if (decidedMs >= nowMs - HOUR) return { appeal: { filedMs, decidedMs: null, overturned: false } };
    const overturned = chance(rng, 0.2);
    return { appeal: { filedMs, decidedMs, overturned }, revokedMs: overturned ? decidedMs : undefined };
  }
  // A few revoked outright by a manager (the buyer withdrew, a duplicate, a lab error).
  const revokedMs = fromMs + uniform(rng, 0.5, 20) * DAY;
  return chance(rng, 0.025) && revokedMs < nowMs - HOUR ? { revokedMs } : {};
}

/** A planned penalty as the ladder saw it at `atMs` (pending until approved, revoked once revoked). */
function statusAt(p: PlannedPenalty, atMs: number): string {
  if (p.fate.revokedMs !== undefined && p.fate.revokedMs <= atMs) return 'revoked';
  if (p.type !== 'permanent_ban') return 'active';
  return p.status === 'active' && (p.decidedMs ?? Infinity) <= atMs ? 'active' : 'pending_approval';
}

const pastAt = (penalties: PlannedPenalty[], atMs: number): PastPenalty[] =>
  penalties
    .filter((p) => p.issueMs <= atMs)
    .map((p, i) => ({ id: i + 1, type: p.type, status: statusAt(p, atMs), points: p.points, startsAt: iso(p.issueMs) }));

/** The shop's points counted at `atMs`, as the merchant page showed them then. */
export function pointsAt(plan: MerchantPlan, atMs: number, policies: SeedPolicy[]): number {
  return countedPenalties(policyAt(policies, atMs), pastAt(plan.penalties, atMs), new Date(atMs)).reduce((sum, p) => sum + p.points, 0);
}

export function planMerchant(merchantId: number, built: BuiltCase[], followers: number, ctx: EnforcementContext): MerchantPlan {
  const staffById = new Map([...ctx.reviewers, ...ctx.managers].map((s) => [s.id, s]));
  const story = merchantId === ctx.storyMerchantId;
  const plan: MerchantPlan = { penalties: [], closed: [], held: [], bans: [] };
  let pending = false;
  for (const g of story ? storyGroups(built) : groupCases(built)) {
    if (plan.bans.some((b) => g.issueMs >= b.fromMs && g.issueMs < b.untilMs)) {
      plan.closed.push(...g.cases);
      continue;
    }
    if (pending) {
      plan.held.push(...g.cases);
      continue;
    }
    const rng = derive(ctx.seed, merchantId, g.cases[0].id);
    const policy = policyAt(ctx.policies, g.issueMs);
    const at = new Date(g.issueMs);
    const direct = g.codes.find((c) => policy.directBanTypes.includes(c));
    const main = direct ?? [...g.codes].sort((a, b) => (policy.points[b] ?? 0) - (policy.points[a] ?? 0))[0];
    // The same rule as the issue dialog and the server: every cited case's violation counts.
    const s = suggestPenalty(policy, g.codes, pastAt(plan.penalties, g.issueMs), at);
    const issuer = g.story
      ? (ctx.staffByEmail.get(STORY_ASSIGNEE) ?? pick(rng, ctx.reviewers))
      : (staffById.get(g.cases[g.cases.length - 1].assignee_id ?? -1) ?? pick(rng, ctx.reviewers));
    const choice: Choice = g.story
      ? { type: g.story.type, days: g.story.durationDays ?? null, fineCents: g.story.fineCents ?? null }
      : s.type === 'permanent_ban'
        ? { type: 'permanent_ban', days: null, fineCents: null }
        : vary(rng, s, policy, main, followers);
    const p: PlannedPenalty = {
      ...choice,
      merchantId,
      cases: g.cases,
      codes: g.codes,
      issueMs: g.issueMs,
      issuer,
      policy,
      status: 'active',
      story: g.story,
      points: s.addedPoints,
      priorPoints: s.currentPoints,
      direct: s.directBan,
      fate: {},
    };
    if (g.story?.approvedBy) {
      p.approver = ctx.staffByEmail.get(g.story.approvedBy);
      p.decidedMs = Math.min(g.issueMs + uniform(rng, 18, 30) * HOUR, ctx.now.getTime() - HOUR);
      p.decisionNote = g.story.decisionNote ?? null;
    } else if (p.type === 'permanent_ban') decideBan(rng, p, ctx);
    // The story's appeal is written by seeds/appeals.ts.
    if (p.status === 'active' && !story) p.fate = fateOf(rng, p, ctx);
    plan.penalties.push(p);
    if (p.type === 'permanent_ban' && p.status === 'pending_approval') pending = true;
    if (p.type === 'permanent_ban' && p.status === 'active') plan.bans.push({ fromMs: p.issueMs, untilMs: p.fate.revokedMs ?? Infinity });
  }
  return plan;
}
