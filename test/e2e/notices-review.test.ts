/**
 * Reviewing and scheduling notices: a manager is never offered Approve on a notice they wrote; a
 * correction of a published notice shows the approving manager what changed (the diff); a publish
 * time in the past is refused and a future one schedules; the editor in Chinese, where a stale
 * save is refused in Chinese.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { NoticeRecord } from '../../domain/notices';
import { apiGet, apiList, main, notification, screenshotFailures, signIn, startE2E, type E2E } from './support';
import { draftViaApi, localInputValue, moveViaApi, noticeIdIn, openNotice, preview, runMove, windowShot } from './notice-steps';

let e2e: E2E;
let comms: Page;
let manager: Page;
let current: Page | undefined;

beforeAll(async () => {
  e2e = await startE2E();
  comms = await e2e.newPage();
  manager = await e2e.newPage();
  await signIn(comms, 'comms@example.com');
  await signIn(manager, 'manager@example.com');
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('notices-review', () => current);

const toolbarButton = (page: Page, name: string) => main(page).getByRole('button', { name, exact: true });

describe('the approval view', () => {
  it('a manager sees no Approve or Send back on a notice they wrote, and is told why', async () => {
    current = manager;
    const own = await draftViaApi(manager);
    await moveViaApi(manager, own.id, 'submit');
    await openNotice(manager, own.id);
    await main(manager).getByText('You wrote this notice: another manager must approve it or send it back.').waitFor();
    expect(await toolbarButton(manager, 'Approve').count()).toBe(0);
    expect(await toolbarButton(manager, 'Send back').count()).toBe(0);
    await windowShot(manager, 'notices-review-01-own-notice');

    // Another manager gets both.
    const other = await e2e.newPage();
    await signIn(other, 'manager2@example.com');
    await openNotice(other, own.id);
    await toolbarButton(other, 'Approve').waitFor();
    await toolbarButton(other, 'Send back').waitFor();
    await other.context().close();
  });

  it('a correction of a published notice: the manager sees the changed text and the removed entry against what was approved', async () => {
    current = comms;
    const { data } = await apiList<NoticeRecord>(comms, 'notices', { filter: { status: 'published' }, sort: ['publishedAt', 'DESC'], range: [0, 0] });
    const original = data[0];
    await openNotice(comms, original.id);
    await runMove(comms, 'Correct', 'A listed merchant was named twice; the introduction gets the appeal address.');
    await notification(comms, `A correction of notice #${original.id} is drafted`);
    await comms.waitForURL(/#\/notices\/\d+$/);
    const correctionId = noticeIdIn(comms.url());
    await preview(comms).waitFor();

    const body = main(comms).getByLabel('Text (Markdown)');
    await body.fill(`${await body.inputValue()}\n\nAppeals: appeals@example.com`);
    const removed = main(comms)
      .getByRole('button', { name: /^Take .+ out of the notice$/ })
      .first();
    const removedName = ((await removed.getAttribute('aria-label')) ?? '').replace(/^Take (.+) out of the notice$/, '$1');
    await removed.click();
    await main(comms).getByRole('button', { name: 'Save' }).click();
    await notification(comms, /updated/i);
    await moveViaApi(comms, correctionId, 'submit');

    current = manager;
    await openNotice(manager, correctionId);
    const changes = main(manager)
      .getByRole('heading', { name: 'Changes since the last approval' })
      .locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]');
    await changes.getByText(/^Compared with the version approved/).waitFor();
    await changes.getByText('Entry removed', { exact: true }).waitFor();
    expect(await changes.locator('table').first().innerText()).toContain(removedName);
    await changes.locator('[data-diff="added"]', { hasText: 'Appeals: appeals@example.com' }).waitFor();
    await changes.scrollIntoViewIfNeeded();
    await windowShot(manager, 'notices-review-02-diff');

    await runMove(manager, 'Approve');
    await notification(manager, `Notice #${correctionId} approved`);
  });
});

describe('publishing at a time', () => {
  it('a time in the past is refused; tomorrow schedules it, shown as scheduled with its date', async () => {
    current = comms;
    const draft = await draftViaApi(comms);
    await moveViaApi(comms, draft.id, 'submit');
    await moveViaApi(manager, draft.id, 'approve');
    await openNotice(comms, draft.id);
    await main(comms).getByRole('button', { name: 'Publish…' }).click();
    const dialog = comms.getByRole('dialog');
    await dialog.getByLabel('At a time').check();
    const at = dialog.getByLabel('Publish at');
    await at.fill(localInputValue(new Date(Date.now() - 2 * 3_600_000)));
    await dialog.getByText('a time in the future, or none to publish now').waitFor();
    expect(await dialog.getByRole('button', { name: 'Schedule' }).isDisabled()).toBe(true);

    const tomorrow = new Date(Date.now() + 86_400_000);
    tomorrow.setHours(10, 0, 0, 0);
    await at.fill(localInputValue(tomorrow));
    await dialog.getByRole('button', { name: 'Schedule' }).click();
    await notification(comms, `Notice #${draft.id} scheduled for`);
    await main(comms).getByText('Scheduled', { exact: true }).first().waitFor();
    await main(comms)
      .getByText(/^Scheduled: goes public on .+ at \/notices\//)
      .waitFor();
    await main(comms).getByText('Scheduled to go out', { exact: true }).waitFor();
    const { body } = await apiGet<NoticeRecord>(comms, `/api/notices/${draft.id}`);
    expect(body).toMatchObject({ status: 'scheduled', publishAt: tomorrow.toISOString() });
    expect((await comms.request.get(`/notices/${body.slug}`)).status()).toBe(404); // not public before its time
    await windowShot(comms, 'notices-review-03-scheduled');
  });
});

describe('the editor in Chinese', () => {
  it('labels, statuses and the preview read in Chinese; a stale save is refused in Chinese', async () => {
    const zh = await e2e.newPage('zh');
    current = zh;
    await signIn(zh, 'comms@example.com');
    const draft = await draftViaApi(zh);
    await openNotice(zh, draft.id, 'edit');
    await main(zh).getByLabel('标题').waitFor();
    await main(zh).getByLabel('正文（Markdown）').waitFor();
    await main(zh).getByRole('heading', { name: '公开页面预览' }).waitFor();
    await preview(zh)
      .getByRole('heading', { name: /^处罚名单/ })
      .waitFor();
    await main(zh).getByRole('button', { name: '添加处罚' }).waitFor();
    await windowShot(zh, 'notices-review-04-zh-editor');

    // Someone saves the draft meanwhile: this editor holds a stale version.
    const { body } = await apiGet<NoticeRecord>(zh, `/api/notices/${draft.id}`);
    const put = await zh.request.put(`/api/notices/${draft.id}`, { data: { title: `${body.title}（已校对）`, version: body.version } });
    expect(put.ok()).toBe(true);

    await main(zh).getByLabel('标题').fill('珠宝玉石违规处罚公告（浏览器测试）');
    await main(zh).getByRole('button', { name: '保存' }).click();
    const alert = await notification(zh, '已被他人修改');
    expect(await alert.innerText()).toMatch(/公告/);
    expect(await alert.innerText()).not.toMatch(/notice|version/i);
    await main(zh).getByText('在您编辑期间，其他人修改了这条记录。').waitFor();
    await windowShot(zh, 'notices-review-05-zh-stale-save');
    await zh.context().close();
  });
});
