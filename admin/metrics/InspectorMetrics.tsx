/**
 * An inspector's warehouse today and this month: what came in, what was checked, how much failed
 * (always with its n), how long parcels waited, and the month's failure rate on its p-chart.
 * Self-contained (it fetches its own figures) so any inspector page can show it.
 */
import { Link } from 'react-router-dom';
import { Box, Button, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { bucketStart, bucketsBetween } from '../../domain/metrics';
import { ControlChart } from './ControlChart';
import { Figure, FigureRow } from './Figure';
import { formatCount, formatHours, formatPercent, rateWithN } from './format';
import { MetricsCard } from './MetricsCard';
import { apiParams, daysBefore, serializeQuery, type MetricsQuery } from './query';
import { ThroughputChart } from './ThroughputChart';
import { todayUtc, useMetrics } from './useMetrics';
import { rangeTotals, warehouseSeries } from './warehouseSeries';

export default function InspectorMetrics({ warehouseId }: { warehouseId: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const today = todayUtc();
  const monthStart = bucketStart(today, 'month');
  // The charts show at least the last 30 days (early in a month, the month alone is a bar or two); the month's figures count from its 1st.
  const lastThirty = daysBefore(today, 29);
  const query: MetricsQuery = { from: [lastThirty, monthStart].sort()[0], to: today, bucket: 'day', warehouseId };
  const params = apiParams(query, 'warehouses');
  const result = useMetrics('warehouses', params);
  const points = warehouseSeries(result.data?.rows ?? [], warehouseId, bucketsBetween(query.from, query.to, 'day'));
  const todayPoint = points[points.length - 1];
  const month = rangeTotals(points.filter((p) => p.bucket >= monthStart));
  const quiet = !points.some((p) => p.inspected || p.received) && 'td.metrics.empty_30_days';
  const state = { isPending: result.isPending, isFetching: result.isFetching, error: result.error, refetch: result.refetch };
  const pending = result.isPending;
  return (
    <Box sx={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'baseline', justifyContent: 'space-between', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h6" component="h2">
          {translate('td.metrics.today')}
        </Typography>
        <Button component={Link} to={`/metrics?${serializeQuery(query)}`} size="small">
          {translate('td.metrics.open_page')}
        </Button>
      </Box>
      <FigureRow>
        <Figure label={translate('td.metrics.received')} value={formatCount(todayPoint?.received, locale)} isPending={pending} />
        <Figure label={translate('td.metrics.inspected')} value={formatCount(todayPoint?.inspected, locale)} isPending={pending} />
        <Figure
          label={translate('td.metrics.failure_rate')}
          value={formatPercent(todayPoint?.failureRate, locale)}
          detail={todayPoint && rateWithN(todayPoint.failed, todayPoint.inspected, locale, translate)}
          alert={!!todayPoint?.outOfControl}
          isPending={pending}
        />
        <Figure
          label={translate('td.metrics.turnaround_median')}
          value={formatHours(todayPoint?.turnaroundMedianHours, locale, translate)}
          detail={translate('td.metrics.p90_is', { value: formatHours(todayPoint?.turnaroundP90Hours, locale, translate) })}
          isPending={pending}
        />
        <Figure
          label={translate('td.metrics.in_progress')}
          value={formatCount(todayPoint?.wip, locale)}
          detail={todayPoint?.wipAgeHours != null && translate('td.metrics.mean_age', { value: formatHours(todayPoint.wipAgeHours, locale, translate) })}
          isPending={pending}
        />
      </FigureRow>
      <Typography variant="h6" component="h2">
        {translate('td.metrics.this_month')}
      </Typography>
      <FigureRow>
        <Figure label={translate('td.metrics.received')} value={formatCount(month.received, locale)} isPending={pending} />
        <Figure label={translate('td.metrics.inspected')} value={formatCount(month.inspected, locale)} isPending={pending} />
        <Figure
          label={translate('td.metrics.failure_rate')}
          value={formatPercent(month.failureRate, locale)}
          detail={rateWithN(month.failed, month.inspected, locale, translate)}
          isPending={pending}
        />
        <Figure
          label={translate('td.metrics.out_of_control_days')}
          value={formatCount(month.outOfControl, locale)}
          alert={month.outOfControl > 0}
          isPending={pending}
        />
      </FigureRow>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        <MetricsCard title="td.metrics.throughput" subheader={translate('td.metrics.last_30_days')} state={state} empty={quiet} height={200} flex="1 1 420px">
          <ThroughputChart points={points} kind="day" height={200} />
        </MetricsCard>
        <MetricsCard
          title="td.metrics.failure_rate_chart"
          subheader={translate('td.metrics.pchart_hint')}
          state={state}
          empty={quiet}
          height={200}
          flex="1 1 420px"
        >
          <ControlChart points={points} kind="day" height={200} />
        </MetricsCard>
      </Box>
    </Box>
  );
}
