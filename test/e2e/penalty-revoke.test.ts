/**
 * A manager revokes a seeded live-stream suspension in force from the merchant page's "why" link:
 * the reason is required, the penalty shows revoked by them, and the merchant is reinstated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { MANAGER, merchantHeading, merchantStatus, penaltyHeader, statusReason, toolbarButton, type Merchant, type Penalty } from './enforcement-pages';
import { apiGet, apiList, eventually, notification, screenshotFailures, screenshots, section, signIn, startE2E, type E2E } from './support';

const shot = screenshots('penalty-revoke');
const REVOKE_REASON = 'The inspection lab withdrew its report: the suspension rests on a faulty reading.';

let e2e: E2E;
let manager: Page | undefined;
let managerId: number;

beforeAll(async () => {
  e2e = await startE2E();
  manager = await e2e.newPage();
  await signIn(manager, 'manager@example.com');
  managerId = (await apiGet<{ id: number }>(manager, '/api/auth/me')).body.id;
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('penalty-revoke', () => manager);

describe('a manager revokes a penalty in force', () => {
  it('revokes a seeded live-stream suspension with a reason: the merchant is no longer suspended', async () => {
    const page = manager!;
    // A suspension in force that alone makes its merchant suspended (nothing else in force drives the status).
    const { data: suspensions } = await apiList<Penalty>(page, 'penalties', {
      filter: { status: 'active', type: 'live_suspension' },
      sort: ['startsAt', 'DESC'],
    });
    let target: { penalty: Penalty; merchant: Merchant } | undefined;
    const now = Date.now();
    for (const penalty of suspensions) {
      if (Date.parse(penalty.startsAt) > now || (penalty.endsAt && Date.parse(penalty.endsAt) <= now)) continue;
      const { body: m } = await apiGet<Merchant>(page, `/api/merchants/${penalty.merchantId}`);
      if (m.status !== 'suspended') continue;
      const { data: inForce } = await apiList<Penalty>(page, 'penalties', { filter: { merchantId: m.id, status: 'active' } });
      const others = inForce.filter(
        (p) =>
          p.id !== penalty.id &&
          ['permanent_ban', 'live_suspension', 'listing_removal'].includes(p.type) &&
          Date.parse(p.startsAt) <= now &&
          (!p.endsAt || Date.parse(p.endsAt) > now),
      );
      if (others.length) continue;
      target = { penalty, merchant: m };
      break;
    }
    expect(target, 'a seeded suspension in force that alone suspends its merchant').toBeDefined();
    const { penalty, merchant } = target!;

    await page.goto(`/#/merchants/${merchant.id}/show`);
    await merchantHeading(page, merchant.nickname).waitFor();
    await eventually(() => merchantStatus(page, merchant.nickname)).toBe('Suspended');
    const reason = statusReason(page, penalty.id);
    await reason.waitFor();
    await eventually(() => reason.innerText()).toMatch(/^Live streams suspended until .+ · Penalty #\d+/);
    await shot(page, '14-merchant-suspended');

    await reason.getByRole('link', { name: `Penalty #${penalty.id}`, exact: true }).click();
    await page.waitForURL(new RegExp(`#/penalties/${penalty.id}/show`));
    const { heading, card } = penaltyHeader(page, penalty.id);
    await heading.waitFor();
    await card.getByText('In force', { exact: true }).waitFor();
    await toolbarButton(page, 'Revoke').click();
    const dialog = page.getByRole('dialog', { name: `Revoke penalty #${penalty.id}` });
    await dialog.waitFor();
    const submit = dialog.getByRole('button', { name: 'Revoke', exact: true });
    expect(await submit.isDisabled()).toBe(true); // a reason is required
    await dialog.getByRole('textbox', { name: 'Reason for revoking' }).fill(REVOKE_REASON);
    await shot(page, '15-revoke-dialog');
    await submit.click();

    await notification(page, `Penalty #${penalty.id} revoked`);
    await dialog.waitFor({ state: 'hidden' });
    await card.getByText('Revoked', { exact: true }).first().waitFor();
    await card.getByRole('alert').filter({ hasText: 'Revoked' }).filter({ hasText: MANAGER }).filter({ hasText: REVOKE_REASON }).waitFor();
    expect(await toolbarButton(page, 'Revoke').count()).toBe(0);
    await shot(page, '16-penalty-revoked');
    expect((await apiGet<Penalty>(page, `/api/penalties/${penalty.id}`)).body).toMatchObject({
      status: 'revoked',
      revokedById: managerId,
      revokeReason: REVOKE_REASON,
    });

    await card.getByRole('link', { name: merchant.nickname, exact: true }).click();
    await page.waitForURL(new RegExp(`#/merchants/${merchant.id}/show`));
    await merchantHeading(page, merchant.nickname).waitFor();
    await eventually(() => merchantStatus(page, merchant.nickname)).toBe('Active');
    expect(await statusReason(page, penalty.id).count()).toBe(0);
    const row = section(page, 'Penalties')
      .getByRole('row')
      .filter({ hasText: `#${penalty.id}` });
    await eventually(() => row.innerText()).toMatch(/Live-stream suspension\s+Revoked/);
    await shot(page, '17-merchant-reinstated');
    expect((await apiGet<Merchant>(page, `/api/merchants/${merchant.id}`)).body.status).toBe('active');
  });
});
