import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApp, listUrl, type TestApp } from '../support/testApp';
let t: TestApp;
beforeAll(async () => { t = await startTestApp(); });
afterAll(() => t.close());
it('smoke', async () => {
  const a = await t.as('reviewer');
  const res = await a.get(listUrl('cases', { range: [0, 2] }));
  console.log(res.status, res.headers['content-range'], JSON.stringify(res.body[0]));
  const m = await a.get(listUrl('merchants', { range: [0, 1] }));
  console.log(JSON.stringify(m.body));
  const st = await t.db.knex('cases').select('status').count({ n: '*' }).groupBy('status');
  console.log(st);
  expect(res.status).toBe(200);
});
