/** Admin-managed reference data and staff accounts (SPEC §4): CRUD, versions, unique keys, references. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl } from '../support/testApp';
import { count, expectError, expectUnchanged, newCase, setup, uniq, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

type Body = Record<string, unknown>;
interface Spec {
  table: string;
  create(): Body;
  /** The editable fields changed, for a PUT (without version). */
  change(rec: Body): Body;
  /** A seeded record that something else refers to (delete → 409). */
  inUse(): Promise<number>;
  /** The longest code the column holds. */
  maxCode: number;
}

const SPECS: Record<'categories' | 'violation-types' | 'warehouses', Spec> = {
  categories: {
    table: 'categories',
    create: () => ({ code: uniq('cat_'), name: 'Watches', nameZh: '手表', parentId: c.ref.category.jewelry_jade }),
    change: (r) => ({ name: `${r.name} (renamed)`, nameZh: '名表', parentId: r.parentId }),
    inUse: async () => c.ref.category.gold_silver, // merchant 3391's category
    maxCode: 64,
  },
  'violation-types': {
    table: 'violationTypes',
    create: () => ({ code: uniq('vt_'), name: 'Fake certificate', nameZh: '伪造证书', severity: 'high' }),
    change: (r) => ({ name: r.name, nameZh: r.nameZh, severity: 'critical' }),
    inUse: async () => c.ref.vt.material_fraud.id,
    maxCode: 64,
  },
  warehouses: {
    table: 'warehouses',
    create: () => ({
      code: uniq('W'),
      name: 'Foshan inspection warehouse',
      nameZh: '佛山质检仓',
      city: 'Foshan 佛山',
      agency: 'Guangdong QC',
      dailyCapacity: 800,
      active: true,
    }),
    change: (r) => ({ name: r.name, nameZh: r.nameZh, city: r.city, agency: r.agency, dailyCapacity: 1200, active: false }),
    inUse: async () => c.ref.warehouse.PY, // the Panyu inspector's warehouse
    maxCode: 32,
  },
};

