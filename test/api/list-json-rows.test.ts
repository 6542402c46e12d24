/**
 * List pages whose rows the database writes as JSON text (SQLite, server/db/json-rows.ts) answer
 * exactly — byte for byte — what the record serializer writes for the same rows; a row holding a
 * value not in its stored form (a date written some other way) is read the ordinary way.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseShape } from '../../server/cases/schema';
import { selectColumns, toRecords } from '../../server/http/shape';
import { listUrl } from '../support/testApp';
import { ISO, newCase, setup, type Ctx } from './helpers';

let c: Ctx;
beforeAll(async () => {
  c = await setup();
});
afterAll(() => c.close());

/** The cases of ids [from, to] as the record serializer writes them, at `now`. */
async function serialized(ids: number[], now: Date): Promise<string> {
  const rows = await c.db.knex('cases').select(selectColumns(caseShape)).whereIn('cases.id', ids);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return JSON.stringify(
    await toRecords(
      c.db.knex,
      caseShape,
      ids.map((id) => byId.get(id)),
      now,
    ),
  );
}

/** The list's body and the JSON the serializer writes for its rows, before and after the request (`overdue` reads the clock). */
async function listAndSerialized(url: string) {
  const before = new Date();
  const res = await c.a.manager.get(url);
  const after = new Date();
  expect(res.status, res.text).toBe(200);
  expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
  const ids = (res.body as { id: number }[]).map((r) => r.id);
  return { text: res.text, ids, expected: [await serialized(ids, before), await serialized(ids, after)] };
}

describe('list rows written as JSON text', () => {
  it('every case of the demo data reads as the record serializer writes it', async () => {
    const all = await c.db.knex('cases').count({ n: '*' });
    const total = Number(all[0].n);
    expect(total).toBeGreaterThan(10);
    for (let start = 0; start < total; start += 1000) {
      const { text, ids, expected } = await listAndSerialized(listUrl('cases', { sort: ['id', 'ASC'], range: [start, start + 999] }));
      expect(ids.length).toBe(Math.min(1000, total - start));
      expect(expected).toContain(text);
    }
  });

  it('text with quotes, escapes, control characters, Chinese and emoji round-trips exactly', async () => {
    const odd = 'a "quoted" \\ back\nslash\ttab \u0001\u001f\u007f é 假冒 😀 \u2028\u2029 </script>';
    const made = await newCase(c, 'manager', { summary: `Odd text ${odd}`, evidence: [{ kind: 'text', text: odd }], orderId: 'PO-"1"' });
    const { text, expected } = await listAndSerialized(listUrl('cases', { filter: { id: [made.id] } }));
    expect(expected).toContain(text);
    const [row] = JSON.parse(text);
    expect(row.evidence).toEqual([{ kind: 'text', text: odd }]);
    expect(row.summary).toBe(`Odd text ${odd}`);
    expect(typeof row.overdue).toBe('boolean');
  });

  it('a date stored in another form is still answered in ISO form (the page is read the ordinary way)', async () => {
    const made = await newCase(c);
    // Written around the helpers, as an old import or a hand edit might have: not the canonical text.
    await c.db.knex('cases').where({ id: made.id }).update({ resolvedAt: '2026-03-04 05:06:07' });
    const other = await newCase(c);
    const { text, expected } = await listAndSerialized(listUrl('cases', { filter: { id: [made.id, other.id] }, sort: ['id', 'ASC'] }));
    expect(expected).toContain(text);
    expect(JSON.parse(text)[0].resolvedAt).toMatch(ISO);
  });
});
