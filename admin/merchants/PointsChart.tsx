/**
 * "Points over time": the merchant's counted violation points (active or served penalties) added
 * up by start date over the policy's window. Its own chunk, so recharts stays out of the main bundle.
 */
import { useState } from 'react';
import { Alert, Skeleton, Typography, useTheme } from '@mui/material';
import { useGetList, useLocaleState, useTranslate } from 'react-admin';
import { Area, AreaChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { COUNTING_STATUSES, type PenaltyRecord } from '../../domain/penalties';
import { windowStart } from '../../domain/policy';
import { formatDate, intlLocale } from '../common/format';

interface Point {
  at: number;
  points: number;
}

/** A step series: 0 at the window's start, one step per penalty, flat to today. */
function cumulativePoints(penalties: Pick<PenaltyRecord, 'startsAt' | 'points'>[], from: number, now: number): Point[] {
  let total = 0;
  const steps = [...penalties]
    .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
    .map((p) => {
      total += p.points;
      return { at: Date.parse(p.startsAt), points: total };
    });
  return [{ at: from, points: 0 }, ...steps, { at: now, points: total }];
}

/** The first day of each month, quarter or year in the window (by its length): a handful of readable ticks. */
function ticksBetween(from: number, now: number): number[] {
  const start = new Date(from);
  const months = (now - from) / (30 * 86_400_000);
  const step = months <= 6 ? 1 : months <= 36 ? 3 : 12;
  const ticks = [];
  for (
    let d = new Date(Date.UTC(start.getUTCFullYear(), Math.ceil((start.getUTCMonth() + 1) / step) * step, 1));
    d.getTime() <= now;
    d.setUTCMonth(d.getUTCMonth() + step)
  ) {
    ticks.push(d.getTime());
  }
  return ticks;
}

export default function PointsChart({ merchantId, windowDays }: { merchantId: number; windowDays: number }) {
  const translate = useTranslate();
  const theme = useTheme();
  const [locale] = useLocaleState();
  const [now] = useState(Date.now);
  const from = windowStart({ windowDays }, new Date(now)).getTime();
  const { data, isPending, error } = useGetList<PenaltyRecord>('penalties', {
    filter: { merchantId, status: COUNTING_STATUSES, startsAt_gte: new Date(from).toISOString() },
    sort: { field: 'startsAt', order: 'ASC' },
    pagination: { page: 1, perPage: 500 },
  });
  if (isPending) return <Skeleton variant="rounded" height={200} />;
  if (error) return <Alert severity="error">{error.message}</Alert>;
  if (!data?.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.merchants.no_points', { smart_count: windowDays })}
      </Typography>
    );
  const date = (at: number) => formatDate(new Date(at), locale);
  const month = (at: number) => new Date(at).toLocaleDateString(intlLocale(locale), { month: 'short', year: 'numeric' });
  const colour = theme.palette.error.main;
  return (
    <ResponsiveContainer width="100%" height={200}>
      <AreaChart data={cumulativePoints(data, from, now)} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="at" type="number" scale="time" domain={['dataMin', 'dataMax']} ticks={ticksBetween(from, now)} tickFormatter={month} fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip labelFormatter={(at) => date(Number(at))} formatter={(v) => [v, translate('td.merchants.points')]} />
        <Area type="stepAfter" dataKey="points" stroke={colour} fill={colour} fillOpacity={0.15} isAnimationActive={false} />
      </AreaChart>
    </ResponsiveContainer>
  );
}
