/** The audit log (SPEC §4 audit-log): one hash-chained entry per change, read-only, leads only. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../domain/roles';
import { verifyChain } from '../../server/audit/audit';
import request from 'supertest';
import { EMAILS, listUrl, PASSWORD } from '../support/testApp';
import { act, caseIn, count, expectError, expectUnchanged, newCase, setup, uniq, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

type Entry = {
  id: number;
  at: string;
  actorId: number;
  action: string;
  resource: string;
  resourceId: string;
  changes: { before: any; after: any };
  ip: string;
  prevHash: string;
  hash: string;
};

/** Runs `change` and returns the single entry it wrote. */
async function oneEntry(change: () => Promise<unknown>): Promise<Entry> {
  const before = await count(c.db, 'auditLog');
  await change();
  expect(await count(c.db, 'auditLog')).toBe(before + 1);
  const res = await c.a.manager.get(listUrl('audit-log', { sort: ['id', 'DESC'], range: [0, 0] }));
  expect(res.status).toBe(200);
  return res.body[0];
}

function expectEntry(e: Entry, who: keyof Ctx['ref']['user'], action: string, resource: string, resourceId: number) {
  expect(e).toMatchObject({ actorId: c.ref.user[who], action, resource, resourceId: String(resourceId) });
  expect(e.ip).toMatch(/127\.0\.0\.1|::1/);
  expect(e.hash).toMatch(/^[0-9a-f]{64}$/);
  expect(Date.now() - new Date(e.at).getTime()).toBeLessThan(60_000);
}

describe('every change is audited with who, what, before/after and ip', () => {
  it('case create: the whole record as after', async () => {
    let id = 0;
    const e = await oneEntry(async () => {
      id = (await newCase(c, 'reviewer')).id;
    });
    expectEntry(e, 'reviewer', 'create', 'cases', id);
    expect(e.changes.before).toBeNull();
    expect(e.changes.after).toMatchObject({ id, status: 'open', severity: 'critical', version: 1 });
  });

  it('claim / assign / transition / edit: only the changed fields', async () => {
    const rec = await newCase(c);
    const claimed = await oneEntry(async () => {
      expect((await act(c, 'reviewer', rec, 'claim')).status).toBe(200);
    });
    expectEntry(claimed, 'reviewer', 'claim', 'cases', rec.id);
    expect(claimed.changes.before).toMatchObject({ status: 'open', assigneeId: null, version: 1 });
    expect(claimed.changes.after).toMatchObject({ status: 'in_review', assigneeId: c.ref.user.reviewer, version: 2 });
    expect(Object.keys(claimed.changes.after).sort()).toEqual(Object.keys(claimed.changes.before).sort());
    expect(claimed.changes.after).not.toHaveProperty('summary');

    let cur = (await c.a.manager.get(`/api/cases/${rec.id}`)).body;
    const assigned = await oneEntry(async () => {
      cur = (await act(c, 'manager', cur, 'assign', { assigneeId: c.ref.user.reviewer2 })).body;
    });
    expectEntry(assigned, 'manager', 'assign', 'cases', rec.id);
    expect(assigned.changes).toMatchObject({ before: { assigneeId: c.ref.user.reviewer }, after: { assigneeId: c.ref.user.reviewer2 } });

    const edited = await oneEntry(async () => {
      cur = (await c.a.manager.put(`/api/cases/${rec.id}`).send({ ...cur, summary: 'Edited for the audit test', overdue: undefined })).body;
    });
    expectEntry(edited, 'manager', 'update', 'cases', rec.id);
    expect(edited.changes.after).toMatchObject({ summary: 'Edited for the audit test' });
    expect(edited.changes.before.summary).toBe(rec.summary);

    const resolved = await oneEntry(async () => {
      await act(c, 'reviewer2', cur, 'transition', { to: 'confirmed', note: 'Lab report attached' });
    });
    expectEntry(resolved, 'reviewer2', 'transition:confirmed', 'cases', rec.id);
    expect(resolved.changes).toMatchObject({
      before: { status: 'in_review', resolution: null },
      after: { status: 'confirmed', resolution: 'Lab report attached' },
    });
  });

  it('a note', async () => {
    const rec = await caseIn(c, 'in_review');
    const e = await oneEntry(async () => {
      await c.a.reviewer.post(`/api/cases/${rec.id}/notes`).send({ text: 'Called the buyer' });
    });
    expectEntry(e, 'reviewer', 'note', 'cases', rec.id);
    expect(e.changes.after).toEqual({ note: 'Called the buyer' });
  });

  it('reference data: create, update, delete', async () => {
    let cat: Record<string, any> = {};
    const created = await oneEntry(async () => {
      cat = (await c.a.admin.post('/api/categories').send({ code: uniq('a_'), name: 'Audit', nameZh: '审计' })).body;
    });
    expectEntry(created, 'admin', 'create', 'categories', cat.id);
    const updated = await oneEntry(async () => {
      await c.a.admin.put(`/api/categories/${cat.id}`).send({ name: 'Audited', nameZh: '审计', version: 1 });
    });
    expectEntry(updated, 'admin', 'update', 'categories', cat.id);
    expect(updated.changes).toMatchObject({ before: { name: 'Audit', version: 1 }, after: { name: 'Audited', version: 2 } });
    expect(updated.changes.after).not.toHaveProperty('nameZh');
    const deleted = await oneEntry(async () => {
      await c.a.admin.delete(`/api/categories/${cat.id}`);
    });
    expectEntry(deleted, 'admin', 'delete', 'categories', cat.id);
    expect(deleted.changes).toMatchObject({ before: { id: cat.id, name: 'Audited' }, after: null });
  });

  it('a password change is "(changed)", never the hash', async () => {
    const u = (await c.a.admin.post('/api/users').send({ email: `${uniq('p')}@example.com`, name: 'Pw Test', role: 'comms', password: 'first password' })).body;
    const e = await oneEntry(async () => {
      const res = await c.a.admin
        .put(`/api/users/${u.id}`)
        .send({ email: u.email, name: u.name, role: u.role, warehouseId: null, active: true, password: 'second password', version: u.version });
      expect(res.status).toBe(200);
    });
    expectEntry(e, 'admin', 'update+password', 'users', u.id);
    expect(e.changes.after.password).toBe('(changed)');
    const raw = JSON.stringify(await c.db.knex('auditLog').where({ resource: 'users' }).select('changes'));
    expect(raw).not.toMatch(/scrypt|passwordHash|first password|second password/);
  });

  it('sign-in and sign-out are audited; refused changes are not', async () => {
    let sessionId = 0;
    let token = '';
    const signedIn = await oneEntry(async () => {
      token = (await request(c.app).post('/api/auth/login').send({ email: EMAILS.comms, password: PASSWORD })).body.token;
      sessionId = (await c.db.knex('sessions').max({ id: 'id' }))[0].id;
    });
    expectEntry(signedIn, 'comms', 'login', 'sessions', sessionId);
    const signedOut = await oneEntry(async () => {
      await request(c.app).post('/api/auth/logout').set('Authorization', `Bearer ${token}`);
    });
    expectEntry(signedOut, 'comms', 'logout', 'sessions', sessionId);
    const rec = await newCase(c);
    await expectUnchanged(c.db, async () => expectError(await act(c, 'comms', rec, 'claim'), 403));
    await expectUnchanged(c.db, async () => expectError(await act(c, 'reviewer', { ...rec, version: 9 }, 'claim'), 409));
  });
});

