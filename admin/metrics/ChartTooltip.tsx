/**
 * The tooltip every metrics chart shows: the bucket in full, then one line per figure with its
 * swatch — rates always with their n, as each chart words them (recharts hands us the hovered
 * point; the chart says what to show of it).
 */
import type { ReactNode } from 'react';
import { Box, Paper, Typography } from '@mui/material';

export interface TooltipLine {
  color?: string;
  label: string;
  value: ReactNode;
  /** Drawn in the out-of-control colour, with a note. */
  strong?: boolean;
}

interface ChartTooltipProps<P> {
  active?: boolean;
  payload?: readonly { payload?: P }[];
  title: (point: P) => ReactNode;
  lines: (point: P) => TooltipLine[];
  footer?: (point: P) => ReactNode;
}

export function ChartTooltip<P>({ active, payload, title, lines, footer }: ChartTooltipProps<P>) {
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  const shown = lines(point);
  if (!shown.length) return null;
  return (
    <Paper elevation={4} sx={{ px: 1.5, py: 1, maxWidth: 320, pointerEvents: 'none' }}>
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {title(point)}
      </Typography>
      <Box component="dl" sx={{ m: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 1.5, rowGap: 0.25 }}>
        {shown.map((line) => (
          <Box key={line.label} sx={{ display: 'contents' }}>
            <Typography component="dt" variant="body2" color="text.secondary" sx={{ display: 'flex', alignItems: 'center', gap: 0.75 }}>
              {line.color && <Box component="span" sx={{ width: 10, height: 10, borderRadius: '2px', bgcolor: line.color, flex: 'none' }} />}
              {line.label}
            </Typography>
            <Typography
              component="dd"
              variant="body2"
              sx={{ m: 0, textAlign: 'right', fontVariantNumeric: 'tabular-nums', fontWeight: line.strong ? 600 : 400 }}
            >
              {line.value}
            </Typography>
          </Box>
        ))}
      </Box>
      {footer?.(point)}
    </Paper>
  );
}
