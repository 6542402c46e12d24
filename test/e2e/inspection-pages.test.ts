/**
 * The inspection screens beyond the happy path: in Chinese, the server's refusals of a pass without
 * a certificate and of an impossible weight show at their fields and change nothing; photos attach
 * at the bench and open in the viewer from the staff's session; the workstation, an inspection's
 * page and the lists fit 1,440 × 900 and a 390 × 844 phone (screenshots: test/artifacts/inspection-pages-*.png).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { formatTrackingCode } from '../../domain/orders';
import { IMAGES } from '../api/inspection-fixtures';
import { parcelIn, type Parcel } from './inspection-fixtures';
import {
  apiGet,
  apiList,
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

const shot = screenshots('inspection-pages');

let e2e: E2E;
let page: Page;

beforeAll(async () => {
  e2e = await startE2E();
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('inspection-pages', () => page);

const statusOf = async (p: Page, id: number) => (await apiGet<{ status: string }>(p, `/api/inspections/${id}`)).body.status;

describe('an inspector working in Chinese', () => {
  let parcel: Parcel;

  it('is told in Chinese, at the field, that a pass needs a certificate and a weight must be possible', async () => {
    page = await e2e.newPage('zh');
    await signIn(page, 'inspector.panyu@example.com');
    await main(page).getByRole('heading', { name: '质检工作台', level: 1 }).waitFor();
    parcel = await parcelIn(page, 'inspecting');
    await page.keyboard.type(parcel.trackingCode);
    await page.keyboard.press('Enter');
    await main(page)
      .getByRole('heading', { level: 2, name: formatTrackingCode(parcel.trackingCode) })
      .waitFor();
    // What was declared, measured as declared: the comparison proposes a pass.
    await page.keyboard.type(parcel.declaredMaterial);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type(String(parcel.declaredWeightGrams));
    await main(page).getByText('材质和重量与标称相符。').waitFor();
    await page.keyboard.press('Enter');
    const certificate = main(page).getByRole('textbox', { name: '证书编号' });
    await main(page).getByText('质检通过须填写证书编号').first().waitFor();
    await eventually(() => certificate.evaluate((el) => el === document.activeElement)).toBe(true);
    await shot(page, 'zh-certificate-required');

    const weight = main(page).getByRole('textbox', { name: /实测重量/ });
    await weight.fill('60000');
    await certificate.fill('GDJZ-E2E-0001');
    await certificate.press('Enter');
    await main(page)
      .getByText(/须大于 0 且不超过 50000 克/)
      .first()
      .waitFor();
    await eventually(() => weight.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await statusOf(page, parcel.id)).toBe('inspecting');
    await shot(page, 'zh-impossible-weight');
  });

  it('attaches a photo at the bench, seen in the viewer; then the pass is recorded', async () => {
    await main(page).locator('input[type="file"]').setInputFiles({ name: 'hallmark.png', mimeType: 'image/png', buffer: IMAGES.png });
    const thumbnail = main(page).getByRole('button', { name: '查看照片：商品' });
    await thumbnail.waitFor();
    await thumbnail.click();
    const viewer = page.getByRole('dialog');
    const image = viewer.locator('img');
    await image.waitFor();
    await eventually(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1);
    await page.keyboard.press('Escape');

    await main(page)
      .getByRole('textbox', { name: /实测重量/ })
      .fill(String(parcel.declaredWeightGrams));
    await main(page)
      .getByRole('textbox', { name: /实测重量/ })
      .press('Enter');
    await main(page).getByText('合格，证书编号 GDJZ-E2E-0001').waitFor();
    expect(await statusOf(page, parcel.id)).toBe('passed');
    const photos = await apiGet<unknown[]>(page, `/api/inspections/${parcel.id}/photos`);
    expect(photos.body).toHaveLength(1);
  });
});

describe('layouts', () => {
  /** Opens a page and waits for its content, then checks nothing scrolls sideways and takes its picture. */
  async function check(p: Page, path: string, ready: () => Promise<unknown>, name: string) {
    await p.goto(`/#/${path}`);
    await ready();
    await p.waitForLoadState('networkidle');
    expect(await sidewaysScroll(p), `${name}: ${path}`).toBe('');
    await shot(p, name);
  }

  it.each([
    ['1440', DESKTOP],
    ['390', PHONE],
  ] as const)('the workstation, an inspection and the lists fit %s px', async (size, viewport) => {
    page = await e2e.newPage('en', { viewport });
    await signIn(page, 'inspector.panyu@example.com');
    const parcel = await parcelIn(page, 'received');
    await check(
      page,
      `workstation?parcel=${parcel.id}`,
      () =>
        main(page)
          .getByRole('button', { name: /Start inspection/ })
          .waitFor(),
      `${size}-workstation`,
    );
    await check(page, 'inspections', () => main(page).locator('tbody tr, .td-card-list li').first().waitFor(), `${size}-inspections-inspector`);

    const manager = await e2e.newPage('en', { viewport });
    page = manager;
    await signIn(manager, 'manager@example.com');
    const { data } = await apiList<{ id: number }>(manager, 'inspections', {
      filter: { result: 'failed', merchantId: 3391 },
      sort: ['id', 'DESC'],
      range: [0, 0],
    });
    await check(
      manager,
      `inspections/${data[0].id}/show`,
      () =>
        section(manager, 'Timeline')
          .getByText(/recorded the verdict/)
          .waitFor(),
      `${size}-inspection`,
    );
    await check(manager, 'inspections', () => main(manager).locator('tbody tr, .td-card-list li').first().waitFor(), `${size}-inspections`);
    await check(manager, 'orders', () => main(manager).locator('tbody tr, .td-card-list li').first().waitFor(), `${size}-orders`);
    await check(
      manager,
      'merchants/3391/show',
      () =>
        section(manager, 'Inspections')
          .getByText(/This merchant, last 180 days/)
          .waitFor(),
      `${size}-merchant`,
    );
  });
});
