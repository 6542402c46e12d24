/** A merchant's penalties: the table, and its counted points over the last year (the chart loads on its own). */
import { lazy, Suspense } from 'react';
import { Skeleton, Typography } from '@mui/material';
import { Pagination, ReferenceManyField, useRecordContext, useTranslate } from 'react-admin';
import { PenaltyTable } from '../penalties/PenaltyTable';

const PointsChart = lazy(() => import('./PointsChart'));

export function MerchantPenalties() {
  const translate = useTranslate();
  return (
    <ReferenceManyField
      reference="penalties"
      target="merchantId"
      sort={{ field: 'startsAt', order: 'DESC' }}
      perPage={10}
      pagination={<Pagination rowsPerPageOptions={[10, 25, 50]} />}
      empty={<Typography variant="body2" color="text.secondary">{translate('td.merchants.no_penalties')}</Typography>}
    >
      <PenaltyTable hideMerchant />
    </ReferenceManyField>
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
