import { useGetList } from 'react-admin';

/** How many cases match a filter: one row fetched, the total read from Content-Range. */
export function useCaseCount(filter: Record<string, unknown>) {
  const { total, isPending, error } = useGetList('cases', {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: 'id', order: 'ASC' },
  });
  return { total, isPending, error };
}
