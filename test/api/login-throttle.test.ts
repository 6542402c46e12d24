/**
 * Account lockout by strangers (issue 10, item 2). Wrong passwords from one address limit that
 * address, never the account elsewhere; refused attempts do not count; many addresses guessing at
 * one account slow its sign-ins down but never refuse the right password from an address that is
 * not itself limited.
 */
import request from 'supertest';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { EMAILS, PASSWORD, startTestApp, type TestApp } from '../support/testApp';
import { expectError } from './helpers';

let t: TestApp;
afterEach(() => t.close());

const login = (from: string, email: string, password = PASSWORD) =>
  request(t.app).post('/api/auth/login').set('X-Forwarded-For', from).send({ email, password });

async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const result = await fn();
  return [result, performance.now() - t0];
}

describe('with the production limits (10 per address and account)', () => {
  beforeEach(async () => {
    t = await startTestApp({ merchants: 5, cases: 10, loginLimit: { windowMs: 15 * 60_000, limit: 10 } });
  });

  it('52 wrong passwords from one address: that address is refused, the right password from another signs in at once', async () => {
    const answers: number[] = [];
    for (let i = 0; i < 52; i++) answers.push((await login('198.51.100.7', EMAILS.manager, `guess-${i}`)).status);
    expect(answers.slice(0, 10)).toEqual(Array(10).fill(401));
    expect(answers.slice(10)).toEqual(Array(42).fill(429));
    expectError(await login('198.51.100.7', EMAILS.manager), 429);
    const [res, ms] = await timed(() => login('203.0.113.20', EMAILS.manager));
    expect(res.status, res.text).toBe(200);
    expect(ms).toBeLessThan(2000); // no delay: the 42 refused attempts were never counted
  });

  it('email case and padding do not make another account to guess at', async () => {
    const variants = [EMAILS.admin, EMAILS.admin.toUpperCase(), `  ${EMAILS.admin}  `, 'Admin@Example.COM'];
    for (let i = 0; i < 10; i++) expectError(await login('198.51.100.8', variants[i % variants.length], 'wrong'), 401);
    expectError(await login('198.51.100.8', ` ${EMAILS.admin.toUpperCase()} `, 'wrong'), 429);
  });
});

describe('with small limits (3 per address and account)', () => {
  beforeEach(async () => {
    t = await startTestApp({ merchants: 5, cases: 10, loginLimit: { windowMs: 60_000, limit: 3, slowdownMs: 200 } });
  });

  it('guesses from many addresses slow the account down, and the right password from a fresh address still signs in', async () => {
    // 5 × 3 = 15 failures before any delay, then 200, 400, 800 ms… for every attempt on the account.
    for (let i = 0; i < 18; i++) expectError(await login(`198.51.100.${i + 1}`, EMAILS.reviewer, 'guess'), 401);
    const [res, ms] = await timed(() => login('203.0.113.50', EMAILS.reviewer));
    expect(res.status, res.text).toBe(200);
    expect(ms).toBeGreaterThanOrEqual(1600); // the 19th attempt on the account waits 200 × 2³ ms
    // Other accounts are not slowed.
    const [other, otherMs] = await timed(() => login('203.0.113.50', EMAILS.comms));
    expect(other.status).toBe(200);
    expect(otherMs).toBeLessThan(1600);
  });

  it('malformed bodies and refused attempts are not counted', async () => {
    for (let i = 0; i < 20; i++)
      expectError(await request(t.app).post('/api/auth/login').set('X-Forwarded-For', '198.51.100.9').send({ email: EMAILS.admin }), 400);
    expectError(await login('198.51.100.9', EMAILS.admin, 'wrong-1'), 401);
    expectError(await login('198.51.100.9', EMAILS.admin, 'wrong-2'), 401);
    expectError(await login('198.51.100.9', EMAILS.admin, 'wrong-3'), 401);
    for (let i = 0; i < 20; i++) expectError(await login('198.51.100.9', EMAILS.admin, 'wrong'), 429);
    // 3 counted failures on the account, far below the 15 that start slowing it: a fresh address signs in at once.
    const [res, ms] = await timed(() => login('203.0.113.9', EMAILS.admin));
    expect(res.status).toBe(200);
    expect(ms).toBeLessThan(2000);
  });

  it('a burst of parallel guesses cannot slip past the limit', async () => {
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => login('198.51.100.10', EMAILS.manager2, `parallel-${i}`)));
    expect(answers.filter((r) => r.status === 401)).toHaveLength(3);
    expect(answers.filter((r) => r.status === 429)).toHaveLength(9);
  });

  it('a 429 says when to try again', async () => {
    for (let i = 0; i < 3; i++) await login('198.51.100.11', EMAILS.comms, 'wrong');
    const res = await login('198.51.100.11', EMAILS.comms, 'wrong');
    expectError(res, 429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect(res.headers.ratelimit).toMatch(/remaining=0/);
  });
});
