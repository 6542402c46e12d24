/**
 * The SPA's metrics shaping (pure): the URL state of the metrics page, the warehouse series and its
 * out-of-control marks (against each row's own limits), the network p-chart, the enforcement
 * series, the Pareto and the funnel, the count windows, and rates worded with their n.
 */
import { describe, expect, it } from 'vitest';
import { pChartLimits } from '../../domain/metrics';
import { metricsAccess } from '../../admin/metrics/access';
import { funnelView, materialRows, paretoBars } from '../../admin/metrics/analysis';
import { categoryTotals, enforcementSeries, penaltyTypesIn } from '../../admin/metrics/enforcementSeries';
import { bucketLabel, controlChartTop, formatHours, rateTicks, rateWithN } from '../../admin/metrics/format';
import { apiParams, defaultQuery, parseQuery, serializeQuery, withChange } from '../../admin/metrics/query';
import type { EnforcementRow, WarehouseRow } from '../../admin/metrics/types';
import { networkSeries, pointOf, rangeTotals, turnaroundByWarehouse, warehouseSeries } from '../../admin/metrics/warehouseSeries';
import { ageBands, lastWeeks } from '../../admin/metrics/windows';

const TODAY = '2026-11-25';
const parse = (qs: string) => parseQuery(new URLSearchParams(qs), TODAY);

describe('the metrics URL', () => {
  it('round-trips every choice', () => {
    const query = { from: '2026-06-01', to: '2026-11-25', bucket: 'week' as const, warehouseId: 2, categoryId: 7 };
    const qs = serializeQuery(query).toString();
    expect(qs).toBe('from=2026-06-01&to=2026-11-25&bucket=week&warehouseId=2&categoryId=7');
    expect(parse(qs)).toEqual(query);
  });

  it('falls back to the last 13 weeks by week for a bare or unreadable link', () => {
    expect(parse('')).toEqual(defaultQuery(TODAY));
    expect(defaultQuery(TODAY)).toEqual({ from: '2026-08-27', to: TODAY, bucket: 'week' });
    expect(parse('from=yesterday&to=2026-02-30&bucket=hour&warehouseId=-1&categoryId=abc')).toEqual(defaultQuery(TODAY));
  });

  it('swaps an inverted range and coarsens a bucket too fine for it', () => {
    expect(parse('from=2026-03-01&to=2026-01-01&bucket=day')).toMatchObject({ from: '2026-01-01', to: '2026-03-01', bucket: 'day' });
    // Two years by day are 731 buckets: more than a year's worth, so weeks.
    expect(parse('from=2024-11-01&to=2026-11-01&bucket=day').bucket).toBe('week');
  });

  it('a change clears a picker set to "all" and keeps the bucket only while it fits', () => {
    const query = parse('from=2026-10-01&to=2026-11-25&bucket=day&warehouseId=3');
    expect(withChange(query, { warehouseId: undefined })).not.toHaveProperty('warehouseId');
    expect(withChange(query, { from: '2020-01-01' }).bucket).toBe('month');
    expect(withChange(query, { bucket: 'month' }).bucket).toBe('month');
  });

  it('asks the warehouse endpoint by week when the page shows months, each endpoint with its own picker', () => {
    const query = parse('from=2026-01-01&to=2026-11-25&bucket=month&warehouseId=3&categoryId=9');
    expect(apiParams(query, 'warehouses')).toEqual({ from: '2026-01-01', to: '2026-11-25', bucket: 'week', warehouseId: '3' });
    expect(apiParams(query, 'enforcement')).toEqual({ from: '2026-01-01', to: '2026-11-25', bucket: 'month', categoryId: '9' });
  });
});

const row = (over: Partial<WarehouseRow>): WarehouseRow => ({
  warehouseId: 1,
  bucket: '2026-11-02',
  received: 0,
  inspected: 0,
  passed: 0,
  failed: 0,
  failureRate: null,
  wilsonLow: null,
  wilsonHigh: null,
  centerLine: null,
  ucl: null,
  lcl: null,
  turnaroundMedianHours: null,
  turnaroundP90Hours: null,
  ...over,
});

