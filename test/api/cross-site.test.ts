/**
 * Cross-site writes (issue 10, item 1). A page on another port of the same host is the same *site*,
 * so the SameSite=Lax session cookie rides along on its form posts and `no-cors` fetches. Such
 * requests must change nothing: unsafe cookie requests from another origin are a 403, and the API
 * takes JSON bodies only (415). Bearer requests, which no other page can make, are unaffected.
 */
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMAILS, PASSWORD } from '../support/testApp';
import { confirmedCase, freshMerchant, issued, penalty } from './enforcement-fixtures';
import { expectError, expectUnchanged, setup, type Ctx } from './helpers';

let c: Ctx;
let managerCookie: string;
let banId: number;
const HOST = 'trustdesk.test:3000';
const OWN = `http://${HOST}`;
const EVIL = 'http://trustdesk.test:4000'; // another port of the same host: same site, another origin

beforeAll(async () => {
  c = await setup();
  const m = await freshMerchant(c);
  const kase = await confirmedCase(c, m, 'material_fraud');
  banId = (await issued(c, 'reviewer', m, [kase.id], 'permanent_ban')).id;
  const login = await request(c.app).post('/api/auth/login').send({ email: EMAILS.manager, password: PASSWORD });
  managerCookie = ([] as string[])
    .concat(login.headers['set-cookie'])
    .find((h) => h.startsWith('td_session='))!
    .split(';')[0];
});
afterAll(() => c.close());

/** A request as the manager's browser sends it, with the session cookie. */
const fromBrowser = (method: 'post' | 'put' | 'delete', url: string) => request(c.app)[method](url).set('Host', HOST).set('Cookie', managerCookie);
const approveUrl = () => `/api/penalties/${banId}/approve`;
const stillPending = async () => expect((await penalty(c, banId)).status).toBe('pending_approval');

describe('a page on another port of the same host', () => {
  it('cannot approve a pending ban with a text/plain form post', async () => {
    await expectUnchanged(c.db, async () => {
      const res = await fromBrowser('post', approveUrl())
        .set('Origin', EVIL)
        .set('Sec-Fetch-Site', 'same-site')
        .set('Content-Type', 'text/plain')
        .send('{"note":"approved by a forged form"}');
      expect(expectError(res, 403).code).toBe('cross_site');
    });
    await stillPending();
  });

  it('cannot approve it with a no-cors fetch, nor with a urlencoded or multipart form, even from an old browser (Origin only)', async () => {
    for (const [type, body] of [
      ['text/plain;charset=UTF-8', '{"note":"x"}'],
      ['application/x-www-form-urlencoded', 'note=x'],
      ['multipart/form-data; boundary=b', '--b\r\nContent-Disposition: form-data; name="note"\r\n\r\nx\r\n--b--\r\n'],
    ]) {
      await expectUnchanged(c.db, async () => {
        expectError(await fromBrowser('post', approveUrl()).set('Origin', EVIL).set('Content-Type', type).send(body), 403);
        expectError(await fromBrowser('post', approveUrl()).set('Origin', 'null').set('Content-Type', type).send(body), 403);
      });
    }
    await stillPending();
  });

  it('cannot sign the user out', async () => {
    await expectUnchanged(c.db, async () => {
      expectError(await fromBrowser('post', '/api/auth/logout').set('Origin', EVIL).set('Sec-Fetch-Site', 'same-site'), 403);
    });
    expect((await request(c.app).get('/api/auth/me').set('Cookie', managerCookie)).status).toBe(200);
  });

  it('cannot sign the browser in to an account of its choosing (login CSRF)', async () => {
    const res = await request(c.app)
      .post('/api/auth/login')
      .set('Host', HOST)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ email: EMAILS.comms, password: PASSWORD });
    expectError(res, 403);
  });
});

describe('JSON bodies only', () => {
  it('a body of another type is a 415 whoever sends it, and changes nothing', async () => {
    for (const [type, body] of [
      ['text/plain', '{"note":"x"}'],
      ['application/x-www-form-urlencoded', 'note=x'],
      ['application/xml', '<note>x</note>'],
    ]) {
      await expectUnchanged(c.db, async () => {
        expect(expectError(await c.a.manager.post(approveUrl()).set('Content-Type', type).send(body), 415).code).toBe('json_only');
      });
    }
    await stillPending();
  });

  it('an empty body is fine with a JSON content type or none, not with another type', async () => {
    const logout = async (type?: string) => {
      const { token } = (await request(c.app).post('/api/auth/login').send({ email: EMAILS.reviewer2, password: PASSWORD })).body;
      const req = request(c.app).post('/api/auth/logout').set('Authorization', `Bearer ${token}`);
      return type ? req.set('Content-Type', type) : req;
    };
    expect((await logout()).status).toBe(200);
    expect((await logout('application/json')).status).toBe(200);
    expectError(await logout('text/plain'), 415);
  });
});

describe('the app itself', () => {
  it('approves with the cookie from its own origin (Sec-Fetch-Site, or Origin alone)', async () => {
    const kase = await confirmedCase(c, await freshMerchant(c));
    const viaOrigin = await fromBrowser('post', `/api/cases/${kase.id}/notes`).set('Origin', OWN).send({ text: 'noted from the app' });
    expect(viaOrigin.status, viaOrigin.text).toBe(201);
    const res = await fromBrowser('post', approveUrl()).set('Origin', OWN).set('Sec-Fetch-Site', 'same-origin').send({ note: 'second pair of eyes' });
    expect(res.status, res.text).toBe(200);
    expect(res.body.status).toBe('active');
  });

  it('bearer requests are unaffected by where they come from', async () => {
    const m = await freshMerchant(c);
    const kase = await confirmedCase(c, m, 'material_fraud');
    const ban = await issued(c, 'reviewer', m, [kase.id], 'permanent_ban');
    const res = await c.a.manager2
      .post(`/api/penalties/${ban.id}/approve`)
      .set('Origin', EVIL)
      .set('Sec-Fetch-Site', 'cross-site')
      .send({ note: 'from a script' });
    expect(res.status, res.text).toBe(200);
  });

  it('reads are never refused for their origin', async () => {
    expect((await request(c.app).get('/api/auth/me').set('Cookie', managerCookie).set('Origin', EVIL).set('Sec-Fetch-Site', 'same-site')).status).toBe(200);
  });
});
