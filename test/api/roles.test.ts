/**
 * The role table (domain/roles.ts, SPEC §6) enforced by the server: every rule × every
 * role. Allowed requests are real (valid bodies, fresh targets) and must succeed; refused ones are a
 * 403 with a message and change nothing. Resources without a fixture here still get every rule
 * checked with probe requests (allowed: neither 401/403 nor 5xx; refused: 403).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, ROLE_TABLE, ROLES, type Action, type Role } from '../../domain/roles';
import { act, caseBody, caseIn, expectError, expectNoLeak, expectUnchanged, newCase, setup, STORY_MERCHANT, uniq, type Ctx } from './helpers';
import { draftNotice, issuedPenaltyIds, LAST_MONTH, noticeIn } from './notice-fixtures';
import { IMAGES, parcelIn, passBody } from './inspection-fixtures';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

interface Req {
  method: 'get' | 'post' | 'put' | 'delete';
  url: string;
  body?: Record<string, unknown>;
  status: number;
}
type Fixture = (role: Role) => Promise<Req>;
type Body = Record<string, any>;

const ok = (res: { status: number; text: string; body: Body }, status = 201): Body => {
  expect(res.status, res.text).toBe(status);
  return res.body;
};
/** A fresh record made by an admin, so each role edits or deletes its own target. */
const adminCreates = async (resource: string, body: Body) => ok(await c.a.admin.post(`/api/${resource}`).send(body));
const firstId = async (table: string) => (await c.db.knex(table).orderBy('id').first('id')).id as number;

const BODIES: Record<string, () => Body> = {
  users: () => ({ email: `${uniq('r')}@example.com`, name: 'Role Test', role: 'comms', password: 'long enough pw' }),
  categories: () => ({ code: uniq('c_'), name: 'Watches', nameZh: '手表' }),
  'violation-types': () => ({ code: uniq('v_'), name: 'Fake box', nameZh: '假包装', severity: 'low' }),
  warehouses: () => ({ code: uniq('W'), name: 'Yiwu', city: 'Yiwu', agency: 'Zhejiang QC', dailyCapacity: 10, active: true }),
};
const EDITS: Record<string, (r: Body) => Body> = {
  users: (r) => ({ email: r.email, name: `${r.name}!`, role: r.role, warehouseId: null, active: true, version: r.version }),
  categories: (r) => ({ name: `${r.name}!`, nameZh: r.nameZh, version: r.version }),
  'violation-types': (r) => ({ name: r.name, nameZh: r.nameZh, severity: 'medium', version: r.version }),
  warehouses: (r) => ({ name: r.name, city: r.city, agency: r.agency, dailyCapacity: 20, active: false, version: r.version }),
};

function referenceData(resource: string, table: string): Partial<Record<Action, Fixture>> {
  return {
    list: async () => ({ method: 'get', url: `/api/${resource}`, status: 200 }),
    show: async () => ({ method: 'get', url: `/api/${resource}/${await firstId(table)}`, status: 200 }),
    create: async () => ({ method: 'post', url: `/api/${resource}`, body: BODIES[resource](), status: 201 }),
    edit: async () => {
      const rec = await adminCreates(resource, BODIES[resource]());
      return { method: 'put', url: `/api/${resource}/${rec.id}`, body: EDITS[resource](rec), status: 200 };
    },
    delete: async () => ({ method: 'delete', url: `/api/${resource}/${(await adminCreates(resource, BODIES[resource]())).id}`, status: 200 }),
  };
}

function without<T extends object>(o: T, key: keyof T): Partial<T> {
  const copy = { ...o };
  delete copy[key];
  return copy;
}

const worksCases = (role: Role) => canAccess(role, { action: 'claim', resource: 'cases' });
const caseAction = (action: string, rec: Body, body: Body = {}): Req => ({
  method: 'post',
  url: `/api/cases/${rec.id}/${action}`,
  body: { version: rec.version, ...body },
  status: action === 'notes' ? 201 : 200,
});

/** A notice move with the notice's version: the target is written by comms, so a lead approving it is never its author. */
const noticeAction = (action: string, rec: Body, body: Body = {}): Req => ({
  method: 'post',
  url: `/api/notices/${rec.id}/${action}`,
  body: { version: rec.version, ...body },
  status: 200,
});

