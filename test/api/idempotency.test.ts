/**
 * Exactly-once creates (issue 10, item 3): the Idempotency-Key and its answer are committed in the
 * same transaction as the record, so no crash can leave a record without its key (a retry would
 * duplicate it) or a key without its record. A key reused with another body is a 422.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseBody, count, expectError, expectUnchanged, newCase, setup, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

const create = (key: string, body: Record<string, unknown>) => c.a.reviewer.post('/api/cases').set('Idempotency-Key', key).send(body);

describe('the key is committed with the record', () => {
  it("the key's row, with the answer, is written inside the create's own transaction and nothing is written after it", async () => {
    const queries: { sql: string; tx?: string }[] = [];
    const listen = (q: { sql: string; __knexTxId?: string }) => queries.push({ sql: q.sql, tx: q.__knexTxId });
    c.db.knex.on('query', listen);
    let res: Awaited<ReturnType<typeof create>>;
    try {
      res = await create('tx-key', caseBody(c.ref));
    } finally {
      c.db.knex.off('query', listen);
    }
    expect(res.status, res.text).toBe(201);
    const caseInsert = queries.find((q) => /^insert into .cases./i.test(q.sql));
    const keyWrites = queries.filter((q) => /^(insert into|update|delete from) .idempotency_keys./i.test(q.sql));
    expect(caseInsert?.tx).toBeTruthy();
    expect(keyWrites.map((q) => q.tx)).toEqual([caseInsert!.tx]);
    const row = await c.db.knex('idempotencyKeys').where({ key: 'tx-key' }).first();
    expect(row).toMatchObject({ statusCode: 201, request: 'POST /api/cases/' });
    expect(JSON.parse(row.response)).toEqual(res.body);
  });

  it('a failed create leaves no key behind: the retry with the same key creates the record once', async () => {
    const before = await count(c.db, 'cases');
    expectError(await create('fail-then-ok', { ...caseBody(c.ref), merchantId: 999_999 }), 400, 'merchantId');
    expect(await count(c.db, 'idempotencyKeys', { key: 'fail-then-ok' })).toBe(0);
    const ok = await create('fail-then-ok', caseBody(c.ref));
    expect(ok.status, ok.text).toBe(201);
    expect((await create('fail-then-ok', caseBody(c.ref))).body).toEqual(ok.body);
    expect(await count(c.db, 'cases')).toBe(before + 1);
  });

  it('concurrent retries with one key: every answer is the one committed record', async () => {
    const before = await count(c.db, 'cases');
    const body = caseBody(c.ref, { summary: 'Concurrent retries of one report (一次举报的并发重试)' });
    const results = await Promise.all([1, 2, 3, 4].map(() => create('race-all', body)));
    for (const r of results) expect(r.status, r.text).toBe(201);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await count(c.db, 'cases')).toBe(before + 1);
    expect(await count(c.db, 'auditLog', { resource: 'cases', action: 'create', resourceId: String(results[0].body.id) })).toBe(1);
  });

  it('a key left unfinished by an older version (outcome unknown) is a 409, never a second record', async () => {
    await c.db
      .knex('idempotencyKeys')
      .insert({ userId: c.ref.user.reviewer, key: 'legacy-unfinished', request: 'POST /api/cases/', createdAt: '2026-01-01T00:00:00.000Z' });
    await expectUnchanged(c.db, async () =>
      expect(expectError(await create('legacy-unfinished', caseBody(c.ref)), 409).code).toBe('idempotency.unknown_outcome'),
    );
  });
});

describe('a key reused with another body', () => {
  it('→ 422, nothing created, the first record untouched', async () => {
    const first = await create('one-key-two-bodies', caseBody(c.ref));
    expect(first.status).toBe(201);
    await expectUnchanged(c.db, async () => {
      const res = await create('one-key-two-bodies', caseBody(c.ref, { summary: 'A different report entirely (另一份举报)' }));
      expect(expectError(res, 422).code).toBe('idempotency.other_body');
    });
  });

  it('the same body with its keys in another order, or extra spaces the schema trims, is the same request', async () => {
    const body = caseBody(c.ref);
    const first = await create('reordered', body);
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await create('reordered', { ...reordered, summary: `  ${body.summary}  ` });
    expect(again.status).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
  });

  it('workflow actions that create (notes) follow the same rules', async () => {
    const rec = await newCase(c);
    const note = (text: string) => c.a.reviewer.post(`/api/cases/${rec.id}/notes`).set('Idempotency-Key', `note-${rec.id}`).send({ text });
    expect((await note('First note')).status).toBe(201);
    await expectUnchanged(c.db, async () => expectError(await note('Another note'), 422));
  });
});

it('keys stay per user: the same key from another user is their own request', async () => {
  const mine = await create('shared-key', caseBody(c.ref));
  const theirs = await c.a.manager
    .post('/api/cases')
    .set('Idempotency-Key', 'shared-key')
    .send(caseBody(c.ref, { summary: 'The manager files their own report' }));
  expect([mine.status, theirs.status]).toEqual([201, 201]);
  expect(theirs.body.id).not.toBe(mine.body.id);
  expect(await count(c.db, 'idempotencyKeys', { key: 'shared-key' })).toBe(2);
});