describe('the warehouse series', () => {
  it('marks a bucket out of control against its own row limits, not a shared one', () => {
    // The same 10% rate: inside the wide limits of a small bucket, outside the narrow ones of a big bucket.
    const small = row({ inspected: 20, failed: 2, failureRate: 0.1, centerLine: 0.04, ucl: 0.171, lcl: 0 });
    const big = row({ bucket: '2026-11-09', inspected: 800, failed: 80, failureRate: 0.1, centerLine: 0.04, ucl: 0.0608, lcl: 0.0192 });
    expect(pointOf(small).outOfControl).toBe(false);
    expect(pointOf(big).outOfControl).toBe(true);
    expect(pointOf(big).band).toEqual([0.0192, 0.0608]);
    // Below the lower limit is out of control too.
    expect(pointOf(row({ inspected: 800, failed: 2, failureRate: 0.0025, ucl: 0.0608, lcl: 0.0192 })).outOfControl).toBe(true);
    // Nothing inspected: no rate, no band, never out of control.
    expect(pointOf(row({ received: 5, failureRate: 0, ucl: 0, lcl: 0 }))).toMatchObject({ failureRate: null, band: null, outOfControl: false });
  });

  it('fills every bucket of the range, quiet ones as zero with the centre line kept', () => {
    const rows = [
      row({ bucket: '2026-11-09', inspected: 10, failed: 1, failureRate: 0.1, centerLine: 0.05, ucl: 0.26, lcl: 0 }),
      row({ warehouseId: 2, bucket: '2026-11-02', inspected: 99 }),
    ];
    const points = warehouseSeries(rows, 1, ['2026-11-02', '2026-11-09', '2026-11-16']);
    expect(points.map((p) => p.inspected)).toEqual([0, 10, 0]);
    expect(points.map((p) => p.centerLine)).toEqual([0.05, 0.05, 0.05]);
    expect(points[0]).toMatchObject({ failureRate: null, outOfControl: false });
  });

  it('pools every warehouse into the network p-chart: summed counts, pooled centre, limits for each bucket n', () => {
    const rows = [
      row({ warehouseId: 1, bucket: '2026-11-02', received: 50, inspected: 40, failed: 4 }),
      row({ warehouseId: 2, bucket: '2026-11-02', received: 70, inspected: 60, failed: 26 }),
      row({ warehouseId: 1, bucket: '2026-11-09', received: 300, inspected: 300, failed: 6 }),
    ];
    const [first, second] = networkSeries(rows, ['2026-11-02', '2026-11-09']);
    const centre = 36 / 400;
    expect(first).toMatchObject({ received: 120, inspected: 100, failed: 30, failureRate: 0.3, centerLine: centre });
    expect(first.ucl).toBeCloseTo(pChartLimits(centre, 100)!.ucl, 12);
    expect(first.outOfControl).toBe(true); // 30% against a 9% centre
    expect(second.lcl).toBeCloseTo(pChartLimits(centre, 300)!.lcl, 12);
    expect(second.outOfControl).toBe(true); // 2% is below the lower limit at n = 300
    expect(first.wilsonLow).toBeLessThan(0.3);
    expect(first.turnaroundMedianHours).toBeNull(); // percentiles do not add across warehouses
    expect(rangeTotals([first, second])).toEqual({ received: 420, inspected: 400, failed: 36, failureRate: 0.09, outOfControl: 2 });
  });

  it('gives one turnaround line per warehouse, skipping buckets with nothing inspected', () => {
    const rows = [row({ warehouseId: 4, inspected: 3, turnaroundMedianHours: 30 }), row({ warehouseId: 2, inspected: 0, turnaroundMedianHours: 99 })];
    expect(turnaroundByWarehouse(rows, ['2026-11-02'])).toEqual({ warehouseIds: [2, 4], points: [{ bucket: '2026-11-02', w4: 30 }] });
  });
});

const enforcement = (over: Partial<EnforcementRow>): EnforcementRow => ({
  categoryId: 1,
  bucket: '2026-11-02',
  casesOpened: 0,
  casesResolved: 0,
  penalties: {},
  bans: 0,
  medianResolutionHours: null,
  backlog: 0,
  slaBreaches: 0,
  ...over,
});

