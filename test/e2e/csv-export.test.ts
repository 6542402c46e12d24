/**
 * "Export" on a list downloads the server's CSV of everything the list's filter matches, in its
 * order: every row (well past react-admin's 1,000), one row per record, names beside the ids, in
 * the reader's language.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiList, dataRows, main, screenshotFailures, screenshots, signIn, startE2E, type E2E } from './support';

const shot = screenshots('csv-export');
const ALL_STATUSES = ['open', 'in_review', 'confirmed', 'dismissed', 'penalized'];

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('csv-export', () => page);

/** RFC 4180: quoted cells may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      rows.push([...row, cell]);
      row = [];
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

/** Clicks the list's Export button and reads the file it saves. */
async function exportList(label: string) {
  const [download] = await Promise.all([page.waitForEvent('download'), main(page).getByRole('button', { name: label, exact: true }).click()]);
  const text = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
  const [header, ...rows] = parseCsv(text);
  return { filename: download.suggestedFilename(), header, rows, column: (row: string[], name: string) => row[header.indexOf(name)] };
}

describe('CSV export', () => {
  it('the case list exports every case the filter matches, one row each, with names', async () => {
    page = await e2e.newPage();
    await signIn(page, 'manager@example.com');
    const filter = { status: ALL_STATUSES };
    await page.goto(`/#/cases?${new URLSearchParams({ filter: JSON.stringify(filter), sort: 'id', order: 'ASC' })}`);
    await dataRows(page).first().waitFor();
    const { data: firstPage, total } = await apiList<{ id: number; merchantId: number }>(page, 'cases', { filter, sort: ['id', 'ASC'], range: [0, 0] });
    expect(total, 'the demo holds more cases than react-admin would export').toBeGreaterThan(1000);
    await shot(page, '01-case-list');

    const csv = await exportList('Export');
    expect(csv.filename).toMatch(/^cases-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.header).toEqual(
      expect.arrayContaining(['id', 'merchantId', 'merchant', 'categoryId', 'category', 'violationTypeId', 'violationType', 'assignee', 'evidence']),
    );
    expect(csv.rows).toHaveLength(total); // all of them, one row per case (evidence in one cell)
    expect(new Set(csv.rows.map((r) => csv.column(r, 'id'))).size).toBe(total);
    // In the list's order, with the merchant named beside its id.
    const [first] = csv.rows;
    expect(Number(csv.column(first, 'id'))).toBe(firstPage[0].id);
    const { data: merchants } = await apiList<{ id: number; nickname: string }>(page, 'merchants', { filter: { id: [firstPage[0].merchantId] } });
    expect(csv.column(first, 'merchantId')).toBe(String(merchants[0].id));
    expect(csv.column(first, 'merchant')).toBe(merchants[0].nickname);
  });

  it('in Chinese, names come in Chinese (merchant 3391 in gold & silver ornaments)', async () => {
    await page.context().close();
    page = await e2e.newPage('zh');
    await signIn(page, 'comms@example.com');
    await page.goto(`/#/merchants?${new URLSearchParams({ filter: JSON.stringify({ q: '3391' }) })}`);
    await dataRows(page).filter({ hasText: '3391' }).waitFor();
    const csv = await exportList('导出');
    expect(csv.rows).toHaveLength(1);
    expect(csv.column(csv.rows[0], 'nickname')).toBe('老银');
    expect(csv.column(csv.rows[0], 'category')).toBe('金银饰品');
    await shot(page, '02-zh-merchants');
  });
});
