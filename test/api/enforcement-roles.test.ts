/**
 * SPEC §6 for the enforcement resources, row by row and role by role, against the real server.
 * Allowed roles get the answer the request deserves (a list, a record, a 400 for an empty body,
 * a 404 for a missing record); every other role gets a 403 — and nothing changes either way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canAccess, ROLES, type Role } from '../../domain/roles';
import { expectError, expectUnchanged } from './helpers';
import { enforcementSetup, penaltyOnFreshMerchant, type Enf } from './enforcement-fixtures';

let c: Enf;
let ids: { penalty: number; appeal: number; merchant: number };
beforeAll(async () => {
  c = await enforcementSetup();
  const { merchantId, penalty } = await penaltyOnFreshMerchant(c, 'manager', 'live_suspension');
  const appeal = await c.a.reviewer.post('/api/appeals').send({ penaltyId: penalty.id, statement: 'The merchant disputes the weighing' });
  expect(appeal.status, appeal.text).toBe(201);
  ids = { penalty: penalty.id, appeal: appeal.body.id, merchant: merchantId };
});
afterAll(async () => {
  await c?.close();
});

const WORKERS: Role[] = ['admin', 'manager', 'reviewer'];
/** Issued penalties, with their merchant and violation, are read by comms too (they write the notices). */
const PENALTY_READERS: Role[] = [...WORKERS, 'comms'];
const LEADS: Role[] = ['admin', 'manager'];
const ADMIN: Role[] = ['admin'];
const MISSING = 99_999_999;

/** `path` placeholders: {penalty}, {appeal}, {policy}, {merchant}, {vt}, {missing}. */
type Call = { method: 'get' | 'post'; path: string; body?: Record<string, unknown>; ok: number };
/** [resource, action, roles allowed by SPEC §6, the request, the status an allowed role gets] */
const ROWS: [string, string, Role[], Call][] = [
  ['penalties', 'list', PENALTY_READERS, { method: 'get', path: '/api/penalties', ok: 200 }],
  ['penalties', 'show', PENALTY_READERS, { method: 'get', path: '/api/penalties/{penalty}', ok: 200 }],
  ['penalties', 'create', WORKERS, { method: 'post', path: '/api/penalties', body: {}, ok: 400 }],
  ['penalties', 'approve', LEADS, { method: 'post', path: '/api/penalties/{missing}/approve', body: { note: 'ok' }, ok: 404 }],
  ['penalties', 'reject', LEADS, { method: 'post', path: '/api/penalties/{missing}/reject', body: { note: 'no' }, ok: 404 }],
  ['penalties', 'revoke', LEADS, { method: 'post', path: '/api/penalties/{missing}/revoke', body: { reason: 'in error' }, ok: 404 }],
  ['appeals', 'list', WORKERS, { method: 'get', path: '/api/appeals', ok: 200 }],
  ['appeals', 'show', WORKERS, { method: 'get', path: '/api/appeals/{appeal}', ok: 200 }],
  ['appeals', 'create', WORKERS, { method: 'post', path: '/api/appeals', body: {}, ok: 400 }],
  ['appeals', 'decide', LEADS, { method: 'post', path: '/api/appeals/{missing}/decide', body: { outcome: 'upheld', note: 'fine' }, ok: 404 }],
  ['penalty-policies', 'list', WORKERS, { method: 'get', path: '/api/penalty-policies', ok: 200 }],
  ['penalty-policies', 'show', WORKERS, { method: 'get', path: '/api/penalty-policies/{policy}', ok: 200 }],
  ['penalty-policies', 'show', WORKERS, { method: 'get', path: '/api/penalty-policies/current', ok: 200 }],
  ['penalty-policies', 'create', ADMIN, { method: 'post', path: '/api/penalty-policies', body: {}, ok: 400 }],
  // the ladder's suggestion is part of issuing
  ['penalties', 'create', WORKERS, { method: 'get', path: '/api/merchants/{merchant}/suggested-penalty?violationTypeId={vt}', ok: 200 }],
];

const MATRIX = ROWS.flatMap(([resource, action, allowed, call]) =>
  ROLES.map((role) => ({ resource, action, role, allowed: allowed.includes(role), call, label: `${call.method.toUpperCase()} ${call.path}` })),
);

function url(path: string): string {
  const values: Record<string, number> = { ...ids, policy: c.policy.id, vt: c.ref.vt.mislabeling.id, missing: MISSING };
  return path.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k]));
}

describe('the role table agrees with SPEC §6', () => {
  it.each(MATRIX.filter((m, i, all) => all.findIndex((o) => o.resource === m.resource && o.action === m.action && o.role === m.role) === i))(
    'canAccess($role, $action $resource) is $allowed',
    ({ resource, action, role, allowed }) => {
      expect(canAccess(role, { action, resource })).toBe(allowed);
    },
  );
});

describe('the server enforces it', () => {
  it.each(MATRIX)('$role: $label ($resource.$action) → allowed: $allowed', async ({ role, allowed, call }) => {
    const agent = c.a[role as Role];
    await expectUnchanged(c.db, async () => {
      const req = agent[call.method](url(call.path));
      const res = call.body ? await req.send(call.body) : await req;
      if (allowed) {
        expect(res.status, res.text).toBe(call.ok);
      } else {
        expectError(res, 403);
      }
    });
  });
});
