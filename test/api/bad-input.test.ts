/**
 * Bad input never reaches SQL, never answers 500 or a stack trace, and never changes the database
 * (SPEC §3 errors). Every request here is wrapped in a whole-database fingerprint check.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BODY_LIMIT } from '../../server/app';
import { MAX_PAGE_SIZE } from '../../server/http/list-query';
import { listUrl } from '../support/testApp';
import { caseBody, caseIn, expectError, expectUnchanged, setup, type CaseRecord, type Ctx } from './helpers';

let c: Ctx;
let open: CaseRecord;
beforeAll(async () => {
  c = await setup();
  open = await caseIn(c, 'open');
});
afterAll(() => c.close());

const raw = (q: Record<string, string>) => `/api/cases?${new URLSearchParams(q)}`;

/** GET as a manager: the expected 4xx, with `field` among the errors; nothing changes. */
async function rejectsGet(url: string, status: number, field?: string) {
  return expectUnchanged(c.db, async () => expectError(await c.a.manager.get(url), status, field));
}

describe('list parameters', () => {
  it.each([
    ['filter', '{"status":"open"', 'filter'],
    ['filter', '[1,2]', 'filter'],
    ['filter', '"open"', 'filter'],
    ['sort', '["dueAt"]', 'sort'],
    ['sort', '["dueAt","UP"]', 'sort'],
    ['sort', 'dueAt', 'sort'],
    ['range', '[0]', 'range'],
    ['range', '[10,5]', 'range'],
    ['range', '[-1,5]', 'range'],
    ['range', '[0,1.5]', 'range'],
    ['range', '"0-24"', 'range'],
    ['range', `[0,${MAX_PAGE_SIZE}]`, 'range'],
  ])('%s=%s → 400', async (param, value, field) => {
    await rejectsGet(raw({ [param]: value }), 400, field);
  });

  it('a parameter given twice is a 400', async () => {
    await rejectsGet('/api/cases?sort=["id","ASC"]&sort=["id","DESC"]', 400, 'sort');
  });

  it.each(['passwordHash', 'password_hash', 'evidence', 'constructor', '__proto__', 'id; DROP TABLE cases', 'dueAt desc, (select 1)'])(
    'sorting by %s → 400, never SQL',
    async (fieldName) => {
      const body = await rejectsGet(listUrl('users', { sort: [fieldName, 'ASC'] }), 400, 'sort');
      expect(body.message).toContain(fieldName);
    },
  );

  it.each([
    ['passwordHash', 'x', 'filter.passwordHash'],
    ['constructor', 1, 'filter.constructor'],
    ['__proto__', 1, 'filter.__proto__'],
    ['summary', 'gold', 'filter.summary'], // searchable through q only
    ['openedAt', '2026-01-01', 'filter.openedAt'],
    ['merchantId', 'abc', 'filter.merchantId'],
    ['merchantId', 1.5, 'filter.merchantId'],
    ['merchantId', { $gt: 1 }, 'filter.merchantId'],
    ['id', [[1]], 'filter.id'],
    ['status', 'closed', 'filter.status'],
    ['status', ['open', 'nope'], 'filter.status'],
    ['severity', 3, 'filter.severity'],
    ['orderId', { a: 1 }, 'filter.orderId'],
    ['openedAt_gte', 'last tuesday', 'filter.openedAt_gte'],
    ['dueAt_lte', 20260101, 'filter.dueAt_lte'],
    ['overdue', 'maybe', 'filter.overdue'],
    ['q', 5, 'filter.q'],
    ['summary_gte', 'a', 'filter.summary_gte'],
  ])('filter {%s: %j} → 400 with %s', async (key, value, field) => {
    const url = `/api/cases?filter=${encodeURIComponent(`{${JSON.stringify(key)}:${JSON.stringify(value)}}`)}`;
    await rejectsGet(url, 400, field);
  });

  it('an IN list longer than a page is a 400', async () => {
    const ids = Array.from({ length: MAX_PAGE_SIZE + 1 }, (_, i) => i + 1);
    await rejectsGet(listUrl('cases', { filter: { id: ids } }), 400, 'filter.id');
  });

  it('an id filter beyond 32 bits is a 400, also in a custom filter', async () => {
    await rejectsGet(listUrl('cases', { filter: { id: 2 ** 31 } }), 400, 'filter.id');
    await rejectsGet(listUrl('case-events', { filter: { merchantId: 2 ** 31 } }), 400, 'filter.merchantId');
  });

  it('a boolean filter takes only true/false', async () => {
    await rejectsGet(listUrl('users', { filter: { active: 'yes' } }), 400, 'filter.active');
  });

  it.each([
    ['an id beyond 32 bits', { id: 2 ** 31 }, 'filter.id'],
    ['a huge count bound', { openCaseCount_gte: 1e21 }, 'filter.openCaseCount_gte'],
    ['a far-future date', { joinedAt_gte: '+010000-01-01' }, 'filter.joinedAt_gte'],
    ['a negative-year date', { joinedAt_lte: '-000001-01-01' }, 'filter.joinedAt_lte'],
  ])('%s → 400 on both databases', async (_what, filter, field) => {
    await rejectsGet(listUrl('merchants', { filter }), 400, field);
  });

  it('a NUL byte in q is answered without a 500', async () => {
    await expectUnchanged(c.db, async () => {
      const res = await c.a.manager.get(listUrl('merchants', { filter: { q: 'gold\u0000' } }));
      if (res.status !== 200) expectError(res, 400);
      else expect(res.body).toEqual([]);
    });
  });
});

