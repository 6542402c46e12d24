/** Managers' dashboard: permanent bans waiting for a second manager, the oldest first, with a link to the queue. */
import GavelIcon from '@mui/icons-material/Gavel';
import { useTranslate } from 'react-admin';
import type { PenaltyRecord } from '../../domain/penalties';
import { useDateFormat } from '../common/format';
import { QueueCard } from '../common/QueueCard';
import { PenaltyOfMerchant } from './fields';
import { APPROVAL_QUEUE_PATH, OLDEST_FIRST, PENDING_BANS } from './queue';

export function PendingBansCard({ limit = 5 }: { limit?: number }) {
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  return (
    <QueueCard<PenaltyRecord>
      resource="penalties"
      title="td.penalties.views.approval_queue"
      subheader="td.penalties.queue_hint"
      empty="td.penalties.queue_empty"
      icon={(total) => <GavelIcon color={total ? 'error' : 'disabled'} />}
      filter={PENDING_BANS}
      sort={OLDEST_FIRST}
      viewAll={APPROVAL_QUEUE_PATH}
      limit={limit}
      urgent
      primary={() => <PenaltyOfMerchant />}
      secondary={(p) => translate('td.penalties.issued_at', { date: dateTime(p.createdAt) })}
    />
  );
}
