/**
 * The seed story's merchant, 3391 "老银" (8,120,000 followers): found by search by anyone, with its
 * cases for those who work cases; and the merchant list, biggest first, sortable by followers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  apiGet,
  apiList,
  columnTexts,
  dataRows,
  eventually,
  labeledValue,
  main,
  menuItem,
  screenshotFailures,
  screenshots,
  section,
  shownCaseIds,
  signIn,
  startE2E,
  type E2E,
} from './support';

const shot = screenshots('merchant-page');
const STORY = { id: 3391, nickname: '老银', followers: '8,120,000', followersZh: '812万' };

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('merchant-page', () => page);

const followers = (texts: string[]) => texts.map((t) => Number(t.replace(/,/g, '')));
const isSorted = (values: number[], order: 'ASC' | 'DESC') => values.every((v, i) => i === 0 || (order === 'ASC' ? values[i - 1] <= v : values[i - 1] >= v));

/** The merchant's profile card: nickname heading, status chip and the labelled figures. */
async function expectProfile(p: Page) {
  await main(p).getByRole('heading', { level: 2, name: STORY.nickname, exact: true }).waitFor();
  await eventually(() => labeledValue(main(p), 'Followers')).toBe(STORY.followers);
  expect(await labeledValue(main(p), 'Merchant ID')).toBe(String(STORY.id));
  await eventually(() => labeledValue(main(p), 'Category')).toBe('Gold & silver ornaments');
  await main(p).getByText('Banned', { exact: true }).waitFor(); // permanently banned in the story
}

