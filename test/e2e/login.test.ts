/**
 * Signing in and out: a signed-out visitor's login page asks the server nothing; a wrong password
 * is refused with a message; signing out returns to the login page and ends the session on the
 * server (the old cookie no longer works).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Cookie, Page } from 'playwright-core';
import { apiGet, notification, screenshotFailures, screenshots, signIn, signOut, startE2E, submitSignIn, userMenuButton, type E2E } from './support';

const shot = screenshots('login');

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('login', () => page);

const signInButton = () => page.getByRole('button', { name: 'Sign in' });

/** What a browser holding `cookies` (and nothing else) gets from `path`. */
async function withCookies(cookies: Cookie[], path: string) {
  const context = await e2e.browser.newContext({ baseURL: e2e.server.url });
  try {
    await context.addCookies(cookies);
    return (await context.request.get(path)).status();
  } finally {
    await context.close();
  }
}

describe('sign in and sign out', () => {
  let session: Cookie[];

  it('a signed-out visitor is sent to the login page, promptly and once', async () => {
    const started = Date.now();
    await page.goto('/#/cases');
    await page.waitForURL(/#\/login/);
    // A signed-out visit shows the form within a few seconds (it takes well under one when healthy)...
    await page.getByText('Sign in to Trustdesk').waitFor({ timeout: 30_000 });
    const waited = Date.now() - started;
    await page.getByText('Trust & safety console').waitFor();
    await signInButton().waitFor();
    await shot(page, '01-login-page');
    // ...without a redirect loop: the Back button is not buried under repeated "/login" entries
    // (Chromium keeps at most 50; a loop fills them all).
    const historyEntries = await page.evaluate(() => window.history.length);
    expect.soft(waited, 'milliseconds until the login form showed').toBeLessThan(5_000);
    expect.soft(historyEntries, 'history entries after the redirect').toBeLessThanOrEqual(10);
  });

  it('the login page of a signed-out visitor makes no /api/auth/me request and logs no error', async () => {
    const visitor = await e2e.newPage();
    try {
      const asked: string[] = [];
      const errors: string[] = [];
      visitor.on('request', (r) => {
        if (new URL(r.url()).pathname.startsWith('/api/')) asked.push(`${r.method()} ${new URL(r.url()).pathname}`);
      });
      visitor.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      await visitor.goto('/#/cases');
      await visitor.waitForURL(/#\/login/);
      await visitor.getByText('Sign in to Trustdesk').waitFor();
      await visitor.goto('/#/login');
      await visitor.reload();
      await visitor.getByText('Sign in to Trustdesk').waitFor();
      await visitor.waitForTimeout(500); // anything the page would still send
      expect(asked, 'API requests from the signed-out login page').toEqual([]);
      expect(errors, 'console errors').toEqual([]);
    } finally {
      await visitor.context().close();
    }
  });

  it('a wrong password shows an error and stays on the login page', async () => {
    await submitSignIn(page, 'reviewer@example.com', 'not-the-password');
    await notification(page, 'Wrong email or password.');
    expect(page.url()).toMatch(/#\/login/);
    expect(await userMenuButton(page).count()).toBe(0);
    expect((await page.context().cookies()).filter((c) => c.httpOnly)).toEqual([]); // no session handed out
    expect((await apiGet(page, '/api/auth/me')).status).toBe(401);
    await shot(page, '02-wrong-password');
  });

  it('the right password signs in to the dashboard', async () => {
    await signIn(page, 'reviewer@example.com');
    await page.getByRole('heading', { name: 'Welcome, Li Na 李娜' }).waitFor();
    session = await page.context().cookies();
    expect(session.some((c) => c.httpOnly)).toBe(true);
    expect(await withCookies(session, '/api/auth/me')).toBe(200);
    await userMenuButton(page).click();
    await page.getByRole('menuitem').filter({ hasText: 'Reviewer · reviewer@example.com' }).waitFor();
    await shot(page, '03-user-menu');
    await page.keyboard.press('Escape');
  });

  it('signing out returns to the login page, and the old session no longer works', async () => {
    await signOut(page);
    await page.waitForURL(/#\/login/);
    await page.getByText('Sign in to Trustdesk').waitFor();
    await shot(page, '04-signed-out');

    // The server ended the session: the old cookie, replayed, is refused.
    expect(await withCookies(session, '/api/auth/me')).toBe(401);
    expect(await withCookies(session, '/api/cases')).toBe(401);
    // And the page itself has no session left.
    expect((await apiGet(page, '/api/auth/me')).status).toBe(401);
  });
});
