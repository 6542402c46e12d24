/**
 * Browser journeys against the real server: a fresh demo database per file, the built SPA, and
 * Debian's Chromium driven by playwright-core. Screenshots land in test/artifacts/ (git-ignored).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createLogger } from '../../server/logger';
import { startServer, type RunningServer } from '../../server/server';
import { DIST } from '../../server/spa-build';
import { DEMO_PASSWORD } from '../../seeds';
import { CHROMIUM } from './global-setup';

export const ARTIFACTS = resolve(import.meta.dirname, '../artifacts');

const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface E2E {
  server: RunningServer;
  browser: Browser;
  /** A new signed-out page (its own cookies) at the given locale. */
  newPage(locale?: 'en' | 'zh'): Promise<Page>;
  close(): Promise<void>;
}

export async function startE2E(): Promise<E2E> {
  const dir = mkdtempSync(join(tmpdir(), 'trustdesk-e2e-'));
  const server = await startServer({
    port: 0, databaseUrl: join(dir, 'e2e.sqlite'), sessionSecret: 'e2e', production: false,
    log: createLogger('warn'), spaDir: DIST,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    async newPage(locale = 'en') {
      const context = await browser.newContext({ baseURL: server.url, viewport: { width: 1440, height: 900 }, locale: locale === 'zh' ? 'zh-CN' : 'en-US' });
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

export async function signIn(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.goto('/#/login');
  await page.getByLabel(/email|邮箱/i).fill(email);
  await page.getByLabel(/password|密码/i).fill(password);
  await page.getByRole('button', { name: /sign in|登录/i }).click();
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}
