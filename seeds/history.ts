/**
 * The demo's six months in time order (issue: enforcement). Cases are opened one after another;
 * each shop's enforcement plan (seeds/enforcement.ts) is recomputed as its cases come in, and a
 * case that would be about a shop banned by then goes to another shop instead (a banned shop
 * cannot sell), as does, mostly, one about a shop already suspended (it cleaned up its act). A
 * plan up to any time depends only on the shop's cases opened by then, so a ban known when a
 * case is opened stands. At the end the cases a plan closed (confirmed after the ban) or held
 * (awaiting a pending ban) are rebuilt with that outcome.
 */
import { BANNED_CLOSE } from './content/caseText';
import { BAN_REJECTION_NOTES } from './content/penaltyText';
import { behaves, buildCase, draftCases, type BuiltCase, type CaseContext, type CaseDraft, type CaseRow, type Shop } from './cases';
import { planMerchant, pointsAt, type EnforcementContext, type MerchantPlan, type PlannedPenalty } from './enforcement';
import type { EventRow } from './lifecycle';
import type { MerchantRow } from './merchants';
import { chance, derive, mulberry32, pick } from './random';

export interface History {
  cases: CaseRow[];
  events: EventRow[];
  plans: MerchantPlan[];
  /** case id → the evidence it was opened with, for the cases an edit added to since. */
  openingEvidence: Map<number, string>;
  /** The failed-inspection cases, with where and what the inspection found. */
  inspected: (Required<Pick<BuiltCase, 'inspection'>> & { row: CaseRow; code: string })[];
}

export function buildHistory(count: number, ctx: CaseContext & EnforcementContext): History {
  const rng = mulberry32((ctx.seed ^ 0x9e3779b9) >>> 0);
  const { drafts, conduct, pickMerchant } = draftCases(rng, count, ctx);
  const byMerchant = new Map<number, BuiltCase[]>();
  const plans = new Map<number, MerchantPlan>();
  const planOf = (m: MerchantRow) => {
    let plan = plans.get(m.id);
    if (!plan) {
      plan = planMerchant(m.id, byMerchant.get(m.id) ?? [], m.follower_count, ctx);
      plans.set(m.id, plan);
    }
    return plan;
  };
  const banned = (m: MerchantRow, ms: number) => planOf(m).bans.some((b) => b.fromMs <= ms && ms < b.untilMs);
  const build = (d: CaseDraft, shop: Shop, override?: Parameters<typeof buildCase>[4]) => buildCase(derive(ctx.seed, d.index), d, shop, ctx, override);

  const shops: Shop[] = [];
  const built: (BuiltCase | null)[] = drafts.map((d) => {
    const shopOf = (m: MerchantRow): Shop => ({ merchant: m, conduct: conduct.get(m.id) ?? 'honest', points: pointsAt(planOf(m), d.openedMs, ctx.policies) });
    let shop = shopOf(d.merchant);
    // A banned shop sells nothing, one with points on its record mostly behaves: the case is about another shop.
    for (let tries = 0; !d.story && (banned(shop.merchant, d.openedMs) || !chance(rng, behaves(shop.conduct, shop.points))); tries++) {
      if (tries < 50) {
        shop = shopOf(pickMerchant(rng));
        continue;
      }
      const selling = ctx.merchants.filter((o) => o.id !== ctx.storyMerchantId && !banned(o, d.openedMs));
      // Only in a tiny demo is every shop banned: then there is no case to open.
      if (!selling.length) return null;
      shop = shopOf(pick(rng, selling));
      break;
    }
    const m = shop.merchant;
    const b = build(d, shop);
    byMerchant.set(m.id, [...(byMerchant.get(m.id) ?? []), b]);
    // A plan is made of a shop's penalized cases (the story's of all its cases): no other case changes it.
    if (b.row.status === 'penalized' || m.id === ctx.storyMerchantId) plans.delete(m.id);
    shops[d.index] = shop;
    return b;
  });

  const final = ctx.merchants.filter((m) => byMerchant.has(m.id)).map(planOf);
  ensureEveryDecision(final, ctx);
  for (const plan of final) {
    for (const [rows, override] of [
      [plan.closed, { status: 'dismissed', resolution: BANNED_CLOSE }],
      [plan.held, { status: 'confirmed' }],
    ] as const) {
      for (const c of rows) {
        const i = c.id - ctx.firstCaseId;
        built[i] = build(drafts[i], shops[i], override);
      }
    }
  }
  const cases = built.filter((b): b is BuiltCase => b !== null);
  const openingEvidence = new Map(cases.flatMap((b) => (b.openingEvidence ? [[b.row.id, b.openingEvidence] as const] : [])));
  const inspected = cases.flatMap((b) => (b.inspection ? [{ row: b.row, code: b.code, inspection: b.inspection }] : []));
  return { cases: cases.map((b) => b.row), events: cases.flatMap((b) => b.events), plans: final, openingEvidence, inspected };
}

/**
 * Even a small demo shows a ban pending and one rejected: if none came up, the latest approved
 * bans that were their shop's last penalty become so (their later cases then wait as confirmed).
 */
function ensureEveryDecision(plans: MerchantPlan[], ctx: CaseContext & EnforcementContext) {
  const bans = () =>
    plans
      .flatMap((plan) => plan.penalties.map((p) => ({ plan, p })))
      .filter(({ plan, p }) => p.type === 'permanent_ban' && !p.story && p.status === 'active' && plan.penalties[plan.penalties.length - 1] === p)
      .sort((a, b) => b.p.issueMs - a.p.issueMs);
  const reopen = (plan: MerchantPlan, p: PlannedPenalty) => {
    plan.bans = plan.bans.filter((b) => b.fromMs !== p.issueMs);
    plan.held.push(...plan.closed);
    plan.closed = [];
    p.fate = {};
  };
  const all = plans.flatMap((plan) => plan.penalties);
  if (!all.some((p) => p.status === 'pending_approval')) {
    const found = bans()[0];
    if (found) {
      reopen(found.plan, found.p);
      Object.assign(found.p, { status: 'pending_approval', approver: undefined, decidedMs: undefined, decisionNote: undefined });
      if (found.p.issuer.role !== 'reviewer') found.p.issuer = ctx.reviewers[found.p.merchantId % ctx.reviewers.length];
    }
  }
  if (!all.some((p) => p.status === 'rejected')) {
    const found = bans()[0];
    if (found) {
      reopen(found.plan, found.p);
      Object.assign(found.p, { status: 'rejected', decisionNote: BAN_REJECTION_NOTES[0] as string });
    }
  }
}
