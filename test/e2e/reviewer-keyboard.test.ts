/**
 * A reviewer's day at speed, on the keyboard: open the queue (a saved address), move with j / k,
 * open with o, claim with c, confirm with y and Ctrl+Enter ("Confirm & next"), skip with n, issue
 * a penalty with p and Ctrl+Enter ("Issue & next"): no mouse. Then: "?" lists the keys, the queue
 * and its filters are still there, hidden bulk buttons are no tab stops, and every row is a real
 * link (middle-click opens a new tab).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { confirmedCase, openedCase } from './fixtures';
import {
  apiGet,
  apiList,
  caseHeader,
  dataRows,
  eventually,
  focusedRowLink,
  main,
  menuItem,
  notification,
  screenshotFailures,
  screenshots,
  shownCaseIds,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('reviewer-keyboard');
const RESOLUTION = 'Replay at 21:40 shows a plated pendant sold as Au999; the listing says solid gold.';
const PENALTY_REASON = 'Misdescribed material in a live stream, confirmed from the replay.';

interface CaseRow {
  id: number;
  status: string;
  assigneeId: number | null;
  resolution: string | null;
}

let e2e: E2E;
let page: Page;
/** The day's queue, in its order: two open cases, one confirmed (to penalize), one more open. */
let queue: { a: number; b: number; c: number; d: number };
let queueAddress: string;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await signIn(page, 'reviewer@example.com');
  // A merchant in good standing and a violation the policy does not ban for.
  const { data: merchants } = await apiList<{ id: number }>(page, 'merchants', { filter: { status: 'active' }, sort: ['followerCount', 'DESC'] });
  const { body: policy } = await apiGet<{ directBanTypes: string[] }>(page, '/api/penalty-policies/current');
  const { data: types } = await apiList<{ id: number; code: string }>(page, 'violation-types');
  const violation = types.find((t) => !policy.directBanTypes.includes(t.code))!;
  const merchant = merchants[3].id;
  const a = (await openedCase(page, merchant, violation.id)).id;
  const b = (await openedCase(page, merchant, violation.id)).id;
  const c = await confirmedCase(page, merchant, violation.id);
  const d = (await openedCase(page, merchant, violation.id)).id;
  queue = { a, b, c, d };
  const filter = { merchantId: merchant, status: ['open', 'in_review', 'confirmed'] };
  queueAddress = `/#/cases?${new URLSearchParams({ filter: JSON.stringify(filter), sort: 'id', order: 'ASC' })}`;
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('reviewer-keyboard', () => page);

const caseOf = async (id: number) => (await apiGet<CaseRow>(page, `/api/cases/${id}`)).body;

