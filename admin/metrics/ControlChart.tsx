/**
 * The failure rate as a p-chart: each bucket's rate, the centre line (the rate over the whole
 * range) and the 3-sigma band for that bucket's own n — wide where few parcels were inspected,
 * narrow where many were — so a point outside the band is a real signal, marked in red as a
 * diamond, never a small-sample wobble.
 */
import { Area, CartesianGrid, ComposedChart, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis, usePercentTick } from './chartParts';
import { bucketTitle, controlChartTop, formatPercent, rateTicks, rateWithN } from './format';
import type { WarehousePoint } from './warehouseSeries';

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: WarehousePoint;
  index?: number;
}

export function ControlChart({ points, kind, height = 260 }: { points: WarehousePoint[]; kind: MetricBucket; height?: number }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, kind);
  const percent = usePercentTick();
  const ticks = rateTicks(
    controlChartTop(
      points.map((p) => p.failureRate),
      points.map((p) => p.ucl),
    ),
  );
  const range = (low: number | null, high: number | null) =>
    low == null || high == null ? '–' : `${formatPercent(low, locale)} – ${formatPercent(high, locale)}`;
  // Out-of-control buckets as red diamonds (class td-ooc, for tests and print styles); the others as small dots.
  const dot = ({ cx, cy, payload, index }: DotProps) => {
    if (cx == null || cy == null || payload?.failureRate == null) return <g key={`dot-${index}`} />;
    if (payload.outOfControl)
      return (
        <path
          key={`dot-${index}`}
          className="td-ooc"
          d={`M${cx},${cy - 7}L${cx + 7},${cy}L${cx},${cy + 7}L${cx - 7},${cy}Z`}
          fill={colors.outOfControl}
          stroke={colors.outOfControl}
        />
      );
    return <circle key={`dot-${index}`} cx={cx} cy={cy} r={3} fill={colors.failureRate} />;
  };
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={points} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis {...axisStyle(colors)} width={48} tickFormatter={percent} domain={[0, ticks[ticks.length - 1]]} ticks={ticks} allowDataOverflow />
          <Tooltip
            content={(props) => (
              <ChartTooltip<WarehousePoint>
                {...props}
                title={(p) => bucketTitle(p.bucket, kind, locale, translate)}
                lines={(p) => [
                  {
                    color: p.outOfControl ? colors.outOfControl : colors.failureRate,
                    label: translate('td.metrics.failure_rate'),
                    value: rateWithN(p.failed, p.inspected, locale, translate),
                    strong: p.outOfControl,
                  },
                  { label: translate('td.metrics.wilson'), value: range(p.wilsonLow, p.wilsonHigh) },
                  { color: colors.band, label: translate('td.metrics.control_limits'), value: range(p.lcl, p.ucl) },
                  { color: colors.centre, label: translate('td.metrics.centre_line'), value: formatPercent(p.centerLine, locale) },
                ]}
                footer={(p) =>
                  p.outOfControl && (
                    <Typography variant="caption" sx={{ color: colors.outOfControl, display: 'block', mt: 0.5 }}>
                      {translate(p.failureRate != null && p.ucl != null && p.failureRate > p.ucl ? 'td.metrics.ooc_high' : 'td.metrics.ooc_low')}
                    </Typography>
                  )
                }
              />
            )}
          />
          <Area dataKey="band" type="step" stroke="none" fill={colors.band} fillOpacity={0.14} isAnimationActive={false} connectNulls={false} />
          <Line dataKey="ucl" type="step" stroke={colors.band} strokeDasharray="4 3" strokeWidth={1} dot={false} isAnimationActive={false} />
          <Line dataKey="lcl" type="step" stroke={colors.band} strokeDasharray="4 3" strokeWidth={1} dot={false} isAnimationActive={false} />
          <Line dataKey="centerLine" stroke={colors.centre} strokeDasharray="8 4" strokeWidth={1.5} dot={false} isAnimationActive={false} />
          <Line dataKey="failureRate" stroke={colors.failureRate} strokeWidth={2} dot={dot} activeDot={{ r: 5 }} isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.failure_rate'), color: colors.failureRate, shape: 'line' },
          { label: translate('td.metrics.control_limits'), color: colors.band, shape: 'band' },
          { label: translate('td.metrics.centre_line'), color: colors.centre, shape: 'dashed' },
          { label: translate('td.metrics.out_of_control'), color: colors.outOfControl, shape: 'diamond' },
        ]}
      />
    </>
  );
}
