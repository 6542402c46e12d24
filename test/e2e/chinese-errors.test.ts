/**
 * The server answers in English with a message code; a Chinese reader sees the message in Chinese,
 * statuses by their labels: a conflict in a notification, a field error under its field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiList, eventually, labeledValue, main, menuItem, notification, screenshotFailures, screenshots, signIn, startE2E, type E2E } from './support';
import { apiPost } from './fixtures';

const shot = screenshots('chinese-errors');
const WANG_HAO = 'Wang Hao 王浩'; // reviewer2@example.com

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('chinese-errors', () => page);

describe('server errors in Chinese', () => {
  it('a case someone else claimed meanwhile: the conflict reads in Chinese', async () => {
    page = await e2e.newPage('zh');
    await signIn(page, 'reviewer@example.com');
    const { data } = await apiList<{ id: number }>(page, 'cases', { filter: { status: 'open' }, sort: ['dueAt', 'ASC'], range: [0, 0] });
    const caseId = data[0].id;
    await page.goto(`/#/cases/${caseId}/show`);
    await main(page)
      .getByRole('heading', { level: 2, name: `案件 #${caseId}`, exact: true })
      .waitFor();
    const claim = main(page).getByRole('button', { name: '认领', exact: true });
    await claim.waitFor();

    // Another reviewer claims it first.
    const other = await e2e.newPage();
    try {
      await signIn(other, 'reviewer2@example.com');
      const current = await other.request.get(`/api/cases/${caseId}`);
      await apiPost(other, `/api/cases/${caseId}/claim`, { version: (await current.json()).version });
    } finally {
      await other.context().close();
    }

    await claim.click();
    const alert = await notification(page, `案件 #${caseId}`);
    expect(await alert.innerText()).toContain(`案件 #${caseId} 当前为“审核中”，已由 ${WANG_HAO} 认领；只能认领待处理的案件`);
    expect(await alert.innerText()).not.toMatch(/in_review|Case #|claimed/);
    await shot(page, '01-conflict');
    // The page reloads and shows the case as it is now: in review, Wang Hao's.
    const card = main(page)
      .getByRole('heading', { level: 2, name: `案件 #${caseId}`, exact: true })
      .locator('xpath=ancestor::*[contains(@class,"MuiCard-root")][1]');
    await card.getByText('审核中', { exact: true }).waitFor();
    await eventually(() => labeledValue(card, '处理人')).toBe(WANG_HAO);
  });

  it('a field error (an e-mail already used) shows under its field in Chinese', async () => {
    await page.context().close();
    page = await e2e.newPage('zh');
    await signIn(page, 'admin@example.com');
    await menuItem(page, '用户').click();
    await main(page).getByRole('link', { name: '新建' }).click();
    await page.waitForURL(/#\/users\/create/);
    await page.getByRole('textbox', { name: '邮箱', exact: true }).fill('reviewer@example.com');
    await page.getByRole('textbox', { name: '姓名', exact: true }).fill('Li Na 李娜');
    await page.getByRole('textbox', { name: '密码', exact: true }).fill('a-long-enough-password');
    await page.getByRole('button', { name: '保存', exact: true }).click();

    const email = page.getByRole('textbox', { name: '邮箱', exact: true });
    const helper = async () => {
      const id = (await email.getAttribute('aria-describedby'))?.split(' ')[0];
      return id ? (await page.locator(`[id="${id}"]`).innerText()).replace(/\u200b/g, '').trim() : '';
    };
    await eventually(helper).toBe('已被其他记录使用');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    await page.waitForURL(/#\/users\/create/); // nothing was created
    await shot(page, '02-field-error');
  });
});
