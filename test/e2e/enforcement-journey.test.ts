/**
 * Enforcement with two pairs of eyes: a reviewer issues a permanent ban from a confirmed case (the
 * dialog shows the policy's suggestion and the merchant's counted history; a double click issues
 * one penalty), the ban waits while the merchant keeps its status, a manager approves it from the
 * approval queue and the merchant shows banned, for both. The issuer cannot decide their own ban.
 * (A manager revoking a penalty: ./penalty-revoke.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { MANAGER, merchantHeading, merchantStatus, penaltyHeader, statusReason, toolbarButton, type Merchant, type Penalty } from './enforcement-pages';
import {
  apiGet,
  apiList,
  caseHeader,
  chooseFilterItem,
  columnTexts,
  dataRows,
  eventually,
  main,
  menuItem,
  notification,
  screenshotFailures,
  screenshots,
  section,
  shownCaseIds,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('enforcement-journey');
const REVIEWER = 'Li Na 李娜'; // reviewer@example.com
const BAN_REASON = 'Permanent ban: repeated failed inspections after earlier penalties; the merchant keeps misdeclaring materials.';
const APPROVAL_NOTE = 'Lab reports checked: the ban stands.';
const STATUS_LABEL: Record<string, string> = { active: 'Active', restricted: 'Restricted', suspended: 'Suspended', banned: 'Banned' };
const TYPE_LABEL: Record<string, string> = {
  warning: 'Warning',
  listing_removal: 'Listing removal',
  fine: 'Fine',
  live_suspension: 'Live-stream suspension',
  permanent_ban: 'Permanent ban',
};

interface CaseRow {
  id: number;
  status: string;
  merchantId: number;
  violationTypeId: number;
}
interface Suggestion {
  type: string;
  durationDays: number | null;
  currentPoints: number;
  addedPoints: number;
  totalPoints: number;
  policyId: number;
  counted: { id: number; startsAt: string }[];
}

let e2e: E2E;
let reviewer: Page;
let manager: Page | undefined;
let current: Page | undefined; // the page a failure screenshot shows
let reviewerId: number;
let managerId: number;

beforeAll(async () => {
  e2e = await startE2E();
  reviewer = await e2e.newPage();
  current = reviewer;
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('enforcement-journey', () => current);

describe('a reviewer issues a ban, a manager approves it, the merchant is banned', () => {
  let caseId: number;
  let merchant: Merchant;
  let suggestion: Suggestion;
  let banId: number;

  it('the reviewer finds a confirmed case of a merchant that is not banned', async () => {
    await signIn(reviewer, 'reviewer@example.com');
    const me = (await apiGet<{ id: number; name: string }>(reviewer, '/api/auth/me')).body;
    expect(me.name).toBe(REVIEWER);
    reviewerId = me.id;

    await menuItem(reviewer, 'Cases').click();
    await chooseFilterItem(reviewer, 'Confirmed');
    await eventually(async () => {
      const statuses = await columnTexts(reviewer, 'Status');
      return statuses.length > 0 && statuses.every((s) => s === 'Confirmed');
    }).toBe(true);
    const shown = await shownCaseIds(reviewer);

    // A case whose merchant is neither banned nor waiting on a ban, with a counted history that
    // suggests something short of a ban (so choosing a ban departs from the suggestion).
    for (const id of shown) {
      const { body: c } = await apiGet<CaseRow>(reviewer, `/api/cases/${id}`);
      const { body: m } = await apiGet<Merchant>(reviewer, `/api/merchants/${c.merchantId}`);
      if (m.status === 'banned') continue;
      const pending = await apiList(reviewer, 'penalties', { filter: { merchantId: m.id, status: 'pending_approval' }, range: [0, 0] });
      if (pending.total !== 0) continue;
      const { body: s } = await apiGet<Suggestion>(reviewer, `/api/merchants/${m.id}/suggested-penalty?violationTypeId=${c.violationTypeId}`);
      if (!s.counted.length || s.type === 'permanent_ban') continue;
      [caseId, merchant, suggestion] = [id, m, s];
      break;
    }
    expect(caseId, `a confirmed case of a merchant with a history and no ban among ${shown.join(', ')}`).toBeDefined();
    await shot(reviewer, '01-confirmed-cases');

    await dataRows(reviewer)
      .filter({ hasText: `#${caseId}` })
      .getByText(`#${caseId}`, { exact: true })
      .click();
    await reviewer.waitForURL(new RegExp(`#/cases/${caseId}/show`));
    const { heading, card } = caseHeader(reviewer, caseId);
    await heading.waitFor();
    await card.getByText('Confirmed', { exact: true }).waitFor();
    await card.getByRole('link', { name: merchant.nickname, exact: true }).waitFor();
    await toolbarButton(reviewer, 'Issue penalty').waitFor();
    await shot(reviewer, '02-case-confirmed');
  });

  it('"Issue penalty" shows the suggestion, its reasoning and the counted history; a double-clicked ban is issued once', async () => {
    await toolbarButton(reviewer, 'Issue penalty').click();
    const dialog = reviewer.getByRole('dialog', { name: `Issue a penalty to ${merchant.nickname} (${merchant.id}), citing case #${caseId}` });
    await dialog.waitFor();

    // The policy's suggestion, as the server computes it, and why.
    const verdict = suggestion.durationDays
      ? `${TYPE_LABEL[suggestion.type]} for ${suggestion.durationDays} day${suggestion.durationDays === 1 ? '' : 's'}`
      : TYPE_LABEL[suggestion.type];
    const panel = dialog.getByRole('alert').filter({ hasText: 'Suggested by the policy:' });
    await panel.getByText(`Suggested by the policy: ${verdict}`, { exact: true }).waitFor();
    const reasoning = await panel.getByRole('listitem').allInnerTexts();
    expect(reasoning).toHaveLength(3);
    expect(reasoning[0]).toMatch(new RegExp(`^${suggestion.counted.length} penalt(y|ies) since .+ counts? ${suggestion.currentPoints} points$`));
    expect(reasoning[1]).toMatch(new RegExp(`adds ${suggestion.addedPoints} points: ${suggestion.totalPoints} in all$`));
    expect(reasoning[2]).toContain(`(policy version ${suggestion.policyId})`);

    // The merchant's counted penalties, newest first.
    await dialog.getByText("The merchant's counted penalties", { exact: true }).waitFor();
    const counted = [...suggestion.counted].sort((a, b) => b.startsAt.localeCompare(a.startsAt)).map((p) => `#${p.id}`);
    expect(await columnTexts(dialog, 'Penalty #')).toEqual(counted);

    // The form starts from the suggestion.
    const type = dialog.getByRole('combobox', { name: /^Type/ });
    expect((await type.innerText()).trim()).toBe(TYPE_LABEL[suggestion.type]);
    await shot(reviewer, '03-issue-dialog');

    await type.click();
    await reviewer.getByRole('option', { name: 'Permanent ban', exact: true }).click();
    await eventually(async () => (await type.innerText()).trim()).toBe('Permanent ban');
    await dialog.getByText(`The policy suggests: ${TYPE_LABEL[suggestion.type]}`, { exact: true }).waitFor();
    await dialog.getByText('A permanent ban takes effect only once a second manager approves it.', { exact: false }).waitFor();
    await dialog.getByRole('textbox', { name: /^Reason/ }).fill(BAN_REASON);
    await shot(reviewer, '04-ban-chosen');

    // Double-click: the dialog posts once per opening (one Idempotency-Key), so one penalty.
    const keys: string[] = [];
    const onRequest = (r: Request) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/penalties') keys.push(r.headers()['idempotency-key'] ?? '(none)');
    };
    reviewer.on('request', onRequest);
    await dialog.getByRole('button', { name: 'Issue penalty', exact: true }).dblclick();
    const done = await notification(reviewer, /^Penalty #\d+ issued: the ban waits for a second manager's approval$/);
    banId = Number((await done.innerText()).match(/#(\d+)/)![1]);
    await dialog.waitFor({ state: 'hidden' });
    reviewer.off('request', onRequest);
    expect(keys.length).toBeGreaterThan(0);
    expect(new Set(keys).size, `one Idempotency-Key for every post: ${keys.join(', ')}`).toBe(1);
    expect(keys[0]).not.toBe('(none)');

    const citing = await apiList<Penalty>(reviewer, 'penalties', { filter: { caseId } });
    expect(citing.total).toBe(1);
    expect(citing.data[0]).toMatchObject({
      id: banId,
      merchantId: merchant.id,
      caseIds: [caseId],
      type: 'permanent_ban',
      status: 'pending_approval',
      reason: BAN_REASON,
      issuedById: reviewerId,
      approvedById: null,
    });
  });

  it('the case shows Penalized, citing the one ban that awaits approval', async () => {
    const { card } = caseHeader(reviewer, caseId);
    await card.getByText('Penalized', { exact: true }).waitFor();
    const penalties = section(reviewer, 'Penalty');
    await penalties
      .getByRole('row')
      .filter({ hasText: `#${banId}` })
      .waitFor();
    expect(await columnTexts(penalties, 'Penalty #')).toEqual([`#${banId}`]);
    expect(await columnTexts(penalties, 'Type')).toEqual(['Permanent ban']);
    expect(await columnTexts(penalties, 'Status')).toEqual(['Awaiting approval']);
    expect(await toolbarButton(reviewer, 'Issue penalty').count()).toBe(0); // no longer confirmed
    await shot(reviewer, '05-case-penalized');
    expect((await apiGet<CaseRow>(reviewer, `/api/cases/${caseId}`)).body.status).toBe('penalized');
  });

  it('the merchant keeps its status until the ban is approved, and lists the pending ban', async () => {
    await caseHeader(reviewer, caseId).card.getByRole('link', { name: merchant.nickname, exact: true }).click();
    await reviewer.waitForURL(new RegExp(`#/merchants/${merchant.id}/show`));
    await merchantHeading(reviewer, merchant.nickname).waitFor();
    expect(await merchantStatus(reviewer, merchant.nickname)).toBe(STATUS_LABEL[merchant.status]);
    expect(merchant.status).not.toBe('banned');

    const pending = statusReason(reviewer, banId);
    await pending.waitFor();
    await eventually(() => pending.innerText()).toContain('A permanent ban is awaiting approval');
    await eventually(() => pending.innerText()).toContain(BAN_REASON);
    const penalties = section(reviewer, 'Penalties');
    const row = penalties.getByRole('row').filter({ hasText: `#${banId}` });
    await row.waitFor();
    await eventually(() => row.innerText()).toMatch(/Permanent ban\s+Awaiting approval/);
    await shot(reviewer, '06-merchant-pending-ban');
    expect((await apiGet<Merchant>(reviewer, `/api/merchants/${merchant.id}`)).body.status).toBe(merchant.status);
  });

  it('the reviewer who issued the ban cannot approve or reject it (two-person rule)', async () => {
    await statusReason(reviewer, banId)
      .getByRole('link', { name: `Penalty #${banId}`, exact: true })
      .click();
    await reviewer.waitForURL(new RegExp(`#/penalties/${banId}/show`));
    const { heading, card } = penaltyHeader(reviewer, banId);
    await heading.waitFor();
    await card.getByText('Awaiting approval', { exact: true }).waitFor();
    // Shown once the signed-in user is known, as are the toolbar's buttons.
    await card.getByText('You issued this ban: another manager must approve or reject it.', { exact: true }).waitFor();
    expect(await toolbarButton(reviewer, 'Approve').count()).toBe(0);
    expect(await toolbarButton(reviewer, 'Reject').count()).toBe(0);
    expect(await toolbarButton(reviewer, 'Revoke').count()).toBe(0);
    await shot(reviewer, '07-own-ban-no-decision');
  });

  it('a manager sees the ban on the dashboard card "Bans awaiting approval"', async () => {
    manager = await e2e.newPage();
    current = manager;
    await signIn(manager, 'manager@example.com');
    const me = (await apiGet<{ id: number; name: string }>(manager, '/api/auth/me')).body;
    expect(me.name).toBe(MANAGER);
    managerId = me.id;
    await manager.getByRole('heading', { name: `Welcome, ${MANAGER}` }).waitFor();

    const waiting = await apiList<Penalty>(manager, 'penalties', { filter: { status: 'pending_approval', type: 'permanent_ban' }, sort: ['createdAt', 'ASC'] });
    expect(waiting.data.map((p) => p.id)).toContain(banId);
    const card = main(manager)
      .locator('.MuiCard-root')
      .filter({ has: manager.getByText('Bans awaiting approval', { exact: true }) });
    const entry = card.getByRole('link').filter({ hasText: `#${banId}` });
    await entry.waitFor();
    await eventually(() => entry.innerText()).toContain(`${merchant.nickname} (${merchant.id})`); // the merchant loads on its own
    await card.getByText(String(waiting.total), { exact: true }).waitFor();
    await card.getByRole('link', { name: `View all (${waiting.total})` }).waitFor();
    await shot(manager, '08-manager-dashboard');
  });

  it('opens the approval queue from the menu and approves the ban with a note: In force, approved by them', async () => {
    await menuItem(manager!, 'Ban approvals').click();
    await manager!.waitForURL(/#\/penalties\?/);
    const row = dataRows(manager!).filter({ hasText: `#${banId}` });
    await row.waitFor();
    await eventually(async () => new Set(await columnTexts(manager!, 'Status'))).toEqual(new Set(['Awaiting approval']));
    expect(new Set(await columnTexts(manager!, 'Type'))).toEqual(new Set(['Permanent ban']));
    await eventually(() => row.innerText()).toContain(REVIEWER); // issued by
    await shot(manager!, '09-approval-queue');

    await row.getByText(`#${banId}`, { exact: true }).click();
    await manager!.waitForURL(new RegExp(`#/penalties/${banId}/show`));
    const { heading, card } = penaltyHeader(manager!, banId);
    await heading.waitFor();
    await card.getByText('This ban is waiting for your decision: approve it, or reject it with a reason.', { exact: true }).waitFor();
    await toolbarButton(manager!, 'Reject').waitFor();

    await toolbarButton(manager!, 'Approve').click();
    const dialog = manager!.getByRole('dialog', { name: `Approve penalty #${banId}` });
    await dialog.waitFor();
    await dialog.getByRole('textbox', { name: 'Note' }).fill(APPROVAL_NOTE);
    await shot(manager!, '10-approve-dialog');
    await dialog.getByRole('button', { name: 'Approve', exact: true }).click();

    await notification(manager!, `Penalty #${banId} approved`);
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('In force', { exact: true }).waitFor();
    const approved = card.getByRole('alert').filter({ hasText: 'Approved' });
    await approved.filter({ hasText: MANAGER }).filter({ hasText: APPROVAL_NOTE }).waitFor();
    expect(await toolbarButton(manager!, 'Approve').count()).toBe(0);
    await toolbarButton(manager!, 'Revoke').waitFor(); // now in force: it can be revoked
    await shot(manager!, '11-ban-approved');

    expect((await apiGet<Penalty>(manager!, `/api/penalties/${banId}`)).body).toMatchObject({
      status: 'active',
      approvedById: managerId,
      decisionNote: APPROVAL_NOTE,
      issuedById: reviewerId,
    });
  });

  it('the merchant page shows Banned with the ban as the reason, for the manager', async () => {
    await penaltyHeader(manager!, banId).card.getByRole('link', { name: merchant.nickname, exact: true }).click();
    await manager!.waitForURL(new RegExp(`#/merchants/${merchant.id}/show`));
    await merchantHeading(manager!, merchant.nickname).waitFor();
    await eventually(() => merchantStatus(manager!, merchant.nickname)).toBe('Banned');
    const reason = statusReason(manager!, banId);
    await reason.waitFor();
    await eventually(() => reason.innerText()).toMatch(/^Banned since .+ · Penalty #\d+/);
    await eventually(() => reason.innerText()).toContain(BAN_REASON);
    expect(await main(manager!).getByText('A permanent ban is awaiting approval').count()).toBe(0);
    await shot(manager!, '12-merchant-banned-manager');
    expect((await apiGet<Merchant>(manager!, `/api/merchants/${merchant.id}`)).body.status).toBe('banned');
  });

  it('and for the reviewer, after reloading the merchant page', async () => {
    current = reviewer;
    await reviewer.goto(`/#/merchants/${merchant.id}/show`);
    await reviewer.reload();
    await merchantHeading(reviewer, merchant.nickname).waitFor();
    await eventually(() => merchantStatus(reviewer, merchant.nickname)).toBe('Banned');
    // Parts of the reason and of the row (names from references) render after their own fetches.
    const reason = statusReason(reviewer, banId);
    await reason.waitFor();
    await eventually(() => reason.innerText()).toContain('Banned since');
    await eventually(() => reason.innerText()).toContain(BAN_REASON);
    const row = section(reviewer, 'Penalties')
      .getByRole('row')
      .filter({ hasText: `#${banId}` });
    await eventually(() => row.innerText()).toMatch(/Permanent ban\s+In force/);
    await eventually(() => row.innerText()).toContain(MANAGER); // decided by
    await shot(reviewer, '13-merchant-banned-reviewer');
  });
});