const FIXTURES: Record<string, Partial<Record<Action, Fixture>>> = {
  users: without(referenceData('users', 'users'), 'delete'), // users are deactivated, not deleted
  categories: referenceData('categories', 'categories'),
  'violation-types': referenceData('violation-types', 'violationTypes'),
  warehouses: referenceData('warehouses', 'warehouses'),
  merchants: {
    list: async () => ({ method: 'get', url: '/api/merchants', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/merchants/${STORY_MERCHANT}`, status: 200 }),
  },
  cases: {
    list: async () => ({ method: 'get', url: '/api/cases?filter={"status":"open"}', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/cases/${await firstId('cases')}`, status: 200 }),
    create: async () => ({ method: 'post', url: '/api/cases', body: caseBody(c.ref), status: 201 }),
    edit: async () => {
      const rec = await newCase(c);
      const body = {
        summary: 'Edited summary of the complaint',
        evidence: [],
        severity: 'high',
        violationTypeId: rec.violationTypeId,
        categoryId: rec.categoryId,
        orderId: null,
        version: rec.version,
      };
      return { method: 'put', url: `/api/cases/${rec.id}`, body, status: 200 };
    },
    claim: async () => caseAction('claim', await newCase(c)),
    assign: async () => caseAction('assign', await newCase(c), { assigneeId: c.ref.user.reviewer2 }),
    // The role's own case where it may claim, so only the role table decides.
    transition: async (role) =>
      caseAction('transition', await caseIn(c, 'in_review', worksCases(role) ? role : 'reviewer'), { to: 'confirmed', note: 'Verified' }),
    reopen: async () => caseAction('transition', await caseIn(c, 'dismissed'), { to: 'open' }),
    note: async () => caseAction('notes', await caseIn(c, 'in_review'), { text: 'A note' }),
  },
  'case-events': {
    list: async () => ({ method: 'get', url: '/api/case-events', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/case-events/${await firstId('caseEvents')}`, status: 200 }),
  },
  notices: {
    list: async () => ({ method: 'get', url: '/api/notices', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/notices/${(await draftNotice(c)).id}`, status: 200 }),
    create: async () => ({ method: 'post', url: '/api/notices/generate', body: { ...LAST_MONTH(), penaltyIds: await issuedPenaltyIds(c, 1) }, status: 201 }),
    edit: async () => {
      const rec = await draftNotice(c);
      return { method: 'put', url: `/api/notices/${rec.id}`, body: { ...rec, title: 'Edited in the role test' }, status: 200 };
    },
    delete: async () => ({ method: 'delete', url: `/api/notices/${(await draftNotice(c)).id}`, status: 200 }),
    submit: async () => noticeAction('submit', await noticeIn(c, 'draft')),
    approve: async () => noticeAction('approve', await noticeIn(c, 'in_review')),
    reject: async () => noticeAction('reject', await noticeIn(c, 'in_review'), { note: 'Shorten the introduction' }),
    publish: async () => noticeAction('publish', await noticeIn(c, 'approved')),
    retract: async () => noticeAction('retract', await noticeIn(c, 'published'), { reason: 'Retracted in the role test' }),
  },
  'audit-log': {
    list: async () => ({ method: 'get', url: '/api/audit-log', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/audit-log/${await firstId('auditLog')}`, status: 200 }),
  },
  // Panyu parcels, so the Panyu inspector's scope lets only the role table decide.
  orders: {
    list: async () => ({ method: 'get', url: '/api/orders', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/orders/${(await parcelIn(c, 'awaiting_arrival')).order.id}`, status: 200 }),
    create: async () => ({
      method: 'post',
      url: '/api/orders',
      body: {
        merchantId: STORY_MERCHANT,
        productTitle: '足金吊坠',
        declaredMaterial: 'Au999',
        declaredWeightGrams: 3.5,
        priceCents: 280_000,
        warehouseId: c.ref.warehouse.PY,
      },
      status: 201,
    }),
  },
  inspections: {
    list: async () => ({ method: 'get', url: '/api/inspections?filter={"status":"inspecting"}', status: 200 }),
    show: async () => ({ method: 'get', url: `/api/inspections/${(await parcelIn(c, 'received')).inspection.id}`, status: 200 }),
    receive: async () => inspectionAction('receive', await parcelIn(c, 'awaiting_arrival')),
    start: async () => inspectionAction('start', await parcelIn(c, 'received')),
    verdict: async () => inspectionAction('verdict', await parcelIn(c, 'inspecting'), passBody()),
    ship: async () => inspectionAction('ship', await parcelIn(c, 'passed'), { sealNo: uniq('TS').toUpperCase() }),
    return: async () => inspectionAction('return', await parcelIn(c, 'failed')),
    attachPhoto: async () => ({
      method: 'post',
      url: `/api/inspections/${(await parcelIn(c, 'received')).inspection.id}/photos`,
      body: { kind: 'item', content: IMAGES.png.toString('base64') },
      status: 201,
    }),
  },
  'inspection-events': {
    list: async () => ({ method: 'get', url: '/api/inspection-events', status: 200 }),
    show: async () => {
      const { inspection } = await parcelIn(c, 'received');
      const event = await c.db.knex('inspectionEvents').where({ inspectionId: inspection.id }).first('id');
      return { method: 'get', url: `/api/inspection-events/${event.id}`, status: 200 };
    },
  },
};

