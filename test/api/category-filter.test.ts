/** Filtering by a category means it and everything below it, on every resource that has the filter. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl, totalOf } from '../support/testApp';
import { expectError, setup, type Ctx } from './helpers';

let c: Ctx;
let jewelry: number[];
beforeAll(async () => {
  c = await setup({ merchants: 80, cases: 400 });
  const root = c.ref.category.jewelry_jade;
  jewelry = [root, ...(await c.db.knex('categories').where({ parentId: root }).select('id')).map((r: { id: number }) => r.id)];
});
afterAll(() => c.close());

/** Every row of the filtered list, and its total. */
async function all(resource: string, filter: Record<string, unknown>) {
  const res = await c.a.manager.get(listUrl(resource, { filter, range: [0, 999] }));
  expect(res.status, res.text).toBe(200);
  return { rows: res.body as Record<string, number>[], total: totalOf(res) };
}

const countWhere = async (table: string, column: string, ids: number[]) => Number((await c.db.knex(table).whereIn(column, ids).count({ n: '*' }))[0].n);

describe('category filters include subcategories', () => {
  it.each(['cases', 'merchants'])('%s: the jewelry & jade vertical finds the records of its subcategories', async (resource) => {
    const { rows, total } = await all(resource, { categoryId: c.ref.category.jewelry_jade });
    expect(total).toBe(await countWhere(resource, 'categoryId', jewelry));
    // Most are filed under a subcategory: a plain equality filter would have missed them.
    expect(total).toBeGreaterThan(await countWhere(resource, 'categoryId', [c.ref.category.jewelry_jade]));
    expect(rows.every((r) => jewelry.includes(r.categoryId))).toBe(true);
  });

  it.each(['cases', 'merchants'])('%s: a subcategory finds only its own; a list finds any of them', async (resource) => {
    const jade = await all(resource, { categoryId: c.ref.category.jade });
    expect(jade.total).toBe(await countWhere(resource, 'categoryId', [c.ref.category.jade]));
    expect(jade.total).toBeGreaterThan(0);
    const both = await all(resource, { categoryId: [c.ref.category.jade, c.ref.category.apparel] });
    const apparel = await all(resource, { categoryId: c.ref.category.apparel });
    expect(both.total).toBe(jade.total + apparel.total);
  });

  it("penalties: by the merchant's category, subcategories included", async () => {
    const { rows, total } = await all('penalties', { categoryId: c.ref.category.jewelry_jade });
    const expected = Number(
      (await c.db.knex('penalties').join('merchants', 'merchants.id', 'penalties.merchantId').whereIn('merchants.categoryId', jewelry).count({ n: '*' }))[0].n,
    );
    expect(total).toBe(expected);
    expect(total).toBeGreaterThan(0);
    const shops = new Map((await c.db.knex('merchants').select('id', 'categoryId')).map((m: { id: number; categoryId: number }) => [m.id, m.categoryId]));
    expect(rows.every((p) => jewelry.includes(shops.get(p.merchantId)!))).toBe(true);
  });

  it('a category that names nothing finds nothing; a value that is no id is a 400', async () => {
    expect((await all('cases', { categoryId: 999_999 })).total).toBe(0);
    const body = expectError(await c.a.manager.get(listUrl('merchants', { filter: { categoryId: 'jewelry' } })), 400);
    expect(body).toMatchObject({ code: 'list.bad_filter', errorCodes: { 'filter.categoryId': { code: 'field.invalid' } } });
  });
});
