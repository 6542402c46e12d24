/**
 * Remembered preferences: the theme, the language, rows per page, the columns shown and the
 * reader's own saved views outlive signing out (filters do not). And saves say what they saved,
 * with Undo where the change can be undone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiList,
  chooseFilterItem,
  dataRows,
  eventually,
  main,
  menuItem,
  notification,
  screenshotFailures,
  screenshots,
  signIn,
  signOut,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('preferences');

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('preferences', () => page);

const canvas = () => page.evaluate(() => getComputedStyle(document.querySelector('.RaLayout-content')!).backgroundColor);
const headers = async () => (await main(page).getByRole('columnheader').allInnerTexts()).map((h) => h.trim()).filter(Boolean);

describe('preferences a reader sets once', () => {
  it('sets the dark theme, 50 rows per page, hides a column and saves a view of their own', async () => {
    await signIn(page, 'reviewer@example.com');
    const light = await canvas();
    await page.getByRole('button', { name: 'Toggle light/dark mode' }).click();
    await eventually(canvas).not.toBe(light);

    await menuItem(page, 'Cases').click();
    await dataRows(page).first().waitFor();
    await main(page)
      .getByRole('combobox', { name: /Rows per page/ })
      .click();
    await page.getByRole('option', { name: '50' }).click();
    await eventually(() => dataRows(page).count()).toBe(50);

    await main(page).getByRole('button', { name: 'Columns' }).click();
    await page.getByRole('switch', { name: 'Severity' }).click();
    await page.keyboard.press('Escape');
    await eventually(headers).not.toContain('Severity');

    await chooseFilterItem(page, 'High');
    await page.getByRole('button', { name: 'Save these filters as a view…' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('textbox').fill('High, still active');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await page.getByRole('button', { name: 'High, still active' }).waitFor();
    await shot(page, '01-set');
  });

  it('signs out and in: all of it is still there, the filters are not', async () => {
    const dark = await canvas();
    await signOut(page);
    await signIn(page, 'reviewer@example.com');
    expect(await canvas()).toBe(dark);
    await menuItem(page, 'Cases').click();
    await eventually(() => dataRows(page).count()).toBe(50);
    expect(await headers()).not.toContain('Severity');
    expect(await headers()).toContain('Status');
    await page.getByRole('button', { name: 'High, still active' }).waitFor();
    // The list is back on the queue's default view ("Active"), not on the last filter.
    expect(await page.getByRole('button', { name: 'Active', exact: true }).locator('[data-selected="true"]').count()).toBe(1);
    await shot(page, '02-after-sign-in');
  });
});

describe('saves that say what they saved', () => {
  it("an admin's edit says “Category … saved” and can be undone", async () => {
    await signOut(page);
    await signIn(page, 'admin@example.com');
    await menuItem(page, 'Categories').click();
    // The row of the categories table (its code cell): the dashboard's tables also name Crystal, and may still be on screen.
    await dataRows(page)
      .filter({ has: page.getByRole('cell', { name: 'crystal', exact: true }) })
      .getByText('Crystal', { exact: true })
      .click();
    const zhName = page.getByRole('textbox', { name: 'Chinese name' });
    await eventually(() => zhName.inputValue()).toBe('水晶');
    await zhName.fill('水晶饰品');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    const saved = await notification(page, 'Category “Crystal” saved');
    await shot(page, '03-saved-with-undo');
    await saved.getByRole('button', { name: 'Undo' }).click();
    await notification(page, 'Category “Crystal”: the change was undone');
    const { data } = await apiList<{ code: string; nameZh: string }>(page, 'categories');
    expect(data.find((c) => c.code === 'crystal')?.nameZh).toBe('水晶');
  });
});
