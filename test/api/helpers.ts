/**
 * Shared fixtures for the API suite: a started app with one signed-in agent per demo account,
 * error-shape assertions, a database fingerprint ("this request changed nothing") and case builders.
 */
import { createHash } from 'node:crypto';
import { MESSAGES } from '../../domain/messages';
import { expect } from 'vitest';
import type { Response } from 'supertest';
import { CASE_STATUSES, type CaseStatus } from '../../domain/cases';
import type { Database } from '../../server/db';
import { EMAILS, startTestApp, type AuthedAgent, type TestApp, type Who } from '../support/testApp';

export const WHO = Object.keys(EMAILS) as Who[];
export const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
export const STORY_MERCHANT = 3391;

export interface Ref {
  vt: Record<string, { id: number; severity: string }>;
  category: Record<string, number>;
  warehouse: Record<string, number>;
  user: Record<Who, number>;
}

export interface Ctx extends TestApp {
  /** Agents for every demo account, signed in before any test runs. */
  a: Record<Who, AuthedAgent>;
  ref: Ref;
}

/** startTestApp + every demo account signed in (so later logins do not change the database) + reference ids. */
export async function setup(opts: Parameters<typeof startTestApp>[0] = {}): Promise<Ctx> {
  const t = await startTestApp(opts);
  const a = {} as Record<Who, AuthedAgent>;
  for (const who of WHO) a[who] = await t.as(who);
  const { knex } = t.db;
  const user = {} as Record<Who, number>;
  for (const who of WHO) user[who] = await t.userId(who);
  const ref: Ref = {
    vt: Object.fromEntries((await knex('violationTypes').select('id', 'code', 'severity')).map((v) => [v.code, v])),
    category: Object.fromEntries((await knex('categories').select('id', 'code')).map((c) => [c.code, c.id])),
    warehouse: Object.fromEntries((await knex('warehouses').select('id', 'code')).map((w) => [w.code, w.id])),
    user,
  };
  return Object.assign(t, { a, ref });
}

export interface ErrorBody {
  message: string;
  code: string;
  params?: Record<string, unknown>;
  errors?: Record<string, string>;
  errorCodes?: Record<string, { code: string; params?: Record<string, unknown> }>;
}

/** A deliberate error answer: the status, a message, optionally field errors, and never a stack trace. */
export function expectError(res: Response, status: number, field?: string): ErrorBody {
  expect(res.status, `${res.status} ${res.text}`).toBe(status);
  expect(res.headers['content-type']).toMatch(/application\/json/);
  expect(typeof res.body.message).toBe('string');
  expect(res.body.message.length).toBeGreaterThan(3);
  // A stable code the SPA words in the reader's language, with a code for every field error.
  expect(Object.hasOwn(MESSAGES, res.body.code), `code ${res.body.code} in ${res.text}`).toBe(true);
  expect(Object.keys(res.body.errorCodes ?? {}).sort()).toEqual(Object.keys(res.body.errors ?? {}).sort());
  expectNoLeak(res);
  if (field) expect(res.body.errors?.[field], `errors.${field} in ${res.text}`).toEqual(expect.any(String));
  return res.body;
}

/** Never a 500; an error answer carries no stack trace, SQL or other internals. */
export function expectNoLeak(res: Response) {
  expect(res.status, res.text).toBeLessThan(500);
  if (res.status < 400) return;
  expect(res.text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+|SQLITE_|syntax error|select .* from/i);
  expect(res.body).not.toHaveProperty('stack');
}

/** Every application table (whatever migrations exist now), snake_case as the database names them. */
async function tables(db: Database): Promise<string[]> {
  const rows =
    db.dialect === 'pg'
      ? (await db.knex.raw('select table_name as name from information_schema.tables where table_schema = current_schema()')).rows
      : await db.knex.raw("select name from sqlite_master where type = 'table' and name not like 'sqlite_%'");
  return rows
    .map((r: { name: string }) => r.name)
    .filter((n: string) => !n.startsWith('knex_'))
    .sort();
}

/**
 * One table's row count and a hash of every row (order-independent). The database writes each row
 * as text and joins them in sorted order, so a large table costs one string, not an object per row.
 */
