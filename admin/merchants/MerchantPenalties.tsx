/** A merchant's penalties: the table, and its counted points over the last year (the chart loads on its own). */
import { RelatedList } from '../common/RelatedList';
import { lazy, Suspense } from 'react';
import { Skeleton } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { PenaltyTable } from '../penalties/PenaltyTable';

const PointsChart = lazy(() => import('./PointsChart'));

export function MerchantPenalties() {
  return (
    <RelatedList reference="penalties" target="merchantId" sort={{ field: 'startsAt', order: 'DESC' }} empty="td.merchants.no_penalties">
      <PenaltyTable hideMerchant />
    </RelatedList>
  );
}

export function MerchantPoints() {
  const record = useRecordContext();
  if (!record) return null;
  return (
    <Suspense fallback={<Skeleton variant="rounded" height={200} />}>
      <PointsChart merchantId={record.id as number} />
    </Suspense>
  );
}
