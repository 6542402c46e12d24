import simpleRestProvider from 'ra-data-simple-rest';
import { fetchUtils, type DataProvider } from 'react-admin';

export const API_URL = '/api';

/** Same-origin fetch with the session cookie; the server answers ra-data-simple-rest's contract. */
export const httpClient = (url: string, options: fetchUtils.Options = {}) => fetchUtils.fetchJson(url, { ...options, credentials: 'same-origin' });

export interface ActionParams<D = Record<string, unknown>> {
  id: number | string;
  /** The workflow action: `claim`, `assign`, `transition`, `notes`, … (POST /api/<resource>/<id>/<action>). */
  action: string;
  data?: D;
  /** Same key = same result, nothing created twice (retries, double clicks). */
  idempotencyKey?: string;
}

export interface TrustdeskDataProvider extends DataProvider {
  action<R = any>(resource: string, params: ActionParams): Promise<{ data: R }>;
}

const base = simpleRestProvider(API_URL, httpClient);

export const dataProvider: TrustdeskDataProvider = {
  ...base,
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
};
