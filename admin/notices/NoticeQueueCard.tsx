/** A dashboard card of notices in one state (drafts, waiting, scheduled, published), each with its status and the date that matters for it. */
import type { ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { EnumChip } from '../common/enumFields';
import { useDateFormat } from '../common/format';
import { QueueCard } from '../common/QueueCard';
import { noticesPath } from './queues';

type DateField = 'updatedAt' | 'submittedAt' | 'publishAt' | 'publishedAt';

interface NoticeQueueCardProps {
  title: string;
  subheader?: string;
  empty: string;
  filter: Record<string, unknown>;
  sort: { field: DateField; order: 'ASC' | 'DESC' };
  /** i18n key of the date line, given %{date}: "submitted %{date}". */
  dateLabel: string;
  icon?: (count: number) => ReactNode;
  urgent?: boolean;
  actions?: ReactNode;
}

export function NoticeQueueCard({ filter, sort, dateLabel, ...card }: NoticeQueueCardProps) {
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  return (
    <QueueCard<NoticeRecord>
      resource="notices"
      filter={filter}
      sort={sort}
      viewAll={noticesPath(filter, sort)}
      primary={(n) => n.title}
      secondary={(n) => (n[sort.field] ? translate(dateLabel, { date: dateTime(n[sort.field]!) }) : null)}
      aside={() => <EnumChip namespace="noticeStatus" source="status" />}
      {...card}
    />
  );
}
