/** A reviewer's throughput: the cases they resolved (confirmed or dismissed) each week for the last 12 weeks, against their average. */
import { Bar, BarChart, CartesianGrid, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis } from './chartParts';
import { bucketTitle, formatCount } from './format';
import { MetricsCard } from './MetricsCard';
import { useCounts } from './useCounts';
import { todayUtc } from './useMetrics';
import { lastWeeks } from './windows';

const WEEKS = 12;

export default function ReviewerThroughput({ userId }: { userId: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, 'week');
  const { counts, ...state } = useCounts('cases', 'resolvedAt', { assigneeId: userId }, lastWeeks(todayUtc(), WEEKS));
  const points = counts.map((c) => ({ bucket: c.key, handled: c.count }));
  const total = points.reduce((s, p) => s + p.handled, 0);
  const average = total / WEEKS;
  const subheader = translate('td.metrics.handled_summary', {
    total: formatCount(total, locale),
    average: new Intl.NumberFormat(locale.startsWith('zh') ? 'zh-CN' : 'en-US', { maximumFractionDigits: 1 }).format(average),
  });
  return (
    <MetricsCard
      title="td.metrics.my_throughput"
      subheader={subheader}
      state={state}
      empty={!total && 'td.metrics.empty_handled'}
      height={220}
      flex="1 1 420px"
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis {...axisStyle(colors)} allowDecimals={false} width={36} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<(typeof points)[number]>
                {...props}
                title={(p) => bucketTitle(p.bucket, 'week', locale, translate)}
                lines={(p) => [{ color: colors.resolved, label: translate('td.metrics.handled'), value: formatCount(p.handled, locale) }]}
              />
            )}
          />
          <ReferenceLine y={average} stroke={colors.centre} strokeDasharray="8 4" />
          <Bar dataKey="handled" fill={colors.resolved} radius={[2, 2, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.handled'), color: colors.resolved },
          { label: translate('td.metrics.weekly_average'), color: colors.centre, shape: 'dashed' },
        ]}
      />
    </MetricsCard>
  );
}
