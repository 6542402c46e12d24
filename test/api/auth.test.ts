/** Sign-in, sessions and their end (SPEC §3 auth, §4 users: passwords never returned). */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, listUrl, PASSWORD } from '../support/testApp';
import { count, expectError, setup, uniq, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const login = (app: Ctx['app'], email: string, password = PASSWORD) => request(app).post('/api/auth/login').send({ email, password });
const me = (app: Ctx['app'], token: string) => request(app).get('/api/auth/me').set('Authorization', `Bearer ${token}`);
const sessionCookie = (res: request.Response) => ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((h) => h.startsWith('td_session='));

/** A fresh account (so deactivating it disturbs no other test), signed in. */
async function freshUser(role = 'reviewer') {
  const email = `${uniq('staff')}@example.com`;
  const password = 'correct horse battery';
  const created = await c.a.admin.post('/api/users').send({ email, name: 'Temp Staff 临时', role, password });
  expect(created.status, created.text).toBe(201);
  const res = await login(c.app, email, password);
  expect(res.status).toBe(200);
  return { user: created.body, email, password, token: res.body.token as string };
}

const userBody = (u: Record<string, any>, over: Record<string, unknown> = {}) => ({
  email: u.email,
  name: u.name,
  role: u.role,
  warehouseId: u.warehouseId,
  active: u.active,
  version: u.version,
  ...over,
});

describe('login', () => {
  it('answers a token and the user, and sets an httpOnly session cookie', async () => {
    const res = await login(c.app, EMAILS.reviewer);
    expect(res.status).toBe(200);
    expect(res.body.token).toMatch(/^\S{32,}$/);
    expect(res.body.user).toEqual({ id: c.ref.user.reviewer, name: expect.any(String), email: EMAILS.reviewer, role: 'reviewer', warehouseId: null });
    const cookie = sessionCookie(res)!;
    expect(cookie).toContain(`td_session=${res.body.token}`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('the cookie alone is a session', async () => {
    const res = await login(c.app, EMAILS.inspector);
    const cookie = sessionCookie(res)!.split(';')[0];
    const who = await request(c.app).get('/api/auth/me').set('Cookie', cookie);
    expect(who.status).toBe(200);
    expect(who.body).toEqual({
      id: c.ref.user.inspector,
      name: expect.any(String),
      email: EMAILS.inspector,
      role: 'inspector',
      warehouseId: c.ref.warehouse.PY,
    });
    expect((await request(c.app).get('/api/categories').set('Cookie', cookie)).status).toBe(200);
  });

  it('the email is matched case-insensitively', async () => {
    expect((await login(c.app, EMAILS.comms.toUpperCase())).status).toBe(200);
  });

  it.each([
    ['a wrong password', EMAILS.admin, 'trustdesk-wrong'],
    ['an unknown email', 'nobody@example.com', PASSWORD],
  ])('%s → 401 with one message, no cookie, no session', async (_what, email, password) => {
    const sessions = await count(c.db, 'sessions');
    const res = await login(c.app, email, password);
    expect(expectError(res, 401).message).toBe('Wrong email or password');
    expect(sessionCookie(res)).toBeUndefined();
    expect(res.body.token).toBeUndefined();
    expect(await count(c.db, 'sessions')).toBe(sessions);
  });

  it('a malformed login body → 400 with field errors', async () => {
    expectError(await request(c.app).post('/api/auth/login').send({ email: 'not-an-email' }), 400, 'email');
    expectError(await request(c.app).post('/api/auth/login').send({ email: EMAILS.admin }), 400, 'password');
  });

  it('records a login audit entry and lastLoginAt', async () => {
    const before = await count(c.db, 'auditLog', { action: 'login', actorId: c.ref.user.manager2 });
    expect((await login(c.app, EMAILS.manager2)).status).toBe(200);
    expect(await count(c.db, 'auditLog', { action: 'login', actorId: c.ref.user.manager2 })).toBe(before + 1);
    const row = await c.db.knex('users').where({ id: c.ref.user.manager2 }).first('lastLoginAt');
    expect(Date.now() - new Date(row.lastLoginAt).getTime()).toBeLessThan(60_000);
  });
});

describe('logout', () => {
  it('ends the session server-side: the token is then a 401', async () => {
    const { token } = (await login(c.app, EMAILS.reviewer2)).body;
    expect((await me(c.app, token)).status).toBe(200); // cached now: logout must still end it at once
    const out = await request(c.app).post('/api/auth/logout').set('Authorization', `Bearer ${token}`);
    expect(out.status).toBe(200);
    expect(out.body).toEqual({ ok: true });
    expect(sessionCookie(out)).toMatch(/td_session=;/);
    expectError(await me(c.app, token), 401);
    expectError(await request(c.app).get('/api/cases').set('Authorization', `Bearer ${token}`), 401);
    const revoked = await c.db.knex('sessions').whereNotNull('revokedAt').where({ userId: c.ref.user.reviewer2 }).count({ n: '*' });
    expect(Number(revoked[0].n)).toBeGreaterThanOrEqual(1);
  });

  it('with the cookie: the cookie is then a 401, other sessions of the user keep working', async () => {
    const first = await login(c.app, EMAILS.manager);
    const other = (await login(c.app, EMAILS.manager)).body.token;
    const cookie = sessionCookie(first)!.split(';')[0];
    expect((await request(c.app).post('/api/auth/logout').set('Cookie', cookie)).status).toBe(200);
    expectError(await request(c.app).get('/api/auth/me').set('Cookie', cookie), 401);
    expect((await me(c.app, other)).status).toBe(200);
  });

  it('without a session is harmless', async () => {
    const res = await request(c.app).post('/api/auth/logout');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ ok: true });
  });
});

describe('deactivation and password changes end sessions at once', () => {
  it('deactivating a user ends every session of theirs; they cannot sign in again', async () => {
    const { user, email, password, token } = await freshUser();
    const second = (await login(c.app, email, password)).body.token;
    for (const tk of [token, second]) expect((await me(c.app, tk)).status).toBe(200);
    const res = await c.a.admin.put(`/api/users/${user.id}`).send(userBody(user, { active: false }));
    expect(res.status, res.text).toBe(200);
    expect(res.body).toMatchObject({ active: false, version: user.version + 1 });
    for (const tk of [token, second]) expectError(await me(c.app, tk), 401);
    expect(expectError(await login(c.app, email, password), 401).message).toMatch(/deactivated/);

    const back = await c.a.admin.put(`/api/users/${user.id}`).send(userBody(res.body, { active: true }));
    expect(back.status).toBe(200);
    expect((await login(c.app, email, password)).status).toBe(200);
    expectError(await me(c.app, token), 401); // old sessions stay ended
  });

  it('an admin setting a new password ends the sessions; the old password stops working', async () => {
    const { user, email, password, token } = await freshUser('comms');
    const res = await c.a.admin.put(`/api/users/${user.id}`).send(userBody(user, { password: 'a brand new secret' }));
    expect(res.status, res.text).toBe(200);
    expectError(await me(c.app, token), 401);
    expectError(await login(c.app, email, password), 401);
    expect((await login(c.app, email, 'a brand new secret')).status).toBe(200);
  });

  it('a role change applies to existing sessions at once', async () => {
    const { user, token } = await freshUser('comms');
    expectError(await request(c.app).get('/api/cases').set('Authorization', `Bearer ${token}`), 403);
    const res = await c.a.admin.put(`/api/users/${user.id}`).send(userBody(user, { role: 'reviewer' }));
    expect(res.status).toBe(200);
    expect((await request(c.app).get('/api/cases').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    expect((await me(c.app, token)).body.role).toBe('reviewer');
  });
});

describe('password hashes never leave the server', () => {
  it('in no users answer, login or /me', async () => {
    const { user, email, password } = await freshUser();
    const users = await count(c.db, 'users');
    const answers = [
      await c.a.admin.get(listUrl('users', { range: [0, 999] })),
      await c.a.reviewer.get(listUrl('users', { filter: { q: email } })),
      await c.a.admin.get(`/api/users/${user.id}`),
      await c.a.admin.post('/api/users').send({ email: `${uniq('h')}@example.com`, name: 'Hash Check', role: 'comms', password }),
      await c.a.admin.put(`/api/users/${user.id}`).send(userBody(user, { password: 'yet another secret' })),
      await login(c.app, email, 'yet another secret'),
      await c.a.admin.get('/api/auth/me'),
      await c.a.admin.get(listUrl('audit-log', { filter: { resource: 'users' }, range: [0, 999] })),
    ];
    for (const res of answers) {
      expect(res.status, res.text).toBeLessThan(300);
      expect(res.text).not.toMatch(/passwordHash|password_hash|scrypt\$/);
      expect(res.text).not.toContain(password);
    }
    expect(answers[0].body.length).toBe(users);
  });
});

describe('rate limiting', () => {
  let limited: Ctx;
  beforeAll(async () => {
    limited = await setup({ loginLimit: { windowMs: 60_000, limit: 3 } });
  });
  afterAll(() => limited.close());

  it('after 3 failed logins for an account → 429 with a message; successes do not count; other accounts still sign in', async () => {
    expectError(await login(limited.app, EMAILS.admin, 'wrong-1'), 401);
    expectError(await login(limited.app, EMAILS.admin, 'wrong-2'), 401);
    expect((await login(limited.app, EMAILS.admin)).status).toBe(200);
    expectError(await login(limited.app, EMAILS.admin.toUpperCase(), 'wrong-3'), 401);
    const blocked = await login(limited.app, EMAILS.admin, 'wrong-4');
    expect(expectError(blocked, 429).message).toMatch(/too many/i);
    expect(blocked.headers).toHaveProperty('ratelimit');
    expectError(await login(limited.app, EMAILS.admin), 429); // locked out while the window lasts
    expect((await limited.a.admin.get('/api/auth/me')).status).toBe(200); // existing sessions unaffected
    expect((await login(limited.app, EMAILS.reviewer)).status).toBe(200); // one account's lockout is not the office's
  });

  it('spraying many accounts from one address hits the looser per-address limit (10 × the account limit)', async () => {
    const sprayed = await setup({ loginLimit: { windowMs: 60_000, limit: 3 } });
    try {
      for (let i = 0; i < 30; i++) expectError(await login(sprayed.app, `nobody${i}@example.com`, 'guess'), 401);
      expect(expectError(await login(sprayed.app, EMAILS.comms), 429).message).toMatch(/too many/i);
    } finally {
      await sprayed.close();
    }
  });
});

describe('not signed in', () => {
  it('is a 401 before anything else is said about the route, even for a method the resource does not have', async () => {
    for (const [method, url] of [
      ['get', '/api/cases'],
      ['delete', '/api/cases/1'],
      ['patch', '/api/users'],
      ['post', '/api/merchants'],
    ] as const) {
      const res = await request(c.app)[method](url);
      expect(res.status, `${method} ${url}`).toBe(401);
      expect(res.body.message).toBeTruthy();
    }
  });
});
