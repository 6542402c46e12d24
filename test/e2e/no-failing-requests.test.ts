/**
 * No request that is known to fail: each role walks its menu, the pages of records it may read,
 * and the addresses of pages it may not open (shown as "Access denied", asking the API nothing);
 * the SPA gets no 4xx answer. And a signed-out visitor whose session expired: the sign-in page
 * asks the server once who they are, not in a loop.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { failingApiResponses, main, screenshotFailures, signIn, startE2E, type E2E } from './support';

const RECORD_PAGES = ['cases/3199/show', 'merchants/3391/show', 'penalties/1/show', 'appeals/1/show', 'penalty-policies/1/show'];
const REFERENCE_PAGES = ['categories/1/show', 'violation-types/1/show', 'warehouses/1/show'];
const FORMS = ['cases/create', 'categories/1', 'users/1', 'users/create', 'penalty-policies/create', 'audit-log/1/show'];
const LISTS = [
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
  'inspections',
  'orders',
  'workstation',
];

let e2e: E2E;
let page: Page | undefined;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('no-failing-requests', () => page);

/** Visits `path` and waits until the page has shown something and the SPA is done asking. */
async function visit(p: Page, path: string) {
  await p.goto(`/#/${path}`);
  await main(p).waitFor();
  await p.waitForLoadState('networkidle');
  await p.waitForTimeout(500); // what a page asks for once its first answers are in
}

describe.each(['reviewer', 'manager', 'comms', 'inspector.panyu', 'admin'])('%s', (who) => {
  it('browses every list, record page, form and denied page without a failing request', async () => {
    page = await e2e.newPage();
    await signIn(page, `${who}@example.com`);
    const failing = failingApiResponses(page);
    for (const path of ['', ...LISTS, ...RECORD_PAGES, ...REFERENCE_PAGES, ...FORMS]) await visit(page, path);
    expect(failing).toEqual([]);
    await page.context().close();
  });
});

describe('a session that expired', () => {
  it('the sign-in page asks once who is signed in, not in a loop', async () => {
    page = await e2e.newPage();
    await signIn(page, 'reviewer@example.com');
    await page.context().clearCookies();
    const asked: string[] = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname === '/api/auth/me') asked.push(r.url());
    });
    await page.reload();
    await page.waitForURL(/#\/login/);
    await page.getByText('Sign in to Trustdesk').waitFor();
    await page.waitForTimeout(2_000);
    expect(asked.length).toBeLessThanOrEqual(1);
  });
});