/** A week of figures (an inspector's: their own warehouse, the default). */
const lastWeek = () => {
  const day = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString().slice(0, 10);
  return `from=${day(6)}&to=${day(0)}`;
};
FIXTURES['metrics/warehouses'] = { list: async () => ({ method: 'get', url: `/api/metrics/warehouses?${lastWeek()}`, status: 200 }) };
FIXTURES['metrics/enforcement'] = { list: async () => ({ method: 'get', url: `/api/metrics/enforcement?${lastWeek()}&bucket=day`, status: 200 }) };
FIXTURES['metrics/headline'] = { list: async () => ({ method: 'get', url: `/api/metrics/headline?since=${lastWeek().slice(5, 15)}`, status: 200 }) };

/** Per-reviewer figures are a section of the enforcement metrics that only leads receive. */
async function expectReviewerFigures(role: Role, may: boolean) {
  const res = await c.a[role].get(`/api/metrics/enforcement?${lastWeek()}`);
  if (!canAccess(role, { action: 'list', resource: 'metrics/enforcement' })) {
    expectError(res, 403);
    return;
  }
  expect(res.status, res.text).toBe(200);
  if (may) expect(res.body.reviewers).toEqual(expect.any(Array));
  else expect(res.body).not.toHaveProperty('reviewers');
}

function inspectionAction(action: string, parcel: { inspection: Body }, body: Body = {}): Req {
  return { method: 'post', url: `/api/inspections/${parcel.inspection.id}/${action}`, body, status: 200 };
}

/** For resources without fixtures: the conventional route of each action, with an empty body. */
async function probe(resource: string, action: string): Promise<Req> {
  const reader = ROLES.find((r) => canAccess(r, { action: 'list', resource })) ?? 'admin';
  const listed = await c.a[reader].get(`/api/${resource}?range=[0,0]`);
  const id = Array.isArray(listed.body) && listed.body[0]?.id ? listed.body[0].id : 999_999;
  const base = `/api/${resource}`;
  switch (action) {
    case 'list':
      return { method: 'get', url: base, status: 0 };
    case 'show':
      return { method: 'get', url: `${base}/${id}`, status: 0 };
    case 'create':
      return { method: 'post', url: base, body: {}, status: 0 };
    case 'edit':
      return { method: 'put', url: `${base}/${id}`, body: {}, status: 0 };
    case 'delete':
      return { method: 'delete', url: `${base}/${id}`, status: 0 };
    default:
      return { method: 'post', url: `${base}/${id}/${action}`, body: {}, status: 0 };
  }
}

function send(role: Role, req: Req) {
  const r = c.a[role][req.method](req.url);
  return req.body ? r.send(req.body) : r;
}

const RULES = Object.entries(ROLE_TABLE).flatMap(([resource, rules]) =>
  Object.entries(rules).map(([action, allowed]) => ({ resource, action: action as Action, allowed: allowed as readonly Role[] })),
);

describe.each(RULES)('$resource $action', ({ resource, action, allowed }) => {
  it.each(ROLES.map((role) => ({ role, may: allowed.includes(role) })))('$role: allowed=$may', async ({ role, may }) => {
    if (action === 'readPrivate') return resource === 'metrics/enforcement' ? expectReviewerFigures(role, may) : expectPrivateFields(role, resource, may);
    const fixture = FIXTURES[resource]?.[action];
    const req = fixture ? await fixture(role) : await probe(resource, action);
    if (!may) {
      const { message } = await expectUnchanged(c.db, async () => expectError(await send(role, req), 403));
      expect(
        [role, ...allowed].some((r) => message.includes(r)),
        message,
      ).toBe(true);
      return;
    }
    const res = await send(role, req);
    expectNoLeak(res);
    if (req.status) {
      expect(res.status, `${role} ${req.method} ${req.url}: ${res.text}`).toBe(req.status);
    } else {
      // Past the role guard: a record-level 403 (e.g. "not the issuer") is fine, the role table's is not.
      expect(res.status, `${role} ${req.method} ${req.url}: ${res.text}`).not.toBe(401);
      if (res.status === 403) expect(res.body.message).not.toMatch(/role may not/);
      expect(res.text, 'the probed route exists').not.toMatch(/No such endpoint/);
    }
  });
});

