/**
 * Received → verdict, in hours: median and p90 of one warehouse, or the median of each warehouse
 * side by side (percentiles cannot be added across warehouses, so the network gets no single line).
 */
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle, ChartLegend, useBucketAxis, type LegendItem } from './chartParts';
import { bucketTitle, formatHours } from './format';
import type { WarehouseRow } from './types';
import { turnaroundByWarehouse, type WarehousePoint } from './warehouseSeries';

interface TurnaroundChartProps {
  kind: MetricBucket;
  /** One warehouse: its series. */
  points?: WarehousePoint[];
  /** Every warehouse: the rows, one line each. */
  rows?: WarehouseRow[];
  buckets?: string[];
  warehouseName: (id: number) => string;
  height?: number;
}

type Point = Record<string, string | number | null>;

export function TurnaroundChart({ kind, points, rows = [], buckets = [], warehouseName, height = 240 }: TurnaroundChartProps) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  const xAxis = useBucketAxis(colors, kind);
  const hours = (v: unknown) => formatHours(typeof v === 'number' ? v : null, locale, translate);
  const perWarehouse = points ? null : turnaroundByWarehouse(rows, buckets);
  const series: (LegendItem & { key: string; dashed?: boolean })[] = points
    ? [
        { key: 'turnaroundMedianHours', label: translate('td.metrics.median'), color: colors.median, shape: 'line' },
        { key: 'turnaroundP90Hours', label: translate('td.metrics.p90'), color: colors.p90, shape: 'dashed', dashed: true },
      ]
    : perWarehouse!.warehouseIds.map((id, i) => ({
        key: `w${id}`,
        label: warehouseName(id),
        color: colors.series[i % colors.series.length],
        shape: 'line',
        dashed: i >= colors.series.length,
      }));
  const data = (points ?? perWarehouse!.points) as unknown as Point[];
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid vertical={false} stroke={colors.grid} />
          <XAxis {...xAxis} />
          <YAxis {...axisStyle(colors)} width={52} tickFormatter={hours} />
          <Tooltip
            content={(props) => (
              <ChartTooltip<Point>
                {...props}
                title={(p) => bucketTitle(String(p.bucket), kind, locale, translate)}
                lines={(p) => series.map((s) => ({ color: s.color, label: s.label, value: hours(p[s.key]) }))}
              />
            )}
          />
          {series.map((s) => (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={s.color}
              strokeWidth={2}
              strokeDasharray={s.dashed ? '6 3' : undefined}
              dot={false}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend items={series} />
    </>
  );
}
