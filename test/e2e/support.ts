/**
 * Browser journeys against the real server: a fresh demo database per file, the built SPA, and
 * Debian's Chromium driven by playwright-core. Screenshots land in test/artifacts/ (git-ignored).
 *
 * playwright-core has no auto-retrying `expect`: wait on locators (`waitFor`, `visible`) or poll
 * with Vitest's `expect.poll`. Selectors go by role, label and the visible English text.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { afterEach, expect } from 'vitest';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { DIST } from '../../server/spa-build';
import { DEMO_PASSWORD } from '../../seeds';
import { TEST_AUDIT_KEY } from '../support/audit-key';
import { CHROMIUM } from './global-setup';

export { DEMO_PASSWORD };
export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The window sizes the layout checks use: a desktop, a small laptop and a phone. */
export const DESKTOP = { width: 1440, height: 900 };
export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export interface PageOptions {
  viewport?: { width: number; height: number };
  /** The system's preference the app follows until the reader picks a theme. */
  colorScheme?: 'light' | 'dark';
}

export interface E2E {
  server: RunningServer;
  browser: Browser;
  /** A new signed-out page (its own cookies) at the given locale; 1,440 × 900 unless told. */
  newPage(locale?: 'en' | 'zh', options?: PageOptions): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'trustdesk-e2e-'));
  const server = await startServer({
    port: 0,
    databaseUrl: join(dir, 'e2e.sqlite'),
    sessionSecret: 'e2e',
    auditKey: TEST_AUDIT_KEY,
    production: false,
    log: createLogger('warn'),
    spaDir: DIST,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async newPage(locale = 'en', { viewport = DESKTOP, colorScheme = 'light' }: PageOptions = {}) {
      const context = await browser.newContext({ baseURL: server.url, viewport, colorScheme, locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      return page;
    },
    async close() {
      await browser.close();
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Fills and submits the sign-in form; does not wait for the outcome (see `signIn`). */
export async function submitSignIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/#/login');
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /sign in|登录/i }).click();
}

/** Signs in and waits for the app shell: the user menu in the app bar and the page left the login form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await submitSignIn(page, email, password);
  await userMenuButton(page).waitFor();
  await page.waitForURL((url) => !url.hash.startsWith('#/login'));
}

/** react-admin's user menu button in the app bar (labelled "Profile" / 账户, showing the user's name). */
export const userMenuButton = (page: Page) => page.getByRole('banner').getByRole('button', { name: /^(profile|账户)$/i });

export async function signOut(page: Page) {
  await userMenuButton(page).click();
  await page.getByRole('menuitem', { name: /^(logout|登出)$/i }).click();
  await page.getByRole('button', { name: /sign in|登录/i }).waitFor();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  // Transitions (a notification sliding in, a dialog fading) are fast-forwarded to their end.
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true, animations: 'disabled' });
}

/** `shot(page, '03-claimed')` writes test/artifacts/<file>-03-claimed.png. */
export const screenshots = (file: string) => (page: Page, step: string) => screenshot(page, `${file}-${step}`);

/** An entry of the side menu. */
export const menuItem = (page: Page, name: string) => page.getByRole('menuitem', { name, exact: true });

/** The snackbar notification carrying `text` (react-admin's <Notification>), once visible. */
export async function notification(page: Page, text: string | RegExp): Promise<Locator> {
  const alert = page.getByRole('alert').filter({ hasText: text });
  await alert.first().waitFor();
  return alert.first();
}

/**
 * The value shown by a react-admin <Labeled> field (label above, value below): its text without the label.
 * RaLabeled-label is react-admin's documented class of that label.
 */
export async function labeledValue(scope: Page | Locator, label: string): Promise<string> {
  const page = 'page' in scope ? scope.page() : scope;
  const labelEl = scope
    .locator('.RaLabeled-label')
    .filter({ has: page.getByText(label, { exact: true }) })
    .first();
  const text = await labelEl.locator('xpath=..').innerText();
  return text.replace(label, '').trim();
}

/** Retries `fn` until the assertion holds (10 s): `await eventually(() => shownCaseIds(page)).toContain(12)`. */
export const eventually = <T>(fn: () => T | Promise<T>, timeout = 10_000) => expect.poll(fn, { timeout, interval: 150 });

/** The page's main content (react-admin's layout puts the page in <main>, the title also in the app bar). */
export const main = (page: Page) => page.getByRole('main');

/** The heading of a case page ("Case #2314") and the card it heads (status and severity chips, fields). */
export function caseHeader(page: Page, id: number | string) {
  const heading = main(page).getByRole('heading', { level: 2, name: `Case #${id}`, exact: true });
  return { heading, card: heading.locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]') };
}

/**
 * Texts of one column, by its header, in the table of `scope` that has that column (a page may show
 * several tables, e.g. a merchant's penalties and cases).
 */
