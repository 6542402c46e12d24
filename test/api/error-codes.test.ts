/**
 * Every error answer carries a stable code (and its figures) beside the English text, and each
 * field error its own, so the SPA can say the same in the reader's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl } from '../support/testApp';
import { act, caseBody, caseIn, expectError, newCase, setup, uniq, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

/** POST /api/cases with one thing wrong: the field's code and figures. */
async function caseFieldError(over: Record<string, unknown>, field: string) {
  const body = expectError(await c.a.reviewer.post('/api/cases').send(caseBody(c.ref, over)), 400, field);
  expect(body.code).toBe('invalid_input');
  return body.errorCodes?.[field];
}

describe('field errors from the schemas', () => {
  it('a too-short summary: field.too_short with its minimum, beside the English text', async () => {
    const body = expectError(await c.a.reviewer.post('/api/cases').send(caseBody(c.ref, { summary: 'short' })), 400, 'summary');
    expect(body.errorCodes?.summary).toEqual({ code: 'field.too_short', params: { min: 10 } });
    expect(body.errors?.summary).toBe('describe the case in at least 10 characters');
    expect(body.params?.details).toContain('summary');
  });

  it.each([
    ['a too-long summary', { summary: 'x'.repeat(2001) }, 'summary', { code: 'field.too_long', params: { max: 2000 } }],
    ['a missing merchant', { merchantId: undefined }, 'merchantId', { code: 'field.required' }],
    ['an emptied merchant input', { merchantId: null }, 'merchantId', { code: 'field.required' }],
    ['an emptied summary input', { summary: null }, 'summary', { code: 'field.required' }],
    ['a fractional id', { merchantId: 1.5 }, 'merchantId', { code: 'field.not_integer' }],
    ['an id as text', { merchantId: 'abc' }, 'merchantId', { code: 'field.wrong_type', params: { expected: 'number' } }],
    ['a source people may not choose', { source: 'inspection' }, 'source', { code: 'field.one_of', params: { options: ['complaint', 'patrol', 'report'] } }],
    [
      'too many evidence items',
      { evidence: Array.from({ length: 51 }, () => ({ kind: 'text', text: 'x' })) },
      'evidence',
      { code: 'field.too_many', params: { max: 50 } },
    ],
    ['a link that is no link', { evidence: [{ kind: 'url', url: 'not a link' }] }, 'evidence.0.url', { code: 'field.format', params: { format: 'url' } }],
    ['an empty evidence text', { evidence: [{ kind: 'text', text: '' }] }, 'evidence.0.text', { code: 'field.required' }],
  ])('%s', async (_what, over, field, expected) => {
    expect(await caseFieldError(over, field)).toEqual(expected);
  });

  it('a value of the wrong kind is not reported as missing, in the text either', async () => {
    const body = expectError(await c.a.reviewer.post('/api/cases').send(caseBody(c.ref, { merchantId: 'abc', violationTypeId: undefined })), 400);
    expect(body.errors?.violationTypeId).toBe('required');
    expect(body.errors?.merchantId).toMatch(/expected number/);
    const rec = await newCase(c, 'manager');
    const claim = expectError(await c.a.reviewer.post(`/api/cases/${rec.id}/claim`).send({ version: '1' }), 400, 'version');
    expect(claim.errorCodes?.version).toEqual({ code: 'field.wrong_type', params: { expected: 'number' } });
    expect(claim.errors?.version).not.toMatch(/required/);
    const missing = expectError(await c.a.reviewer.post(`/api/cases/${rec.id}/claim`).send({}), 400, 'version');
    expect([missing.errorCodes?.version, missing.errors?.version]).toEqual([{ code: 'field.required' }, 'version is required (reload the record)']);
  });

  it("refinements name their own message code and figures (a penalty's fine and end, an inspector's warehouse)", async () => {
    const issue = (over: Record<string, unknown>) =>
      c.a.reviewer.post('/api/penalties').send({ merchantId: 3391, caseIds: [1], reason: 'A reason long enough to pass', ...over });
    expect(expectError(await issue({ type: 'fine' }), 400, 'fineCents').errorCodes?.fineCents).toEqual({ code: 'penalties.fine_needs_amount' });
    expect(expectError(await issue({ type: 'live_suspension' }), 400, 'endsAt').errorCodes?.endsAt).toEqual({
      code: 'penalties.needs_end',
      params: { type: 'live_suspension' },
    });
    const user = { email: `${uniq('i')}@example.com`, name: 'No Warehouse', role: 'inspector', password: 'long enough password' };
    expect(expectError(await c.a.admin.post('/api/users').send(user), 400, 'warehouseId').errorCodes?.warehouseId).toEqual({
      code: 'users.inspector_warehouse',
    });
  });
});

describe('other answers carry their code and figures', () => {
  it('404: not_found naming the record', async () => {
    expect(expectError(await c.a.manager.get('/api/cases/999999'), 404)).toMatchObject({ code: 'not_found', params: { what: 'Case 999999' } });
  });

  it('403: role_may_not with the role, the action and who may', async () => {
    expect(expectError(await c.a.comms.get('/api/cases'), 403)).toMatchObject({
      code: 'role_may_not',
      params: { role: 'comms', action: 'list', resource: 'cases', allowed: ['admin', 'manager', 'reviewer'] },
    });
  });

  it('409: a stale version names both versions; an illegal move names the allowed ones', async () => {
    const rec = await newCase(c, 'manager');
    await act(c, 'reviewer', rec, 'claim');
    const stale = expectError(await act(c, 'reviewer', rec, 'claim'), 409);
    expect(stale).toMatchObject({ code: 'cases.claimed_by', params: { id: rec.id, status: 'in_review' } });
    const moved = expectError(
      await c.a.manager
        .put(`/api/cases/${rec.id}`)
        .send({ ...caseBody(c.ref), categoryId: rec.categoryId, evidence: [], severity: 'high', orderId: null, version: 1 }),
      409,
    );
    expect(moved).toMatchObject({
      code: 'stale_version',
      params: { what: 'case', sent: '1', current: '2' },
      errorCodes: { version: { code: 'field.invalid' } },
    });
    const dismissed = await caseIn(c, 'dismissed');
    const illegal = expectError(await act(c, 'manager', dismissed, 'transition', { to: 'confirmed', note: 'x' }), 409);
    expect(illegal).toMatchObject({ code: 'cases.illegal_transition', params: { from: 'dismissed', to: 'confirmed', allowed: ['open'] } });
    expect(illegal.errorCodes?.to).toEqual({ code: 'field.one_of', params: { options: ['open'] } });
  });

  it('400s of the list contract and the body parser', async () => {
    expect(expectError(await c.a.manager.get(listUrl('cases', { sort: ['summary', 'ASC'] })), 400)).toMatchObject({
      code: 'list.cannot_sort',
      params: { field: 'summary' },
      errorCodes: { sort: { code: 'field.unknown' } },
    });
    const malformed = await c.a.manager.post('/api/cases').set('Content-Type', 'application/json').send('{"summary":');
    expect(expectError(malformed, 400).code).toBe('malformed_json');
  });

  it('405 and unknown endpoints', async () => {
    expect(expectError(await c.a.admin.delete('/api/merchants/3391'), 405)).toMatchObject({
      code: 'method_not_allowed',
      params: { what: 'Merchant', how: 'deleted' },
    });
    expect(expectError(await c.a.admin.get('/api/nothing-here'), 404)).toMatchObject({
      code: 'no_such_endpoint',
      params: { method: 'GET', path: '/api/nothing-here' },
    });
  });
});