describe('merchant 3391 and the merchant list', () => {
  it('a comms user finds 老银 by searching, and sees 8,120,000 followers (but no cases)', async () => {
    page = await e2e.newPage();
    await signIn(page, 'comms@example.com');
    await menuItem(page, 'Merchants').click();
    await dataRows(page).first().waitFor();
    // Exactly "Search": the Columns button keeps its own "Search columns" box in the page.
    await page.getByPlaceholder('Search', { exact: true }).fill(STORY.nickname);
    await page.waitForURL(/filter=.*q/);
    await eventually(async () => (await columnTexts(page, 'Nickname')).every((n) => n.includes(STORY.nickname))).toBe(true);
    const row = dataRows(page)
      .filter({ hasText: String(STORY.id) })
      .filter({ hasText: STORY.followers });
    await row.waitFor();
    expect((await columnTexts(page, 'Merchant ID'))[0]).toBe(String(STORY.id)); // the biggest first
    await shot(page, '01-search');

    await row.getByText(STORY.nickname, { exact: true }).click();
    await page.waitForURL(new RegExp(`#/merchants/${STORY.id}/show`));
    await expectProfile(page);
    // Comms may not read cases: no case sections on the page.
    expect(await main(page).getByRole('heading', { name: 'Cases', exact: true }).count()).toBe(0);
    expect(await main(page).getByRole('heading', { name: 'Case activity' }).count()).toBe(0);
    await shot(page, '02-comms-profile');
    await page.context().close();
  });

  it('in Chinese the follower count reads 812万', async () => {
    page = await e2e.newPage('zh');
    await signIn(page, 'comms@example.com');
    await page.goto(`/#/merchants/${STORY.id}/show`);
    await main(page).getByRole('heading', { level: 2, name: STORY.nickname, exact: true }).waitFor();
    await eventually(() => labeledValue(main(page), '粉丝数')).toBe(STORY.followersZh);
    await eventually(() => labeledValue(main(page), '类目')).toBe('金银饰品');
    await main(page).getByText('封禁', { exact: true }).waitFor();
    await shot(page, '03-zh-profile');
    await page.context().close();
  });

  it('a reviewer opening /#/merchants/3391/show also sees its cases and their activity', async () => {
    page = await e2e.newPage();
    await signIn(page, 'reviewer@example.com');
    await page.goto(`/#/merchants/${STORY.id}/show`);
    await expectProfile(page);
    await main(page).getByRole('heading', { name: 'Cases', exact: true }).waitFor();
    await main(page).getByRole('heading', { name: 'Case activity' }).waitFor();

    const { data: cases, total } = await apiList<{ id: number; status: string }>(page, 'cases', {
      filter: { merchantId: STORY.id },
      sort: ['openedAt', 'DESC'],
      range: [0, 9],
    });
    expect(total).toBeGreaterThanOrEqual(5); // months of failed inspections
    const casesSection = section(page, 'Cases');
    await eventually(() => shownCaseIds(casesSection)).toEqual(cases.map((c) => c.id));
    const statuses = await columnTexts(casesSection, 'Status');
    expect(statuses).toContain('Penalized'); // the failed inspections that led to the ban
    const merchant = (await apiGet<{ openCaseCount: number }>(page, `/api/merchants/${STORY.id}`)).body;
    expect(await labeledValue(main(page), 'Open cases')).toBe(String(merchant.openCaseCount));
    await casesSection.getByText(`1-${Math.min(total, 10)} of ${total}`).waitFor();
    // The activity feed links each event to its case.
    await main(page)
      .getByRole('link', { name: `#${cases[0].id}` })
      .first()
      .waitFor();
    await shot(page, '04-reviewer-cases');

    // A case row opens the case.
    await casesSection
      .getByRole('row')
      .filter({ hasText: `#${cases[0].id}` })
      .getByText(`#${cases[0].id}`, { exact: true })
      .click();
    await page.waitForURL(new RegExp(`#/cases/${cases[0].id}/show`));
    await main(page)
      .getByRole('heading', { level: 2, name: `Case #${cases[0].id}` })
      .waitFor();
  });

  it('the merchant list is sorted by followers, biggest first, and the header sorts it both ways', async () => {
    await page.goto('/#/merchants');
    await page.getByRole('button', { name: /^Sort by followers/ }).waitFor();
    await eventually(async () => (await columnTexts(page, 'Followers')).length).toBe(25);
    let values = followers(await columnTexts(page, 'Followers'));
    expect(isSorted(values, 'DESC')).toBe(true);
    expect((await columnTexts(page, 'Nickname'))[0]).toBe(STORY.nickname);
    expect(values[0]).toBe(8_120_000);
    await shot(page, '05-list-by-followers');

    await page.getByRole('button', { name: 'Sort by followers ascending' }).click();
    await page.waitForURL(/sort=followerCount/);
    await page.waitForURL(/order=ASC/);
    await eventually(async () => {
      const shown = followers(await columnTexts(page, 'Followers'));
      return shown.length === 25 && isSorted(shown, 'ASC') && !shown.includes(8_120_000);
    }).toBe(true);
    values = followers(await columnTexts(page, 'Followers'));
    expect(values[0]).toBeLessThan(values[24]);
    await shot(page, '06-list-followers-ascending');

    await page.getByRole('button', { name: 'Sort by followers descending' }).click();
    await page.waitForURL(/order=DESC/);
    await eventually(async () => (await columnTexts(page, 'Nickname'))[0]).toBe(STORY.nickname);
    expect(isSorted(followers(await columnTexts(page, 'Followers')), 'DESC')).toBe(true);
  });

  it("the points chart covers the policy's window, whatever it is", async () => {
    const { body: policy } = await apiGet<Record<string, unknown> & { windowDays: number }>(page, '/api/penalty-policies/current');
    await page.goto(`/#/merchants/${STORY.id}/show`);
    await main(page)
      .getByRole('heading', { name: `Violation points, last ${policy.windowDays} days`, exact: true })
      .waitFor();

    // An administrator narrows the window to 180 days: the chart follows.
    const admin = await e2e.newPage();
    try {
      await signIn(admin, 'admin@example.com');
      const { windowDays: _old, id: _id, createdAt: _at, createdById: _by, note: _note, ...rest } = policy;
      const res = await admin.request.post('/api/penalty-policies', { data: { ...rest, windowDays: 180, note: 'A shorter window (browser test)' } });
      expect(res.status()).toBe(201);
    } finally {
      await admin.context().close();
    }
    await page.reload();
    await main(page).getByRole('heading', { name: 'Violation points, last 180 days', exact: true }).waitFor();
    await shot(page, '07-points-window');
  });
});
