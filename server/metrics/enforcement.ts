/**
 * `GET /api/metrics/enforcement` (SPEC §5): per category and bucket, cases opened and resolved,
 * the backlog at the bucket's end, SLA breaches, time to resolution, penalties by type, bans,
 * appeals and the overturn rate; the top violation types; per-reviewer figures for leads.
 */
import type { Knex } from 'knex';
import { bucketStart, bucketsBetween, isoDay, nextBucket, rate } from '../../domain/metrics';
import { PENALTY_TYPES } from '../../domain/penalties';
import { HistogramSum, num, round, rowsOf, type Row } from './figures';
import type { MetricRange } from './params';

const TOP_VIOLATION_TYPES = 10;

/** Groups: the asked category (its whole tree as one), or each category with figures. */
export interface CategoryScope {
  id: number;
  tree: number[];
}

export async function enforcementMetrics(knex: Knex, range: MetricRange, category: CategoryScope | null, opts: { reviewers: boolean; now?: Date }) {
  const { from, to, bucket } = range;
  const now = opts.now ?? new Date();
  const inScope = (qb: Knex.QueryBuilder) => (category ? qb.whereIn('categoryId', category.tree) : qb);
  const inRange = (table: string) => inScope(knex(table).whereBetween('day', [from, to]));
  const toInstant = `${nextBucket(to, 'day')}T00:00:00.000Z`;
  const [days, penalties, before, types, reviewers, notYetDue] = await Promise.all([
    inRange('metricCategoryDays').select<Row[]>('*'),
    inRange('metricPenaltyDays').select<Row[]>('categoryId', 'day', 'type', 'issued'),
    rowsOf(
      inScope(knex('metricCategoryDays').where('day', '<', from))
        .groupBy('categoryId')
        .select('categoryId', knex.raw('SUM(opened) AS opened, SUM(resolved) AS resolved')),
    ),
    rowsOf(inRange('metricViolationTypes').groupBy('violationTypeId').select('violationTypeId', knex.raw('SUM(opened) AS opened'))),
    opts.reviewers ? inRange('metricReviewerDays').select<Row[]>('reviewerId', 'handled', 'handlingHist') : Promise.resolve(null),
    // The roll-ups count a case due in the bucket and unresolved as a breach; one still before its
    // due time (later today) is not one yet: the open queue's few such cases are taken back out.
    toInstant > now.toISOString()
      ? inScope(knex('cases').whereIn('status', ['open', 'in_review']).where('dueAt', '>', now.toISOString()).where('dueAt', '<', toInstant)).select(
          'categoryId',
          'dueAt',
        )
      : Promise.resolve([] as Row[]),
  ]);

  const groupOf = (id: unknown) => (category ? category.id : Number(id));
  const groups = new Set<number>();
  for (const r of [...days, ...penalties, ...before]) groups.add(groupOf(r.categoryId));
  const buckets = bucketsBetween(from, to, bucket);
  const cells = new Map<
    string,
    {
      opened: number;
      resolved: number;
      due: number;
      met: number;
      filed: number;
      decided: number;
      overturned: number;
      pending: number;
      hist: HistogramSum;
      penalties: Record<string, number>;
    }
  >();
  const cell = (group: number, day: string) => {
    const key = `${group}|${bucketStart(day, bucket)}`;
    let c = cells.get(key);
    if (!c) {
      c = {
        opened: 0,
        resolved: 0,
        due: 0,
        met: 0,
        filed: 0,
        decided: 0,
        overturned: 0,
        pending: 0,
        hist: new HistogramSum(),
        penalties: Object.fromEntries(PENALTY_TYPES.map((t) => [t, 0])),
      };
      cells.set(key, c);
    }
    return c;
  };
  for (const d of days) {
    const c = cell(groupOf(d.categoryId), String(d.day));
    c.opened += num(d.opened);
    c.resolved += num(d.resolved);
    c.due += num(d.due);
    c.met += num(d.dueMet);
    c.filed += num(d.appealsFiled);
    c.decided += num(d.appealsDecided);
    c.overturned += num(d.appealsOverturned);
    c.hist.add(d.resolutionHist);
  }
  for (const p of penalties) cell(groupOf(p.categoryId), String(p.day)).penalties[String(p.type)] += num(p.issued);
  for (const c of notYetDue) cell(groupOf(c.categoryId), isoDay(new Date(c.dueAt as string))).pending++;

  const rows: Row[] = [];
  for (const group of [...groups].sort((a, b) => a - b)) {
    let backlog = before.filter((b) => groupOf(b.categoryId) === group).reduce((s, b) => s + num(b.opened) - num(b.resolved), 0);
    for (const start of buckets) {
      const c = cell(group, start);
      backlog += c.opened - c.resolved;
      rows.push({
        categoryId: group,
        bucket: start,
        casesOpened: c.opened,
        casesResolved: c.resolved,
        penalties: c.penalties,
        bans: c.penalties.permanent_ban ?? 0,
        medianResolutionHours: c.hist.quantileHours(0.5),
        p90ResolutionHours: c.hist.quantileHours(0.9),
        backlog,
        slaBreaches: c.due - c.met - c.pending,
        appeals: c.filed,
        appealsDecided: c.decided,
        overturned: c.overturned,
        overturnRate: round(rate(c.overturned, c.decided)),
      });
    }
  }

  const openedInRange = types.reduce((s, t) => s + num(t.opened), 0);
  const topViolationTypes = types
    .map((t) => ({ violationTypeId: Number(t.violationTypeId), casesOpened: num(t.opened) }))
    .sort((a, b) => b.casesOpened - a.casesOpened || a.violationTypeId - b.violationTypeId)
    .slice(0, TOP_VIOLATION_TYPES)
    .map((t) => ({ ...t, share: round(t.casesOpened / openedInRange) }));
  const meta = { from, to, bucket, categoryId: category?.id ?? null, buckets, generatedAt: now.toISOString() };
  return { rows, topViolationTypes, ...(reviewers && { reviewers: reviewerFigures(reviewers) }), meta };
}

/** Per reviewer over the range: cases resolved and the time from taking a case to resolving it. */
function reviewerFigures(rows: Row[]) {
  const by = new Map<number, { handled: number; hist: HistogramSum }>();
  for (const r of rows) {
    const id = Number(r.reviewerId);
    const entry = by.get(id) ?? { handled: 0, hist: new HistogramSum() };
    entry.handled += num(r.handled);
    entry.hist.add(r.handlingHist);
    by.set(id, entry);
  }
  return [...by.entries()]
    .map(([reviewerId, e]) => ({ reviewerId, handled: e.handled, handlingMedianHours: e.hist.quantileHours(0.5), handlingP90Hours: e.hist.quantileHours(0.9) }))
    .sort((a, b) => b.handled - a.handled || a.reviewerId - b.reviewerId);
}
