/**
 * Demo data: merchants, ~6 months of cases and their timelines with the penalty policy applied as
 * they came in (seeds/history.ts: the ladder's penalties, bans that stop a shop's cases), the
 * penalty rows and their appeals, the penalty notices that published them (seeds/notices.ts), and
 * the audit trail of all of it from the reference setup on (seeds/audit/). Deterministic for a
 * given seed and `now`. Assumes seedReference ran (ids are
 * looked up by code and email, the penalty policy versions read back).
 */
import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES, type Severity } from '../domain/cases';
import { derivedFromPenalties } from '../domain/merchants';
import { buildAppeals } from './appeals';
import { caseChanges } from './audit/cases';
import { enforcementChanges } from './audit/enforcement';
import { inspectionChanges } from './audit/inspections';
import { noticeChanges } from './audit/notices';
import { referenceChanges } from './audit/reference';
import { writeAuditTrail } from './audit/trail';
import type { CaseRow } from './cases';
import { buildHistory } from './history';
import { buildInspections } from './inspections';
import { bumpSequence, insertChunked } from './insert';
import type { Staff } from './lifecycle';
import { buildMerchants, STORY_MERCHANT, type MerchantRow, type MerchantStatus } from './merchants';
import { buildNotices } from './notices';
import { buildPenalties, type PenaltyRow } from './penalties';
import { loadPolicies, policyAt } from './policy';
import { mulberry32 } from './random';
import { rebuildMetricRollups } from '../server/metrics/rollups';

export interface DemoOptions {
  merchants?: number;
  cases?: number;
  now?: Date;
  seed?: number;
}
export interface DemoSummary {
  merchants: number;
  cases: number;
  events: number;
  penalties: number;
  appeals: number;
  notices: number;
  inspections: number;
  auditEntries: number;
}

export const DEMO_DEFAULTS = { merchants: 500, cases: 4000, seed: 20261125 } as const;

async function loadReference(knex: Knex) {
  const categoryRows: { id: number; code: string; parent: number | null }[] = await knex('categories').select('id', 'code', 'parent_id as parent');
  const codeById = new Map(categoryRows.map((c) => [c.id, c.code]));
  const categories = new Map(categoryRows.map((c) => [c.id, { code: c.code, vertical: c.parent == null ? c.code : (codeById.get(c.parent) ?? c.code) }]));
  const violationRows: { id: number; code: string; severity: Severity }[] = await knex('violation_types').select('id', 'code', 'severity');
  const warehouseRows: { id: number; code: string; name: string; zh: string | null }[] = await knex('warehouses').select('id', 'code', 'name', 'name_zh as zh');
  const users: (Staff & { email: string; warehouseId: number | null })[] = await knex('users')
    .select('id', 'email', 'name', 'role', 'warehouse_id')
    .orderBy('id');
  const reviewers = users.filter((u) => u.role === 'reviewer');
  const managers = users.filter((u) => u.role === 'manager');
  // Each warehouse's first inspector records its verdicts.
  const inspectors = new Map<string, number>();
  for (const w of warehouseRows) {
    const first = users.find((u) => u.role === 'inspector' && u.warehouseId === w.id);
    if (first) inspectors.set(w.code, first.id);
  }
  if (!categoryRows.length || !reviewers.length || !managers.length) {
    throw new Error('seedDemo: reference data is missing (run seedReference first)');
  }
  return {
    categoryIds: new Map(categoryRows.map((c) => [c.code, c.id])),
    categories,
    violationTypes: new Map(violationRows.map((v) => [v.code, { id: v.id, severity: v.severity }])),
    warehouses: new Map(warehouseRows.map((w) => [w.code, { id: w.id, code: w.code, name: w.name, nameZh: w.zh ?? w.name }])),
    reviewers,
    managers,
    staffByEmail: new Map(users.map((u) => [u.email, u])),
    inspectors,
  };
}

/**
 * The merchants' derived fields, as server/merchants/service.ts recomputeMerchant would write them:
 * status from the penalties in force, points of issued penalties started in the policy window, and
 * cases still needing work (open, in review, awaiting a penalty).
 */
function deriveMerchants(merchants: MerchantRow[], cases: CaseRow[], penalties: PenaltyRow[], now: Date, windowDays: number) {
  const open = new Map<number, number>();
  for (const c of cases) if (OPEN_CASE_STATUSES.includes(c.status)) open.set(c.merchant_id, (open.get(c.merchant_id) ?? 0) + 1);
  const byMerchant = new Map<number, PenaltyRow[]>();
  for (const p of penalties) byMerchant.set(p.merchant_id, [...(byMerchant.get(p.merchant_id) ?? []), p]);
  for (const m of merchants) {
    const history = (byMerchant.get(m.id) ?? []).map((p) => ({
      id: p.id,
      type: p.type,
      status: p.status,
      points: p.points,
      startsAt: p.starts_at,
      endsAt: p.ends_at,
    }));
    const derived = derivedFromPenalties(history, { windowDays }, now);
    m.open_case_count = open.get(m.id) ?? 0;
    m.status = derived.status as MerchantStatus;
    m.violation_points = derived.violationPoints;
    m.derived_until = derived.derivedUntil;
  }
}

