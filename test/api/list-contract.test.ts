/** The ra-data-simple-rest list contract (SPEC §3): sort, range + Content-Range, filters, JSON shape. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl, totalOf } from '../support/testApp';
import { count, ISO, newCase, setup, STORY_MERCHANT, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

type Row = Record<string, any>;
type Query = Parameters<typeof listUrl>[1];

async function list(resource: string, q: Query = {}, who: 'admin' | 'manager' = 'manager') {
  const res = await c.a[who].get(listUrl(resource, q));
  expect(res.status, res.text).toBe(200);
  return { rows: res.body as Row[], total: totalOf(res), range: res.headers['content-range'] as string, res };
}

/** Every case row straight from the database, as JSON would show it. */
async function dbCases(): Promise<Row[]> {
  return (await c.db.knex('cases').select()).map((r) => ({ ...r, openedAt: new Date(r.openedAt).toISOString() }));
}

function expectSorted(values: unknown[], order: 'ASC' | 'DESC') {
  for (let i = 1; i < values.length; i++) {
    const [a, b] = order === 'ASC' ? [values[i - 1], values[i]] : [values[i], values[i - 1]];
    if (a === null || b === null) continue; // checked separately
    expect((a as any) <= (b as any), `${String(values[i - 1])} then ${String(values[i])} (${order})`).toBe(true);
  }
}

