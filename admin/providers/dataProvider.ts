/**
 * The one way the SPA talks to the API: ra-data-simple-rest plus the custom methods below, every
 * answer's errors worded in the reader's language (../i18n/serverErrors.ts). Components call it
 * through react-admin's hooks or react-query, never with fetch.
 */
import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, HttpError, type CreateParams, type CreateResult, type DataProvider, type RaRecord, type SortPayload } from 'react-admin';
import type { InspectionPhotoRecord, PhotoKind } from '../../domain/inspections';
import type { NoticeEntry } from '../../domain/notices';
import type { Suggestion } from '../../domain/policy';
import { i18nProvider } from '../i18n';
import { wordErrorBody, type ErrorBody } from '../i18n/serverErrors';

const API_URL = '/api';

/** The resource a request is about (`/api/cases/12/claim` → `cases`), to name its fields in messages. */
const resourceOf = (url: string) => url.split('?')[0].split('/')[2];

/** An API error in the reader's language: its message, and the field errors that forms show. */
function readable(error: unknown, url: string): unknown {
  if (!(error instanceof HttpError) || !error.body || typeof error.body !== 'object') return error;
  const body = error.body as ErrorBody;
  const { message, errors } = wordErrorBody(body, i18nProvider.translate, resourceOf(url));
  return new HttpError(message ?? error.message, error.status, { ...body, errors });
}

/** Same-origin fetch with the session cookie; the server answers ra-data-simple-rest's contract. */
function httpClient(url: string, options: fetchUtils.Options = {}) {
  return fetchUtils.fetchJson(url, { ...options, credentials: 'same-origin' }).catch((error) => {
    throw readable(error, url);
  });
}

export interface ActionParams<D = Record<string, unknown>> {
  id: number | string;
  /** The workflow action: `claim`, `assign`, `transition`, `notes`, … (POST /api/<resource>/<id>/<action>). */
  action: string;
  data?: D;
  /** Same key = same result, nothing created twice (retries, double clicks). */
  idempotencyKey?: string;
}

export interface ExportParams {
  filter: Record<string, unknown>;
  sort: SortPayload;
  /** Names (categories, violation types) in this language. */
  locale: string;
}

export interface PhotoUpload {
  kind: PhotoKind;
  /** The image as a `data:` URL (FileReader.readAsDataURL). */
  content: string;
  caption?: string;
}

export interface FailureRate {
  inspected: number;
  passed: number;
  failed: number;
  failureRate: number | null;
}

/** GET /api/merchants/<id>/inspection-summary: the merchant's verdicts beside the platform's (an inspector's: their warehouse's). */
export interface InspectionSummary {
  merchantId: number;
  days: number;
  warehouseId: number | null;
  merchant: FailureRate;
  platform: FailureRate;
}

export interface TrustdeskDataProvider extends DataProvider {
  action<R = any>(resource: string, params: ActionParams): Promise<{ data: R }>;
  /** Every row matching the filter, as the server's CSV (one row per record, references named). */
  exportCsv(resource: string, params: ExportParams): Promise<{ data: Blob; filename: string }>;
  /** The penalty policy applied to a merchant's history and the cases a new penalty would cite. */
  suggestedPenalty(merchantId: number, caseIds: number[]): Promise<{ data: Suggestion }>;
  /** The entries these penalties would make in a notice now (GET /api/notices/entries): the editor's table and preview. */
  noticeEntries(penaltyIds: number[]): Promise<{ data: NoticeEntry[] }>;
  /** An inspection's photos (their `url`s are served to signed-in staff only). */
  inspectionPhotos(inspectionId: number): Promise<{ data: InspectionPhotoRecord[] }>;
  uploadInspectionPhoto(inspectionId: number, photo: PhotoUpload): Promise<{ data: InspectionPhotoRecord }>;
  inspectionSummary(merchantId: number, days?: number): Promise<{ data: InspectionSummary }>;
}

const base = simpleRestProvider(API_URL, httpClient);

/** `attachment; filename="cases-2026-12-01.csv"` → the file name. */
const fileNameIn = (disposition: string | null, fallback: string) => disposition?.match(/filename="?([^";]+)"?/)?.[1] ?? fallback;

export const dataProvider: TrustdeskDataProvider = {
  ...base,
  /** `meta.idempotencyKey`: a creation a double click or a retry must not repeat (penalties, appeals). */
  async create<R extends RaRecord>(resource: string, params: CreateParams): Promise<CreateResult<R>> {
    const idempotencyKey: string | undefined = params.meta?.idempotencyKey;
    if (!idempotencyKey) return base.create<R>(resource, params);
    const { json } = await httpClient(`${API_URL}/${resource}`, {
      method: 'POST',
      body: JSON.stringify(params.data),
      headers: new Headers({ 'Idempotency-Key': idempotencyKey }),
    });
    return { data: json as R };
  },
  async action(resource, { id, action, data = {}, idempotencyKey }) {
    const headers = new Headers({ 'Content-Type': 'application/json' });
    if (idempotencyKey) headers.set('Idempotency-Key', idempotencyKey);
    const { json } = await httpClient(`${API_URL}/${resource}/${encodeURIComponent(String(id))}/${action}`, {
      method: 'POST',
      body: JSON.stringify(data),
      headers,
    });
    return { data: json };
  },
  async exportCsv(resource, { filter, sort, locale }) {
    const query = new URLSearchParams({ format: 'csv', filter: JSON.stringify(filter), sort: JSON.stringify([sort.field, sort.order]), locale });
    const url = `${API_URL}/${resource}?${query}`;
    const res = await fetch(url, { credentials: 'same-origin' });
    if (!res.ok) {
      const body = await res.json().catch(() => ({}));
      throw readable(new HttpError(body.message ?? res.statusText, res.status, body), url);
    }
    return { data: await res.blob(), filename: fileNameIn(res.headers.get('Content-Disposition'), `${resource}.csv`) };
  },
  async suggestedPenalty(merchantId, caseIds) {
    const query = new URLSearchParams({ caseIds: caseIds.join(',') });
    const { json } = await httpClient(`${API_URL}/merchants/${encodeURIComponent(merchantId)}/suggested-penalty?${query}`);
    return { data: json as Suggestion };
  },
  async noticeEntries(penaltyIds) {
    const query = new URLSearchParams({ penaltyIds: penaltyIds.join(',') });
    const { json } = await httpClient(`${API_URL}/notices/entries?${query}`);
    return { data: json as NoticeEntry[] };
  },
  async inspectionPhotos(inspectionId) {
    const { json } = await httpClient(`${API_URL}/inspections/${encodeURIComponent(inspectionId)}/photos`);
    return { data: json as InspectionPhotoRecord[] };
  },
  async uploadInspectionPhoto(inspectionId, photo) {
    const { json } = await httpClient(`${API_URL}/inspections/${encodeURIComponent(inspectionId)}/photos`, {
      method: 'POST',
      body: JSON.stringify(photo),
    });
    return { data: json as InspectionPhotoRecord };
  },
  async inspectionSummary(merchantId, days = 180) {
    const { json } = await httpClient(`${API_URL}/merchants/${encodeURIComponent(merchantId)}/inspection-summary?days=${days}`);
    return { data: json as InspectionSummary };
  },
};