describe('request bodies', () => {
  const send = (method: 'post' | 'put', url: string, body: string) => c.a.manager[method](url).set('Content-Type', 'application/json').send(body);

  it.each([
    ['post', '/api/cases'],
    ['put', '/api/cases/1'],
    ['post', '/api/cases/1/claim'],
    ['post', '/api/cases/1/notes'],
  ] as const)('malformed JSON on %s %s → 400', async (method, url) => {
    const body = await expectUnchanged(c.db, async () => expectError(await send(method, url, '{"summary": "x",'), 400));
    expect(body.message).toMatch(/json/i);
  });

  it.each(['null', '"a string"', '42'])('a non-object JSON body (%s) → 400', async (body) => {
    await expectUnchanged(c.db, async () => expectError(await send('post', '/api/cases', body), 400));
  });

  it('an array body → 400', async () => {
    await expectUnchanged(c.db, async () => expectError(await send('post', '/api/cases', JSON.stringify([caseBody(c.ref)])), 400));
  });

  it('wrong types → 400 with one error per field', async () => {
    const res = await expectUnchanged(c.db, async () =>
      c.a.manager.post('/api/cases').send({
        ...caseBody(c.ref),
        merchantId: '3391',
        violationTypeId: null,
        summary: 'short',
        evidence: 'none',
        severity: 'extreme',
      }),
    );
    const body = expectError(res, 400);
    expect(Object.keys(body.errors!).sort()).toEqual(['evidence', 'merchantId', 'severity', 'summary', 'violationTypeId']);
  });

  it('bad evidence items are field errors', async () => {
    const evidence = [{ kind: 'text', text: 'ok' }, { kind: 'url', url: 'javascript:alert(1)' }, { kind: 'video' }];
    await expectUnchanged(c.db, async () => expectError(await c.a.manager.post('/api/cases').send(caseBody(c.ref, { evidence })), 400, 'evidence.1.url'));
  });

  it('references to missing records → 400 naming the field', async () => {
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.manager.post('/api/cases').send(caseBody(c.ref, { merchantId: 999_999_999 })), 400, 'merchantId'),
    );
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.manager.post('/api/cases').send(caseBody(c.ref, { merchantId: 2 ** 31 })), 400, 'merchantId'),
    );
  });

  it('a version given as a string → 400, the case is unchanged', async () => {
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.manager.post(`/api/cases/${open.id}/claim`).send({ version: String(open.version) }), 400, 'version'),
    );
  });

  it('a NUL byte in a text field is refused or stored, never a 500', async () => {
    const res = await c.a.manager.post('/api/cases').send(caseBody(c.ref, { summary: 'Summary with a NUL \u0000 byte inside it' }));
    if (res.status !== 201) expectError(res, 400);
  });

  it(`a body over ${BODY_LIMIT} → 413`, async () => {
    const huge = caseBody(c.ref, { summary: 'x'.repeat(200 * 1024) });
    const body = await expectUnchanged(c.db, async () => expectError(await c.a.manager.post('/api/cases').send(huge), 413));
    expect(body.message).toMatch(/too large/i);
  });

  it('an over-long Idempotency-Key → 400', async () => {
    await expectUnchanged(c.db, async () =>
      expectError(await c.a.manager.post('/api/cases').set('Idempotency-Key', 'k'.repeat(201)).send(caseBody(c.ref)), 400),
    );
  });
});

