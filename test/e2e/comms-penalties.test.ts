/**
 * Comms read issued penalties to write notices (SPEC §6). The penalty list, a penalty's page and a
 * merchant's page work for them without one refused request, and show nothing they may not read
 * (cited cases, appeals, the penalty policy). From the penalties not yet announced they draft a
 * notice listing exactly the ones they choose.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiList,
  chooseFilterItem,
  eventually,
  columnTexts,
  dataRows,
  main,
  menuItem,
  screenshotFailures,
  screenshots,
  signIn,
  startE2E,
  type E2E,
} from './support';
import { preview } from './notice-steps';

const shot = screenshots('comms-penalties');

let e2e: E2E;
let page: Page;
/** Every API answer the SPA got that refused the comms user. */
const refused: { url: string; status: number }[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  page.on('response', (r) => {
    if (r.url().includes('/api/') && (r.status() === 401 || r.status() === 403)) refused.push({ url: r.url(), status: r.status() });
  });
  await signIn(page, 'comms@example.com');
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('comms-penalties', () => page);

describe('comms and penalties', () => {
  it('the list\'s "Not yet announced" view: issued penalties that no published notice lists', async () => {
    await menuItem(page, 'Penalties').click();
    await chooseFilterItem(page, 'Not yet announced');
    await dataRows(page).first().waitFor();
    const statuses = new Set(await columnTexts(main(page), 'Status'));
    expect([...statuses].every((s) => ['In force', 'Expired'].includes(s))).toBe(true);
    const { total } = await apiList(page, 'penalties', { filter: { announced: false }, range: [0, 0] });
    expect(total).toBeGreaterThan(0);
    // Views that mean nothing to comms are not offered.
    expect(await page.getByRole('button', { name: 'Issued by me', exact: true }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Awaiting approval', exact: true }).count()).toBe(0);
    await shot(page, '01-unannounced');
  });

  it("a penalty's page: merchant, violations and reason; no cited cases, appeals or policy", async () => {
    await dataRows(page).first().click();
    await page.waitForURL(/#\/penalties\/\d+\/show/);
    await main(page).getByText('Violations', { exact: true }).waitFor();
    await main(page).getByText('No notice lists this penalty yet.').waitFor();
    const text = await main(page).innerText();
    expect(text).not.toMatch(/Cited cases|Appeals|Record appeal|Policy|Version \d/);
    await shot(page, '02-penalty');
  });

  it("the story merchant's page: its penalties, without the policy's points chart", async () => {
    await page.goto('/#/merchants/3391/show');
    await main(page).getByRole('heading', { name: '老银' }).waitFor();
    await main(page).getByRole('heading', { name: 'Penalties' }).waitFor();
    await dataRows(page).first().waitFor();
    expect(
      await main(page)
        .getByRole('heading', { name: /^Violation points, last/ })
        .count(),
    ).toBe(0);
  });

  it('choosing two penalties drafts a notice listing exactly those', async () => {
    await menuItem(page, 'Penalties').click();
    await chooseFilterItem(page, 'Not yet announced');
    await dataRows(page).first().waitFor();
    const ids = (await columnTexts(main(page), 'Penalty #')).slice(0, 2);
    await dataRows(page).nth(0).getByRole('checkbox').check();
    await dataRows(page).nth(1).getByRole('checkbox').check();
    await main(page).getByRole('button', { name: 'Draft a notice' }).click();
    await page.waitForURL(/#\/notices\/create/);
    await main(page)
      .getByText(`The draft lists the 2 penalties you chose: ${ids.join(', ')}`)
      .waitFor();
    await shot(page, '03-draft-from-chosen');
    await main(page).getByRole('button', { name: 'Draft the notice' }).click();
    await page.waitForURL(/#\/notices\/\d+$/);
    await main(page).getByRole('heading', { name: 'Entries (2)' }).waitFor();
    await eventually(() => preview(page).locator('table tbody tr').count()).toBe(2);
  });

  it('not one request was refused while comms browsed', () => {
    expect(refused).toEqual([]);
  });
});
