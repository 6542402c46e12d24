/** What every metrics chart shares: axis styling, the bucket axis in the reader's calendar, and a legend under the chart. */
import { Box, Typography } from '@mui/material';
import { useLocaleState } from 'react-admin';
import type { MetricBucket } from '../../domain/metrics';
import type { ChartColors } from './chartColors';
import { bucketLabel, formatPercent } from './format';

export const axisStyle = (colors: ChartColors) => ({
  stroke: colors.grid,
  tick: { fill: colors.axis, fontSize: 12 },
  tickLine: false,
});

/** Props for the X axis of buckets (labels formatted per locale, thinned out by recharts when crowded). */
export function useBucketAxis(colors: ChartColors, kind: MetricBucket) {
  const [locale] = useLocaleState();
  return { ...axisStyle(colors), dataKey: 'bucket', tickFormatter: (b: string) => bucketLabel(b, kind, locale), minTickGap: 12 };
}

/** Percent ticks: whole percents, or one decimal for the half steps (2.5%). */
export function usePercentTick() {
  const [locale] = useLocaleState();
  return (value: number) => formatPercent(value, locale, Number.isInteger(Math.round(value * 1e6) / 1e4) ? 0 : 1);
}

export interface LegendItem {
  label: string;
  color: string;
  /** How the series is drawn, so that the legend reads without colour too. */
  shape?: 'bar' | 'line' | 'dashed' | 'band' | 'diamond' | 'dot';
}

function Swatch({ color, shape = 'bar' }: Pick<LegendItem, 'color' | 'shape'>) {
  const common = { flex: 'none', display: 'inline-block' } as const;
  if (shape === 'line' || shape === 'dashed')
    return <Box component="span" sx={{ ...common, width: 18, height: 0, borderTop: `2px ${shape === 'dashed' ? 'dashed' : 'solid'} ${color}` }} />;
  if (shape === 'band') return <Box component="span" sx={{ ...common, width: 18, height: 10, bgcolor: color, opacity: 0.25, border: `1px dashed ${color}` }} />;
  if (shape === 'diamond') return <Box component="span" sx={{ ...common, width: 9, height: 9, bgcolor: color, transform: 'rotate(45deg)', mx: 0.5 }} />;
  if (shape === 'dot') return <Box component="span" sx={{ ...common, width: 9, height: 9, borderRadius: '50%', bgcolor: color, mx: 0.5 }} />;
  return <Box component="span" sx={{ ...common, width: 12, height: 12, borderRadius: '2px', bgcolor: color }} />;
}

/** The chart's legend, in the page's type rather than the SVG's (wraps on a phone, reads by a screen reader). */
export function ChartLegend({ items }: { items: LegendItem[] }) {
  return (
    <Box component="ul" className="td-chart-legend" sx={{ listStyle: 'none', m: 0, mt: 1, p: 0, display: 'flex', flexWrap: 'wrap', columnGap: 2, rowGap: 0.5 }}>
      {items.map((item) => (
        <Box component="li" key={item.label} sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
          <Swatch color={item.color} shape={item.shape} />
          <Typography variant="caption" color="text.secondary">
            {item.label}
          </Typography>
        </Box>
      ))}
    </Box>
  );
}