describe('ids and routes', () => {
  it.each([
    ['get', '/api/cases/999999'],
    ['get', '/api/users/999999'],
    ['get', '/api/merchants/1'],
    ['post', '/api/cases/999999/claim'],
    ['post', '/api/cases/999999/notes'],
    ['delete', '/api/categories/999999'],
  ] as const)('%s %s → 404', async (method, url) => {
    const res = await expectUnchanged(c.db, async () => c.a.admin[method](url).send({ version: 1, text: 'a note' }));
    expect(expectError(res, 404).message).toMatch(/not found/i);
  });

  it('PUT on a missing record → 404', async () => {
    const body = { name: 'Gone', nameZh: '无', parentId: null, version: 1 };
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.put('/api/categories/999999').send(body), 404));
  });

  it.each(['abc', '1.5', '-1', '0', '1e3', '99999999999999999999', '%20'])('GET /api/cases/%s → 400', async (id) => {
    await rejectsGet(`/api/cases/${id}`, 400, 'id');
  });

  it('an id beyond 32 bits is not a 500', async () => {
    const res = await expectUnchanged(c.db, async () => c.a.manager.get(`/api/cases/${2 ** 31}`));
    expect([400, 404]).toContain(res.status);
    expectError(res, res.status);
  });

  it('an unknown endpoint → 404 naming it', async () => {
    const body = await rejectsGet('/api/no-such-thing', 404);
    expect(body.message).toContain('/api/no-such-thing');
  });

  it('an unsupported method → 405 with a message', async () => {
    await expectUnchanged(c.db, async () => expectError(await c.a.admin.delete(`/api/cases/${open.id}`), 405));
    const patch = await request(c.app)
      .patch(`/api/cases/${open.id}`)
      .set('Authorization', `Bearer ${await c.token('admin')}`)
      .send({});
    expectError(patch, 405);
  });
});

describe('authentication', () => {
  const writes = () => [
    request(c.app).post('/api/cases').send(caseBody(c.ref)),
    request(c.app).post(`/api/cases/${open.id}/claim`).send({ version: open.version }),
    request(c.app).put('/api/categories/1').send({ name: 'X', nameZh: 'X', version: 1 }),
  ];

  it('no token → 401 on reads and writes, nothing changes', async () => {
    await expectUnchanged(c.db, async () => {
      for (const req of [request(c.app).get('/api/cases'), request(c.app).get('/api/auth/me'), ...writes()]) expectError(await req, 401);
    });
  });

  it.each(['Bearer nonsense', 'Bearer ', 'Basic YWRtaW46YWRtaW4=', `Bearer ${'A'.repeat(43)}`])('Authorization: %s → 401', async (header) => {
    await expectUnchanged(c.db, async () => {
      for (const req of [request(c.app).get('/api/cases'), ...writes()]) expectError(await req.set('Authorization', header), 401);
    });
  });

  it('a garbage session cookie → 401', async () => {
    await expectUnchanged(c.db, async () => expectError(await request(c.app).get('/api/cases').set('Cookie', 'td_session=garbage'), 401));
  });

  it('a revoked token → 401, and it cannot write', async () => {
    const login = await request(c.app).post('/api/auth/login').send({ email: 'reviewer2@example.com', password: 'trustdesk-demo' });
    const bearer = `Bearer ${login.body.token}`;
    expect((await request(c.app).get('/api/cases').set('Authorization', bearer)).status).toBe(200);
    expect((await request(c.app).post('/api/auth/logout').set('Authorization', bearer)).status).toBe(200);
    await expectUnchanged(c.db, async () => {
      for (const req of [request(c.app).get('/api/cases'), ...writes()]) expectError(await req.set('Authorization', bearer), 401);
    });
  });
});
