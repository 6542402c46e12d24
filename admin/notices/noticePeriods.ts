/**
 * Periods a notice covers, as whole UTC days (pure): the presets comms pick from (a notice usually
 * reports last month) and the period that covers a hand-picked set of penalties.
 */
import { dayOf } from '../../domain/notices';

export interface DayPeriod {
  periodStart: string;
  periodEnd: string;
}

export const PERIOD_PRESETS = ['last_month', 'month_to_date', 'last_three_months'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const DAY_MS = 86_400_000;

export function presetPeriod(preset: PeriodPreset, now: Date): DayPeriod {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const firstOfMonth = Date.UTC(y, m, 1);
  if (preset === 'month_to_date') return { periodStart: day(firstOfMonth), periodEnd: day(now.getTime()) };
  const monthsBack = preset === 'last_month' ? 1 : 3;
  return { periodStart: day(Date.UTC(y, m - monthsBack, 1)), periodEnd: day(firstOfMonth - DAY_MS) };
}

/** The first and last day the penalties took effect on; null for none. */
export function periodCovering(startsAts: string[]): DayPeriod | null {
  if (!startsAts.length) return null;
  const days = startsAts.map(dayOf).sort();
  return { periodStart: days[0], periodEnd: days[days.length - 1] };
}