describe.each(Object.entries(SPECS))('%s', (resource, spec) => {
  const url = `/api/${resource}`;

  it('create → show → update → delete, each with an audit entry', async () => {
    const audits = await count(c.db, 'auditLog', { resource });
    const body = spec.create();
    const created = await c.a.admin.post(url).send(body);
    expect(created.status, created.text).toBe(201);
    expect(created.body).toMatchObject({ ...body, id: expect.any(Number), version: 1 });
    expect((await c.a.comms.get(`${url}/${created.body.id}`)).body).toEqual(created.body);

    const changes = spec.change(created.body);
    const updated = await c.a.admin.put(`${url}/${created.body.id}`).send({ ...changes, version: 1 });
    expect(updated.status, updated.text).toBe(200);
    expect(updated.body).toMatchObject({ ...changes, code: body.code, version: 2 });

    const deleted = await c.a.admin.delete(`${url}/${created.body.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual(updated.body);
    expectError(await c.a.admin.get(`${url}/${created.body.id}`), 404);
    expect(await count(c.db, 'auditLog', { resource })).toBe(audits + 3);
  });

  it('a stale or missing version → 409 / 400 and nothing changes', async () => {
    const rec = (await c.a.admin.post(url).send(spec.create())).body;
    await c.a.admin.put(`${url}/${rec.id}`).send({ ...spec.change(rec), version: 1 });
    const body = await expectUnchanged(c.db, async () =>
      expectError(await c.a.admin.put(`${url}/${rec.id}`).send({ ...spec.change(rec), version: 1 }), 409, 'version'),
    );
    expect(body.message).toMatch(/reload/i);
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.put(`${url}/${rec.id}`).send(spec.change(rec)), 400, 'version'));
    expect((await c.a.admin.get(`${url}/${rec.id}`)).body.version).toBe(2);
  });

  it('a duplicate code → 409 with errors.code, nothing created', async () => {
    const first = await c.a.admin.post(url).send(spec.create());
    expect(first.status).toBe(201);
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.post(url).send({ ...spec.create(), code: first.body.code }), 409, 'code'));
  });

  it('a malformed code → 400 with errors.code', async () => {
    for (const code of ['', 'has space', 'drop;table', 'x'.repeat(65)]) {
      await expectUnchanged(c.db, async () => expectError(await c.a.admin.post(url).send({ ...spec.create(), code }), 400, 'code'));
    }
  });

  it(`a code of ${spec.maxCode} characters is stored on both databases, one more is a 400`, async () => {
    const longest = `${uniq('L')}${'x'.repeat(64)}`.slice(0, spec.maxCode);
    const res = await c.a.admin.post(url).send({ ...spec.create(), code: longest });
    expect(res.status, res.text).toBe(201);
    expect(res.body.code).toBe(longest);
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.post(url).send({ ...spec.create(), code: `${longest.slice(1)}yz` }), 400, 'code'));
  });

  it('deleting a record in use → 409, nothing deleted', async () => {
    const id = await spec.inUse();
    const body = await expectUnchanged(c.db, async () => expectError(await c.a.admin.delete(`${url}/${id}`), 409));
    expect(body.message).toMatch(/referenced|in use/i);
    expect(await count(c.db, spec.table, { id })).toBe(1);
  });
});

describe('categories and violation types', () => {
  it('a parent with children cannot be deleted', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.delete(`/api/categories/${c.ref.category.apparel}`), 409));
  });

  it('a category used by a new case cannot be deleted', async () => {
    const cat = (await c.a.admin.post('/api/categories').send(SPECS.categories.create())).body;
    await newCase(c, 'manager', { categoryId: cat.id });
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.delete(`/api/categories/${cat.id}`), 409));
  });

  it('an unknown severity → 400; points are refused, not silently dropped: they belong to the penalty policy', async () => {
    const bad = { ...SPECS['violation-types'].create(), points: 6, severity: 'extreme' };
    const body = await expectUnchanged(c.db, async () => expectError(await c.a.admin.post('/api/violation-types').send(bad), 400));
    expect(Object.keys(body.errors!).sort()).toEqual(['points', 'severity']);
    expect(body.errors!.points).toMatch(/penalty policy/);
    const vt = (await c.a.admin.get('/api/violation-types/1')).body;
    expect(vt).not.toHaveProperty('points');
    const edit = await c.a.admin
      .put(`/api/violation-types/${vt.id}`)
      .send({ name: vt.name, nameZh: vt.nameZh, severity: vt.severity, points: 40, version: vt.version });
    expect(expectError(edit, 400).errorCodes?.points).toEqual({ code: 'violation_types.points_in_policy' });
  });
});

describe('users', () => {
  const newUser = (over: Body = {}) => ({ email: `${uniq('u')}@example.com`, name: 'New Staff 新员工', role: 'reviewer', password: 'long enough pw', ...over });
  const edit = (u: Body, over: Body = {}) => ({
    email: u.email,
    name: u.name,
    role: u.role,
    warehouseId: u.warehouseId,
    active: u.active,
    version: u.version,
    ...over,
  });

  it('create and update; inspectors keep their warehouse, others have none', async () => {
    const res = await c.a.admin.post('/api/users').send(newUser({ role: 'inspector', warehouseId: c.ref.warehouse.SH }));
    expect(res.status, res.text).toBe(201);
    expect(res.body).toMatchObject({ role: 'inspector', warehouseId: c.ref.warehouse.SH, active: true, version: 1, createdAt: expect.any(String) });
    const moved = await c.a.admin.put(`/api/users/${res.body.id}`).send(edit(res.body, { role: 'comms' }));
    expect(moved.body).toMatchObject({ role: 'comms', warehouseId: null, version: 2 });
  });

  it('an inspector without a warehouse → 400 with errors.warehouseId (create and update)', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.post('/api/users').send(newUser({ role: 'inspector' })), 400, 'warehouseId'));
    const u = (await c.a.admin.post('/api/users').send(newUser())).body;
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.admin.put(`/api/users/${u.id}`).send(edit(u, { role: 'inspector', warehouseId: null })), 400, 'warehouseId'),
    );
  });

  it('a missing warehouse is refused, never a 500', async () => {
    const res = await expectUnchanged(c.db, async () => c.a.admin.post('/api/users').send(newUser({ role: 'inspector', warehouseId: 999_999 })));
    expect([400, 409]).toContain(res.status);
    expectError(res, res.status);
  });

  it('a taken email (in any case) → 409 with errors.email', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.post('/api/users').send(newUser({ email: 'REVIEWER@example.com' })), 409, 'email'));
    const u = (await c.a.admin.post('/api/users').send(newUser())).body;
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.admin.put(`/api/users/${u.id}`).send(edit(u, { email: 'manager@example.com' })), 409, 'email'),
    );
  });

  it('a short password and a bad email → 400 with both field errors', async () => {
    const body = await expectUnchanged(c.db, async () =>
      expectError(await c.a.admin.post('/api/users').send(newUser({ email: 'nope', password: 'short' })), 400),
    );
    expect(Object.keys(body.errors!).sort()).toEqual(['email', 'password']);
  });

  it('a stale version → 409, nothing changes', async () => {
    const u = (await c.a.admin.post('/api/users').send(newUser())).body;
    expect((await c.a.admin.put(`/api/users/${u.id}`).send(edit(u, { name: 'Renamed Once' }))).status).toBe(200);
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.put(`/api/users/${u.id}`).send(edit(u, { name: 'Renamed Twice' })), 409, 'version'));
  });

  it('an admin cannot deactivate themself or change their own role', async () => {
    const self = (await c.a.admin.get(`/api/users/${c.ref.user.admin}`)).body;
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.put(`/api/users/${self.id}`).send(edit(self, { active: false })), 400, 'active'));
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.put(`/api/users/${self.id}`).send(edit(self, { role: 'manager' })), 400, 'role'));
    const renamed = await c.a.admin.put(`/api/users/${self.id}`).send(edit(self, { name: 'Lin Wei (admin)' }));
    expect(renamed.status).toBe(200);
    expect((await c.a.admin.get('/api/auth/me')).status).toBe(200);
  });

  it('users are deactivated, never deleted', async () => {
    const body = await expectUnchanged(c.db, async () => expectError(await c.a.admin.delete(`/api/users/${c.ref.user.comms}`), 405));
    expect(body.message).toMatch(/cannot be deleted/);
    const listed = await c.a.admin.get(listUrl('users', { filter: { role: 'comms' } }));
    expect(listed.body.map((u: { id: number }) => u.id)).toContain(c.ref.user.comms);
  });
});
