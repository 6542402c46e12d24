/** `GET /api/<resource>?format=csv`: every matching row, one record each, names beside ids, safe to open in a spreadsheet. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listUrl, totalOf } from '../support/testApp';
import { expectError, newCase, setup, type Ctx } from './helpers';

let c: Ctx;
// More cases than one export batch (1,000 rows), over enough shops that bans do not run out of them.
beforeAll(async () => {
  c = await setup({ merchants: 150, cases: 1100 });
});
afterAll(() => c.close());

type Record_ = Record<string, string>;

/** RFC 4180: quoted cells may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch !== '"') cell += ch;
      else if (text[i + 1] === '"') cell += text[++i];
      else quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  expect(quoted, 'an unterminated quote').toBe(false);
  expect(`${row.join(',')}${cell}`, 'text after the last CRLF').toBe('');
  return rows;
}

/** The export as records by column name, checking that every record has every column. */
async function exportOf(url: string, who: 'manager' | 'reviewer' | 'admin' | 'comms' = 'manager') {
  const res = await c.a[who].get(url);
  expect(res.status, res.text.slice(0, 300)).toBe(200);
  expect(res.text.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(res.text.slice(1));
  for (const r of rows) expect(r).toHaveLength(header.length);
  return { res, header, records: rows.map((r): Record_ => Object.fromEntries(header.map((h, i) => [h, r[i]]))) };
}

const csvUrl = (resource: string, q: Parameters<typeof listUrl>[1] = {}, extra = '') =>
  `${listUrl(resource, q)}${listUrl(resource, q).includes('?') ? '&' : '?'}format=csv${extra}`;

describe('CSV export', () => {
  it('has every matching case beyond a page and a batch, one line each, whatever the range asked for', async () => {
    const total = totalOf(await c.a.manager.get(listUrl('cases', { range: [0, 0] })));
    expect(total).toBeGreaterThan(1000);
    const { res, header, records } = await exportOf(csvUrl('cases', { range: [0, 9] }));
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="cases-\d{4}-\d\d-\d\d\.csv"$/);
    expect(records).toHaveLength(total);
    expect(new Set(records.map((r) => r.id)).size).toBe(total);
    // Seeded text has no line breaks: each case is exactly one line, however many evidence items it has.
    expect(res.text.split('\r\n')).toHaveLength(total + 2);
    expect(header.slice(0, 4)).toEqual(['id', 'merchantId', 'merchant', 'categoryId']);
    const several = records.find((r) => r.evidence.split(' | ').length >= 3)!;
    const { evidence } = (await c.a.manager.get(`/api/cases/${several.id}`)).body;
    expect(several.evidence).toBe(evidence.map((e: { text?: string; url?: string }) => e.text ?? e.url).join(' | '));
  });

  it('names what ids point at, beside them: merchants, categories and violation types in the asked language, staff by name', async () => {
    const story = { merchantId: 3391 };
    const [en, zh] = await Promise.all(
      ['', '&locale=zh'].map(async (locale) => (await exportOf(csvUrl('cases', { filter: story, sort: ['id', 'ASC'] }, locale))).records),
    );
    const row = await c.db.knex('cases').where(story).orderBy('id').first();
    const category = await c.db.knex('categories').where({ id: row.categoryId }).first();
    const type = await c.db.knex('violationTypes').where({ id: row.violationTypeId }).first();
    const assignee = await c.db.knex('users').where({ id: row.assigneeId }).first();
    expect(en[0]).toMatchObject({
      id: String(row.id),
      merchantId: '3391',
      merchant: '老银',
      category: category.name,
      violationType: type.name,
      assignee: assignee.name,
    });
    expect(zh[0]).toMatchObject({ merchant: '老银', category: category.nameZh, violationType: type.nameZh, assignee: assignee.name });
    expect(zh[0].category).toBe('金银饰品');
    // An empty reference stays empty.
    expect(en.every((r) => r.source !== 'inspection' || (r.openedById === '' && r.openedBy === ''))).toBe(true);
  });

  it('joins a list into one cell: the cases a penalty cites', async () => {
    const [{ penaltyId }] = await c.db.knex('penaltyCases').select('penaltyId').groupBy('penaltyId').havingRaw('count(*) > 1').limit(1);
    const links: { caseId: number }[] = await c.db.knex('penaltyCases').where({ penaltyId }).orderBy('caseId').select('caseId');
    const cited = links.map((l) => l.caseId).join(' | ');
    const { records } = await exportOf(csvUrl('penalties', { filter: { id: [penaltyId] } }));
    expect(records.map((r) => r.caseIds)).toEqual([cited]);
  });

  it('defuses cells a spreadsheet would run as a formula, and quotes commas, quotes and line breaks', async () => {
    const formula = '=HYPERLINK("http://evil.example","click me"), then more';
    const multiline = 'First line, "quoted"\nsecond line of the summary';
    const made = [
      await newCase(c, 'manager', { summary: formula, orderId: '+8613800000000' }),
      await newCase(c, 'manager', { summary: multiline, orderId: '@SUM(A1:A9)', evidence: [{ kind: 'text', text: '-2+3 is what the buyer wrote' }] }),
      await newCase(c, 'manager', { orderId: '-2+3' }),
    ];
    const { res, records } = await exportOf(csvUrl('cases', { filter: { id: made.map((m) => m.id) }, sort: ['id', 'ASC'] }));
    expect(records.map((r) => [r.summary, r.orderId])).toEqual([
      [`'${formula}`, "'+8613800000000"],
      [multiline, "'@SUM(A1:A9)"],
      [made[2].summary, "'-2+3"],
    ]);
    expect(records[1].evidence).toBe("'-2+3 is what the buyer wrote");
    expect(res.text).toContain(`"'=HYPERLINK(""http://evil.example"",""click me""), then more"`);
    expect(res.text).toContain('"First line, ""quoted""\nsecond line of the summary"');
  });

  it('applies the filters and the sort of the list', async () => {
    const q = { filter: { status: 'dismissed', severity: 'high' }, sort: ['openedAt', 'DESC'] as [string, string] };
    const total = totalOf(await c.a.reviewer.get(listUrl('cases', { ...q, range: [0, 0] })));
    const { records } = await exportOf(csvUrl('cases', q), 'reviewer');
    expect(records).toHaveLength(total);
    expect(total).toBeGreaterThan(0);
    expect(new Set(records.map((r) => `${r.status}/${r.severity}`))).toEqual(new Set(['dismissed/high']));
    const opened = records.map((r) => r.openedAt);
    expect(opened).toEqual([...opened].sort().reverse());
    const search = await exportOf(csvUrl('cases', { filter: { q: 'HYPERLINK' } }), 'reviewer');
    expect(search.records.map((r) => r.summary)).toEqual([expect.stringContaining('HYPERLINK')]);
  });

  it('follows the role table: a role that may not list a resource may not export it', async () => {
    for (const who of ['comms', 'inspector'] as const) {
      expect(expectError(await c.a[who].get(csvUrl('cases')), 403).code).toBe('role_may_not');
    }
    expectError(await c.a.reviewer.get(csvUrl('audit-log')), 403);
    expect((await c.a.reviewer.get(csvUrl('penalties'))).status).toBe(200);
  });

  it('leaves out the fields the reader may not see: staff emails only for admins', async () => {
    const directory = await exportOf(csvUrl('users'), 'comms');
    expect(directory.header).toEqual(['id', 'name', 'role', 'warehouseId', 'warehouse']);
    const full = await exportOf(csvUrl('users'), 'admin');
    expect(full.header).toEqual(expect.arrayContaining(['email', 'active', 'lastLoginAt']));
    expect(full.records.map((r) => r.email)).toContain('admin@example.com');
  });
});
