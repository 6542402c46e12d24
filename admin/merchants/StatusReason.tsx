/**
 * Why the merchant has its status: the penalty in force that drives it (a ban over a suspension
 * over a listing removal), and any ban waiting for approval.
 */
import { Alert, AlertTitle, Stack } from '@mui/material';
import { Link, useCreatePath, useGetList, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatDateTime } from '../common/format';
import type { PenaltyRecord } from '../penalties/types';

/** The merchant status each penalty type imposes, strongest first (as the server derives it). */
const DRIVERS = [
  { type: 'permanent_ban', status: 'banned', severity: 'error' },
  { type: 'live_suspension', status: 'suspended', severity: 'warning' },
  { type: 'listing_removal', status: 'restricted', severity: 'info' },
] as const;

export function StatusReason() {
  const merchant = useRecordContext();
  const { data = [] } = useGetList<PenaltyRecord>(
    'penalties',
    {
      filter: { merchantId: merchant?.id, status: ['active', 'pending_approval'] },
      sort: { field: 'startsAt', order: 'ASC' },
      pagination: { page: 1, perPage: 100 },
    },
    { enabled: !!merchant },
  );
  const now = Date.now();
  const inForce = data.filter((p) => p.status === 'active' && new Date(p.startsAt).getTime() <= now);
  const driver = DRIVERS.map((d) => ({ ...d, penalty: inForce.find((p) => p.type === d.type) })).find((d) => d.penalty);
  const pendingBan = data.find((p) => p.status === 'pending_approval' && p.type === 'permanent_ban');
  if (!driver && !pendingBan) return null;
  return (
    <Stack spacing={1} sx={{ mt: 2 }}>
      {driver?.penalty && <PenaltyReason penalty={driver.penalty} status={driver.status} severity={driver.severity} />}
      {pendingBan && <PenaltyReason penalty={pendingBan} status="pending_ban" severity="warning" />}
    </Stack>
  );
}

interface PenaltyReasonProps {
  penalty: PenaltyRecord;
  status: string;
  severity: 'error' | 'warning' | 'info';
}

function PenaltyReason({ penalty, status, severity }: PenaltyReasonProps) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const args = {
    type: translate(`td.penaltyType.${penalty.type}`),
    since: formatDateTime(penalty.startsAt, locale),
    until: penalty.endsAt ? formatDateTime(penalty.endsAt, locale) : '',
  };
  return (
    <Alert severity={severity} variant="outlined">
      <AlertTitle>
        {translate(`td.merchants.reason.${status}${penalty.endsAt ? '_until' : ''}`, args)}
        {' · '}
        <Link to={createPath({ resource: 'penalties', id: penalty.id, type: 'show' })}>{translate('td.penalties.title', { id: penalty.id })}</Link>
      </AlertTitle>
      {penalty.reason}
    </Alert>
  );
}
