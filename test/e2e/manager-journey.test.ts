/**
 * A manager leads the team: assigns an open case to a reviewer through the dialog, reopens a
 * dismissed case, and finds the assignment in the audit log.
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
  screenshotFailures,
  screenshots,
  shownCaseIds,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('manager-journey');
const MANAGER = 'Chen Jing 陈静'; // manager@example.com
const ASSIGNEE = 'Wang Hao 王浩'; // reviewer2@example.com

interface CaseRow {
  id: number;
  status: string;
  assigneeId: number | null;
}

let e2e: E2E;
let page: Page;
/** Every /api/users request the manager's pages made: the directory only (SPEC §6), never refused. */
const userRequests: { url: URL; status: number }[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/users')) userRequests.push({ url, status: r.status() });
  });
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('manager-journey', () => page);

/** From the menu, the case list narrowed by one entry of its sidebar; resolves once every row has `status`. */
async function caseListBy(filterItem: string, status: string) {
  await menuItem(page, 'Cases').click();
  await chooseFilterItem(page, filterItem);
  await eventually(async () => {
    const statuses = await columnTexts(page, 'Status');
    return statuses.length > 0 && statuses.every((s) => s === status);
  }).toBe(true);
}

async function openCase(id: number) {
  await dataRows(page)
    .filter({ hasText: `#${id}` })
    .getByText(`#${id}`, { exact: true })
    .click();
  await page.waitForURL(new RegExp(`#/cases/${id}/show`));
  const header = caseHeader(page, id);
  await header.heading.waitFor();
  return header;
}

