/**
 * The list queries `npm run bench` measures, as the SPA sends them. `list`, `deep` and `q` are the
 * anchor benchmark's own three (same filter, sort and range, so the totals agree with its rows).
 */
import type { BenchDataset } from './dataset';

export interface BenchQuery {
  name: string;
  describe: string;
  /** Path and query string under the server's base URL. */
  path: string;
  /** Who asks (the role must be allowed to list it). */
  as: 'reviewer' | 'manager';
}

const listPath = (resource: string, q: { filter?: object; sort?: [string, string]; range?: [number, number] }) => {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) params.set(k, JSON.stringify(v));
  return `/api/${resource}?${params}`;
};

export function listQueries(data: BenchDataset): BenchQuery[] {
  const q = (name: string, describe: string, resource: string, query: Parameters<typeof listPath>[1], as: BenchQuery['as'] = 'reviewer') => ({
    name,
    describe,
    path: listPath(resource, query),
    as,
  });
  return [
    q('list', `cases: status=open & categoryId=${data.jewelryLeafId}, dueAt ASC, [0,24]`, 'cases', {
      filter: { status: 'open', categoryId: data.jewelryLeafId },
      sort: ['dueAt', 'ASC'],
      range: [0, 24],
    }),
    q('deep', 'cases: status=open, dueAt ASC, [10000,10024]', 'cases', { filter: { status: 'open' }, sort: ['dueAt', 'ASC'], range: [10000, 10024] }),
    q('q', 'cases: q=假冒 (2 characters), dueAt ASC, [0,24]', 'cases', { filter: { q: '假冒' }, sort: ['dueAt', 'ASC'], range: [0, 24] }),
    q('q-rare', 'cases: q=PO0000000012 (an order number), dueAt ASC, [0,24]', 'cases', {
      filter: { q: 'PO0000000012' },
      sort: ['dueAt', 'ASC'],
      range: [0, 24],
    }),
    q('merchants', 'merchants: followerCount DESC, [0,24]', 'merchants', { sort: ['followerCount', 'DESC'], range: [0, 24] }),
    q(
      'inspections',
      `inspections: warehouseId=${data.warehouseId} & status=shipped, id DESC, [0,24]`,
      'inspections',
      { filter: { warehouseId: data.warehouseId, status: 'shipped' }, sort: ['id', 'DESC'], range: [0, 24] },
      'manager',
    ),
  ];
}
