/**
 * The issue-penalty dialog asks the policy about every cited case: its reasoning names each cited
 * violation type with its cases and points, in the reader's language. For a banned merchant it says
 * that a second ban is refused, and offers none.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { apiGet, apiList, dataRows, eventually, main, screenshotFailures, screenshots, signIn, startE2E, type E2E } from './support';
import { confirmedCase } from './fixtures';

const shot = screenshots('penalty-dialog');
const BANNED = { id: 3391, nickname: '老银' }; // the seed story's merchant, permanently banned

interface ViolationType {
  id: number;
  code: string;
  name: string;
}
interface Policy {
  points: Record<string, number>;
  directBanTypes: string[];
}
interface Suggestion {
  addedPoints: number;
  totalPoints: number;
  banRefused: string | null;
  reasons: { code: string; violations?: { code: string; cases: number; points: number }[] }[];
}

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  await signIn(page, 'reviewer@example.com');
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('penalty-dialog', () => page);

const dialogNamed = (name: RegExp) => page.getByRole('dialog', { name });

describe('the issue-penalty dialog', () => {
  it('words the policy reasoning for two cited cases of different violation types', async () => {
    const policy = (await apiGet<Policy>(page, '/api/penalty-policies/current')).body;
    const types = (await apiList<ViolationType>(page, 'violation-types')).data.filter(
      (t) => !policy.directBanTypes.includes(t.code) && policy.points[t.code] > 0,
    );
    expect(types.length).toBeGreaterThanOrEqual(2);
    const [a, b] = types;
    // A merchant in good standing, with no ban waiting.
    const { data: merchants } = await apiList<{ id: number; nickname: string }>(page, 'merchants', {
      filter: { status: 'active' },
      sort: ['followerCount', 'DESC'],
    });
    const merchant = merchants[0];
    const first = await confirmedCase(page, merchant.id, a.id);
    const second = await confirmedCase(page, merchant.id, b.id);

    await page.goto(`/#/cases?${new URLSearchParams({ filter: JSON.stringify({ merchantId: merchant.id, status: 'confirmed' }), sort: 'id', order: 'ASC' })}`);
    for (const id of [first, second]) {
      await dataRows(page)
        .filter({ hasText: `#${id}` })
        .getByRole('checkbox')
        .check();
    }
    await main(page).getByRole('button', { name: 'Issue penalty', exact: true }).click();
    const dialog = dialogNamed(new RegExp(`^Issue a penalty to ${merchant.nickname} \\(${merchant.id}\\), citing cases #${first}, #${second}$`));
    await dialog.waitFor();

    const { body: suggestion } = await apiGet<Suggestion>(page, `/api/merchants/${merchant.id}/suggested-penalty?caseIds=${first},${second}`);
    const panel = dialog.getByRole('alert').filter({ hasText: 'Suggested by the policy:' });
    const reasoning = panel.getByRole('listitem');
    await reasoning.nth(2).waitFor();
    // Polled: the violation types' names arrive after the suggestion (until then the line shows their codes).
    await eventually(() => reasoning.nth(1).innerText()).toBe(
      `Citing ${a.name} (${policy.points[a.code]} points) and ${b.name} (${policy.points[b.code]} points) adds ${suggestion.addedPoints} points: ${suggestion.totalPoints} in all`,
    );
    expect(suggestion.addedPoints).toBe(policy.points[a.code] + policy.points[b.code]);
    await shot(page, '01-two-cases');
  });

  it('for a banned merchant: says a second ban is refused, and offers no ban', async () => {
    const policy = (await apiGet<Policy>(page, '/api/penalty-policies/current')).body;
    const types = (await apiList<ViolationType>(page, 'violation-types')).data;
    // A violation that goes straight to a ban: the policy would ask for one.
    const direct = types.find((t) => policy.directBanTypes.includes(t.code)) ?? types[0];
    const caseId = await confirmedCase(page, BANNED.id, direct.id);
    const { body: suggestion } = await apiGet<Suggestion>(page, `/api/merchants/${BANNED.id}/suggested-penalty?caseIds=${caseId}`);
    expect(suggestion.banRefused).toBe('already_banned');

    await page.goto(`/#/cases/${caseId}/show`);
    await main(page).getByRole('button', { name: 'Issue penalty', exact: true }).click();
    const dialog = dialogNamed(new RegExp(`^Issue a penalty to ${BANNED.nickname} \\(${BANNED.id}\\), citing case #${caseId}$`));
    await dialog.waitFor();
    const refusal = dialog.getByRole('alert').filter({ hasText: 'No permanent ban' });
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('The merchant is already banned: a second ban cannot be issued.');

    await dialog.getByRole('combobox', { name: /^Type/ }).click();
    const options = await page.getByRole('option').allInnerTexts();
    expect(options).toContain('Warning');
    expect(options).not.toContain('Permanent ban');
    await page.keyboard.press('Escape');
    await shot(page, '02-banned-merchant');
  });
});
