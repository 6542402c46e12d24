/**
 * An inspector's bench on the keyboard alone: the workstation is the landing page, the scan field
 * has the focus; a received parcel's code (typed as a person would) opens it, Enter starts the
 * inspection, the material and a short weight make the comparison propose "Material fraud", Enter
 * fails it, and "Next parcel" returns to the scan field. A reviewer then finds the case it opened
 * in the queue, with the inspection and its measurements on the case page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTrackingCode } from '../../domain/orders';
import { otherMaterial, parcelIn, type Parcel } from './inspection-fixtures';
import {
  apiGet,
  apiList,
  dataRows,
  DESKTOP,
  type E2E,
  eventually,
  sidewaysScroll,
  main,
  PHONE,
  screenshotFailures,
  screenshots,
  section,
  signIn,
  startE2E,
} from './support';

const shot = screenshots('inspector-workstation');

let e2e: E2E;
let page: Page;
let parcel: Parcel;
let measured: { material: string; grams: string };
let caseId: number;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('inspector-workstation', () => page);

/** What has the keyboard focus: its accessible name or its label's text. */
const focused = (p: Page) =>
  p.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return '';
    const label = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null;
    return (label ?? el.getAttribute('aria-label') ?? el.textContent ?? '').trim();
  });

describe('the inspector fails a parcel without touching the mouse', () => {
  it('lands on the workstation with the scan field focused', async () => {
    page = await e2e.newPage();
    await signIn(page, 'inspector.panyu@example.com');
    await page.waitForURL((url) => url.hash.startsWith('#/workstation'));
    await main(page).getByRole('heading', { name: 'Workstation', level: 1 }).waitFor();
    parcel = await parcelIn(page, 'received');
    expect(await focused(page)).toMatch(/^Scan or type a tracking code/);
    // Today's queue and the ageing work of Panyu beside the desk.
    await main(page).getByRole('list', { name: 'Today’s queue' }).getByText('Received, to inspect').waitFor();
    await main(page).getByRole('list', { name: 'Work in progress' }).getByRole('button').first().waitFor();
  });

  it('scans the code, starts, measures: the comparison proposes material fraud', async () => {
    await page.keyboard.type(formatTrackingCode(parcel.trackingCode).toLowerCase());
    await page.keyboard.press('Enter');
    await main(page)
      .getByRole('heading', { level: 2, name: formatTrackingCode(parcel.trackingCode) })
      .waitFor();
    await eventually(() => focused(page)).toMatch(/^Start inspection/);
    await page.keyboard.press('Enter');
    await eventually(() => focused(page)).toMatch(/^Measured material/);

    measured = { material: otherMaterial(parcel.declaredMaterial), grams: (parcel.declaredWeightGrams * 0.8).toFixed(2) };
    await page.keyboard.type(measured.material);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatch(/^Measured weight/);
    await page.keyboard.type(measured.grams);
    const proposal = main(page).getByRole('status').filter({ hasText: 'The comparison proposes failing it: Material fraud.' });
    await proposal.waitFor();
    const table = main(page).getByRole('table', { name: 'Declared vs measured' });
    expect(await table.getByRole('row', { name: /^Weight/ }).innerText()).toContain(`${measured.grams} g`);
    expect(await table.getByRole('row', { name: /^Material/ }).innerText()).toContain('Does not match');
    expect(await main(page).getByRole('radio', { name: 'Fail' }).isChecked()).toBe(true);
    await main(page)
      .getByRole('combobox', { name: /Failure reason/ })
      .getByText('Material fraud')
      .waitFor();
    await shot(page, '1440-verdict');
    // The same bench on a phone: once the layout has followed the new width, nothing scrolls sideways.
    await page.setViewportSize(PHONE);
    try {
      await eventually(() => sidewaysScroll(page)).toBe('');
      await shot(page, '390-verdict');
    } finally {
      await page.setViewportSize(DESKTOP);
    }
  });

  it('Enter fails it, opening a case; "Next parcel" returns to the scan field', async () => {
    await main(page).getByRole('button', { name: 'Record: fail — Material fraud' }).waitFor();
    await page.keyboard.press('Enter');
    await main(page).getByText('Failed: Material fraud').waitFor();
    const opened = await main(page)
      .getByText(/^Case #\d+ opened$/)
      .innerText();
    caseId = Number(opened.match(/\d+/)![0]);
    const { body } = await apiGet<{ status: string; failureReason: string; caseIds: number[]; measuredMaterial: string }>(
      page,
      `/api/inspections/${parcel.id}`,
    );
    expect(body).toMatchObject({ status: 'failed', failureReason: 'material_fraud', caseIds: [caseId], measuredMaterial: measured.material });
    expect(await focused(page)).toMatch(/^Next parcel/);
    await shot(page, '1440-decided');

    // "?" lists the workstation's keys.
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.getByText('Go to the scan field').waitFor();
    expect(await help.getByText('Next parcel').count()).toBe(1);
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });

    await eventually(() => focused(page)).toMatch(/^Next parcel/);
    await page.keyboard.press('Enter');
    await eventually(() => focused(page)).toMatch(/^Scan or type a tracking code/);
    await eventually(() =>
      main(page)
        .getByRole('heading', { level: 2, name: formatTrackingCode(parcel.trackingCode) })
        .count(),
    ).toBe(0);
    expect(page.url()).not.toContain('parcel=');
  });

  it('a code from another warehouse is not found at this one', async () => {
    const manager = await e2e.newPage();
    await signIn(manager, 'manager@example.com');
    const { data: warehouses } = await apiList<{ id: number; code: string }>(manager, 'warehouses');
    const sihui = warehouses.find((w) => w.code === 'SH')!;
    expect(sihui.id).not.toBe(parcel.warehouseId);
    const elsewhere = await parcelIn(manager, 'received', { warehouseId: sihui.id });
    await manager.context().close();
    await page.keyboard.type(elsewhere.trackingCode);
    await page.keyboard.press('Enter');
    await main(page).getByRole('alert').filter({ hasText: 'at your warehouse' }).waitFor();
  });
});

describe('a reviewer finds the case the inspection opened', () => {
  it('in the queue, with the inspection, its measurements and a link to it on the case page', async () => {
    const reviewer = await e2e.newPage();
    page = reviewer;
    await signIn(reviewer, 'reviewer@example.com');
    await reviewer.goto('/#/cases');
    await main(reviewer).getByPlaceholder('Search').fill(parcel.orderId);
    await eventually(async () => (await dataRows(reviewer).count()) === 1 && (await dataRows(reviewer).first().innerText()).includes(`#${caseId}`)).toBe(true);
    await dataRows(reviewer)
      .first()
      .getByRole('link', { name: `#${caseId}` })
      .click();
    const panel = section(reviewer, 'Inspection');
    await panel.getByRole('table', { name: 'Declared vs measured' }).waitFor();
    expect(await panel.innerText()).toContain(`${measured.grams} g`);
    await panel.getByText('Failed: Material fraud, as the comparison proposed.').waitFor();
    await panel.getByRole('link', { name: `Open inspection #${parcel.id}` }).click();
    await main(reviewer)
      .getByRole('heading', { level: 2, name: `Inspection #${parcel.id}` })
      .waitFor();
    await section(reviewer, 'Timeline').getByText(`Case #${caseId} opened`).waitFor();
    await shot(reviewer, '1440-reviewer-inspection');
  });
});
