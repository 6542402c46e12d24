/**
 * Every list of the app, and a case and a merchant page, fit their window: no horizontal page
 * scroll at 1,440 × 900 and at 1,280 px, and on a 390 × 844 phone (where lists are cards, with
 * their filters, saved views and paging still reachable); in the light and the dark theme, and in
 * Chinese, whose table headers stay on one line. Screenshots: test/artifacts/layouts-*.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  DESKTOP,
  type E2E,
  eventually,
  LAPTOP,
  main,
  type PageOptions,
  PHONE,
  screenshotFailures,
  screenshots,
  sidewaysScroll,
  signIn,
  startE2E,
} from './support';

const shot = screenshots('layouts');

/** Every list (an admin reads them all) and two record pages. */
const PAGES = [
  'cases',
  'merchants',
  'penalties',
  'appeals',
  'penalty-policies',
  'categories',
  'violation-types',
  'warehouses',
  'users',
  'audit-log',
  'cases/3199/show',
  'merchants/3391/show',
];

let e2e: E2E;
let page: Page | undefined;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('layouts', () => page);

async function signedIn(locale: 'en' | 'zh', options: PageOptions) {
  await page?.context().close();
  page = await e2e.newPage(locale, options);
  await signIn(page, 'admin@example.com');
  return page;
}

/** Opens a page of the app and waits for its content: a table's rows, cards, or a record's heading. */
async function open(p: Page, path: string) {
  await p.goto(`/#/${path}`);
  const content = path.includes('/show') ? main(p).getByRole('heading', { level: 2 }) : main(p).locator('tbody tr, .td-card-list li');
  await content.first().waitFor();
  await p.waitForLoadState('networkidle');
}

/** Table headers whose text runs over more than one line. */
const wrappedHeaders = (p: Page) =>
  p.evaluate(() =>
    Array.from(document.querySelectorAll('main th')).flatMap((th) => {
      const range = document.createRange();
      range.selectNodeContents(th);
      const lineHeight = Number.parseFloat(getComputedStyle(th).lineHeight) || 24;
      return th.textContent && range.getBoundingClientRect().height > lineHeight * 1.5 ? [th.textContent] : [];
    }),
  );

describe.each([
  ['light', 'light'],
  ['dark', 'dark'],
] as const)('in the %s theme', (theme, colorScheme) => {
  it(`every list and record page fits 1,440 × 900`, async () => {
    const p = await signedIn('en', { viewport: DESKTOP, colorScheme });
    for (const path of PAGES) {
      await open(p, path);
      expect(await sidewaysScroll(p), path).toBe('');
      await shot(p, `${theme}-1440-${path.replace(/\//g, '-')}`);
    }
  });

  it('on a 390 × 844 phone, lists are cards; filters, saved views and paging are on screen', async () => {
    const p = await signedIn('en', { viewport: PHONE, colorScheme });
    for (const path of PAGES) {
      await open(p, path);
      expect(await sidewaysScroll(p), path).toBe('');
      await shot(p, `${theme}-390-${path.replace(/\//g, '-')}`);
    }
    await open(p, 'cases');
    expect(await main(p).getByRole('table').count()).toBe(0);
    for (const control of [p.getByRole('button', { name: 'Saved views and quick filters' }), main(p).getByRole('button', { name: 'Go to next page' })]) {
      const box = (await control.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    }
    await p.getByRole('button', { name: 'Saved views and quick filters' }).click();
    await p.getByRole('button', { name: 'Unassigned', exact: true }).waitFor();
    await shot(p, `${theme}-390-cases-views-open`);
  });
});

describe('narrower and in Chinese', () => {
  it('at 1,280 px no page scrolls sideways either', async () => {
    const p = await signedIn('en', { viewport: LAPTOP });
    for (const path of PAGES) {
      await open(p, path);
      expect(await sidewaysScroll(p), path).toBe('');
    }
    await shot(p, '1280-merchant');
  });

  it('in Chinese, table headers stay on one line', async () => {
    const p = await signedIn('zh', { viewport: LAPTOP });
    for (const path of ['cases', 'penalties', 'appeals', 'merchants', 'audit-log']) {
      await open(p, path);
      expect(await wrappedHeaders(p), path).toEqual([]);
      expect(await sidewaysScroll(p), path).toBe('');
    }
    await open(p, 'cases');
    await shot(p, 'zh-1280-cases');
  });
});

describe('a window that narrows and widens again', () => {
  it('keeps the page readable: the menu stays closed on the phone width, opens from the app bar, and comes back when wide', async () => {
    const p = await signedIn('en', { viewport: DESKTOP });
    await open(p, 'cases');
    const navigation = p.getByRole('menuitem', { name: 'Merchants' });
    expect(await navigation.isVisible()).toBe(true);
    await p.setViewportSize(PHONE);
    // The page is still there for a screen reader and the keyboard: no modal menu took it over.
    await main(p).getByRole('button', { name: 'Go to next page' }).waitFor();
    expect(await p.locator('.MuiDrawer-modal').count()).toBe(0);
    await eventually(() => sidewaysScroll(p)).toBe('');
    await shot(p, 'narrowed-390-cases');
    await p.getByRole('button', { name: 'Open menu' }).click();
    await navigation.waitFor();
    await p.keyboard.press('Escape');
    await navigation.waitFor({ state: 'hidden' });
    await p.setViewportSize(DESKTOP);
    await navigation.waitFor();
    await main(p).getByRole('button', { name: 'Go to next page' }).waitFor();
  });
});