async function tableFingerprint(db: Database, table: string): Promise<string> {
  if (db.dialect === 'pg') {
    const { rows } = await db.knex.raw("select count(*) as n, coalesce(string_agg(t::text, E'\\n' order by t::text), '') as text from ?? t", [table]);
    return `${rows[0].n} rows ${createHash('sha1').update(rows[0].text).digest('hex')}`;
  }
  const columns: { name: string }[] = await db.knex.raw('select name from pragma_table_info(?)', [table]);
  const row = columns.map((c) => `quote("${c.name}")`).join(" || ',' || ");
  const [{ n, text }] = await db.knex.raw(
    `select count(*) as n, coalesce(group_concat(r, char(10) order by r), '') as text from (select ${row} as r from "${table}")`,
  );
  return `${n} rows ${createHash('sha1').update(text).digest('hex')}`;
}

/** Per table: row count and a hash of every row (order-independent). */
export async function fingerprint(db: Database): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const table of await tables(db)) {
    // Append-only and hash-chained: its count and newest hash stand for every row (and it holds the demo's whole history).
    if (table === 'audit_log') {
      const [{ n }] = await db.knex(table).count({ n: '*' });
      out[table] = `${n} rows ${(await db.knex(table).orderBy('id', 'desc').first('hash'))?.hash}`;
      continue;
    }
    out[table] = await tableFingerprint(db, table);
  }
  return out;
}

/** Runs `fn` and asserts that no table changed. */
export async function expectUnchanged<T>(db: Database, fn: () => Promise<T>): Promise<T> {
  const before = await fingerprint(db);
  const result = await fn();
  expect(await fingerprint(db)).toEqual(before);
  return result;
}

export async function count(db: Database, table: string, where: Record<string, unknown> = {}): Promise<number> {
  const [{ n }] = await db.knex(table).where(where).count({ n: '*' });
  return Number(n);
}

export type CaseRecord = Record<string, any> & { id: number; version: number; status: CaseStatus };

let seq = 0;
/** A unique suffix for codes and emails within a test file. */
export const uniq = (prefix = 'x') => `${prefix}${Date.now().toString(36)}${++seq}`;

export function caseBody(ref: Ref, over: Record<string, unknown> = {}) {
  return {
    merchantId: STORY_MERCHANT,
    violationTypeId: ref.vt.material_fraud.id,
    source: 'complaint',
    summary: 'Buyer reports the "Au999" bracelet is gold-plated brass (买家称足金手镯为镀金铜)',
    ...over,
  };
}

export async function newCase(c: Ctx, by: Who = 'manager', over: Record<string, unknown> = {}): Promise<CaseRecord> {
  const res = await c.a[by].post('/api/cases').send(caseBody(c.ref, over));
  expect(res.status, res.text).toBe(201);
  return res.body;
}

/** POST /api/cases/<id>/<action> with the case's current version. */
export function act(c: Ctx, by: Who, rec: { id: number; version: number }, action: string, body: Record<string, unknown> = {}) {
  return c.a[by].post(`/api/cases/${rec.id}/${action}`).send({ version: rec.version, ...body });
}

async function ok(res: Response, status = 200): Promise<CaseRecord> {
  expect(res.status, res.text).toBe(status);
  return res.body;
}

/**
 * A case in the given status: created by a manager, claimed by `worker` (in_review), then
 * resolved by them. `penalized` only comes from issuing a penalty, so a seeded one is used.
 */
export async function caseIn(c: Ctx, status: CaseStatus, worker: Who = 'reviewer'): Promise<CaseRecord> {
  if (!CASE_STATUSES.includes(status)) throw new Error(status);
  if (status === 'penalized') {
    const row = await c.db.knex('cases').where({ status }).orderBy('id', 'desc').first('id');
    return ok(await c.a.manager.get(`/api/cases/${row.id}`));
  }
  let rec = await newCase(c);
  if (status === 'open') return rec;
  rec = await ok(await act(c, worker, rec, 'claim'));
  if (status === 'in_review') return rec;
  return ok(await act(c, worker, rec, 'transition', { to: status, note: `Resolved as ${status} after reviewing the evidence` }));
}

export async function getCase(c: Ctx, id: number): Promise<CaseRecord> {
  return ok(await c.a.manager.get(`/api/cases/${id}`));
}
