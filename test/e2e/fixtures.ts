/** Records a journey needs that the demo data does not hold, made through the API with the page's session. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export async function apiPost<T = Record<string, unknown>>(page: Page, path: string, data: object): Promise<T> {
  const res = await page.request.post(path, { data });
  const body = await res.json();
  expect(res.ok(), `POST ${path}: ${res.status()} ${JSON.stringify(body)}`).toBe(true);
  return body as T;
}

export interface CaseBody {
  id: number;
  version: number;
  status: string;
}

/** An open case of the merchant, opened by the signed-in reviewer (a live-stream patrol); `evidence` as the API takes it. */
export async function openedCase(page: Page, merchantId: number, violationTypeId: number, evidence: object[] = []): Promise<CaseBody> {
  return apiPost<CaseBody>(page, '/api/cases', {
    merchantId,
    violationTypeId,
    source: 'patrol',
    summary: 'Live-stream patrol: the item shown differs from the listing (browser test).',
    evidence,
  });
}

/** A case opened, claimed and confirmed by the signed-in reviewer: ready to be cited by a penalty. */
export async function confirmedCase(page: Page, merchantId: number, violationTypeId: number): Promise<number> {
  const opened = await openedCase(page, merchantId, violationTypeId);
  const claimed = await apiPost<CaseBody>(page, `/api/cases/${opened.id}/claim`, { version: opened.version });
  const confirmed = await apiPost<CaseBody>(page, `/api/cases/${opened.id}/transition`, {
    to: 'confirmed',
    note: 'Confirmed from the replay (browser test).',
    version: claimed.version,
  });
  expect(confirmed.status).toBe('confirmed');
  return opened.id;
}
