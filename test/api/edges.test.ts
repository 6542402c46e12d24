/**
 * Small leaks and edges (issue 10, item 6): object-prototype codes in the policy, static-file
 * 404s, logout with a stale cookie, NUL in a search, images from third-party hosts, and the
 * browser features a console never needs.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app';
import { createLogger } from '../../server/logger';
import { EMAILS, listUrl, PASSWORD } from '../support/testApp';
import { confirmedCase, freshMerchant, issued, merchant, TEST_POLICY } from './enforcement-fixtures';
import { expectError, expectUnchanged, setup, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

describe('violation-type codes that name Object.prototype members', () => {
  it('count as points only where the policy gives them, as numbers, through suggestions, penalties and merchants', async () => {
    const types: Record<string, number> = {};
    for (const code of ['constructor', 'valueOf', 'toString', 'hasOwnProperty']) {
      const res = await c.a.admin.post('/api/violation-types').send({ code, name: `Code ${code}`, nameZh: `代码 ${code}`, severity: 'medium' });
      expect(res.status, res.text).toBe(201);
      types[code] = res.body.id;
      c.ref.vt[code] = { id: res.body.id, severity: 'medium' };
    }
    const policy = await c.a.admin.post('/api/penalty-policies').send({ ...TEST_POLICY, points: { ...TEST_POLICY.points, constructor: 4 } });
    expect(policy.status, policy.text).toBe(201);

    const m = await freshMerchant(c);
    const suggestion = await c.a.reviewer.get(`/api/merchants/${m}/suggested-penalty?violationTypeId=${types.valueOf}`);
    expect(suggestion.status, suggestion.text).toBe(200);
    expect(suggestion.body).toMatchObject({ currentPoints: 0, addedPoints: 0, totalPoints: 0, type: 'warning' });

    const valueOfCase = await confirmedCase(c, m, 'valueOf');
    const warning = await issued(c, 'reviewer', m, [valueOfCase.id], 'warning');
    expect(warning.points).toBe(0);
    const constructorCase = await confirmedCase(c, m, 'constructor');
    const second = await issued(c, 'reviewer', m, [constructorCase.id], 'warning');
    expect(second.points).toBe(4);
    expect((await merchant(c, m)).violationPoints).toBe(4);
    const both = await c.a.reviewer.get(`/api/merchants/${m}/suggested-penalty?violationTypeId=${types.toString}&violationTypeId=${types.hasOwnProperty}`);
    expect(both.body).toMatchObject({ currentPoints: 4, addedPoints: 0, totalPoints: 4 });
  });
});

describe('the served SPA', () => {
  let dir: string;
  let app: ReturnType<typeof createApp>;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'trustdesk-dist-'));
    mkdirSync(join(dir, 'assets'));
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Trustdesk</title>');
    writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
    app = createApp({ db: c.db, sessionSecret: 'test-secret', log: createLogger('silent'), spaDir: dir, evidenceImageHosts: ['img.example.com'] });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing static file is a plain 404 that names no path on the server', async () => {
    for (const url of ['/assets/missing.js', '/assets/', '/assets/app.js/', '/assets/..%2f..%2fpackage.json']) {
      const res = await request(app).get(url);
      expect([403, 404], `${url}: ${res.status}`).toContain(res.status);
      for (const path of [dir, tmpdir(), process.cwd()]) expect(res.text).not.toContain(path);
      expect(res.text).not.toMatch(/ENOENT|ENOTDIR|stat /);
    }
    expect((await request(app).get('/assets/missing.js')).body).toMatchObject({ code: 'not_found', message: 'File not found' });
  });

  it('images load from this server only, unless EVIDENCE_IMAGE_HOSTS names a host; powerful browser features are off', async () => {
    for (const target of [request(app).get('/'), request(c.app).get('/api/health')]) {
      const res = await target;
      const imgSrc = /img-src ([^;]*)/.exec(res.headers['content-security-policy'])?.[1] ?? '';
      expect(imgSrc.split(' ')).not.toContain('https:');
      expect(imgSrc.split(' ')).not.toContain('*');
      expect(res.headers['permissions-policy']).toMatch(/camera=\(\)/);
      expect(res.headers['permissions-policy']).toMatch(/geolocation=\(\)/);
      expect(res.headers['permissions-policy']).toMatch(/microphone=\(\)/);
    }
    const allowed = /img-src ([^;]*)/.exec((await request(app).get('/')).headers['content-security-policy'])![1];
    expect(allowed.split(' ')).toEqual(["'self'", 'data:', 'blob:', 'https://img.example.com']);
  });
});

describe('sign-out with a stale cookie', () => {
  it('answers ok and clears the cookie; any other request with it clears it too', async () => {
    const login = await request(c.app).post('/api/auth/login').send({ email: EMAILS.reviewer2, password: PASSWORD });
    const cookie = ([] as string[])
      .concat(login.headers['set-cookie'])
      .find((h) => h.startsWith('td_session='))!
      .split(';')[0];
    expect((await request(c.app).post('/api/auth/logout').set('Cookie', cookie)).status).toBe(200);
    // The browser still holds the (now ended) cookie, e.g. from another tab.
    const again = await request(c.app).post('/api/auth/logout').set('Cookie', cookie);
    expect(again.status).toBe(200);
    expect(String(again.headers['set-cookie'])).toMatch(/td_session=;.*Expires=Thu, 01 Jan 1970/);
    const read = await request(c.app).get('/api/cases').set('Cookie', cookie);
    expectError(read, 401);
    expect(String(read.headers['set-cookie'])).toMatch(/td_session=;/);
    const garbage = await request(c.app).post('/api/auth/logout').set('Cookie', 'td_session=not-a-session');
    expect(garbage.status).toBe(200);
    expect(String(garbage.headers['set-cookie'])).toMatch(/td_session=;/);
  });
});

describe('NUL in a search or filter', () => {
  it('is a 400 on both databases, never "match every row"', async () => {
    await expectUnchanged(c.db, async () => {
      for (const filter of [{ q: 'x\u0000y' }, { q: '\u0000' }, { orderId: 'PO\u0000' }]) {
        expectError(await c.a.manager.get(listUrl('cases', { filter })), 400, `filter.${Object.keys(filter)[0]}`);
      }
      expectError(await c.a.admin.get(listUrl('users', { filter: { q: '\u0000' } })), 400);
    });
  });
});
