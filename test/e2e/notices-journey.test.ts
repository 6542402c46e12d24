/**
 * Penalty notices end to end: comms draft one from last month's jewelry penalties, edit it beside
 * its live preview, submit it; a manager sends it back, then approves it; comms publish it and the
 * public page (/notices/<slug>) shows it; a manager retracts it and the page says so.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiList, eventually, main, menuItem, notification, screenshotFailures, screenshots, signIn, startE2E, type E2E } from './support';
import { noticeIdIn, openNotice, preview, previewEntryCount, runMove, windowShot } from './notice-steps';

const shot = screenshots('notices-journey');

let e2e: E2E;
let comms: Page;
let manager: Page;
let current: Page | undefined;
let noticeId: number;
let slug: string;

beforeAll(async () => {
  e2e = await startE2E();
  comms = await e2e.newPage();
  manager = await e2e.newPage();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('notices-journey', () => current);

const TITLE = 'Jewelry & jade penalty notice, last month (browser test)';

describe('a notice from draft to the public page', () => {
  it('comms land on their notices dashboard', async () => {
    current = comms;
    await signIn(comms, 'comms@example.com');
    await main(comms).getByRole('heading', { name: 'Welcome, Sun Yue 孙悦' }).waitFor();
    for (const card of ['Drafts', 'Waiting for approval', 'Scheduled', 'Recently published', 'Penalties not yet announced'])
      await main(comms).getByRole('heading', { name: card, exact: true }).waitFor();
    await menuItem(comms, 'Notices').waitFor();
    expect(await comms.getByRole('menuitem', { name: /Notice approvals$/ }).count()).toBe(0); // comms do not approve
    await shot(comms, '01-comms-dashboard');
  });

  it("comms generate a draft from last month's jewelry & jade penalties; it opens in the editor with its preview", async () => {
    await main(comms).getByRole('link', { name: 'New notice' }).first().click();
    await main(comms).getByRole('button', { name: 'Last month' }).click();
    await main(comms).getByLabel('Category').click();
    await comms.getByRole('option', { name: 'Jewelry & jade', exact: true }).click();
    await shot(comms, '02-generate');
    await main(comms).getByRole('button', { name: 'Draft the notice' }).click();
    await comms.waitForURL(/#\/notices\/\d+$/);
    noticeId = noticeIdIn(comms.url());
    await preview(comms).getByRole('heading', { level: 1 }).waitFor();
    expect(await preview(comms).getByRole('heading', { level: 1 }).innerText()).toMatch(/^珠宝玉石违规处罚公告（.*）· Jewelry & jade penalty notice/);
    await eventually(() => previewEntryCount(comms)).toBeGreaterThan(1);
  });

  it('edits follow in the preview before saving: the title, Markdown in the body, an entry taken out; then saved', async () => {
    await main(comms).getByLabel('Title').fill(TITLE);
    const body = main(comms).getByLabel('Text (Markdown)');
    await body.fill(`${await body.inputValue()}\n\n**Reviewed by the jewelry team.** <script>alert(1)</script>`);
    await preview(comms).getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await preview(comms).locator('strong', { hasText: 'Reviewed by the jewelry team.' }).waitFor();
    expect(await preview(comms).innerText()).toContain('<script>alert(1)</script>'); // raw HTML is text, as on the public page
    const before = await previewEntryCount(comms);
    const firstRemove = main(comms)
      .getByRole('button', { name: /^Take .+ out of the notice$/ })
      .first();
    await firstRemove.click();
    await eventually(() => previewEntryCount(comms)).toBe(before - 1);
    await windowShot(comms, 'notices-journey-03-editor-with-preview');
    await main(comms).getByRole('button', { name: 'Save' }).click();
    await notification(comms, /updated/i);
    slug = (await main(comms).getByLabel('Public address').inputValue()).trim();
    expect(slug).toMatch(/^jewelry-jade-/);
  });

  it('comms submit it for approval', async () => {
    await main(comms).getByRole('link', { name: 'Show' }).click();
    await runMove(comms, 'Submit for approval', 'Please check the November list.');
    await notification(comms, `Notice #${noticeId} submitted for approval`);
    await main(comms).getByText('Awaiting approval', { exact: true }).first().waitFor();
    expect(await main(comms).getByRole('button', { name: 'Approve' }).count()).toBe(0);
  });

  it('a manager sees it waiting (dashboard card and menu count) and sends it back with a comment', async () => {
    current = manager;
    await signIn(manager, 'manager@example.com');
    await main(manager).getByRole('heading', { name: 'Notices awaiting approval', exact: true }).waitFor();
    await main(manager)
      .getByRole('link', { name: new RegExp(TITLE.replace(/[()&]/g, '.')) })
      .waitFor();
    // The menu entry carries the count waiting (the seeded one and this).
    const { total } = await apiList(manager, 'notices', { filter: { status: 'in_review' }, range: [0, 0] });
    expect(total).toBeGreaterThanOrEqual(1);
    await manager
      .getByRole('menuitem', { name: /Notice approvals$/ })
      .getByText(String(total), { exact: true })
      .waitFor();
    await shot(manager, '04-manager-dashboard');
    await main(manager)
      .getByRole('link', { name: new RegExp(TITLE.replace(/[()&]/g, '.')) })
      .click();
    await main(manager).getByText('This notice waits for your review', { exact: false }).waitFor();
    await main(manager).getByText('First review: no earlier version was approved', { exact: false }).waitFor();
    await runMove(manager, 'Send back', 'Add the appeal address to the second paragraph.');
    await notification(manager, `Notice #${noticeId} sent back to draft`);
  });

  it('comms see the comment in the editor, change the text and submit again; the manager approves', async () => {
    current = comms;
    await openNotice(comms, noticeId, 'edit');
    await main(comms).getByText('Add the appeal address to the second paragraph.').waitFor();
    const body = main(comms).getByLabel('Text (Markdown)');
    await body.fill(`${await body.inputValue()}\n\nAppeals: appeals@example.com`);
    await main(comms).getByRole('button', { name: 'Save' }).click();
    await notification(comms, /updated/i);
    await main(comms).getByRole('link', { name: 'Show' }).click();
    await runMove(comms, 'Submit for approval');
    await notification(comms, `Notice #${noticeId} submitted for approval`);

    current = manager;
    await openNotice(manager, noticeId);
    await runMove(manager, 'Approve', 'Fine to publish.');
    await notification(manager, `Notice #${noticeId} approved`);
    await main(manager).getByText('Approved', { exact: true }).first().waitFor();
  });

  it('comms publish it now: the notice shows its frozen entries and the public link, and /notices/<slug> shows it', async () => {
    current = comms;
    await openNotice(comms, noticeId);
    await main(comms).getByRole('button', { name: 'Publish…' }).click();
    await comms.getByRole('dialog').getByRole('button', { name: 'Publish now' }).click();
    await notification(comms, `Notice #${noticeId} published`);
    await main(comms)
      .getByText(/^Frozen when published/)
      .waitFor();
    const link = main(comms).getByRole('link', { name: 'Open the public page' });
    expect(await link.getAttribute('href')).toBe(`/notices/${slug}`);
    await windowShot(comms, 'notices-journey-05-published');

    const publicPage = await e2e.newPage();
    await publicPage.goto(`/notices/${slug}?lang=en`);
    expect(await publicPage.getByRole('heading', { level: 1 }).innerText()).toBe(TITLE);
    expect(await publicPage.locator('article strong').first().innerText()).toBe('Reviewed by the jewelry team.');
    expect(await publicPage.locator('article').innerText()).toContain('appeals@example.com');
    expect(await publicPage.locator('article table tbody tr').count()).toBeGreaterThan(0);
    await windowShot(publicPage, 'notices-journey-06-public-page');
    await publicPage.context().close();
  });

  it('a manager retracts it with a reason: the notice and its public page carry the retraction banner', async () => {
    current = manager;
    await openNotice(manager, noticeId);
    await runMove(manager, 'Retract', 'A listed penalty is under appeal review.');
    await notification(manager, `Notice #${noticeId} retracted`);
    await main(manager).getByText('A listed penalty is under appeal review.').first().waitFor();
    await main(manager).getByRole('note').getByText('Retracted', { exact: true }).waitFor(); // the preview's banner
    await windowShot(manager, 'notices-journey-07-retracted');
    const res = await manager.request.get(`/notices/${slug}?lang=en`);
    const html = await res.text();
    expect(html).toContain('This notice was retracted');
    expect(html).toContain('A listed penalty is under appeal review.');
  });
});
