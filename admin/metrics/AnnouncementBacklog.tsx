/**
 * Comms: issued penalties no published notice lists yet, by how long they have been in effect.
 * The public expects to read about a penalty soon after it takes effect; the old ones stand out.
 */
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { Button } from '@mui/material';
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useLocaleState, useTranslate } from 'react-admin';
import { UNANNOUNCED, UNANNOUNCED_PATH } from '../notices/queues';
import { useChartColors } from './chartColors';
import { ChartTooltip } from './ChartTooltip';
import { axisStyle } from './chartParts';
import { formatCount, rateWithN } from './format';
import { MetricsCard } from './MetricsCard';
import { useCounts } from './useCounts';
import { ageBands } from './windows';

/** Days in effect: under a week, one to two weeks, two weeks to a month, older. */
const EDGES = [0, 7, 14, 30];

export default function AnnouncementBacklog() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const colors = useChartColors();
  // Ages from the moment the card opened: a fresh "now" per render would be a new query each time.
  const [now] = useState(() => new Date());
  const { counts, ...state } = useCounts('penalties', 'startsAt', UNANNOUNCED, ageBands(now, EDGES));
  const total = counts.reduce((s, c) => s + c.count, 0);
  const bands = counts.map((c, i) => ({
    ...c,
    label: translate(`td.metrics.age.${c.key}`),
    color: i === counts.length - 1 ? colors.outOfControl : colors.series[0],
  }));
  return (
    <MetricsCard
      title="td.metrics.awaiting_announcement"
      subheader={translate('td.metrics.awaiting_summary', { smart_count: total, n: formatCount(total, locale) })}
      state={state}
      empty={!total && 'td.metrics.empty_unannounced'}
      height={180}
      flex="1 1 420px"
    >
      <ResponsiveContainer width="100%" height={180}>
        <BarChart data={bands} layout="vertical" margin={{ top: 0, right: 40, bottom: 0, left: 8 }}>
          <CartesianGrid horizontal={false} stroke={colors.grid} />
          <XAxis {...axisStyle(colors)} type="number" allowDecimals={false} />
          <YAxis {...axisStyle(colors)} type="category" dataKey="label" width={104} />
          <Tooltip
            cursor={{ fill: colors.grid, opacity: 0.4 }}
            content={(props) => (
              <ChartTooltip<(typeof bands)[number]>
                {...props}
                title={(p) => p.label}
                lines={(p) => [{ color: p.color, label: translate('td.metrics.penalties'), value: rateWithN(p.count, total, locale, translate) }]}
              />
            )}
          />
          <Bar dataKey="count" isAnimationActive={false} radius={[0, 2, 2, 0]}>
            {bands.map((b) => (
              <Cell key={b.key} fill={b.color} />
            ))}
            <LabelList dataKey="count" position="right" fill={colors.text} fontSize={12} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
      <Button component={Link} to={UNANNOUNCED_PATH} size="small" sx={{ mt: 1 }}>
        {translate('td.dashboard.viewAll')}
      </Button>
    </MetricsCard>
  );
}
