/**
 * `q` through the text index (issue 12) answers exactly what the database's own substring match
 * answers — SQLite's LIKE (ASCII case-insensitive only), PostgreSQL's ILIKE — including one- and
 * two-character Chinese terms, ASCII case, non-ASCII case, the LIKE wildcards % and _ taken
 * literally, backslashes, text at the very end of a field, and edits (the index follows the row).
 * The reference answer is the plain LIKE / ILIKE query, run here against the same rows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listTuning } from '../../server/http/list-run';
import { setup, type Ctx } from './helpers';

let c: Ctx;
const TEXTS: [summary: string, orderId: string | null][] = [
  ['买家投诉假冒珠宝，直播间宣称足金', null],
  ['质检发现材质不符，疑似假冒', 'PO-2026-0001'],
  ['Seller claims FAKE gold is real, buyer upset', null],
  ['Fake certificate attached to the jade bangle', 'po-2026-0002'],
  ['折扣 50% off 标签与实际不符 a_b 测试', null],
  ['Ünïcode Straße CAFÉ café comparison text', null],
  ['backslash \\ path C:\\shop\\items here', null],
  ['ends with the two chars 假冒', 'XY'],
  ['平安扣 翡翠 没有问题的一单', 'JO000000001234'],
];
const TERMS = [
  '假冒',
  '假',
  '冒',
  '假冒珠宝',
  '翡翠',
  'fake',
  'FAKE',
  'Fake cert',
  'po',
  'PO-2026',
  '2026-000',
  'x',
  'xy',
  '50%',
  '%',
  '_',
  'a_b',
  '\\',
  'C:\\shop',
  'straße',
  'STRASSE',
  'café',
  'CAFÉ',
  'ü',
  'Ü',
  'the two',
  'e,',
  '冒 x',
  'zzz-not-there',
  '不存在',
];
const ids: number[] = [];

beforeAll(async () => {
  c = await setup({ merchants: 10, cases: 30 });
  for (const [summary, orderId] of TEXTS) {
    const res = await c.a.reviewer
      .post('/api/cases')
      .send({ merchantId: 3391, violationTypeId: c.ref.vt.counterfeit.id, source: 'complaint', summary, orderId });
    expect(res.status, res.text).toBe(201);
    ids.push(res.body.id);
  }
});
afterAll(() => c.close());

/** The database's own answer: LIKE (SQLite) / ILIKE (PostgreSQL) over the searched fields, no index. */
async function reference(term: string, extra: Record<string, unknown> = {}): Promise<number[]> {
  const op = c.db.dialect === 'pg' ? 'ILIKE' : 'LIKE';
  const pattern = `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
  const rows = await c.db
    .knex('cases')
    .where(extra)
    .where((q) => q.whereRaw(`summary ${op} ? ESCAPE '\\'`, [pattern]).orWhereRaw(`order_id ${op} ? ESCAPE '\\'`, [pattern]))
    .orderBy('id')
    .pluck('id');
  return rows.map(Number);
}

async function search(term: string, extra: Record<string, unknown> = {}): Promise<{ ids: number[]; total: number }> {
  const filter = encodeURIComponent(JSON.stringify({ q: term, ...extra }));
  const res = await c.a.reviewer.get(`/api/cases?filter=${filter}&sort=${encodeURIComponent('["id","ASC"]')}&range=${encodeURIComponent('[0,999]')}`);
  expect(res.status, res.text).toBe(200);
  return { ids: res.body.map((r: { id: number }) => r.id), total: Number(String(res.headers['content-range']).split('/').pop()) };
}

describe.each([
  ['walking the sort order when the term is common', Number.POSITIVE_INFINITY],
  ['reading the matches from the index', 0],
])('q answers exactly what LIKE answers, %s', (_plan, budget) => {
  beforeAll(() => {
    listTuning.scanBudget = budget;
  });
  afterAll(() => {
    listTuning.scanBudget = listTuning.defaultScanBudget;
  });

  it.each(TERMS)('q=%j', async (term) => {
    const expected = await reference(term);
    const got = await search(term);
    expect(got.ids).toEqual(expected);
    expect(got.total).toBe(expected.length);
  });

  it('with other filters too', async () => {
    for (const term of ['假冒', 'fake', 'po', '%']) {
      const expected = await reference(term, { status: 'open' });
      expect((await search(term, { status: 'open' })).ids).toEqual(expected);
    }
  });
});

describe('the index follows the rows', () => {
  it('finds every seeded text, a new text after an edit, and no longer the old one', async () => {
    expect((await search('ends with the two chars')).ids).toEqual([ids[7]]);
    const before = (await c.a.reviewer.get(`/api/cases/${ids[8]}`)).body;
    const edited = await c.a.reviewer.put(`/api/cases/${ids[8]}`).send({
      summary: '改过的摘要：直播间引流 鑫',
      evidence: before.evidence,
      severity: before.severity,
      violationTypeId: before.violationTypeId,
      categoryId: before.categoryId,
      orderId: 'ZZ-1',
      version: before.version,
    });
    expect(edited.status, edited.text).toBe(200);
    for (const term of ['鑫', '引流', 'zz-1']) expect((await search(term)).ids).toEqual([ids[8]]);
    for (const term of ['平安扣', 'JO000000001234']) expect((await search(term)).ids).toEqual(await reference(term));
    expect((await search('平安扣')).ids).toEqual([]);
  });

  it('a NUL in q is refused, never a match-everything', async () => {
    const res = await c.a.reviewer.get(`/api/cases?filter=${encodeURIComponent(JSON.stringify({ q: 'a\u0000b' }))}`);
    expect(res.status).toBe(400);
  });
});
