import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { NoticeEntry } from '../../domain/notices';
import type { TrustdeskDataProvider } from '../providers/dataProvider';

export interface NoticeEntries {
  entries: NoticeEntry[];
  isPending: boolean;
  /** Why the server would not list these penalties (one revoked since, say), in the reader's language. */
  error: Error | null;
  /** The snapshot taken when the notice was scheduled or published: it no longer follows the penalties. */
  frozen: boolean;
}

/**
 * The entries a notice lists: its frozen snapshot once scheduled or published, otherwise what its
 * penalties make now (GET /api/notices/entries), asked again whenever the chosen penalties change.
 * The previous table stays while the next loads (less what was just removed), so an edit never
 * blanks the preview.
 */
export function useNoticeEntries(penaltyIds: number[], snapshot?: NoticeEntry[] | null): NoticeEntries {
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const ids = [...new Set(penaltyIds)].sort((a, b) => a - b);
  const live = !snapshot && ids.length > 0;
  const query = useQuery({
    queryKey: ['notices', 'entries', ids],
    queryFn: async () => (await dataProvider.noticeEntries(ids)).data,
    enabled: live,
    placeholderData: keepPreviousData,
    retry: false,
  });
  if (snapshot) return { entries: snapshot, isPending: false, error: null, frozen: true };
  if (!live) return { entries: [], isPending: false, error: null, frozen: false };
  const entries = (query.data ?? []).filter((e) => ids.includes(e.penaltyId));
  return { entries, isPending: query.isPending || query.isPlaceholderData, error: query.error, frozen: false };
}
