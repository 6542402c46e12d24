/**
 * Chart colours for the light and the dark theme: a colour-blind-safe set (after Okabe & Ito),
 * each lightened for dark cards so that it keeps its contrast there, and the out-of-control mark in
 * a red no series uses. Every series also differs by shape or dash, not by colour alone.
 */
import { useTheme } from '@mui/material';

const LIGHT = {
  received: '#8fb4e3',
  inspected: '#1f5fbf',
  failureRate: '#c2410c',
  band: '#1f5fbf',
  centre: '#475467',
  outOfControl: '#d92d20',
  median: '#0e7c66',
  p90: '#b7791f',
  opened: '#1f5fbf',
  resolved: '#0e7c66',
  backlog: '#b7791f',
  cumulative: '#c2410c',
  bars: '#1f5fbf',
  series: ['#1f5fbf', '#e69f00', '#0e7c66', '#cc79a7', '#56b4e9', '#d55e00', '#7c3aed'],
  penalty: { warning: '#56b4e9', listing_removal: '#0e9f6e', fine: '#e69f00', live_suspension: '#cc79a7', permanent_ban: '#b42318' } as Record<string, string>,
};

const DARK: typeof LIGHT = {
  received: '#3d5a85',
  inspected: '#8ab4f8',
  failureRate: '#fb923c',
  band: '#8ab4f8',
  centre: '#cbd5e1',
  outOfControl: '#ff6b6b',
  median: '#34d3a6',
  p90: '#f5c451',
  opened: '#8ab4f8',
  resolved: '#34d3a6',
  backlog: '#f5c451',
  cumulative: '#fb923c',
  bars: '#8ab4f8',
  series: ['#8ab4f8', '#f5c451', '#34d3a6', '#f0a6cf', '#7dd3fc', '#fb923c', '#c4b5fd'],
  penalty: { warning: '#7dd3fc', listing_removal: '#34d399', fine: '#f5c451', live_suspension: '#f0a6cf', permanent_ban: '#ff7b72' },
};

export type ChartColors = typeof LIGHT & { grid: string; axis: string; text: string };

export function useChartColors(): ChartColors {
  const theme = useTheme();
  const base = theme.palette.mode === 'dark' ? DARK : LIGHT;
  return { ...base, grid: theme.palette.divider, axis: theme.palette.text.secondary, text: theme.palette.text.primary };
}

/** A penalty type's colour; a type added later takes one of the spare series colours. */
export const penaltyColor = (colors: ChartColors, type: string, index: number) => colors.penalty[type] ?? colors.series[index % colors.series.length];
