/**
 * The penalty policy (issue: enforcement): points per violation type, a 365-day window, an
 * escalation ladder and the types that may go straight to a ban. Versions are append-only, so the
 * demo has two: the initial policy from when the reference data was set up, and a points tweak a
 * few weeks ago (penalties issued before it cite version 1).
 */
import type { Knex } from 'knex';
import type { LadderStep, PenaltyPolicy as Policy } from '../domain/policy';
import { VIOLATION_TYPES } from './content/reference';

export type SeedPolicy = Policy & { createdAt: string };

const DAY = 86_400_000;
/** Version 2 came out of the quarterly review of Panyu's short-weight findings. */
const POLICY_V2_AGE_DAYS = 75;

const LADDER: LadderStep[] = [
  { minPoints: 0, type: 'warning', durationDays: null },
  { minPoints: 6, type: 'live_suspension', durationDays: 7 },
  { minPoints: 12, type: 'live_suspension', durationDays: 30 },
  { minPoints: 24, type: 'permanent_ban', durationDays: null },
];

interface Version {
  points: Record<string, number>;
  note: string;
  ageDays: number | null;
}

function versions(): Version[] {
  const initial = Object.fromEntries(VIOLATION_TYPES.map((v) => [v.code, v.points]));
  return [
    { points: initial, note: 'Initial policy', ageDays: null },
    {
      points: { ...initial, weight_mismatch: 8, listing_irregular: 2 },
      note: 'Short weight 6 → 8 points and irregular listings 1 → 2 after the Q3 review of Panyu findings. (季度复盘后：缺重扣分6→8，商品信息不规范1→2)',
      ageDays: POLICY_V2_AGE_DAYS,
    },
  ];
}

/** Inserts the policy versions (ids 1, 2 on an empty table) in the caller's transaction. */
export async function seedPolicies(trx: Knex.Transaction, opts: { createdById: number | null; createdAt: string; now: Date }): Promise<void> {
  const rows = versions().map((v) => ({
    window_days: 365,
    appeal_window_days: 15,
    points: JSON.stringify(v.points),
    ladder: JSON.stringify(LADDER),
    direct_ban_types: JSON.stringify(['material_fraud', 'counterfeit']),
    note: v.note,
    created_by_id: opts.createdById,
    created_at: v.ageDays === null ? opts.createdAt : new Date(opts.now.getTime() - v.ageDays * DAY).toISOString(),
  }));
  // One at a time: ids follow creation, as each version was saved.
  for (const row of rows) await trx('penalty_policies').insert(row);
}

interface PolicyDbRow {
  id: number;
  windowDays: number;
  appealWindowDays: number;
  points: string;
  ladder: string;
  directBanTypes: string;
  createdAt: string | Date;
}

/** The stored versions, oldest first, parsed. */
export async function loadPolicies(knex: Knex): Promise<SeedPolicy[]> {
  const rows: PolicyDbRow[] = await knex('penalty_policies').select().orderBy('id');
  return rows.map((r) => ({
    id: r.id,
    windowDays: r.windowDays,
    appealWindowDays: r.appealWindowDays,
    points: JSON.parse(r.points),
    ladder: (JSON.parse(r.ladder) as LadderStep[]).sort((a, b) => a.minPoints - b.minPoints),
    directBanTypes: JSON.parse(r.directBanTypes),
    createdAt: new Date(r.createdAt).toISOString(),
  }));
}

/** The version in force at `ms`: the newest created by then (the first if none was). */
export function policyAt(policies: SeedPolicy[], ms: number): SeedPolicy {
  let found = policies[0];
  for (const p of policies) if (Date.parse(p.createdAt) <= ms) found = p;
  return found;
}
