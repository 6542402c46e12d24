/** Parcels received and inspected per bucket, side by side: a growing gap is a growing queue at the bench. */
import { Bar, CartesianGrid, ComposedChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis } from './chartParts';
import { bucketTitle, formatCount, rateWithN } from './format';
import type { WarehousePoint } from './warehouseSeries';

export function ThroughputChart({ points, kind, height = 240 }: { points: WarehousePoint[]; kind: MetricBucket; height?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, kind);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }} barGap={1}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis {...axisStyle(colors)} allowDecimals={false} width={44} tickFormatter={(v: number) => formatCount(v, locale)} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<WarehousePoint>
                {...props}
                title={(p) => bucketTitle(p.bucket, kind, locale, translate)}
                lines={(p) => [
                  { color: colors.received, label: translate('td.metrics.received'), value: formatCount(p.received, locale) },
                  { color: colors.inspected, label: translate('td.metrics.inspected'), value: formatCount(p.inspected, locale) },
                  { label: translate('td.metrics.passed'), value: formatCount(p.passed, locale) },
                  { label: translate('td.metrics.failure_rate'), value: rateWithN(p.failed, p.inspected, locale, translate) },
                ]}
              />
            )}
          />
          <Bar dataKey="received" name={translate('td.metrics.received')} fill={colors.received} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Bar dataKey="inspected" name={translate('td.metrics.inspected')} fill={colors.inspected} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.received'), color: colors.received },
          { label: translate('td.metrics.inspected'), color: colors.inspected },
        ]}
      />
    </>
  );
}
