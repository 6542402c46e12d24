/** How long a parcel has waited at the warehouse, for the ageing list. Pure: unit-tested. */

const HOUR = 3_600_000;

export interface Age {
  days: number;
  hours: number;
  minutes: number;
  /** ok under a day, late from one, overdue from two (the agencies' turnaround). */
  level: 'ok' | 'late' | 'overdue';
}

export function ageSince(fromIso: string, nowMs: number): Age {
  const ms = Math.max(0, nowMs - Date.parse(fromIso));
  const totalMinutes = Math.floor(ms / 60_000);
  const days = Math.floor(totalMinutes / 1440);
  return {
    days,
    hours: Math.floor((totalMinutes % 1440) / 60),
    minutes: totalMinutes % 60,
    level: ms >= 48 * HOUR ? 'overdue' : ms >= 24 * HOUR ? 'late' : 'ok',
  };
}

/** The i18n key and arguments of an age: "2 d 3 h", "5 h 10 min", "12 min". */
export function ageLabel(age: Age): { key: string; args: Record<string, number> } {
  if (age.days) return { key: 'td.workstation.age_days', args: { d: age.days, h: age.hours } };
  if (age.hours) return { key: 'td.workstation.age_hours', args: { h: age.hours, m: age.minutes } };
  return { key: 'td.workstation.age_minutes', args: { m: age.minutes } };
}