/**
 * `readPrivate` guards fields, not a route: the record and the list show them to allowed roles
 * only, and other roles can neither filter nor sort by them.
 */
async function expectPrivateFields(role: Role, resource: string, may: boolean) {
  expect(resource).toBe('users');
  const one = await c.a[role].get(`/api/users/${c.ref.user.reviewer}`);
  expect(one.status).toBe(200);
  const list = await c.a[role].get('/api/users?range=[0,99]');
  for (const record of [one.body, ...list.body]) {
    expect(Object.keys(record).sort(), role).toEqual(
      may
        ? ['active', 'createdAt', 'email', 'id', 'lastLoginAt', 'name', 'role', 'updatedAt', 'version', 'warehouseId']
        : ['id', 'name', 'role', 'warehouseId'],
    );
  }
  const byEmail = await c.a[role].get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ email: 'admin@example.com' }))}`);
  const sorted = await c.a[role].get(`/api/users?sort=${encodeURIComponent(JSON.stringify(['lastLoginAt', 'DESC']))}`);
  const searched = await c.a[role].get(`/api/users?filter=${encodeURIComponent(JSON.stringify({ q: '@example.com' }))}`);
  if (may) {
    expect([byEmail.status, sorted.status, searched.status]).toEqual([200, 200, 200]);
    expect(searched.body.length).toBeGreaterThan(1);
  } else {
    expectError(byEmail, 400);
    expectError(sorted, 400);
    // The text search covers names only: an email fragment finds nobody.
    expect(searched.status).toBe(200);
    expect(searched.body).toEqual([]);
  }
}

describe('the staff directory', () => {
  it('assignable staff: active reviewers and managers only, for anyone who reads users', async () => {
    const res = await c.a.reviewer.get(`/api/users?range=[0,99]&filter=${encodeURIComponent('{"assignable":true}')}`);
    expect(res.status).toBe(200);
    const all = await c.db.knex('users').select('id', 'role', 'active');
    const expected = all
      .filter((u) => (u.role === 'reviewer' || u.role === 'manager') && u.active)
      .map((u) => u.id)
      .sort((a, b) => a - b);
    expect(res.body.map((u: { id: number }) => u.id).sort((a: number, b: number) => a - b)).toEqual(expected);
  });
});

describe('the role table itself', () => {
  it('covers the SPEC §6 resources, with a fixture for every foundation rule', () => {
    for (const [resource, actions] of Object.entries(FIXTURES)) {
      const routed = Object.keys(ROLE_TABLE[resource] ?? {}).filter((a) => a !== 'readPrivate');
      expect(routed.sort(), resource).toEqual(Object.keys(actions).sort());
    }
  });

  it('actions outside the table are refused for every role (403 or 405), changing nothing', async () => {
    const attempts: [string, 'post' | 'put' | 'delete', string][] = [
      ['merchants', 'post', '/api/merchants'],
      ['merchants', 'put', `/api/merchants/${STORY_MERCHANT}`],
      ['merchants', 'delete', `/api/merchants/${STORY_MERCHANT}`],
      ['users', 'delete', '/api/users/2'],
      ['cases', 'delete', '/api/cases/1'],
      ['case-events', 'post', '/api/case-events'],
      ['case-events', 'delete', '/api/case-events/1'],
      ['audit-log', 'post', '/api/audit-log'],
      ['audit-log', 'put', '/api/audit-log/1'],
      ['audit-log', 'delete', '/api/audit-log/1'],
    ];
    for (const role of ROLES) {
      for (const [, method, url] of attempts) {
        await expectUnchanged(c.db, async () => {
          const res = await c.a[role][method](url).send({ id: 1, nickname: 'x', version: 1 });
          expect([403, 405], `${role} ${method} ${url}`).toContain(res.status);
          expectError(res, res.status);
        });
      }
    }
  });

  it('a 403 names the roles that may', async () => {
    const rec = await newCase(c);
    const body = expectError(await act(c, 'reviewer', rec, 'assign', { assigneeId: c.ref.user.reviewer }), 403);
    expect(body.message).toMatch(/admin, manager/);
  });
});
