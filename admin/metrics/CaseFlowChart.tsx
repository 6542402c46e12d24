/** Cases opened against cases resolved per bucket, and the backlog they leave (right axis): is the team keeping up? */
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import { useChartColors } from './chartColors';
import { ChartTooltip, type TooltipLine } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis } from './chartParts';
import type { EnforcementPoint } from './enforcementSeries';
import { bucketTitle, formatCount, formatHours, rateWithN } from './format';

export function CaseFlowChart({ points, kind, height = 260 }: { points: EnforcementPoint[]; kind: MetricBucket; height?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, kind);
  const count = (v: number) => formatCount(v, locale);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points} margin={{ top: 8, right: 0, bottom: 0, left: 0 }} barGap={1}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis yAxisId="flow" {...axisStyle(colors)} allowDecimals={false} width={40} tickFormatter={count} />
          <YAxis yAxisId="backlog" orientation="right" {...axisStyle(colors)} allowDecimals={false} width={44} tickFormatter={count} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<EnforcementPoint>
                {...props}
                title={(p) => bucketTitle(p.bucket, kind, locale, translate)}
                lines={(p) => {
                  const lines: TooltipLine[] = [
                    { color: colors.opened, label: translate('td.metrics.opened'), value: count(p.casesOpened) },
                    { color: colors.resolved, label: translate('td.metrics.resolved'), value: count(p.casesResolved) },
                    { color: colors.backlog, label: translate('td.metrics.backlog'), value: count(p.backlog) },
                    { label: translate('td.metrics.sla_breaches'), value: rateWithN(p.slaBreaches, p.casesResolved, locale, translate) },
                  ];
                  if (p.medianResolutionHours != null)
                    lines.push({ label: translate('td.metrics.median_resolution'), value: formatHours(p.medianResolutionHours, locale, translate) });
                  return lines;
                }}
              />
            )}
          />
          <Bar
            yAxisId="flow"
            dataKey="casesOpened"
            name={translate('td.metrics.opened')}
            fill={colors.opened}
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
          <Bar
            yAxisId="flow"
            dataKey="casesResolved"
            name={translate('td.metrics.resolved')}
            fill={colors.resolved}
            radius={[2, 2, 0, 0]}
            isAnimationActive={false}
          />
          <Line
            yAxisId="backlog"
            dataKey="backlog"
            name={translate('td.metrics.backlog')}
            stroke={colors.backlog}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.opened'), color: colors.opened },
          { label: translate('td.metrics.resolved'), color: colors.resolved },
          { label: translate('td.metrics.backlog_axis'), color: colors.backlog, shape: 'line' },
        ]}
      />
    </>
  );
}
