/**
 * Demo data: merchants, ~6 months of cases and their timelines. Deterministic for a given seed
 * and `now`. Assumes seedReference ran (ids are looked up by code and email).
 */
import type { Knex } from 'knex';
import { OPEN_CASE_STATUSES, type Severity } from '../admin/providers/caseWorkflow';
import { buildCases } from './cases';
import { bumpSequence, insertChunked } from './insert';
import type { Staff } from './lifecycle';
import { buildMerchants, STORY_MERCHANT } from './merchants';
import { mulberry32 } from './random';

export interface DemoOptions { merchants?: number; cases?: number; now?: Date; seed?: number }
export interface DemoSummary { merchants: number; cases: number; events: number }

export const DEMO_DEFAULTS = { merchants: 500, cases: 4000, seed: 20261125 } as const;

async function loadReference(knex: Knex) {
  const categoryRows: { id: number; code: string; parent: number | null }[] =
    await knex('categories').select('id', 'code', 'parent_id as parent');
  const codeById = new Map(categoryRows.map((c) => [c.id, c.code]));
  const categories = new Map(categoryRows.map((c) => [c.id, { code: c.code, vertical: c.parent == null ? c.code : codeById.get(c.parent) ?? c.code }]));
  const violationRows: { id: number; code: string; severity: Severity }[] = await knex('violation_types').select('id', 'code', 'severity');
  const warehouseRows: { id: number; code: string; name: string; zh: string | null }[] =
    await knex('warehouses').select('id', 'code', 'name', 'name_zh as zh');
  const users: Staff[] = await knex('users').select('id', 'email', 'name', 'role').orderBy('id');
  const reviewers = users.filter((u) => u.role === 'reviewer');
  const managers = users.filter((u) => u.role === 'manager');
  if (!categoryRows.length || !reviewers.length || !managers.length) {
    throw new Error('seedDemo: reference data is missing (run seedReference first)');
  }
  return {
    categoryIds: new Map(categoryRows.map((c) => [c.code, c.id])),
    categories,
    violationTypes: new Map(violationRows.map((v) => [v.code, { id: v.id, severity: v.severity }])),
    warehouses: new Map(warehouseRows.map((w) => [w.code, { id: w.id, code: w.code, name: w.name, nameZh: w.zh ?? w.name }])),
    reviewers, managers,
    staffByEmail: new Map(users.map((u) => [(u as Staff & { email: string }).email, u])),
  };
}

export async function seedDemo(knex: Knex, opts: DemoOptions = {}): Promise<DemoSummary> {
  const now = opts.now ?? new Date();
  const merchantCount = Math.max(1, opts.merchants ?? DEMO_DEFAULTS.merchants);
  const caseCount = Math.max(0, opts.cases ?? DEMO_DEFAULTS.cases);
  // Separate streams so changing the case count does not reshuffle the merchants.
  const merchantRng = mulberry32(opts.seed ?? DEMO_DEFAULTS.seed);
  const caseRng = mulberry32(((opts.seed ?? DEMO_DEFAULTS.seed) ^ 0x9e3779b9) >>> 0);

  const ref = await loadReference(knex);
  const [{ top }] = await knex('cases').max('id as top');
  const merchants = buildMerchants(merchantRng, merchantCount, now, ref.categoryIds);
  const { cases, events } = buildCases(caseRng, caseCount, {
    now, firstCaseId: Number(top ?? 0) + 1, merchants, storyMerchantId: STORY_MERCHANT.id, ...ref,
  });

  // Derived counter written directly: cases still needing work (open, in review, awaiting penalty).
  const openCounts = new Map<number, number>();
  for (const c of cases) {
    if (OPEN_CASE_STATUSES.includes(c.status)) openCounts.set(c.merchant_id, (openCounts.get(c.merchant_id) ?? 0) + 1);
  }
  for (const m of merchants) m.open_case_count = openCounts.get(m.id) ?? 0;

  // Event ids ascend with time across cases, as if the workflow had written them live.
  const timeline = events.map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.at < b.e.at ? -1 : a.e.at > b.e.at ? 1 : a.i - b.i)).map(({ e }) => e);

  await knex.transaction(async (trx) => {
    await insertChunked(trx, 'merchants', merchants);
    await insertChunked(trx, 'cases', cases);
    await insertChunked(trx, 'case_events', timeline);
    await bumpSequence(trx, 'cases');
  });
  return { merchants: merchants.length, cases: cases.length, events: events.length };
}