describe('the enforcement series', () => {
  const rows = [
    enforcement({
      casesOpened: 5,
      casesResolved: 3,
      backlog: 10,
      penalties: { fine: 2, permanent_ban: 1 },
      bans: 1,
      appeals: 3,
      appealsDecided: 2,
      overturned: 1,
      medianResolutionHours: 20,
    }),
    enforcement({ categoryId: 2, casesOpened: 1, backlog: 4, penalties: { warning: 3, surprise: 1 }, slaBreaches: 1 }),
    enforcement({ categoryId: 2, bucket: '2026-11-09', backlog: 2 }),
  ];

  it('adds categories up per bucket, one key per penalty type, and leaves medians out when they would be mixed', () => {
    const [first, second] = enforcementSeries(rows, ['2026-11-02', '2026-11-09']);
    expect(first).toMatchObject({
      casesOpened: 6,
      casesResolved: 3,
      backlog: 14,
      bans: 1,
      penalty_fine: 2,
      penalty_warning: 3,
      penalty_surprise: 1,
      medianResolutionHours: null,
    });
    expect(second).toMatchObject({ casesOpened: 0, backlog: 2, penalty_fine: 0 });
    expect(enforcementSeries(rows.slice(0, 1), ['2026-11-02'])[0].medianResolutionHours).toBe(20);
  });

  it('stacks the known penalty types mildest first, an unknown one after them', () => {
    expect(penaltyTypesIn(rows)).toEqual(['warning', 'fine', 'permanent_ban', 'surprise']);
  });

  it('totals each category over the range, its backlog the last bucket’s', () => {
    expect(categoryTotals(rows)).toEqual([
      {
        categoryId: 2,
        casesOpened: 1,
        casesResolved: 0,
        penalties: 4,
        bans: 0,
        slaBreaches: 1,
        appeals: 0,
        appealsDecided: 0,
        overturned: 0,
        overturnRate: null,
        backlog: 2,
      },
      // The overturn rate is of the appeals decided (2), not of those filed (3).
      {
        categoryId: 1,
        casesOpened: 5,
        casesResolved: 3,
        penalties: 3,
        bans: 1,
        slaBreaches: 0,
        appeals: 3,
        appealsDecided: 2,
        overturned: 1,
        overturnRate: 0.5,
        backlog: 10,
      },
    ]);
  });
});

describe('Pareto and funnel', () => {
  it('sorts reasons by count with their running share', () => {
    const bars = paretoBars([
      { failureReason: 'weight_mismatch', failed: 10 },
      { failureReason: 'material_fraud', failed: 30 },
      { failureReason: 'mislabeling', failed: 0 },
      { failureReason: 'counterfeit', failed: 10 },
    ]);
    expect(bars.map((b) => b.failureReason)).toEqual(['material_fraud', 'counterfeit', 'weight_mismatch']);
    expect(bars.map((b) => b.cumulative)).toEqual([0.6, 0.8, 1]);
  });

  it('judges each warehouse against the network rate with limits for its own volume', () => {
    const view = funnelView([
      { warehouseId: 1, inspected: 20, failed: 3, failureRate: 0.15 }, // small and high, but within its wide limits
      { warehouseId: 2, inspected: 2000, failed: 90, failureRate: 0.045 },
      { warehouseId: 3, inspected: 980, failed: 97, failureRate: null }, // ~9.9% at n = 980: outside
      { warehouseId: 4, inspected: 0, failed: 0, failureRate: null },
    ]);
    expect(view.centre).toBeCloseTo(190 / 3000, 12);
    expect(view.points.map((p) => [p.warehouseId, p.outOfControl])).toEqual([
      [1, false],
      [2, true], // 4.5% at n = 2000 is below its narrow lower limit (4.7%)
      [3, true],
    ]);
    expect(view.points[2].failureRate).toBeCloseTo(97 / 980, 12);
    // The funnel narrows with volume.
    const widths = view.curve.map((c) => c.ucl - c.lcl);
    expect(widths[widths.length - 1]).toBeLessThan(widths[5]);
    expect(view.curve[view.curve.length - 1].n).toBe(2200);
  });

  it('takes the server’s centre when it sends one', () => {
    const view = funnelView([{ warehouseId: 1, inspected: 100, failed: 30, failureRate: 0.3, centerLine: 0.1 }]);
    expect(view.centre).toBe(0.1);
    expect(view.points[0]).toMatchObject({ ucl: pChartLimits(0.1, 100)!.ucl, outOfControl: true });
  });

  it('reads the declared × found matrix by row: volume first, the mismatches spelled out', () => {
    const rows = materialRows([
      { declaredMaterial: 'S925', measuredMaterial: 'S925', inspected: 50, failed: 1 },
      { declaredMaterial: 'Au999', measuredMaterial: 'Au999', inspected: 80, failed: 2 },
      { declaredMaterial: 'Au999', measuredMaterial: 'Au750', inspected: 6, failed: 6 },
      { declaredMaterial: 'Au999', measuredMaterial: 'S925', inspected: 2, failed: 2 },
    ]);
    expect(rows).toEqual([
      {
        declared: 'Au999',
        inspected: 88,
        failed: 10,
        mismatches: [
          { measured: 'Au750', inspected: 6 },
          { measured: 'S925', inspected: 2 },
        ],
      },
      { declared: 'S925', inspected: 50, failed: 1, mismatches: [] },
    ]);
  });
});

