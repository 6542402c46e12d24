/**
 * An administrator: creates a staff account (an inspector belongs to a warehouse; errors land on the
 * form's fields), renames a category in Chinese, then switches the console to 简体中文.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import {
  apiGet,
  apiList,
  columnTexts,
  dataRows,
  eventually,
  main,
  menuItem,
  notification,
  screenshotFailures,
  screenshots,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('admin-journey');
const NEW_USER = { email: 'xu.lan@example.com', name: 'Xu Lan 徐岚', password: 'inspect-2026-panyu' };
const PEARLS_ZH = '珍珠饰品'; // seeded as 珍珠

let e2e: E2E;
let page: Page;
const userPosts: Request[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/users') userPosts.push(r);
  });
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('admin-journey', () => page);

/** A select of the form: its accessible name is its label followed by the chosen option. */
const select = (label: string) => page.getByRole('combobox', { name: new RegExp(`^${label}\\b`) });

/** The helper text (error) shown under a form field. */
async function fieldError(label: string) {
  const input = label === 'Email' || label === 'Name' ? page.getByRole('textbox', { name: label, exact: true }) : select(label);
  const describedBy = await input.getAttribute('aria-describedby');
  if (!describedBy) return '';
  // An empty helper keeps its height with a zero-width space.
  return (await page.locator(`[id="${describedBy.split(' ')[0]}"]`).innerText()).replace(/\u200b/g, '').trim();
}

async function chooseOption(field: string, option: string | RegExp) {
  await select(field).click();
  await page.getByRole('option', { name: option }).click();
  await page.getByRole('listbox').waitFor({ state: 'hidden' });
}

