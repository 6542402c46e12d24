/** A merchant's penalties: the table, and its counted points over the policy's window (the chart loads on its own). */
import { lazy, Suspense } from 'react';
import { Alert, Skeleton } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { MerchantRecord } from '../../domain/merchants';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { useCurrentPolicy } from '../common/usePenaltyPolicy';
import { PenaltyTable } from '../penalties/PenaltyTable';

const PointsChart = lazy(() => import('./PointsChart'));

export function MerchantPenalties() {
  return (
    <RelatedList reference="penalties" target="merchantId" sort={{ field: 'startsAt', order: 'DESC' }} empty="td.merchants.no_penalties">
      <PenaltyTable hideMerchant />
    </RelatedList>
  );
}

/** "Violation points, last N days": N is the window of the policy in force. */
export function MerchantPointsSection() {
  const record = useRecordContext<MerchantRecord>();
  const { policy, error } = useCurrentPolicy();
  return (
    <Section title="td.merchants.points_over_time" titleArgs={{ smart_count: policy?.windowDays ?? '…' }}>
      {error && <Alert severity="error">{error.message}</Alert>}
      {!policy || !record ? (
        !error && <Skeleton variant="rounded" height={200} />
      ) : (
        <Suspense fallback={<Skeleton variant="rounded" height={200} />}>
          <PointsChart merchantId={record.id} windowDays={policy.windowDays} />
        </Suspense>
      )}
    </Section>
  );
}
