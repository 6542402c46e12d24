/**
 * Property-based fuzzing of every route (issue 10, item 10), with fast-check: random requests —
 * any route, id, query string, body (huge, deeply nested, every Unicode plane), content type,
 * Idempotency-Key, origin and role — never get a 5xx or a leaked internal, and a rejected request
 * never changes a row. At least 10,000 requests per run, on SQLite and on PostgreSQL; bounded in
 * time (a run that takes too long fails rather than quietly doing fewer).
 */
import fc from 'fast-check';
import type { Server } from 'node:http';
import { Agent, request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { apiResources } from '../../server/app';
import { verifyChain } from '../../server/audit/chain';
import { SessionStore } from '../../server/auth/sessions';
import { refreshDueMerchants } from '../../server/merchants/service';
import { countRowChanges } from '../support/row-changes';
import { requestArbitrary, type FuzzRequest, type Templates } from '../support/fuzz-requests';
import { apiRoutes } from '../support/fuzz-routes';
import type { Who } from '../support/testApp';
import { freshMerchant, penaltyBody, TEST_POLICY } from './enforcement-fixtures';
import { caseBody, setup, WHO, type Ctx } from './helpers';

const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 10_240);
const BATCH = 32;
const TIME_LIMIT_MS = 150_000;

let c: Ctx;
let server: Server;
let base: string;
const agent = new Agent({ keepAlive: true, maxSockets: 1 });
const tokens = {} as Record<Who, string>;
beforeAll(async () => {
  c = await setup({ merchants: 8, cases: 40 });
  await refreshDueMerchants(c.db); // clock-driven refreshes happen now, not during the run
  for (const who of WHO) tokens[who] = await c.token(who);
  server = c.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  agent.destroy();
  await new Promise((resolve) => server.close(resolve));
  await c.close();
});

interface Reply {
  status: number;
  type: string;
  text: string;
}

function send(r: FuzzRequest): Promise<Reply> {
  const headers: Record<string, string> = { ...r.headers };
  // Signing out would end the session every later request of that role relies on: sign-outs go without one.
  const auth = r.path === '/api/auth/logout' && (r.auth.kind === 'bearer' || r.auth.kind === 'cookie') ? { kind: 'none' as const } : r.auth;
  if (auth.kind === 'bearer') headers.Authorization = `Bearer ${tokens[auth.who]}`;
  if (auth.kind === 'cookie') Object.assign(headers, { Cookie: `td_session=${tokens[auth.who]}`, 'Sec-Fetch-Site': auth.site! });
  if (auth.kind === 'garbage') headers.Authorization = auth.header;
  if (r.body !== undefined) headers['Content-Length'] = String(Buffer.byteLength(r.body));
  return new Promise((resolve, reject) => {
    const req = httpRequest(`${base}${r.path}${r.query ? `?${r.query}` : ''}`, { method: r.method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (b: Buffer) => chunks.push(b));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type'] ?? ''), text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end(r.body);
  });
}

const show = (r: FuzzRequest) =>
  `${r.auth.kind}${'who' in r.auth ? `:${r.auth.who}` : ''} ${r.method} ${r.path}?${r.query} ${JSON.stringify(r.headers)} ${r.body?.slice(0, 300) ?? ''}`;

it(`${REQUESTS} random requests over every route: never a 5xx, never a changed row on a rejected request`, { timeout: TIME_LIMIT_MS + 30_000 }, async () => {
  const routes = apiRoutes(c.db);
  const names = [
    ...new Set([
      ...apiResources(new SessionStore(c.db, 'fuzz')).flatMap((d) => Object.keys(d.fields)),
      ...['version', 'note', 'text', 'to', 'outcome', 'reason', 'statement', 'caseIds', 'password', 'email', 'publishAt'],
    ]),
  ];
  const rowChanges = await countRowChanges(c.db);
  const m = await freshMerchant(c);
  const templates: Templates = {
    'POST /api/cases': caseBody(c.ref),
    'PUT /api/cases/:id': { ...caseBody(c.ref), severity: 'high', categoryId: c.ref.category.gold_silver, evidence: [], version: 1 },
    'POST /api/cases/:id/notes': { text: 'A note from the fuzzer' },
    'POST /api/cases/:id/claim': { version: 1 },
    'POST /api/cases/:id/assign': { assigneeId: c.ref.user.reviewer, version: 2 },
    'POST /api/cases/:id/transition': { to: 'confirmed', note: 'Evidence reviewed', version: 2 },
    'POST /api/penalties': penaltyBody(m, [1], 'warning'),
    'POST /api/penalties/:id/approve': { note: 'approved' },
    'POST /api/penalties/:id/reject': { note: 'rejected' },
    'POST /api/penalties/:id/revoke': { reason: 'issued in error' },
    'POST /api/appeals': { penaltyId: 1, statement: 'The merchant disputes the weighing' },
    'POST /api/appeals/:id/decide': { outcome: 'upheld', note: 'evidence holds' },
    'POST /api/categories': { code: 'fuzz_cat', name: 'Fuzz', nameZh: '模糊', parentId: null },
    'POST /api/violation-types': { code: 'fuzz_vt', name: 'Fuzz', nameZh: '模糊', severity: 'low' },
    'POST /api/warehouses': { code: 'FZ', name: 'Fuzz warehouse', city: 'Guangzhou', agency: 'Fuzz agency', dailyCapacity: 10, active: true },
    'POST /api/users': { email: 'fuzz@example.com', name: 'Fuzz', role: 'comms', password: 'a long enough password' },
    'POST /api/penalty-policies': TEST_POLICY,
    'POST /api/auth/login': { email: 'reviewer2@example.com', password: 'not the password' },
  };
  const statuses = new Map<number, number>();
  let sent = 0;
  let last = await rowChanges();
  const property = fc.asyncProperty(fc.array(requestArbitrary(routes, names, WHO, templates), { minLength: BATCH, maxLength: BATCH }), async (batch) => {
    for (const r of batch) {
      const reply = await send(r);
      sent++;
      statuses.set(reply.status, (statuses.get(reply.status) ?? 0) + 1);
      const what = `${reply.status} ${reply.text.slice(0, 300)} ← ${show(r)}`;
      expect(reply.status, what).toBeLessThan(500);
      expect(reply.text, what).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|SQLITE_|syntax error|select .* from/i);
      if (reply.status >= 400) expect(reply.type, what).toMatch(/application\/json/);
      const now = await rowChanges();
      if (reply.status >= 400) expect(now, `a rejected request changed rows: ${what}`).toBe(last);
      last = now;
    }
  });
  await fc.assert(property, { numRuns: Math.ceil(REQUESTS / BATCH), interruptAfterTimeLimit: TIME_LIMIT_MS, markInterruptAsFailure: true });
  console.log(`fuzz: ${sent} requests on ${c.db.dialect}; statuses ${JSON.stringify(Object.fromEntries([...statuses].sort()))}`);
  expect(sent).toBeGreaterThanOrEqual(REQUESTS);
  expect((await verifyChain(c.db.knex)).brokenAt).toBeNull();
});