describe('who reads which metrics (the role table)', () => {
  it('inspectors their own warehouse only; enforcement and headline for the others; admins everything', () => {
    expect(metricsAccess({ role: 'inspector', warehouseId: 2 })).toEqual({ warehouses: true, enforcement: false, headline: false, ownWarehouseId: 2 });
    expect(metricsAccess({ role: 'comms', warehouseId: null })).toEqual({ warehouses: true, enforcement: true, headline: true, ownWarehouseId: undefined });
    expect(metricsAccess({ role: 'admin', warehouseId: null }).enforcement).toBe(true);
  });
});

describe('count windows', () => {
  it('the last weeks, Monday to Sunday, oldest first', () => {
    const weeks = lastWeeks(TODAY, 3);
    expect(weeks.map((w) => w.key)).toEqual(['2026-11-09', '2026-11-16', '2026-11-23']);
    expect(weeks[0]).toEqual({ key: '2026-11-09', gte: '2026-11-09T00:00:00.000Z', lte: '2026-11-15T23:59:59.999Z' });
  });

  it('age bands touch without overlapping, the last one open', () => {
    const now = new Date('2026-11-25T12:00:00.000Z');
    const bands = ageBands(now, [0, 7, 30]);
    expect(bands.map((b) => b.key)).toEqual(['0-6', '7-29', '30+']);
    expect(bands[0]).toEqual({ key: '0-6', lte: '2026-11-25T12:00:00.000Z', gte: '2026-11-18T12:00:00.001Z' });
    expect(bands[1].lte).toBe('2026-11-18T12:00:00.000Z');
    expect(bands[2]).toEqual({ key: '30+', lte: '2026-10-26T12:00:00.000Z', gte: undefined });
  });
});

describe('wording', () => {
  const translate = (key: string, options: Record<string, unknown> = {}) =>
    ({
      'td.metrics.rate_of': `${options.rate} (${options.part} of ${options.whole})`,
      'td.metrics.rate_none': '– (none)',
      'td.metrics.hours': `${options.n} h`,
      'td.metrics.days': `${options.n} d`,
      'td.metrics.minutes': `${options.n} min`,
    })[key] ?? key;

  it('puts n beside every rate', () => {
    expect(rateWithN(7, 166, 'en', translate)).toBe('4.2% (7 of 166)');
    expect(rateWithN(1234, 5000, 'en', translate)).toBe('24.7% (1,234 of 5,000)');
    expect(rateWithN(0, 0, 'en', translate)).toBe('– (none)');
  });

  it('labels buckets in the reader’s calendar, in UTC', () => {
    expect(bucketLabel('2026-03-02', 'week', 'en')).toBe('Mar 2');
    expect(bucketLabel('2026-03-02', 'day', 'zh')).toBe('3月2日');
    expect(bucketLabel('2026-03-01', 'month', 'zh')).toBe('2026年3月');
  });

  it('puts round ticks on rate axes', () => {
    expect(rateTicks(0.137)).toEqual([0, 0.05, 0.1, 0.15]);
    expect(rateTicks(0.042)).toEqual([0, 0.01, 0.02, 0.03, 0.04, 0.05]);
    expect(rateTicks(0.21)).toEqual([0, 0.05, 0.1, 0.15, 0.2, 0.25]);
    expect(rateTicks(0.4)).toEqual([0, 0.1, 0.2, 0.3, 0.4]);
    expect(rateTicks(0)).toEqual([0, 0.005, 0.01]);
    expect(rateTicks(1)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
  });

  it('tops a p-chart at its rates, letting a near-empty bucket’s limit run off', () => {
    expect(controlChartTop([0.05, 0.1], [0.12, 0.9])).toBeCloseTo(0.16, 12);
    expect(controlChartTop([0.05, 0.1], [0.12, 0.13])).toBeCloseTo(0.13, 12);
    expect(controlChartTop([null], [null])).toBe(0);
  });

  it('reads durations in minutes, hours or days', () => {
    expect(formatHours(0.5, 'en', translate)).toBe('30 min');
    expect(formatHours(30.25, 'en', translate)).toBe('30.3 h');
    expect(formatHours(80, 'en', translate)).toBe('3.3 d');
    expect(formatHours(null, 'en', translate)).toBe('–');
  });
});