export async function columnTexts(scope: Page | Locator, header: string): Promise<string[]> {
  for (const table of await scope.getByRole('table').all()) {
    const headers = (await table.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    const index = headers.indexOf(header);
    if (index < 0) continue;
    const texts: string[] = [];
    for (const row of await table.getByRole('row').all()) {
      const cells = row.getByRole('cell');
      if ((await cells.count()) > index) texts.push((await cells.nth(index).innerText()).trim());
    }
    return texts;
  }
  throw new Error(`No table with a column "${header}"`);
}

/**
 * Whether the page scrolls sideways: '' when it fits the window, otherwise by how much and the
 * innermost elements that stick out past the right edge, so a failure names its cause
 * ("80 px wider than the window: div.MuiCardContent-root "Work in progress" (right 470)").
 */
export const sidewaysScroll = (page: Page) =>
  page.evaluate(() => {
    const root = document.documentElement;
    const overflow = root.scrollWidth - root.clientWidth;
    if (overflow <= 0) return '';
    const edge = root.clientWidth + 0.5;
    const sticksOut = (el: Element) => el.getBoundingClientRect().right > edge;
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((el) => sticksOut(el) && ![...el.children].some(sticksOut))
      .slice(0, 3)
      .map((el) => {
        const name = `${el.tagName.toLowerCase()}${[...el.classList]
          .slice(0, 2)
          .map((c) => `.${c}`)
          .join('')}`;
        const text = (el.textContent ?? '').trim().slice(0, 40);
        return `${name}${text ? ` "${text}"` : ''} (right ${Math.round(el.getBoundingClientRect().right)})`;
      });
    return `${overflow} px wider than the window: ${culprits.join('; ') || 'no element found'}`;
  });

/** The row link under the list cursor (the focused one), e.g. "#2314". */
export const focusedRowLink = (page: Page) =>
  page.evaluate(() => (document.activeElement?.matches('a.td-row-link') ? document.activeElement.textContent : null));

/** Every /api response of 400 or more the page gets from now on ("GET /api/cases → 403"), for a no-failing-requests check. */
export function failingApiResponses(page: Page): string[] {
  const failing: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/') && r.status() >= 400) failing.push(`${r.request().method()} ${url.pathname}${url.search} → ${r.status()}`);
  });
  return failing;
}

/** The data rows of the list table (the header row excluded). */
export const dataRows = (page: Page) => page.getByRole('row').filter({ has: page.getByRole('cell') });

/** Case ids of the rows shown in a case table ("#2314" → 2314); waits for at least one row. */
export async function shownCaseIds(scope: Page | Locator): Promise<number[]> {
  const page = 'page' in scope ? scope.page() : scope;
  await scope
    .getByRole('row')
    .filter({ has: page.getByRole('cell') })
    .first()
    .waitFor();
  return (await columnTexts(scope, 'Case #')).map((t) => Number(t.replace('#', '')));
}

/** A titled card of a page (e.g. "Cases" or "Timeline" on a merchant or case page). */
export const section = (page: Page, title: string) =>
  main(page).getByRole('heading', { name: title, exact: true }).locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]');

export interface ListAnswer<T> {
  status: number;
  data: T[];
  total: number;
}

/** GET a list through the API with the page's session cookie (ra-data-simple-rest conventions). */
export async function apiList<T = Record<string, unknown>>(
  page: Page,
  resource: string,
  { filter = {}, sort = ['id', 'ASC'], range = [0, 99] }: { filter?: object; sort?: [string, string]; range?: [number, number] } = {},
): Promise<ListAnswer<T>> {
  const query = new URLSearchParams({ filter: JSON.stringify(filter), sort: JSON.stringify(sort), range: JSON.stringify(range) });
  const res = await page.request.get(`/api/${resource}?${query}`);
  if (!res.ok()) return { status: res.status(), data: [], total: 0 };
  const total = Number(res.headers()['content-range']?.split('/')[1] ?? NaN);
  return { status: res.status(), data: (await res.json()) as T[], total };
}

export async function apiGet<T = Record<string, unknown>>(page: Page, path: string): Promise<{ status: number; body: T }> {
  const res = await page.request.get(path);
  return { status: res.status(), body: (await res.json().catch(() => null)) as T };
}

/**
 * Picks an entry of a list's filter sidebar (a saved view such as "Unassigned", or a quick filter such
 * as "Dismissed") unless it is already chosen: clicking a chosen one would clear it. react-admin marks
 * the chosen entries with data-selected.
 */
export async function chooseFilterItem(page: Page, name: string) {
  const item = page.getByRole('button', { name, exact: true });
  const selected = item.locator('[data-selected="true"]');
  await item.waitFor(); // the list page is shown, with its remembered filters
  if (!(await selected.count())) await item.click();
  await selected.waitFor();
}

/**
 * Registers an afterEach that screenshots `page()` when a test failed: test/artifacts/<file>-FAILED-<test>.png.
 * Call at the top level of a test file.
 */
export function screenshotFailures(file: string, page: () => Page | undefined) {
  afterEach(async (context) => {
    const current = page();
    if (!current || context.task.result?.state !== 'fail') return;
    const slug = context.task.name
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60);
    await screenshot(current, `${file}-FAILED-${slug}`).catch(() => undefined);
  });
}
