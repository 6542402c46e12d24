/** Metrics requests that cannot be answered: each a 400 naming the parameter, with a code the SPA words (SPEC §3). */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectError, expectUnchanged, setup, type Ctx } from './helpers';
import { daysAgo } from './metrics-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const today = daysAgo(0);
const CASES: [string, string, string, string][] = [
  // [what, url, field, code]
  ['a start after today with no end', `/api/metrics/warehouses?from=${daysAgo(-3)}`, 'to', 'metrics.inverted'],
  ['bad end with no start', `/api/metrics/enforcement?to=soon`, 'to', 'metrics.bad_date'],
  ['inverted', `/api/metrics/warehouses?from=${today}&to=${daysAgo(3)}`, 'to', 'metrics.inverted'],
  ['not a date', `/api/metrics/enforcement?from=yesterday&to=${today}`, 'from', 'metrics.bad_date'],
  ['impossible date', `/api/metrics/warehouses?from=2026-02-30&to=2026-03-02`, 'from', 'metrics.bad_date'],
  ['date-time instead of date', `/api/metrics/warehouses?from=${daysAgo(2)}T00:00:00Z&to=${today}`, 'from', 'metrics.bad_date'],
  ['repeated parameter', `/api/metrics/warehouses?from=${daysAgo(2)}&from=${daysAgo(1)}&to=${today}`, 'from', 'metrics.bad_date'],
  ['unknown bucket', `/api/metrics/warehouses?from=${daysAgo(9)}&to=${today}&bucket=hour`, 'bucket', 'metrics.bad_bucket'],
  ['month is not a warehouse bucket', `/api/metrics/warehouses?from=${daysAgo(90)}&to=${today}&bucket=month`, 'bucket', 'metrics.bad_bucket'],
  ['unknown enforcement bucket', `/api/metrics/enforcement?from=${daysAgo(9)}&to=${today}&bucket=year`, 'bucket', 'metrics.bad_bucket'],
  ['two years by day', `/api/metrics/warehouses?from=${daysAgo(730)}&to=${today}&bucket=day`, 'to', 'metrics.too_long'],
  ['six years by week', `/api/metrics/enforcement?from=${daysAgo(6 * 366)}&to=${today}&bucket=week`, 'to', 'metrics.too_long'],
  ['unknown warehouse', `/api/metrics/warehouses?from=${daysAgo(9)}&to=${today}&warehouseId=99999`, 'warehouseId', 'metrics.unknown_warehouse'],
  ['warehouse id not a number', `/api/metrics/warehouses?from=${daysAgo(9)}&to=${today}&warehouseId=PY`, 'warehouseId', 'metrics.bad_id'],
  ['warehouse id too large', `/api/metrics/warehouses?from=${daysAgo(9)}&to=${today}&warehouseId=99999999999`, 'warehouseId', 'metrics.bad_id'],
  ['unknown category', `/api/metrics/enforcement?from=${daysAgo(9)}&to=${today}&categoryId=424242`, 'categoryId', 'metrics.unknown_category'],
  ['negative category', `/api/metrics/enforcement?from=${daysAgo(9)}&to=${today}&categoryId=-1`, 'categoryId', 'metrics.bad_id'],
  ['unknown format', `/api/metrics/enforcement?from=${daysAgo(9)}&to=${today}&format=xml`, 'format', 'metrics.bad_format'],
  ['headline since not a date', '/api/metrics/headline?since=last-spring', 'since', 'metrics.bad_date'],
  ['headline since in the future', `/api/metrics/headline?since=2999-01-01`, 'since', 'metrics.since_future'],
  ['headline unknown category', `/api/metrics/headline?since=${daysAgo(9)}&categoryId=424242`, 'categoryId', 'metrics.unknown_category'],
];

describe('bad metrics requests', () => {
  it.each(CASES)('%s: 400 with a message and the field, nothing changed', async (_what, url, field, code) => {
    await expectUnchanged(c.db, async () => {
      const body = expectError(await c.a.manager.get(url), 400, field);
      expect(body.code).toBe(code);
      expect(body.errorCodes?.[field]?.code).toBe(code);
    });
  });

  it('the largest ranges each bucket allows are answered', async () => {
    for (const [bucket, days] of [
      ['day', 365],
      ['week', 5 * 365],
    ] as const) {
      const res = await c.a.manager.get(`/api/metrics/warehouses?from=${daysAgo(days)}&to=${today}&bucket=${bucket}`);
      expect(res.status, res.text).toBe(200);
    }
    expect((await c.a.manager.get(`/api/metrics/enforcement?from=${daysAgo(3650)}&to=${today}&bucket=month`)).status).toBe(200);
  });

  it('a missing end is today; a missing start opens the bucket’s default window before the end', async () => {
    const buckets = async (url: string) => {
      const res = await c.a.manager.get(url);
      expect(res.status, res.text).toBe(200);
      return [...new Set((res.body.rows as { bucket: string }[]).map((r) => r.bucket))].sort();
    };
    const lastMonth = await buckets('/api/metrics/warehouses');
    expect(lastMonth).toHaveLength(30);
    expect(lastMonth.at(-1)).toBe(today);
    expect(lastMonth[0]).toBe(daysAgo(29));
    expect(await buckets(`/api/metrics/warehouses?from=${daysAgo(4)}`)).toEqual([4, 3, 2, 1, 0].map((n) => daysAgo(n)));
    const quarter = await buckets(`/api/metrics/enforcement?bucket=week&to=${daysAgo(7)}`);
    expect(quarter.length).toBeGreaterThanOrEqual(13);
    expect(quarter.length).toBeLessThanOrEqual(14);
    expect((await buckets('/api/metrics/enforcement?bucket=month')).length).toBeGreaterThanOrEqual(12);
    // The headline figures without `since`: from where the metrics page's range starts.
    const headline = await c.a.manager.get('/api/metrics/headline');
    expect(headline.status, headline.text).toBe(200);
    expect(headline.body.since).toBe(daysAgo(90));
  });

  it('signed out: 401', async () => {
    const res = await request(c.app).get(`/api/metrics/warehouses?from=${daysAgo(3)}&to=${today}`);
    expect(res.status).toBe(401);
  });
});