describe('the hash chain', () => {
  it('verifies, each entry linking to the one before', async () => {
    const result = await verifyChain(c.db.knex);
    expect(result).toMatchObject({ checked: await count(c.db, 'auditLog'), brokenAt: null });
    const rows = await c.db.knex('auditLog').orderBy('id').select('id', 'prevHash', 'hash');
    expect(rows.length).toBeGreaterThan(10);
    for (const [i, r] of rows.slice(1).entries()) expect(r.prevHash).toBe(rows[i].hash);
  });

  it('holds under concurrent writers', async () => {
    const writers = ['reviewer', 'reviewer2', 'manager', 'manager2', 'admin'] as const;
    await Promise.all(writers.flatMap((w) => [newCase(c, w), newCase(c, w)]));
    expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
  });

  it('detects an edited entry, and a deleted one', async () => {
    const rows = await c.db.knex('auditLog').orderBy('id').select();
    const victim = rows[Math.floor(rows.length / 2)];
    await c.db
      .knex('auditLog')
      .where({ id: victim.id })
      .update({ changes: JSON.stringify({ before: null, after: { forged: true } }) });
    expect(await verifyChain(c.db.knex)).toMatchObject({ brokenAt: victim.id });
    await c.db.knex('auditLog').where({ id: victim.id }).update({ changes: victim.changes });
    expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();

    await c.db.knex('auditLog').where({ id: victim.id }).delete();
    expect(await verifyChain(c.db.knex)).toMatchObject({ brokenAt: rows[Math.floor(rows.length / 2) + 1].id });
    await c.db.knex('auditLog').insert(victim);
    expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
  });
});

describe('access', () => {
  it.each(ROLES)('%s: read only by admin and manager; nobody writes', async (role) => {
    const id = (await c.db.knex('auditLog').max({ id: 'id' }))[0].id;
    const lead = role === 'admin' || role === 'manager';
    for (const url of ['/api/audit-log', `/api/audit-log/${id}`]) {
      const res = await c.a[role].get(url);
      if (lead) expect(res.status).toBe(200);
      else expectError(res, 403);
    }
    const entry = { action: 'forged', resource: 'cases', resourceId: '1', changes: {} };
    for (const req of [c.a[role].post('/api/audit-log'), c.a[role].put(`/api/audit-log/${id}`), c.a[role].delete(`/api/audit-log/${id}`)]) {
      await expectUnchanged(c.db, async () => {
        const res = await req.send(entry);
        expect([403, 405]).toContain(res.status);
        expectError(res, res.status);
      });
    }
  });

  it('filters by resource, actor and action', async () => {
    const res = await c.a.admin.get(listUrl('audit-log', { filter: { resource: 'cases', actorId: c.ref.user.reviewer, action: 'claim' }, range: [0, 999] }));
    expect(res.body.length).toBeGreaterThan(0);
    expect(res.body.every((e: Entry) => e.resource === 'cases' && e.actorId === c.ref.user.reviewer && e.action === 'claim')).toBe(true);
  });
});
