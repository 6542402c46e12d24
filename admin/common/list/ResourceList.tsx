/**
 * The list page every resource uses: react-admin's <List> with the shared toolbar, the list keys
 * (j / k / o / x), the rows per page the reader chose last time (kept when they sign out), and
 * the queue that "next" walks on (./queue.ts); it asks the API only when the reader may list
 * (../useAllowedQuery.ts). Its table (RecordTable) goes in as children.
 */
import { useEffect } from 'react';
import { List, useListContext, useResourceContext, useStore, type ListProps } from 'react-admin';
import { useAllowedQuery } from '../useAllowedQuery';
import { ListActions } from './ListActions';
import { rememberQueue } from './queue';
import { useListKeys } from './useListKeys';

/** The main column may shrink beside the aside (its table then scrolls inside); under 900 px the aside goes on top. */
const layoutSx = {
  flexDirection: { xs: 'column', md: 'row' },
  '& .RaList-main': { minWidth: 0 },
} as const;

export const perPageKey = (resource: string) => `preferences.${resource}.perPage`;

export function ResourceList({ perPage = 25, actions = <ListActions />, sx, queryOptions, children, ...props }: ListProps) {
  const resource = useResourceContext(props);
  const [preferredPerPage] = useStore(perPageKey(resource ?? ''), perPage);
  const allowed = useAllowedQuery('list');
  return (
    <List
      perPage={preferredPerPage}
      actions={actions}
      queryOptions={{ ...allowed, ...queryOptions }}
      sx={[layoutSx, ...(Array.isArray(sx) ? sx : [sx])]}
      {...props}
    >
      <ListMemory />
      {children}
    </List>
  );
}

/** Renders nothing: remembers the rows per page and the page as seen, and listens to the list keys. */
function ListMemory() {
  const { resource, filterValues, sort, page, perPage, data } = useListContext();
  const [, setPreferredPerPage] = useStore<number>(perPageKey(resource));
  useListKeys();
  useEffect(() => {
    if (perPage) setPreferredPerPage(perPage);
  }, [perPage, setPreferredPerPage]);
  useEffect(() => {
    if (data) rememberQueue(resource, { filter: filterValues, sort, page, perPage, ids: data.map((r) => r.id) });
  }, [resource, filterValues, sort, page, perPage, data]);
  return null;
}
