/**
 * Why the merchant has its status: the penalty in force that drives it, by the rule the server
 * derives the status with (domain/merchants.ts statusDriver), and any ban waiting for approval.
 */
import { Alert, AlertTitle, Stack } from '@mui/material';
import { Link, useCreatePath, useGetList, useRecordContext, useTranslate } from 'react-admin';
import { statusDriver, type MerchantRecord, type MerchantStatus } from '../../domain/merchants';
import type { PenaltyRecord } from '../../domain/penalties';
import { useDateFormat } from '../common/format';

const SEVERITY: Record<MerchantStatus, 'error' | 'warning' | 'info' | 'success'> = {
  banned: 'error',
  suspended: 'warning',
  restricted: 'info',
  active: 'success',
};

export function StatusReason() {
  const merchant = useRecordContext<MerchantRecord>();
  const { data = [] } = useGetList<PenaltyRecord>(
    'penalties',
    {
      filter: { merchantId: merchant?.id, status: ['active', 'pending_approval'] },
      sort: { field: 'startsAt', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: !!merchant },
  );
  const driver = statusDriver(data);
  const pendingBan = data.find((p) => p.status === 'pending_approval' && p.type === 'permanent_ban');
  if (!driver.penalty && !pendingBan) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {driver.penalty && <PenaltyReason penalty={driver.penalty} reason={driver.status} severity={SEVERITY[driver.status]} />}
      {pendingBan && <PenaltyReason penalty={pendingBan} reason="pending_ban" severity="warning" />}
    </Stack>
  );
}

interface PenaltyReasonProps {
  penalty: PenaltyRecord;
  /** `td.merchants.reason.<reason>`: the status it imposes, or a ban pending. */
  reason: string;
  severity: 'error' | 'warning' | 'info' | 'success';
}

function PenaltyReason({ penalty, reason, severity }: PenaltyReasonProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { dateTime } = useDateFormat();
  const args = {
    type: translate(`td.penaltyType.${penalty.type}`),
    since: dateTime(penalty.startsAt),
    until: penalty.endsAt ? dateTime(penalty.endsAt) : '',
  };
  return (
    <Alert severity={severity} variant="outlined">
      <AlertTitle>
        {translate(`td.merchants.reason.${reason}${penalty.endsAt ? '_until' : ''}`, args)}
        {' · '}
        <Link to={createPath({ resource: 'penalties', id: penalty.id, type: 'show' })}>{translate('td.penalties.title', { id: penalty.id })}</Link>
      </AlertTitle>
      {penalty.reason}
    </Alert>
  );
}
