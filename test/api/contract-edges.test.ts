/** Edges of the contract found in review: getMany size, category loops, references in user forms, SLA moves, bigint filters. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SLA_HOURS } from '../../domain/cases';
import { listUrl, totalOf } from '../support/testApp';
import { act, caseIn, expectError, expectUnchanged, newCase, setup, uniq, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

it('getMany answers every id asked for, not a first page of 25', async () => {
  const ids = (await c.db.knex('cases').orderBy('id').limit(40).select('id')).map((r: { id: number }) => r.id);
  const res = await c.a.reviewer.get(listUrl('cases', { filter: { id: ids } }));
  expect(res.status).toBe(200);
  expect(res.body.map((r: { id: number }) => r.id).sort((a: number, b: number) => a - b)).toEqual(ids);
  expect(res.headers['content-range']).toBe(`cases 0-39/40`);
});

describe('categories cannot loop', () => {
  it('under itself or under one of its own subcategories → 400, nothing changed', async () => {
    const parent = await c.db.knex('categories').where({ code: 'jewelry_jade' }).first();
    const child = await c.db.knex('categories').where({ code: 'jade' }).first();
    const body = (rec: Record<string, any>, parentId: number) => ({ name: rec.name, nameZh: rec.nameZh, parentId, version: rec.version });
    await expectUnchanged(c.db, async () => {
      expectError(await c.a.admin.put(`/api/categories/${parent.id}`).send(body(parent, parent.id)), 400, 'parentId');
      expectError(await c.a.admin.put(`/api/categories/${parent.id}`).send(body(parent, child.id)), 400, 'parentId');
    });
  });
});

it('a user in a warehouse that does not exist → 400 on warehouseId, no account created', async () => {
  const email = `${uniq('insp')}@example.com`;
  const res = await c.a.admin
    .post('/api/users')
    .send({ email, name: 'New Inspector', role: 'inspector', warehouseId: 999_999, password: 'long enough password' });
  expectError(res, 400, 'warehouseId');
  expect(await c.db.knex('users').where({ email }).first()).toBeUndefined();
});

it('a new severity moves the due date by the difference of SLAs, from the current due date', async () => {
  const rec = await newCase(c, 'manager', { severity: 'low' });
  const edited = await c.a.manager.put(`/api/cases/${rec.id}`).send({
    summary: rec.summary,
    evidence: rec.evidence,
    severity: 'critical',
    violationTypeId: rec.violationTypeId,
    categoryId: rec.categoryId,
    orderId: rec.orderId,
    version: rec.version,
  });
  expect(edited.status, edited.text).toBe(200);
  const moved = Date.parse(edited.body.dueAt) - Date.parse(rec.dueAt);
  expect(moved).toBe((SLA_HOURS.critical - SLA_HOURS.low) * 3_600_000);
});

it('a reopened case keeps its new clock when its severity changes', async () => {
  const dismissed = await caseIn(c, 'dismissed');
  const reopened = await act(c, 'manager', dismissed, 'transition', { to: 'open' });
  expect(reopened.status, reopened.text).toBe(200);
  expect(Date.parse(reopened.body.dueAt)).toBeGreaterThan(Date.now());
});

it('fines filter beyond 32 bits (fineCents is a bigint column)', async () => {
  const res = await c.a.manager.get(listUrl('penalties', { filter: { fineCents_gte: 3_000_000_000 } }));
  expect(res.status, res.text).toBe(200);
  expect(totalOf(res)).toBe(0);
});