describe('admin manages staff and reference data, in two languages', () => {
  it('opens the user form; an inspector without a warehouse is refused on the Warehouse field', async () => {
    await signIn(page, 'admin@example.com');
    await menuItem(page, 'Users').click();
    await dataRows(page).first().waitFor();
    await main(page).getByRole('link', { name: 'Create' }).click();
    await page.waitForURL(/#\/users\/create/);

    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(NEW_USER.email);
    await page.getByRole('textbox', { name: 'Name', exact: true }).fill(NEW_USER.name);
    // Only inspectors are asked for a warehouse.
    expect(await select('Warehouse').count()).toBe(0);
    await chooseOption('Role', 'Inspector');
    await select('Warehouse').waitFor();
    await page.getByRole('textbox', { name: 'Password', exact: true }).fill(NEW_USER.password);
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await eventually(() => fieldError('Warehouse')).toMatch(/inspectors belong to a warehouse/i);
    expect(await select('Warehouse').getAttribute('aria-invalid')).toBe('true');
    await page.waitForURL(/#\/users\/create/); // still on the form
    await shot(page, '01-user-needs-warehouse');
    // Nothing was created.
    expect((await apiList(page, 'users', { filter: { email: NEW_USER.email } })).total).toBe(0);
  });

  it("a server-side field error (e-mail already used) lands on the form's Email field", async () => {
    await chooseOption('Warehouse', 'Panyu inspection warehouse');
    expect(await fieldError('Warehouse')).toBe('');
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill('reviewer@example.com');
    const posted = userPosts.length;
    await page.getByRole('button', { name: 'Save', exact: true }).click();

    await eventually(() => fieldError('Email')).toBe('already used by another record'); // the server's message code, worded by the SPA
    expect(userPosts.length).toBe(posted + 1); // this one went to the server
    await page.waitForURL(/#\/users\/create/);
    await shot(page, '02-user-email-taken');
  });

  it('creates the inspector: back on the list, in the Panyu warehouse', async () => {
    await page.getByRole('textbox', { name: 'Email', exact: true }).fill(NEW_USER.email);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    // The notification says what was created, not react-admin's "Element created".
    await notification(page, `User “${NEW_USER.name}” created`);
    await page.waitForURL(/#\/users(\?.*)?$/);
    const row = dataRows(page).filter({ hasText: NEW_USER.email });
    await row.waitFor();
    const cells = (await row.getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(cells).toEqual(expect.arrayContaining([NEW_USER.name, NEW_USER.email, 'Inspector', 'Panyu inspection warehouse']));
    await shot(page, '03-user-created');

    // The new account can sign in.
    const inspector = await e2e.newPage();
    try {
      await signIn(inspector, NEW_USER.email, NEW_USER.password);
      // Inspectors land at their workstation, in their warehouse.
      await inspector.waitForURL((url) => url.hash.startsWith('#/workstation'));
      await main(inspector).getByText('Panyu inspection warehouse').waitFor();
    } finally {
      await inspector.context().close();
    }
  });

  it("edits a category's Chinese name", async () => {
    await menuItem(page, 'Categories').click();
    await dataRows(page).filter({ hasText: 'pearls' }).getByText('Pearls', { exact: true }).click();
    await page.waitForURL(/#\/categories\/\d+$/);
    const zhName = page.getByRole('textbox', { name: 'Chinese name' });
    await eventually(() => zhName.inputValue()).toBe('珍珠');
    expect(await page.getByRole('textbox', { name: 'English name' }).inputValue()).toBe('Pearls');
    expect(await page.getByRole('textbox', { name: 'Code' }).isEditable()).toBe(false); // fixed once created
    await zhName.fill(PEARLS_ZH);
    await shot(page, '04-category-edit');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await notification(page, 'Category “Pearls” saved');
    await page.waitForURL(/#\/categories(\?.*)?$/);
    // In English the list still says Pearls.
    await dataRows(page).filter({ hasText: 'pearls' }).getByText('Pearls', { exact: true }).waitFor();
  });

  it("a violation type's points are the policy's: shown read-only, linking to the policy, and not in its form", async () => {
    const { body: policy } = await apiGet<{ id: number; points: Record<string, number> }>(page, '/api/penalty-policies/current');
    await menuItem(page, 'Violation types').click();
    const row = dataRows(page).filter({ hasText: 'material_fraud' });
    await row.waitFor();
    const points = row.getByRole('link', { name: String(policy.points.material_fraud), exact: true });
    await points.waitFor();
    expect(await columnTexts(page, 'Points in the policy')).toContain(String(policy.points.material_fraud));
    await shot(page, '05-violation-types');

    await row.getByText('Material fraud', { exact: true }).click();
    await page.waitForURL(/#\/violation-types\/\d+$/);
    await page.getByText('Points are set per violation type in the penalty policy, not here.').waitFor();
    await page.getByText(`In force now (policy version ${policy.id}): ${policy.points.material_fraud} points.`).waitFor();
    expect(await page.getByRole('spinbutton', { name: /points/i }).count()).toBe(0); // no points input
    await page.getByRole('link', { name: 'Open the policy' }).click();
    await page.waitForURL(new RegExp(`#/penalty-policies/${policy.id}/show`));
    await menuItem(page, 'Categories').click();
  });

  it('switches the language to 简体中文: Chinese menu, and the new category name', async () => {
    await page
      .getByRole('banner')
      .getByRole('button', { name: /english/i })
      .click();
    await page.getByRole('menuitem', { name: '简体中文' }).click();

    await menuItem(page, '案件').waitFor();
    for (const label of ['工作台', '案件', '商家', '类目', '违规类型', '质检仓', '用户', '审计日志']) {
      expect(await menuItem(page, label).isVisible(), label).toBe(true);
    }
    expect(await menuItem(page, 'Cases').count()).toBe(0);
    await page.getByText('日常工作', { exact: true }).waitFor(); // the section titles too
    await eventually(() => columnTexts(page, '名称')).toContain(PEARLS_ZH);
    expect(await columnTexts(page, '名称')).toContain('珠宝玉石');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    await shot(page, '06-zh-categories');
  });

  it('the users page in Chinese', async () => {
    await menuItem(page, '用户').click();
    await dataRows(page).filter({ hasText: NEW_USER.email }).waitFor();
    const headers = (await page.getByRole('columnheader').allInnerTexts()).map((h) => h.trim());
    expect(headers).toEqual(expect.arrayContaining(['姓名', '邮箱', '角色', '所属质检仓', '启用', '最近登录']));
    const cells = (await dataRows(page).filter({ hasText: NEW_USER.email }).getByRole('cell').allInnerTexts()).map((t) => t.trim());
    expect(cells).toEqual(expect.arrayContaining(['质检员', '番禺质检仓']));
    expect(await columnTexts(page, '角色')).toEqual(expect.arrayContaining(['管理员', '主管', '审核员', '公告专员']));
    await main(page).getByRole('link', { name: '新建' }).waitFor();
    await shot(page, '07-zh-users');
  });
});
