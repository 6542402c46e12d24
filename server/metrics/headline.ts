/**
 * `GET /api/metrics/headline?since=&categoryId=`: the figures a manager quotes to the press —
 * merchants penalised per category since a date, bans, the share of inspections failed, and the
 * median days from violation (the first cited case) to penalty and from penalty to public notice.
 */
import type { Knex } from 'knex';
import { rate } from '../../domain/metrics';
import { HistogramSum, num, round } from './figures';
import type { CategoryScope } from './enforcement';

const days = (hours: number | null) => (hours == null ? null : round(hours / 24, 2));

export async function headlineMetrics(knex: Knex, since: string, category: CategoryScope | null, now = new Date()) {
  const inScope = (qb: Knex.QueryBuilder) => (category ? qb.whereIn('categoryId', category.tree) : qb);
  const [merchants, penalties, inspections] = await Promise.all([
    inScope(knex('metricPenalizedMerchants').where('lastPenaltyDay', '>=', since))
      .groupBy('categoryId')
      .select('categoryId', knex.raw('COUNT(*) AS merchants'), knex.raw('SUM(CASE WHEN last_ban_day >= ? THEN 1 ELSE 0 END) AS banned', [since])),
    inScope(knex('metricPenaltyDays').where('day', '>=', since)).select('categoryId', 'type', 'issued', 'noticed', 'toPenaltyHist', 'toNoticeHist'),
    knex('metricWarehouseDays').where('day', '>=', since).first(knex.raw('SUM(inspected) AS inspected, SUM(failed) AS failed')),
  ]);
  const byCategory = new Map<number, { categoryId: number; merchantsPenalized: number; bannedMerchants: number; penalties: number; bans: number }>();
  const entry = (id: number) => {
    const e = byCategory.get(id) ?? { categoryId: id, merchantsPenalized: 0, bannedMerchants: 0, penalties: 0, bans: 0 };
    byCategory.set(id, e);
    return e;
  };
  for (const m of merchants) Object.assign(entry(Number(m.categoryId)), { merchantsPenalized: num(m.merchants), bannedMerchants: num(m.banned) });
  const toPenalty = new HistogramSum();
  const toNotice = new HistogramSum();
  let noticed = 0;
  for (const p of penalties) {
    const e = entry(Number(p.categoryId));
    e.penalties += num(p.issued);
    if (p.type === 'permanent_ban') e.bans += num(p.issued);
    noticed += num(p.noticed);
    toPenalty.add(p.toPenaltyHist);
    toNotice.add(p.toNoticeHist);
  }
  const categories = [...byCategory.values()].sort((a, b) => b.merchantsPenalized - a.merchantsPenalized || a.categoryId - b.categoryId);
  const total = (k: 'merchantsPenalized' | 'bannedMerchants' | 'penalties' | 'bans') => categories.reduce((s, c) => s + c[k], 0);
  const inspected = num(inspections?.inspected);
  const failed = num(inspections?.failed);
  return {
    since,
    to: now.toISOString().slice(0, 10),
    categoryId: category?.id ?? null,
    merchantsPenalized: total('merchantsPenalized'),
    bannedMerchants: total('bannedMerchants'),
    penalties: total('penalties'),
    bans: total('bans'),
    penaltiesNoticed: noticed,
    medianDaysViolationToPenalty: days(toPenalty.quantileHours(0.5)),
    medianDaysPenaltyToNotice: days(toNotice.quantileHours(0.5)),
    // Inspections are counted across every warehouse (the category does not narrow them).
    inspections: { inspected, failed, failedShare: round(rate(failed, inspected)) },
    categories,
  };
}
