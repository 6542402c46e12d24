/**
 * The evidence viewer: a case's images and documents open in the case, with zoom and
 * previous / next; a broken image says so; an image on a host that is not allowed is never
 * fetched (the staff browser tells no third party who looked), only shown as its link.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openedCase } from './fixtures';
import { apiList, caseHeader, main, screenshotFailures, screenshots, section, signIn, startE2E, type E2E } from './support';

const shot = screenshots('evidence-viewer');
const EXTERNAL = 'https://evidence.example.com/cases/e2e/buyer-photo-1.jpg';
const NOTE = 'Buyer: the clasp is stamped 925 but the chain is plated brass.';

/** A ring, drawn: served by the test as the app's own file. */
const RING_SVG = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="480" viewBox="0 0 640 480">
<rect width="640" height="480" fill="#f3efe6"/><circle cx="320" cy="250" r="150" fill="none" stroke="#c9a227" stroke-width="36"/>
<circle cx="320" cy="96" r="34" fill="#7fd3e6" stroke="#8a6d12" stroke-width="6"/><text x="24" y="456" font-family="sans-serif" font-size="22" fill="#555">Au999? XRF: 14K plated</text></svg>`;

let e2e: E2E;
let page: Page;
let caseId: number;
/** Every request the page sent to a host other than the app's. */
const thirdParty: string[] = [];

beforeAll(async () => {
  e2e = await startE2E();
  page = await e2e.newPage();
  const app = new URL(e2e.server.url);
  page.on('request', (r) => {
    if (new URL(r.url()).host !== app.host) thirdParty.push(r.url());
  });
  await page.route('**/e2e-evidence/ring.svg', (route) => route.fulfill({ contentType: 'image/svg+xml', body: RING_SVG }));
  await page.route('**/e2e-evidence/missing.jpg', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await signIn(page, 'reviewer@example.com');
  const { data: merchants } = await apiList<{ id: number }>(page, 'merchants', { filter: { status: 'active' } });
  const { data: types } = await apiList<{ id: number }>(page, 'violation-types');
  const evidence = [
    { kind: 'text', text: NOTE },
    { kind: 'url', url: 'https://evidence.example.com/cases/e2e/chat-log', text: 'Chat with the buyer' },
    { kind: 'image', url: `${e2e.server.url}/e2e-evidence/ring.svg`, text: 'Ring under XRF' },
    { kind: 'image', url: `${e2e.server.url}/e2e-evidence/missing.jpg`, text: 'Invoice scan' },
    { kind: 'image', url: EXTERNAL },
  ];
  caseId = (await openedCase(page, merchants[0].id, types[0].id, evidence)).id;
});
afterAll(async () => {
  await e2e?.close();
});
screenshotFailures('evidence-viewer', () => page);

const viewer = () => page.getByRole('dialog', { name: /^Evidence \d of 5/ });

describe('evidence viewer', () => {
  it('the case lists texts and links, then images: the app’s own loaded, a broken one and an outside one said so', async () => {
    await page.goto(`/#/cases/${caseId}/show`);
    await caseHeader(page, caseId).heading.waitFor();
    const evidence = section(page, 'Evidence');
    await evidence.getByText(NOTE).waitFor();
    const ring = evidence.getByRole('button', { name: 'View Ring under XRF' });
    await ring.waitFor();
    await expect.poll(() => ring.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await evidence.getByRole('button', { name: 'View Invoice scan' }).getByText('Could not be loaded').waitFor();
    await evidence.getByRole('button', { name: 'View buyer-photo-1.jpg' }).getByText('evidence.example.com').waitFor();
    await shot(page, '01-evidence');
  });

  it('opens an image in the viewer, without leaving the case, and zooms it', async () => {
    await section(page, 'Evidence').getByRole('button', { name: 'View Ring under XRF' }).click();
    const dialog = viewer();
    await dialog.waitFor();
    expect(await dialog.getAttribute('aria-labelledby')).toBeTruthy();
    await dialog.getByText('Evidence 3 of 5').waitFor();
    const image = dialog.getByRole('img', { name: 'Ring under XRF' });
    await image.waitFor();
    const fitted = (await image.boundingBox())!.width;
    await dialog.getByText('100%').waitFor();
    await dialog.getByRole('button', { name: 'Zoom in' }).click();
    await page.keyboard.press('+');
    await dialog.getByText('200%').waitFor();
    expect((await image.boundingBox())!.width).toBeGreaterThan(fitted * 1.5);
    await shot(page, '02-zoomed');
    await page.keyboard.press('0');
    await dialog.getByText('100%').waitFor();
    expect(page.url()).toContain(`#/cases/${caseId}/show`);
  });

  it('next and previous step through every item; broken and outside images say what they are', async () => {
    const dialog = viewer();
    await page.keyboard.press('ArrowRight');
    await dialog.getByText('Evidence 4 of 5').waitFor();
    await dialog.getByText(/This image could not be loaded/).waitFor();
    await dialog.getByRole('button', { name: 'Next', exact: true }).click();
    await dialog.getByText('Evidence 5 of 5').waitFor();
    await dialog.getByText(/Not loaded: evidence\.example\.com is not among the hosts/).waitFor();
    expect(await dialog.getByRole('link', { name: EXTERNAL }).getAttribute('rel')).toContain('noreferrer');
    await shot(page, '03-outside-image');
    await page.keyboard.press('ArrowRight');
    await dialog.getByText('Evidence 1 of 5').waitFor();
    await dialog.getByText(NOTE).waitFor();
    await page.keyboard.press('ArrowRight');
    await dialog.getByText(/A page on evidence\.example\.com/).waitFor();
    await dialog.getByRole('button', { name: 'Previous' }).click();
    await dialog.getByText('Evidence 1 of 5').waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await main(page)
      .getByRole('heading', { level: 2, name: `Case #${caseId}` })
      .waitFor();
  });

  it('nothing was fetched from outside the app', () => {
    expect(thirdParty).toEqual([]);
  });
});