describe('manager assigns, reopens and audits', () => {
  let assignedId: number;
  let reopenedId: number;

  it('signs in to the team dashboard', async () => {
    await signIn(page, 'manager@example.com');
    await page.getByRole('heading', { name: `Welcome, ${MANAGER}` }).waitFor();
    await page.getByText('Team backlog', { exact: true }).waitFor();
    await page.getByText('In review per assignee', { exact: true }).waitFor();
    await menuItem(page, 'Audit log').waitFor();
    await shot(page, '01-dashboard');
  });

  it('assigns an open case to a reviewer through the dialog: In review, with that assignee', async () => {
    await caseListBy('Unassigned', 'Open');
    assignedId = (await shownCaseIds(page))[0];
    const { card } = await openCase(assignedId);
    await card.getByText('Open', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Assign', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: `Assign case #${assignedId}` });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Assign' });
    expect(await submit.isDisabled()).toBe(true); // nobody chosen yet
    await dialog.getByRole('combobox', { name: 'Reviewer' }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toContain(`${ASSIGNEE} · Reviewer`);
    expect(options).toContain(`${MANAGER} · Manager`);
    expect(options.join()).not.toMatch(/Administrator|Communications|Inspector/); // only case workers
    await page.getByRole('option', { name: `${ASSIGNEE} · Reviewer` }).click();
    await shot(page, '02-assign-dialog');
    await submit.click();

    await notification(page, `Case #${assignedId} assigned to ${ASSIGNEE}`);
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('In review', { exact: true }).waitFor();
    await eventually(() => labeledValue(card, 'Assignee')).toBe(ASSIGNEE);
    await page
      .getByRole('listitem')
      .filter({ hasText: `${MANAGER} assigned the case to ${ASSIGNEE}` })
      .waitFor();
    await shot(page, '03-assigned');

    // Managers read the staff directory (names, roles), not emails.
    const [reviewer2] = (await apiList<{ id: number }>(page, 'users', { filter: { q: ASSIGNEE } })).data;
    expect((await apiGet<CaseRow>(page, `/api/cases/${assignedId}`)).body).toMatchObject({ status: 'in_review', assigneeId: reviewer2.id });
  });

  it('the reviewer it went to finds it in their queue', async () => {
    const other = await e2e.newPage();
    try {
      await signIn(other, 'reviewer2@example.com');
      await other.getByRole('heading', { name: `Welcome, ${ASSIGNEE}` }).waitFor();
      // "My queue" on the dashboard lists five; the full view lists them all. Its card, not
      // whichever card's link happens to render first.
      const myQueue = other.locator('.MuiCard-root').filter({ has: other.getByText('Cases you are reviewing, soonest due first') });
      await myQueue.getByRole('link', { name: /^View all \(\d+\)$/ }).click();
      await other.waitForURL(/assigneeId/);
      await other
        .getByRole('row')
        .filter({ hasText: `#${assignedId}` })
        .waitFor();
      await eventually(() =>
        other
          .getByRole('row')
          .filter({ hasText: `#${assignedId}` })
          .innerText(),
      ).toContain(ASSIGNEE); // name from a reference
      await shot(other, '04-reviewer-queue');
    } finally {
      await other.context().close();
    }
  });

  it('reopens a dismissed case: Open again, nobody assigned, on the timeline', async () => {
    await caseListBy('Dismissed', 'Dismissed');
    reopenedId = (await shownCaseIds(page))[0];
    const { card } = await openCase(reopenedId);
    await card.getByText('Dismissed', { exact: true }).waitFor();
    const resolution = await card.getByRole('alert').filter({ hasText: 'Resolution' }).innerText();
    expect(resolution).toMatch(/Dismissed|驳回/); // the seed's dismissal reason
    await shot(page, '05-dismissed');

    await page.getByRole('button', { name: 'Reopen', exact: true }).click();
    await notification(page, `Case #${reopenedId} reopened`);
    await card.getByText('Open', { exact: true }).waitFor();
    await eventually(() => labeledValue(card, 'Assignee')).toBe('—');
    const reopened = page.getByRole('listitem').filter({ hasText: `${MANAGER} reopened the case` });
    await reopened.waitFor();
    expect(await reopened.innerText()).toMatch(/Dismissed\s*→\s*Open/);
    // Open again: it can be claimed or assigned.
    await page.getByRole('button', { name: 'Claim', exact: true }).waitFor();
    await shot(page, '06-reopened');

    const { body } = await apiGet<CaseRow>(page, `/api/cases/${reopenedId}`);
    expect(body).toMatchObject({ status: 'open', assigneeId: null });
  });

  it('the audit log shows the assign entry, by them, on that case', async () => {
    await menuItem(page, 'Audit log').click();
    const assignRow = dataRows(page)
      .filter({ hasText: 'Assigned' })
      .filter({ hasText: String(assignedId) });
    await assignRow.waitFor();
    const cells = (await assignRow.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(cells).toEqual(expect.arrayContaining([MANAGER, 'Assigned', 'Case', String(assignedId)]));
    const reopenRow = dataRows(page)
      .filter({ hasText: 'Reopened' })
      .filter({ hasText: String(reopenedId) });
    await reopenRow.waitFor();
    // Newest first: the reopening came after the assignment.
    const actions = await columnTexts(page, 'Action');
    expect(actions.indexOf('Reopened')).toBeLessThan(actions.indexOf('Assigned'));
    await shot(page, '07-audit-log');

    // The entry itself: who, what, and the before/after of the fields.
    await assignRow.getByText('Assigned', { exact: true }).click();
    await page.waitForURL(/#\/audit-log\/\d+\/show/);
    const changes = page.getByRole('row');
    await changes.filter({ hasText: 'Status' }).waitFor();
    expect(await changes.filter({ hasText: 'Status' }).innerText()).toMatch(/open\s+in_review|Open\s+In review/);
    expect(await labeledValue(page, 'By')).toBe(MANAGER);
    expect(await labeledValue(page, 'Action')).toBe('Assigned');
    expect(await labeledValue(page, 'Record')).toBe(String(assignedId));
    await shot(page, '08-audit-entry');
  });

  it('asked the staff directory only for what a manager may read: no emails, sign-ins or account state', async () => {
    expect(userRequests.length).toBeGreaterThan(0);
    for (const { url, status } of userRequests) {
      expect(status, url.href).toBe(200);
      expect(`${url.searchParams.get('filter')} ${url.searchParams.get('sort')}`, url.href).not.toMatch(/email|active|lastLoginAt|createdAt/);
    }
  });
});
