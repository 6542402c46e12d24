/**
 * A reviewer's day: dashboard → the queue's "Unassigned" view → claim a case → confirm it with a
 * resolution → the timeline tells the story. Then bulk-claim two cases from the queue.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiGet,
  apiList,
  caseHeader,
  chooseFilterItem,
  columnTexts,
  dataRows,
  eventually,
  labeledValue,
  menuItem,
  notification,
  screenshots,
  screenshotFailures,
  shownCaseIds,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('reviewer-queue');
const REVIEWER = 'Li Na 李娜'; // reviewer@example.com in the demo seed
const RESOLUTION = 'XRF reading confirms the item is not what the listing declared; merchant gave no invoices.';

interface CaseRow {
  id: number;
  status: string;
  assigneeId: number | null;
}

let e2e: E2E;
let page: Page;
let me: { id: number; name: string };

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('reviewer-queue', () => page);

/** Opens the case list from the menu and picks the "Unassigned" saved view; resolves when only open, unassigned cases show. */
async function openUnassignedView() {
  await menuItem(page, 'Cases').click();
  await chooseFilterItem(page, 'Unassigned');
  await eventually(async () => {
    const statuses = await columnTexts(page, 'Status');
    return statuses.length > 0 && statuses.every((s) => s === 'Open');
  }).toBe(true);
}

describe('reviewer works the case queue', () => {
  let caseId: number;

  it('signs in and lands on their dashboard', async () => {
    await signIn(page, 'reviewer@example.com');
    me = (await apiGet<{ id: number; name: string }>(page, '/api/auth/me')).body;
    expect(me.name).toBe(REVIEWER);

    await page.getByRole('heading', { name: `Welcome, ${REVIEWER}` }).waitFor();
    await page.getByText('My queue', { exact: true }).waitFor();
    await page.getByText('Cases you are reviewing, soonest due first').waitFor();
    // The unassigned count on the dashboard is the server's.
    const unassigned = await apiList(page, 'cases', { filter: { status: 'open' }, range: [0, 0] });
    const viewAll = page.getByRole('link', { name: `View all (${unassigned.total})` });
    await viewAll.waitFor();
    await shot(page, '01-dashboard');
  });

  it('opens the "Unassigned" view of the queue: only open cases nobody has', async () => {
    await openUnassignedView();
    expect(new Set(await columnTexts(page, 'Assignee'))).toEqual(new Set(['—']));
    const ids = await shownCaseIds(page);
    expect(ids.length).toBeGreaterThan(1);
    caseId = ids[0];
    await shot(page, '02-unassigned-view');
  });

  it('opens a case and claims it: In review, assigned to them', async () => {
    await dataRows(page)
      .filter({ hasText: `#${caseId}` })
      .getByText(`#${caseId}`, { exact: true })
      .click();
    await page.waitForURL(new RegExp(`#/cases/${caseId}/show`));
    const { heading, card } = caseHeader(page, caseId);
    await heading.waitFor();
    await card.getByText('Open', { exact: true }).waitFor();
    expect(await labeledValue(card, 'Assignee')).toBe('—');
    await shot(page, '03-case-open');

    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await notification(page, `Case #${caseId} is yours: it is now in review`);
    await card.getByText('In review', { exact: true }).waitFor();
    await eventually(() => labeledValue(card, 'Assignee')).toBe(REVIEWER);
    // Once claimed, it can be resolved (and no longer claimed).
    await page.getByRole('button', { name: 'Confirm', exact: true }).waitFor();
    expect(await page.getByRole('button', { name: 'Claim', exact: true }).count()).toBe(0);
    await shot(page, '04-claimed');
  });

  it('confirms it with a resolution note: Confirmed, and the note is the resolution', async () => {
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Confirm case #${caseId}` });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Confirm', exact: true });
    expect(await submit.isDisabled()).toBe(true); // a resolution is required
    await dialog.getByRole('textbox', { name: 'Resolution' }).fill(RESOLUTION);
    await shot(page, '05-confirm-dialog');
    await submit.click();

    await notification(page, `Case #${caseId} confirmed`);
    await dialog.waitFor({ state: 'hidden' });
    const { card } = caseHeader(page, caseId);
    await card.getByText('Confirmed', { exact: true }).waitFor();
    await card.getByRole('alert').filter({ hasText: 'Resolution' }).filter({ hasText: RESOLUTION }).waitFor();
    expect(await labeledValue(card, 'Resolved')).not.toBe('—');
  });

  it('sees the timeline: opened, claimed by them, confirmed by them with the note', async () => {
    const timeline = page.getByRole('listitem');
    const claimed = timeline.filter({ hasText: `${REVIEWER} claimed the case` });
    const confirmed = timeline.filter({ hasText: `${REVIEWER} confirmed the case` });
    await claimed.waitFor();
    await confirmed.waitFor();
    expect(await claimed.innerText()).toMatch(/Open\s*→\s*In review/);
    expect(await confirmed.innerText()).toMatch(/In review\s*→\s*Confirmed/);
    expect(await confirmed.innerText()).toContain(RESOLUTION);
    expect(await timeline.filter({ hasText: 'opened the case' }).count()).toBe(1);
    // Oldest first: opened, claimed, confirmed.
    const texts = await timeline.allInnerTexts();
    const at = (s: string) => texts.findIndex((t) => t.includes(s));
    expect(at('opened the case')).toBeLessThan(at('claimed the case'));
    expect(at('claimed the case')).toBeLessThan(at('confirmed the case'));
    await shot(page, '06-confirmed-timeline');

    const { body } = await apiGet<CaseRow & { resolution: string }>(page, `/api/cases/${caseId}`);
    expect(body).toMatchObject({ status: 'confirmed', assigneeId: me.id, resolution: RESOLUTION });
  });

  it('bulk-claims two unassigned cases from the list', async () => {
    await openUnassignedView();
    await eventually(() => shownCaseIds(page)).not.toContain(caseId); // the list may first show its cached page
    const rows = dataRows(page);
    const picked = (await shownCaseIds(page)).slice(0, 2);
    for (const id of picked)
      await rows
        .filter({ hasText: `#${id}` })
        .getByRole('checkbox')
        .check();
    await page.getByText('2 items selected').waitFor();
    await shot(page, '07-bulk-selected');

    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await notification(page, 'Claimed 2 cases');
    await shot(page, '08-bulk-claimed');

    // They leave the unassigned view and are now the reviewer's, in review.
    await eventually(async () => (await shownCaseIds(page)).filter((id) => picked.includes(id))).toEqual([]);
    const { data } = await apiList<CaseRow>(page, 'cases', { filter: { id: picked } });
    expect(data.map(({ id, status, assigneeId }) => ({ id, status, assigneeId })).sort((a, b) => a.id - b.id)).toEqual(
      [...picked].sort((a, b) => a - b).map((id) => ({ id, status: 'in_review', assigneeId: me.id })),
    );

    // And they show in the "My queue" view, with them as assignee.
    await chooseFilterItem(page, 'My queue');
    await eventually(async () => (await shownCaseIds(page)).filter((id) => picked.includes(id)).length).toBe(2);
    expect(new Set(await columnTexts(page, 'Assignee'))).toEqual(new Set([REVIEWER]));
    await shot(page, '09-my-queue');
  });
});
