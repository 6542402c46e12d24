/**
 * "Points over time": the merchant's counted violation points (active or served penalties) added
 * up by start date over the last 365 days. Its own chunk, so recharts stays out of the main bundle.
 */
import { useState } from 'react';
import { Skeleton, Typography, useTheme } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { intlLocale } from '../common/format';
import { COUNTING_STATUSES } from '../../domain/penalties';
import type { PenaltyRecord } from '../penalties/types';

const DAY_MS = 86_400_000;
const WINDOW_DAYS = 365;

interface Point {
  at: number;
  points: number;
}

/** A step series: 0 at the window's start, one step per penalty, flat to today. */
export function cumulativePoints(penalties: Pick<PenaltyRecord, 'startsAt' | 'points'>[], now: number): Point[] {
  let total = 0;
  const steps = [...penalties]
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((p) => {
      total += p.points;
      return { at: Date.parse(p.startsAt), points: total };
    });
  return [{ at: now - WINDOW_DAYS * DAY_MS, points: 0 }, ...steps, { at: now, points: total }];
}

/** The first day of each quarter within the window: four or five readable ticks. */
function quarterStarts(now: number): number[] {
  const from = new Date(now - WINDOW_DAYS * DAY_MS);
  const ticks = [];
  for (
    let d = new Date(Date.UTC(from.getUTCFullYear(), Math.ceil((from.getUTCMonth() + 1) / 3) * 3, 1));
    d.getTime() <= now;
    d.setUTCMonth(d.getUTCMonth() + 3)
  ) {
    ticks.push(d.getTime());
  }
  return ticks;
}

export default function PointsChart({ merchantId }: { merchantId: number }) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const [now] = useState(Date.now);
  const { data, isPending } = useGetList<PenaltyRecord>('penalties', {
    filter: { merchantId, status: COUNTING_STATUSES, startsAt_gte: new Date(now - WINDOW_DAYS * DAY_MS).toISOString().slice(0, 10) },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  if (isPending) return <Skeleton variant="rounded" height={200} />;
  if (!data?.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.merchants.no_points')}
      </Typography>
    );
  const date = (at: number) => new Date(at).toLocaleDateString(intlLocale(locale), { dateStyle: 'medium' });
  const month = (at: number) => new Date(at).toLocaleDateString(intlLocale(locale), { month: 'short', year: 'numeric' });
  const colour = theme.palette.error.main;
  return (
    <ResponsiveContainer width="100%" height={200}>
      <AreaChart data={cumulativePoints(data, now)} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={quarterStarts(now)} tickFormatter={month} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip labelFormatter={(at) => date(Number(at))} formatter={(v) => [v, translate('td.merchants.points')]} />
        <Area type="stepAfter" dataKey="points" stroke={colour} fill={colour} fillOpacity={0.15} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}
