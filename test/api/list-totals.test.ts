/**
 * List totals stay correct while they are remembered (issue 12, server/db/count-cache.ts): a write
 * by anyone — this server, another process, a tool on the database — shows in the next total;
 * and the schema keeps what that relies on (SQLite: the change-counter and text-index triggers on
 * every table; PostgreSQL: the text indexes).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../server/db';
import { setup, type Ctx } from './helpers';

let c: Ctx;
let other: Database;
beforeAll(async () => {
  c = await setup({ merchants: 10, cases: 30 });
  other = c.openAnotherHandle();
});
afterAll(() => c.close());

const totalOf = async (query: string) => {
  const res = await c.a.manager.get(`/api/cases?${query}`);
  expect(res.status, res.text).toBe(200);
  return Number(String(res.headers['content-range']).split('/').pop());
};
const rows = async (table: string, where: Record<string, unknown> = {}) => Number((await c.db.knex(table).where(where).count({ n: '*' }))[0].n);

describe('remembered totals', () => {
  it('follow writes made through another database handle, and edits that move a row out of the filter', async () => {
    const open = `filter=${encodeURIComponent('{"status":"open"}')}&range=${encodeURIComponent('[0,9]')}`;
    const q = `filter=${encodeURIComponent('{"q":"Totals-test marker"}')}`;
    expect(await totalOf(open)).toBe(await rows('cases', { status: 'open' }));
    expect(await totalOf(open)).toBe(await rows('cases', { status: 'open' })); // asked twice: the second may be remembered
    expect(await totalOf(q)).toBe(0);
    const template = await other.knex('cases').where({ status: 'open' }).first();
    const { id: _id, ...copy } = template;
    await other.knex('cases').insert({ ...copy, evidence: '[]', summary: 'Totals-test marker: a case another process wrote' });
    expect(await totalOf(open)).toBe(await rows('cases', { status: 'open' }));
    expect(await totalOf(q)).toBe(1);
    await other.knex('cases').where({ summary: 'Totals-test marker: a case another process wrote' }).update({ status: 'dismissed', summary: 'moved on' });
    expect(await totalOf(open)).toBe(await rows('cases', { status: 'open' }));
    expect(await totalOf(q)).toBe(0);
  });

  it('a category filter follows a new subcategory and a case moved into it', async () => {
    const root = c.ref.category.jewelry_jade;
    const byRoot = `filter=${encodeURIComponent(JSON.stringify({ categoryId: root, status: 'open' }))}&sort=${encodeURIComponent('["dueAt","ASC"]')}&range=${encodeURIComponent('[0,999]')}`;
    const ids = async () => (await c.a.manager.get(`/api/cases?${byRoot}`)).body.map((r: { id: number }) => r.id) as number[];
    const before = await ids();
    expect(await ids()).toEqual(before); // asked twice: the second may use the remembered subtree
    const sub = await c.a.admin.post('/api/categories').send({ code: 'totals_sub', name: 'Totals sub', nameZh: '子类', parentId: root });
    expect(sub.status, sub.text).toBe(201);
    const outside = await other.knex('cases').where({ status: 'open' }).whereNotIn('id', before).first('id');
    await other.knex('cases').where({ id: outside.id }).update({ categoryId: sub.body.id });
    expect(await ids()).toContain(outside.id);
    expect(await totalOf(byRoot)).toBe(before.length + 1);
  });

  it('an overdue filter, which depends on the clock, is counted each time', async () => {
    const overdue = `filter=${encodeURIComponent('{"overdue":true}')}`;
    const expected = Number(
      (await c.db.knex('cases').whereIn('status', ['open', 'in_review']).where('dueAt', '<', new Date().toISOString()).count({ n: '*' }))[0].n,
    );
    expect(await totalOf(overdue)).toBe(expected);
  });
});

describe('the schema keeps indexes and counters in step with the rows', () => {
  it('has the triggers or indexes it relies on', async () => {
    if (c.db.dialect === 'sqlite') {
      const tables = (await c.db.knex.raw(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )) as {
        name: string;
      }[];
      const triggers = new Set(((await c.db.knex.raw("SELECT name FROM sqlite_master WHERE type = 'trigger'")) as { name: string }[]).map((t) => t.name));
      const exempt = new Set(['sessions', 'job_leases', 'idempotency_keys', 'knex_migrations', 'knex_migrations_lock', 'data_changes']);
      for (const { name } of tables.filter((t) => !exempt.has(t.name) && !/_search/.test(t.name))) {
        for (const op of ['insert', 'update', 'delete']) expect(triggers.has(`${name}_changes_${op}`), `${name}_changes_${op}`).toBe(true);
      }
      for (const op of ['insert', 'update', 'delete']) expect(triggers.has(`cases_search_${op}`)).toBe(true);
    } else {
      const indexes = new Set(
        (
          (await c.db.knex.raw("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema() AND tablename = 'cases'")).rows as { indexname: string }[]
        ).map((r) => r.indexname),
      );
      for (const name of ['cases_summary_trgm', 'cases_order_id_trgm', 'cases_summary_grams', 'cases_order_id_grams'])
        expect(indexes.has(name), name).toBe(true);
    }
  });
});
