/**
 * The funnel plot: each warehouse's failure rate against how many parcels it inspected, inside
 * the network's 3-sigma limits for that volume. The limits narrow as volume grows, so a small
 * warehouse is flagged only when its rate is unlikely by chance — not ranked by a raw percentage.
 */
import { CartesianGrid, ComposedChart, LabelList, Line, ReferenceLine, ResponsiveContainer, Scatter, Tooltip, XAxis, YAxis } from 'recharts';
import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, usePercentTick } from './chartParts';
import type { FunnelPoint, FunnelView } from './analysis';
import { formatCount, formatPercent, rateTicks, rateWithN } from './format';

type Named = FunnelPoint & { name: string; label: string };

interface FunnelChartProps {
  view: FunnelView;
  warehouseName: (id: number) => string;
  warehouseCode: (id: number) => string;
  /** The warehouse the rest of the page shows, marked with ▶. */
  highlight?: number;
  height?: number;
}

export function FunnelChart({ view, warehouseName, warehouseCode, highlight, height = 280 }: FunnelChartProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const percent = usePercentTick();
  const ticks = rateTicks(view.maxRate);
  // Points are labelled by the warehouse's short code (full names would overlap); the tooltip names it in full.
  const named: Named[] = view.points.map((p) => ({
    ...p,
    name: warehouseName(p.warehouseId),
    label: `${p.warehouseId === highlight ? '▶\u00a0' : ''}${warehouseCode(p.warehouseId)}`,
  }));
  const inControl = named.filter((p) => !p.outOfControl);
  const outside = named.filter((p) => p.outOfControl);
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart margin={{ top: 16, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid stroke={colors.grid} />
          <XAxis
            {...axisStyle(colors)}
            type="number"
            dataKey="n"
            domain={[0, 'auto']}
            tickFormatter={(v: number) => formatCount(v, locale)}
            label={{ value: translate('td.metrics.inspected'), position: 'insideBottomRight', offset: -4, fill: colors.axis, fontSize: 12 }}
            height={36}
          />
          <YAxis
            {...axisStyle(colors)}
            type="number"
            width={48}
            tickFormatter={percent}
            domain={[0, ticks[ticks.length - 1]]}
            ticks={ticks}
            allowDataOverflow
          />
          <Tooltip
            cursor={false}
            content={(props) => (
              <ChartTooltip<Partial<Named>>
                {...props}
                title={(p) => p.name ?? ''}
                lines={(p) =>
                  p.warehouseId == null
                    ? []
                    : [
                        {
                          label: translate('td.metrics.failure_rate'),
                          value: rateWithN(p.failed ?? 0, p.inspected ?? 0, locale, translate),
                          strong: p.outOfControl,
                        },
                        { label: translate('td.metrics.control_limits'), value: `${formatPercent(p.lcl, locale)} – ${formatPercent(p.ucl, locale)}` },
                      ]
                }
                footer={(p) =>
                  p.outOfControl && (
                    <Typography variant="caption" sx={{ color: colors.outOfControl, display: 'block', mt: 0.5 }}>
                      {translate('td.metrics.funnel_outside')}
                    </Typography>
                  )
                }
              />
            )}
          />
          {view.centre != null && <ReferenceLine y={view.centre} stroke={colors.centre} strokeDasharray="8 4" />}
          <Line data={view.curve} dataKey="ucl" stroke={colors.band} strokeDasharray="4 3" dot={false} activeDot={false} isAnimationActive={false} />
          <Line data={view.curve} dataKey="lcl" stroke={colors.band} strokeDasharray="4 3" dot={false} activeDot={false} isAnimationActive={false} />
          <Scatter data={inControl.map((p) => ({ ...p, n: p.inspected }))} dataKey="failureRate" fill={colors.inspected} isAnimationActive={false}>
            <LabelList dataKey="label" position="right" fill={colors.text} fontSize={11} />
          </Scatter>
          <Scatter
            data={outside.map((p) => ({ ...p, n: p.inspected }))}
            dataKey="failureRate"
            fill={colors.outOfControl}
            shape="diamond"
            isAnimationActive={false}
          >
            <LabelList dataKey="label" position="right" fill={colors.outOfControl} fontSize={11} />
          </Scatter>
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend
        items={[
          { label: translate('td.metrics.warehouse_point'), color: colors.inspected, shape: 'dot' },
          { label: translate('td.metrics.funnel_limits'), color: colors.band, shape: 'dashed' },
          { label: translate('td.metrics.network_rate'), color: colors.centre, shape: 'dashed' },
          { label: translate('td.metrics.out_of_control'), color: colors.outOfControl, shape: 'diamond' },
        ]}
      />
    </>
  );
}
