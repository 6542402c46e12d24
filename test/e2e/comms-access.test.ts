/**
 * Communications staff do not work cases: no Cases in their menu, react-admin's "Access denied" page
 * when they type the address, and the server refuses the API with 403 (SPEC §6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiGet, apiList, main, menuItem, screenshotFailures, screenshots, signIn, startE2E, type E2E } from './support';

const shot = screenshots('comms-access');

let e2e: E2E;
let page: Page;
/** Every /api/cases* and /api/case-events* answer the SPA got while the comms user browsed. */
const caseResponses: { url: string; status: number }[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  page.on('response', (r) => {
    if (/\/api\/(cases|case-events)\b/.test(r.url())) caseResponses.push({ url: r.url(), status: r.status() });
  });
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('comms-access', () => page);

async function expectAccessDenied() {
  await page.waitForURL(/#\/access-denied/);
  await main(page).getByText('Access denied', { exact: true }).waitFor();
  await main(page).getByText("You don't have the right permissions to access this page").waitFor();
  // No case data anywhere on the page: no table, no case number, no case wording.
  expect(await page.getByRole('row').count()).toBe(0);
  const text = await main(page).innerText();
  expect(text).not.toMatch(/#\d{2,}/);
  expect(text).not.toMatch(/Case #|Unassigned|In review|Timeline|Evidence/);
}

describe('a comms user and the case queue', () => {
  it('signs in: the menu has no Cases entry, but Merchants and reference data', async () => {
    await signIn(page, 'comms@example.com');
    await page.getByRole('heading', { name: 'Welcome, Sun Yue 孙悦' }).waitFor();
    await menuItem(page, 'Merchants').waitFor();
    await menuItem(page, 'Categories').waitFor();
    expect(await menuItem(page, 'Dashboard').isVisible()).toBe(true);
    expect(await menuItem(page, 'Cases').count()).toBe(0);
    expect(await menuItem(page, 'Audit log').count()).toBe(0);
    // Their dashboard does not count cases either.
    expect(await main(page).innerText()).not.toMatch(/Unassigned|Overdue cases|My queue/);
    await shot(page, '01-dashboard-menu');
  });

  it('typing /#/cases shows the access-denied page and no case data', async () => {
    await page.goto('/#/cases');
    await expectAccessDenied();
    await shot(page, '02-cases-access-denied');
  });

  it('a case address (/#/cases/<id>/show) is refused the same way', async () => {
    await page.goto('/#/cases/1/show');
    await expectAccessDenied();
    await shot(page, '03-case-access-denied');
    // The SPA did not get a single case from the server while the comms user browsed.
    expect(caseResponses.filter((r) => r.status === 200)).toEqual([]);
  });

  it('the API answers 403 for /api/cases with their session, from the page and from the browser context', async () => {
    const list = await apiList(page, 'cases', { range: [0, 9] });
    expect(list.status).toBe(403);
    expect(await apiGet<{ message: string }>(page, '/api/cases/1')).toMatchObject({ status: 403, body: { message: expect.any(String) } });
    expect((await apiGet(page, '/api/case-events?filter={"caseId":1}')).status).toBe(403);

    // The SPA's own fetch (cookie session, same origin) gets the same answer.
    const fromPage = await page.evaluate(async () => {
      const res = await fetch('/api/cases', { credentials: 'same-origin' });
      return { status: res.status, body: await res.json() };
    });
    expect(fromPage.status).toBe(403);
    expect(fromPage.body.message).toMatch(/comms/i);
    expect(fromPage.body).not.toHaveProperty('length'); // an error object, never a list of cases

    // Still signed in (403 is not 401): the session is fine, only cases are off limits.
    expect((await apiGet<{ role: string }>(page, '/api/auth/me')).body.role).toBe('comms');
    expect((await apiList(page, 'merchants', { range: [0, 0] })).status).toBe(200);
  });
});
