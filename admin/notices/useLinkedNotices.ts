import { useGetList, useGetOne } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';

/** The notice this one corrects, and the correction of this one (one per notice), when there are. */
export function useLinkedNotices(notice: { id?: number; correctsId: number | null } | undefined) {
  const correctsId = notice?.correctsId ?? null;
  const { data: corrects } = useGetOne<NoticeRecord>('notices', { id: correctsId! }, { enabled: correctsId != null });
  const { data: corrections } = useGetList<NoticeRecord>(
    'notices',
    { filter: { correctsId: notice?.id }, pagination: { page: 1, perPage: 1 }, sort: { field: 'id', order: 'ASC' } },
    { enabled: notice?.id != null },
  );
  return { corrects: correctsId != null ? corrects : undefined, correctedBy: corrections?.[0] };
}
