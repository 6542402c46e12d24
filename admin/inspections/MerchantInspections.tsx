/**
 * A merchant's inspections on its page: its failure rate over the last 180 days beside the
 * platform's (an inspector's own warehouse's), then its latest parcels.
 */
import { Box, LinearProgress, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import type { MerchantRecord } from '../../domain/merchants';
import { intlLocale } from '../common/format';
import { RelatedList } from '../common/RelatedList';
import type { FailureRate, TrustdeskDataProvider } from '../providers/dataProvider';
import { InspectionTable } from './InspectionTable';

export function MerchantInspections() {
  const record = useRecordContext<MerchantRecord>();
  if (!record) return null;
  return (
    <>
      <FailureRates merchantId={record.id} />
      <RelatedList reference="inspections" target="merchantId" sort={{ field: 'id', order: 'DESC' }} empty="td.inspections.merchant.none">
        <InspectionTable hideMerchant />
      </RelatedList>
    </>
  );
}

function FailureRates({ merchantId }: { merchantId: number }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<TrustdeskDataProvider>();
  const { data } = useQuery({
    queryKey: ['merchants', 'inspection-summary', merchantId],
    queryFn: async () => (await dataProvider.inspectionSummary(merchantId)).data,
  });
  if (!data) return <LinearProgress sx={{ mb: 2 }} />;
  const platformLabel = data.warehouseId != null ? 'td.inspections.merchant.warehouse' : 'td.inspections.merchant.platform';
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: '1fr 1fr' }, gap: 2, mb: 2 }}
      aria-label={translate('td.inspections.merchant.rates', { days: data.days })}
    >
      <Rate
        label={translate('td.inspections.merchant.this', { days: data.days })}
        rate={data.merchant}
        emphasis={(data.merchant.failureRate ?? 0) > (data.platform.failureRate ?? 0)}
      />
      <Rate label={translate(platformLabel, { days: data.days })} rate={data.platform} />
    </Box>
  );
}

function Rate({ label, rate, emphasis = false }: { label: string; rate: FailureRate; emphasis?: boolean }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const percent = (n: number) => new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 1 }).format(n);
  return (
    <Box sx={{ p: 1.5, border: 1, borderColor: emphasis ? 'error.main' : 'divider', borderRadius: 1 }}>
      <Typography variant="caption" color="text.secondary">
        {label}
      </Typography>
      <Typography variant="h5" component="p" sx={{ color: emphasis ? 'error.main' : 'text.primary' }}>
        {rate.failureRate == null ? '—' : percent(rate.failureRate)}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('td.inspections.merchant.counts', { failed: rate.failed, smart_count: rate.inspected })}
      </Typography>
    </Box>
  );
}