describe('sort', () => {
  it.each([
    ['cases', 'openedAt'],
    ['cases', 'dueAt'],
    ['cases', 'status'],
    ['merchants', 'followerCount'],
    ['merchants', 'joinedAt'],
    ['violation-types', 'severity'],
    ['warehouses', 'dailyCapacity'],
  ] as const)('%s by %s holds ASC and DESC, and DESC is ASC reversed', async (resource, field) => {
    const asc = await list(resource, { sort: [field, 'ASC'], range: [0, 999] });
    const desc = await list(resource, { sort: [field, 'DESC'], range: [0, 999] });
    expect(asc.rows.length).toBeGreaterThan(3);
    expect(new Set(asc.rows.map((r) => r[field])).size).toBeGreaterThan(1);
    expectSorted(
      asc.rows.map((r) => r[field]),
      'ASC',
    );
    expectSorted(
      desc.rows.map((r) => r[field]),
      'DESC',
    );
    expect(desc.rows.map((r) => r.id)).toEqual(asc.rows.map((r) => r.id).reverse()); // ties broken by id, both ways
  });

  it('puts nulls first ascending and last descending, on both databases', async () => {
    const asc = (await list('cases', { sort: ['resolvedAt', 'ASC'], range: [0, 999] })).rows.map((r) => r.resolvedAt);
    const desc = (await list('cases', { sort: ['resolvedAt', 'DESC'], range: [0, 999] })).rows.map((r) => r.resolvedAt);
    const nulls = asc.filter((v) => v === null).length;
    expect(nulls).toBeGreaterThan(0);
    expect(asc.slice(0, nulls).every((v) => v === null)).toBe(true);
    expect(desc.slice(desc.length - nulls).every((v) => v === null)).toBe(true);
  });

  it('pages through a sort with ties without losing or repeating a row', async () => {
    const seen: number[] = [];
    for (let start = 0; start < 300; start += 40) {
      seen.push(...(await list('cases', { sort: ['severity', 'DESC'], range: [start, start + 39] })).rows.map((r) => r.id));
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(await count(c.db, 'cases'));
  });
});

describe('range and Content-Range', () => {
  it('is inclusive, <resource> start-end/total, with total = COUNT(*)', async () => {
    const total = await count(c.db, 'cases');
    const first = await list('cases', { range: [0, 24] });
    expect(first.range).toBe(`cases 0-24/${total}`);
    expect(first.rows).toHaveLength(25);
    const mid = await list('cases', { sort: ['id', 'ASC'], range: [10, 19] });
    expect(mid.range).toBe(`cases 10-19/${total}`);
    const all = await list('cases', { sort: ['id', 'ASC'], range: [0, 999] });
    expect(mid.rows.map((r) => r.id)).toEqual(all.rows.slice(10, 20).map((r) => r.id));
  });

  it('defaults to the first 25 rows', async () => {
    const res = await list('cases');
    expect(res.rows).toHaveLength(25);
    expect(res.range).toMatch(/^cases 0-24\/\d+$/);
  });

  it('shortens the last page and answers */total past the end', async () => {
    const total = await count(c.db, 'cases');
    const tail = await list('cases', { range: [total - 3, total + 20] });
    expect(tail.rows).toHaveLength(3);
    expect(tail.range).toBe(`cases ${total - 3}-${total - 1}/${total}`);
    const past = await list('cases', { range: [total + 100, total + 124] });
    expect(past.rows).toEqual([]);
    expect(past.range).toBe(`cases */${total}`);
    const none = await list('cases', { filter: { q: 'no case says this' } });
    expect([none.rows, none.range]).toEqual([[], 'cases */0']);
  });

  it('exposes Content-Range to browsers', async () => {
    const { res } = await list('categories');
    expect(res.headers['access-control-expose-headers']).toMatch(/Content-Range/i);
    expect(res.headers['content-range']).toMatch(/^categories 0-\d+\/\d+$/);
  });
});

describe('filters', () => {
  it('getMany: filter={"id":[…]} answers exactly those records', async () => {
    const ids = (await c.db.knex('cases').orderBy('id').limit(40).select('id')).map((r) => r.id);
    const wanted = [ids[3], ids[17], ids[31]];
    const res = await list('cases', { filter: { id: [...wanted, 987654] } });
    expect(res.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(wanted);
    expect(res.total).toBe(3);
  });

  it('an array is IN, and the total is that COUNT', async () => {
    const res = await list('cases', { filter: { status: ['open', 'in_review'] }, range: [0, 999] });
    const expected = await c.db.knex('cases').whereIn('status', ['open', 'in_review']).count({ n: '*' });
    expect(res.total).toBe(Number(expected[0].n));
    expect(res.rows.length).toBe(res.total);
    expect(res.rows.every((r) => ['open', 'in_review'].includes(r.status))).toBe(true);
    expect((await list('cases', { filter: { status: [] } })).total).toBe(0);
  });

  it('null means IS NULL (assigneeId: null = nobody)', async () => {
    await newCase(c); // unassigned
    const res = await list('cases', { filter: { assigneeId: null }, range: [0, 999] });
    const expected = await c.db.knex('cases').whereNull('assigneeId').count({ n: '*' });
    expect(res.total).toBe(Number(expected[0].n));
    expect(res.total).toBeGreaterThan(0);
    expect(res.rows.every((r) => r.assigneeId === null)).toBe(true);
  });

  it('q searches text fields case-insensitively', async () => {
    const marked = await newCase(c, 'manager', { summary: 'Jade BANGLE dyed with Resin, sold as type-A jadeite', orderId: 'ORD-MiXeD-77' });
    for (const q of ['jade bangle DYED', 'RESIN', 'ord-mixed-77']) {
      const expected = (await dbCases()).filter((r) => `${r.summary}\n${r.orderId ?? ''}`.toLowerCase().includes(q.toLowerCase())).map((r) => r.id);
      const res = await list('cases', { filter: { q }, range: [0, 999] });
      expect(
        res.rows.map((r) => r.id).sort((a, b) => a - b),
        `q=${q}`,
      ).toEqual(expected.sort((a, b) => a - b));
      expect(expected).toContain(marked.id);
    }
    const users = await list('users', { filter: { q: 'ADMIN@EXAMPLE' } }, 'admin');
    expect(users.rows.map((u) => u.email)).toEqual(['admin@example.com']);
  });

  it('q treats % and _ literally', async () => {
    const marked = await newCase(c, 'manager', { summary: 'Listing claims 100%_pure silver, tested 80% (标称100%纯银)' });
    for (const q of ['%', '0%_p', '_']) {
      const expected = (await dbCases()).filter((r) => `${r.summary}${r.orderId ?? ''}`.includes(q)).map((r) => r.id);
      const res = await list('cases', { filter: { q }, range: [0, 999] });
      expect(
        res.rows.map((r) => r.id).sort((a, b) => a - b),
        `q=${q}`,
      ).toEqual(expected.sort((a, b) => a - b));
      expect(expected).toContain(marked.id);
    }
    expect((await list('cases', { filter: { q: '1_0%' } })).total).toBe(0);
  });

  it('_gte/_lte bound dates; a date-only _lte includes the whole day', async () => {
    const rows = await dbCases();
    const day = rows
      .map((r) => r.openedAt as string)
      .find((iso) => iso.slice(11) > '12:00')!
      .slice(0, 10);
    const sameDay = rows
      .filter((r) => r.openedAt.startsWith(day))
      .map((r) => r.id)
      .sort((a, b) => a - b);
    const res = await list('cases', { filter: { openedAt_gte: day, openedAt_lte: day }, range: [0, 999] });
    expect(res.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(sameDay);
    const sorted = rows.map((r) => r.openedAt as string).sort();
    const [from, to] = [sorted[Math.floor(sorted.length / 4)], sorted[Math.floor((sorted.length * 3) / 4)]];
    const bounded = await list('cases', { filter: { openedAt_gte: from, openedAt_lte: to }, range: [0, 999] });
    expect(bounded.total).toBe(rows.filter((r) => r.openedAt >= from && r.openedAt <= to).length);
    expect(bounded.total).toBeGreaterThan(100);
    expect(bounded.rows.every((r) => r.openedAt >= from && r.openedAt <= to)).toBe(true);
  });

  it('_gte/_lte bound numbers', async () => {
    const all = await c.db.knex('penalties').select('id', 'points');
    const res = await list('penalties', { filter: { points_gte: 4, points_lte: 8 }, range: [0, 999] });
    expect(res.rows.map((r) => r.id).sort((a, b) => a - b)).toEqual(
      all
        .filter((v) => v.points >= 4 && v.points <= 8)
        .map((v) => v.id)
        .sort((a, b) => a - b),
    );
    expect(res.rows.length).toBeGreaterThan(0);
    const big = await list('merchants', { filter: { followerCount_gte: 1_000_000 }, range: [0, 999] });
    const [{ n }] = await c.db.knex('merchants').where('followerCount', '>=', 1_000_000).count({ n: '*' });
    expect(big.total).toBe(Number(n));
    expect(big.rows.every((m) => m.followerCount >= 1_000_000)).toBe(true);
  });

  it('merchants q finds by nickname or by platform id', async () => {
    for (const q of ['3391', 3391, '老银']) {
      const res = await list('merchants', { filter: { q } });
      expect(
        res.rows.map((m) => m.id),
        `q=${q}`,
      ).toContain(STORY_MERCHANT);
    }
    expect((await list('merchants', { filter: { q: '3391' } })).rows.every((m) => m.id === 3391 || m.nickname.includes('3391'))).toBe(true);
  });

  it('overdue filter agrees with the computed overdue field', async () => {
    const late = await newCase(c);
    await c.db
      .knex('cases')
      .where({ id: late.id })
      .update({ dueAt: new Date(Date.now() - 3_600_000).toISOString() });
    const fresh = await newCase(c);
    const all = (await list('cases', { range: [0, 999] })).rows;
    const yes = (await list('cases', { filter: { overdue: true }, range: [0, 999] })).rows.map((r) => r.id);
    const no = (await list('cases', { filter: { overdue: 'false' }, range: [0, 999] })).rows.map((r) => r.id);
    expect(yes).toContain(late.id);
    expect(no).toContain(fresh.id);
    expect(new Set(yes)).toEqual(new Set(all.filter((r) => r.overdue === true).map((r) => r.id)));
    expect(new Set(no)).toEqual(new Set(all.filter((r) => r.overdue === false).map((r) => r.id)));
    expect(yes.length + no.length).toBe(all.length);
  });

  it('boolean filters work on both databases', async () => {
    const target = (await c.db.knex('users').where({ email: 'reviewer6@example.com' }).first('id')).id;
    await c.db.knex('users').where({ id: target }).update({ active: false });
    const inactive = await list('users', { filter: { active: false } }, 'admin');
    expect(inactive.rows.map((u) => u.id)).toEqual([target]);
    const active = await list('users', { filter: { active: true }, range: [0, 999] }, 'admin');
    expect(active.total).toBe((await count(c.db, 'users')) - 1);
    expect(active.rows.every((u) => u.active === true)).toBe(true);
  });
});

describe('JSON shape', () => {
  it.each(['users', 'categories', 'violation-types', 'warehouses', 'merchants', 'cases', 'case-events', 'audit-log'])(
    '%s: camelCase keys, ISO dates, real booleans and numbers',
    async (resource) => {
      const { rows } = await list(resource, { range: [0, 49] }, 'admin');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        for (const [key, value] of Object.entries(row)) {
          expect(key).toMatch(/^[a-z][a-zA-Z0-9]*$/);
          if (/(At|^at)$/.test(key) && value !== null) expect(value, key).toMatch(ISO);
          if (key === 'id' || (key.endsWith('Id') && !['resourceId', 'orderId'].includes(key)) || /Count$|^version$|^points$/.test(key)) {
            if (value !== null) expect(typeof value, key).toBe('number');
          }
          if (key === 'active' || key === 'overdue') expect(typeof value, key).toBe('boolean');
        }
      }
    },
  );

  it('evidence and audit changes are JSON, not strings', async () => {
    const [kase] = (await list('cases', { filter: { source: 'patrol' } })).rows;
    expect(Array.isArray(kase.evidence)).toBe(true);
    const [entry] = (await list('audit-log', {}, 'admin')).rows;
    expect(typeof entry.changes).toBe('object');
  });
});
