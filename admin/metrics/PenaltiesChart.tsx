/** Penalties issued per bucket, stacked by type from the mildest (bottom) to bans (top). */
import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import { useEnumLabel } from '../common/enums';
import { penaltyColor, useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis } from './chartParts';
import { type EnforcementPoint, penaltyKey } from './enforcementSeries';
import { bucketTitle, formatCount } from './format';

export function PenaltiesChart({ points, types, kind, height = 260 }: { points: EnforcementPoint[]; types: string[]; kind: MetricBucket; height?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const penaltyLabel = useEnumLabel('penaltyType');
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, kind);
  const series = types.map((type, i) => ({ type, key: penaltyKey(type), label: penaltyLabel(type), color: penaltyColor(colors, type, i) }));
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis {...axisStyle(colors)} allowDecimals={false} width={40} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<EnforcementPoint>
                {...props}
                title={(p) => bucketTitle(p.bucket, kind, locale, translate)}
                lines={(p) => [
                  ...[...series].reverse().map((s) => ({ color: s.color, label: s.label, value: formatCount(p[s.key] ?? 0, locale) })),
                  {
                    label: translate('td.metrics.total'),
                    value: formatCount(
                      series.reduce((sum, s) => sum + (p[s.key] ?? 0), 0),
                      locale,
                    ),
                    strong: true,
                  },
                ]}
              />
            )}
          />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.label} stackId="penalties" fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={series.map((s) => ({ label: s.label, color: s.color }))} />
    </>
  );
}
