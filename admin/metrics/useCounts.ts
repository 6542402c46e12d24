/** How many records of a list fall in each window: one request per window for one row, the count read from Content-Range. */
import { useQueries } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { CountWindow } from './windows';

export function useCounts(resource: string, field: string, filter: Record<string, unknown>, windows: CountWindow[]) {
  const dataProvider = useDataProvider();
  const results = useQueries({
    queries: windows.map((w) => {
      const bounded = { ...filter, ...(w.gte && { [`${field}_gte`]: w.gte }), ...(w.lte && { [`${field}_lte`]: w.lte }) };
      return {
        queryKey: [resource, 'getList', 'count', bounded],
        queryFn: () => dataProvider.getList(resource, { filter: bounded, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } }),
        staleTime: 60_000,
      };
    }),
  });
  return {
    counts: windows.map((w, i) => ({ key: w.key, count: results[i].data?.total ?? 0 })),
    isPending: results.some((r) => r.isPending),
    isFetching: results.some((r) => r.isFetching),
    error: results.find((r) => r.error)?.error ?? null,
    refetch: () => {
      for (const r of results) r.refetch();
    },
  };
}