describe('a day through the queue, keyboard only', () => {
  it('opens the queue and moves through it with j and k', async () => {
    await page.goto(queueAddress);
    await eventually(() => shownCaseIds(page)).toEqual([queue.a, queue.b, queue.c, queue.d]);
    await page.keyboard.press('j');
    expect(await focusedRowLink(page)).toBe(`#${queue.a}`);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    expect(await focusedRowLink(page)).toBe(`#${queue.c}`);
    await page.keyboard.press('k');
    await page.keyboard.press('k');
    expect(await focusedRowLink(page)).toBe(`#${queue.a}`);
    await shot(page, '01-cursor-on-first');
  });

  it('opens the case with o and claims it with c', async () => {
    await page.keyboard.press('o');
    await page.waitForURL(new RegExp(`#/cases/${queue.a}/show`));
    const { card } = caseHeader(page, queue.a);
    await card.getByText('Open', { exact: true }).waitFor();
    await page.keyboard.press('c');
    await notification(page, `Case #${queue.a} is yours: it is now in review`);
    await card.getByText('In review', { exact: true }).waitFor();
    await shot(page, '02-claimed');
  });

  it('confirms with y, writes the resolution and Ctrl+Enter: the next case of the queue opens', async () => {
    await main(page).getByRole('button', { name: 'Confirm', exact: true }).waitFor();
    await page.keyboard.press('y');
    const dialog = page.getByRole('dialog', { name: `Confirm case #${queue.a}` });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Confirm & next' }).waitFor();
    await page.keyboard.type(RESOLUTION);
    await shot(page, '03-confirm-and-next');
    await page.keyboard.press('Control+Enter');
    await notification(page, `Case #${queue.a} confirmed`);
    await page.waitForURL(new RegExp(`#/cases/${queue.b}/show`));
    await caseHeader(page, queue.b).heading.waitFor();
    expect(await caseOf(queue.a)).toMatchObject({ status: 'confirmed', resolution: RESOLUTION });
  });

  it('skips to the next case with n', async () => {
    await page.keyboard.press('n');
    await page.waitForURL(new RegExp(`#/cases/${queue.c}/show`));
    await caseHeader(page, queue.c).card.getByText('Confirmed', { exact: true }).waitFor();
  });

  it('issues a penalty with p, writes the reason and Ctrl+Enter: the next case opens', async () => {
    await main(page).getByRole('button', { name: 'Issue penalty', exact: true }).waitFor();
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: /^Issue a penalty to / });
    await dialog.waitFor();
    const reason = dialog.getByRole('textbox', { name: /^Reason/ });
    await eventually(() => reason.evaluate((el) => el === document.activeElement)).toBe(true); // the policy prefilled the rest
    await page.keyboard.type(PENALTY_REASON);
    await shot(page, '04-issue-and-next');
    await page.keyboard.press('Control+Enter');
    await notification(page, /^Penalty #\d+ issued/);
    await page.waitForURL(new RegExp(`#/cases/${queue.d}/show`));
    await caseHeader(page, queue.d).heading.waitFor();
    expect((await caseOf(queue.c)).status).toBe('penalized');
    await shot(page, '05-next-after-issue');
  });

  it('the queue and its filters are still there: confirmed and open cases of the merchant, the penalized one gone', async () => {
    await menuItem(page, 'Cases').click();
    await eventually(() => shownCaseIds(page)).toEqual([queue.a, queue.b, queue.d]);
    expect(new URL(page.url()).hash).toContain(encodeURIComponent('"merchantId"'));
  });
});

describe('the list under the keys', () => {
  it('"?" lists the keys in force; Escape closes the list', async () => {
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    const rows = await help.getByRole('row').allInnerTexts();
    for (const entry of [
      /^j\s+Next row$/,
      /^k\s+Previous row$/,
      /^o\s+Open the row$/,
      /^x\s+Select the row$/,
      /^c\s+Claim the case in the row$/,
      /^\?\s+Show the keyboard shortcuts$/,
    ])
      expect(
        rows.some((r) => entry.test(r.trim())),
        String(entry),
      ).toBe(true);
    await shot(page, '06-shortcuts');
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
  });

  it('hidden bulk buttons are no tab stops; x selects the row under the cursor and shows them', async () => {
    const bulkClaim = main(page).getByRole('button', { name: 'Claim', exact: true });
    expect(await bulkClaim.count()).toBe(0);
    const tabStops = await page.evaluate(
      () =>
        Array.from(document.querySelectorAll('[data-test="bulk-actions-toolbar"] button')).filter((b) => getComputedStyle(b).visibility !== 'hidden').length,
    );
    expect(tabStops).toBe(0);
    await page.keyboard.press('j');
    await page.keyboard.press('j');
    await page.keyboard.press('x');
    await page.getByText('1 item selected').waitFor();
    await bulkClaim.waitFor();
    await shot(page, '07-selected-with-x');
    await page.keyboard.press('x');
    await bulkClaim.waitFor({ state: 'hidden' });
  });

  it('every row is a real link: its case number has the address, a middle-click on the row opens a new tab', async () => {
    const row = dataRows(page).filter({ hasText: `#${queue.b}` });
    expect(await row.getByRole('link', { name: `#${queue.b}` }).getAttribute('href')).toBe(`#/cases/${queue.b}/show`);
    const [tab] = await Promise.all([page.context().waitForEvent('page'), row.getByRole('cell').nth(4).click({ button: 'middle' })]);
    await tab.waitForURL(new RegExp(`#/cases/${queue.b}/show`));
    await tab.close();
    expect(page.url()).toContain('#/cases?'); // this tab stayed on the list
  });
});
