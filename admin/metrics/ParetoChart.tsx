/** Why parcels failed, the most frequent reason first, with the running share: the few reasons worth fixing first. */
import { Bar, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, usePercentTick } from './chartParts';
import type { ParetoBar } from './analysis';
import { formatCount, rateWithN } from './format';

export function ParetoChart({ bars, reasonName, height = 260 }: { bars: ParetoBar[]; reasonName: (code: string) => string; height?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const percent = usePercentTick();
  const total = bars.reduce((s, b) => s + b.failed, 0);
  const data = bars.map((b) => ({ ...b, name: reasonName(b.failureReason) }));
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={data} margin={{ top: 8, right: 0, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...axisStyle(colors)} dataKey="name" interval={0} tick={{ fill: colors.axis, fontSize: 11 }} height={36} />
          <YAxis yAxisId="count" {...axisStyle(colors)} allowDecimals={false} width={40} />
          <YAxis yAxisId="share" orientation="right" {...axisStyle(colors)} width={44} domain={[0, 1]} tickFormatter={percent} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<ParetoBar & { name: string }>
                {...props}
                title={(p) => p.name}
                lines={(p) => [
                  { color: colors.bars, label: translate('td.metrics.failed'), value: formatCount(p.failed, locale) },
                  { label: translate('td.metrics.share'), value: rateWithN(p.failed, total, locale, translate) },
                  {
                    color: colors.cumulative,
                    label: translate('td.metrics.cumulative'),
                    value: rateWithN(Math.round(p.cumulative * total), total, locale, translate),
                  },
                ]}
              />
            )}
          />
          <Bar yAxisId="count" dataKey="failed" fill={colors.bars} radius={[2, 2, 0, 0]} isAnimationActive={false} />
          <Line
            yAxisId="share"
            dataKey="cumulative"
            stroke={colors.cumulative}
            strokeWidth={2}
            dot={{ r: 3, fill: colors.cumulative }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.failed_parcels'), color: colors.bars },
          { label: translate('td.metrics.cumulative_share'), color: colors.cumulative, shape: 'line' },
        ]}
      />
    </>
  );
}