/** inspection id → the cases its failed verdict opened. */
const casesOfInspections = (cases: CaseRow[]) => new Map(cases.filter((c) => c.inspection_id != null).map((c) => [c.inspection_id as number, [c.id]]));

/** Event ids ascend with time across records, as if the workflow had written them live (ties keep their order). */
function byTime<E extends { at: string }>(events: E[]): E[] {
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i))
    .map(({ e }) => e);
}

export async function seedDemo(knex: Knex, opts: DemoOptions = {}): Promise<DemoSummary> {
  const now = opts.now ?? new Date();
  const merchantCount = Math.max(1, opts.merchants ?? DEMO_DEFAULTS.merchants);
  const caseCount = Math.max(0, opts.cases ?? DEMO_DEFAULTS.cases);
  const seed = opts.seed ?? DEMO_DEFAULTS.seed;
  // Separate streams so changing the case count does not reshuffle the merchants.
  const merchantRng = mulberry32(seed);
  const enforcementRng = mulberry32((seed ^ 0x85ebca6b) >>> 0);

  const ref = await loadReference(knex);
  const policies = await loadPolicies(knex);
  if (!policies.length) throw new Error('seedDemo: the penalty policy is missing (run seedReference first)');
  const nextId = async (table: string) => Number((await knex(table).max('id as top'))[0].top ?? 0) + 1;
  const merchants = buildMerchants(merchantRng, merchantCount, now, ref.categoryIds);
  const enforcement = { now, seed, merchants, policies, storyMerchantId: STORY_MERCHANT.id, ...ref };
  // Cases in time order with the policy applied as they come in: no case for a shop after its ban.
  const { cases, events, plans, openingEvidence, inspected } = buildHistory(caseCount, { ...enforcement, firstCaseId: await nextId('cases') });
  const { rows: penalties, cited, fates } = buildPenalties(plans, events, { now, firstPenaltyId: await nextId('penalties') });
  const violationCodes = new Map([...ref.violationTypes].map(([code, v]) => [v.id, code]));
  const caseCodes = new Map(cases.map((c) => [c.id, violationCodes.get(c.violation_type_id) ?? '']));
  const penaltyCodes = new Map(penalties.map((p) => [p.id, cited.get(p.id)!.map((id) => caseCodes.get(id) ?? '')]));
  const appeals = buildAppeals(enforcementRng, penalties, fates, { ...enforcement, penaltyCodes, firstAppealId: await nextId('appeals') });
  deriveMerchants(merchants, cases, penalties, now, policyAt(policies, now.getTime()).windowDays);
  // Notices list penalties as they stood when each went out (after appeals and revocations are settled).
  const notices = await buildNotices(knex, { ...enforcement, penalties, cited, cases, firstNoticeId: await nextId('notices') });
  const penaltyCases = penalties.flatMap((p) => cited.get(p.id)!.map((caseId) => ({ penalty_id: p.id, case_id: caseId })));
  const parcels = buildInspections(inspected, { ...enforcement, nowMs: now.getTime(), plans, firstInspectionId: await nextId('inspections') });
  for (const c of cases) c.inspection_id = parcels.caseInspections.get(c.id) ?? null;

  const timeline = byTime(events);

  const auditEntries = await knex.transaction(async (trx) => {
    await insertChunked(trx, 'merchants', merchants);
    await insertChunked(trx, 'cases', cases);
    await insertChunked(trx, 'case_events', timeline);
    await insertChunked(trx, 'penalties', penalties);
    await insertChunked(trx, 'penalty_cases', penaltyCases);
    await insertChunked(trx, 'appeals', appeals);
    await insertChunked(trx, 'notices', notices.rows, 50);
    await insertChunked(trx, 'notice_penalties', notices.links);
    await insertChunked(trx, 'orders', parcels.orders);
    await insertChunked(trx, 'inspections', parcels.inspections);
    await insertChunked(trx, 'inspection_events', byTime(parcels.events));
    for (const table of ['cases', 'penalties', 'appeals', 'notices', 'inspections']) await bumpSequence(trx, table);
    // The rows above went in directly, past the services that keep the metric roll-ups current.
    await rebuildMetricRollups(trx);
    return writeAuditTrail(trx, [
      ...(await referenceChanges(trx)),
      ...caseChanges(cases, events, openingEvidence),
      ...enforcementChanges(penalties, cited, appeals, now, new Map(cases.map((c) => [c.id, c.violation_type_id]))),
      ...noticeChanges(notices.rows, notices.links, notices.timelines),
      ...inspectionChanges(parcels.orders, parcels.inspections, parcels.events, casesOfInspections(cases)),
    ]);
  });
  return {
    merchants: merchants.length,
    cases: cases.length,
    events: events.length,
    penalties: penalties.length,
    appeals: appeals.length,
    notices: notices.rows.length,
    inspections: parcels.inspections.length,
    auditEntries,
  };
}
