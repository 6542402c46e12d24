/** Steps the notice journeys share: the editor's preview, a move through its dialog, the notice id in the address. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { NoticeRecord } from '../../domain/notices';
import { apiPost } from './fixtures';
import { apiGet, apiList, ARTIFACTS, main } from './support';

/** The public page's preview (an <article>) on the editor or a notice's page. */
export const preview = (page: Page) => main(page).getByRole('article');

/** Rows of the preview's entry table. */
export const previewEntryCount = (page: Page) => preview(page).locator('table tbody tr').count();

/** `#/notices/12` or `#/notices/12/show` → 12. */
export function noticeIdIn(url: string): number {
  const id = url.match(/#\/notices\/(\d+)/)?.[1];
  if (!id) throw new Error(`No notice id in ${url}`);
  return Number(id);
}

/** A move from the notice's toolbar: its dialog takes the text (when given) and is confirmed with the same label. */
export async function runMove(page: Page, label: string, text?: string) {
  await main(page).getByRole('button', { name: label, exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (text !== undefined) await dialog.getByRole('textbox').fill(text);
  await dialog.getByRole('button', { name: label, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** A notice's page, read afresh (another user changed it since this page last read it). */
export async function openNotice(page: Page, id: number, view: 'show' | 'edit' = 'show') {
  await page.goto(view === 'show' ? `/#/notices/${id}/show` : `/#/notices/${id}`);
  await page.reload();
  await preview(page).waitFor();
}

/**
 * The visible window only (test/artifacts/<name>.png): a notice of eighty entries makes a full-page
 * shot too tall to read, and the editor's point is what sits side by side on one screen.
 */
export async function windowShot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), animations: 'disabled' });
}

const DAY_MS = 86_400_000;
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A draft of the last 30 days' penalties of a category (by code), written by whoever the page is signed in as. */
export async function draftViaApi(page: Page, categoryCode = 'jewelry_jade'): Promise<NoticeRecord> {
  const { data } = await apiList<{ id: number; code: string }>(page, 'categories', { range: [0, 199] });
  const category = data.find((c) => c.code === categoryCode);
  if (!category) throw new Error(`No category ${categoryCode}`);
  const now = Date.now();
  return apiPost<NoticeRecord>(page, '/api/notices/generate', { periodStart: day(now - 30 * DAY_MS), periodEnd: day(now), categoryId: category.id });
}

/** A move through the API with the notice's current version. */
export async function moveViaApi(page: Page, id: number, action: string, data: object = {}): Promise<NoticeRecord> {
  const { body } = await apiGet<NoticeRecord>(page, `/api/notices/${id}`);
  return apiPost<NoticeRecord>(page, `/api/notices/${id}/${action}`, { ...data, version: body.version });
}

/** A Date as a `datetime-local` input's value in the browser's time zone (the test runs in the same one). */
export const localInputValue = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
