/**
 * "Next": open the record after this one in the queue it came from (./queue.ts); at the end of the
 * queue, say so and go back to the list, which still has its filters (react-admin keeps them).
 */
import { useMutation } from '@tanstack/react-query';
import { useCreatePath, useDataProvider, useNotify, useRedirect, type Identifier } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { nextInQueue, rememberedQueue, rememberQueue, type Queue } from './queue';

/** The list's own filter and order, for a record opened without a list (a link, a new tab). */
export type DefaultQueue = Pick<Queue, 'filter' | 'sort'>;

export function useNextRecord(resource: string, defaults: DefaultQueue) {
  const dataProvider = useDataProvider();
  const createPath = useCreatePath();
  const navigate = useNavigate();
  const redirect = useRedirect();
  const notify = useNotify();

  /** The fresh page `page` of the queue, and the next record on it that the reader has not passed. */
  const findFrom = async (queue: Queue, current: Identifier, page: number) => {
    const { data } = await dataProvider.getList(resource, { filter: queue.filter, sort: queue.sort, pagination: { page, perPage: queue.perPage } });
    const ids = data.map((r) => r.id);
    // On the page after, nothing has been passed but the current record.
    return { ids, page, next: nextInQueue(page === queue.page ? queue.ids : [], current, ids), full: ids.length === queue.perPage };
  };

  const { mutateAsync, isPending } = useMutation({
    mutationFn: async (current: Identifier) => {
      const queue = rememberedQueue(resource) ?? { ...defaults, page: 1, perPage: 25, ids: [] };
      let found = await findFrom(queue, current, queue.page);
      if (found.next == null && found.full) found = await findFrom(queue, current, queue.page + 1);
      if (found.next != null) rememberQueue(resource, { ...queue, page: found.page, ids: found.ids });
      return found.next;
    },
  });

  /** Resolves once moved: to the next record, or back to the list at the end of the queue. */
  const goNext = async (current: Identifier) => {
    try {
      const next = await mutateAsync(current);
      if (next == null) {
        notify('td.queue.end', { type: 'info' });
        redirect('list', resource);
      } else navigate(createPath({ resource, type: 'show', id: next }));
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
  };
  return { goNext, isPending };
}
