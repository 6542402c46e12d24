/**
 * Time windows the small dashboard charts count records in, through ordinary list filters
 * (`<field>_gte` / `<field>_lte`): a reviewer's cases resolved per week, penalties waiting for a
 * notice by how long they have waited.
 */
import { bucketStart, nextBucket } from '../../domain/metrics';
import { daysBefore } from './query';

export interface CountWindow {
  key: string;
  /** Inclusive ISO instants; a missing end is open. */
  gte?: string;
  lte?: string;
}

const DAY_MS = 86_400_000;
const startOf = (day: string) => `${day}T00:00:00.000Z`;
/** The last millisecond before `day` begins (the list filters' bounds are inclusive). */
const endBefore = (day: string) => new Date(Date.parse(startOf(day)) - 1).toISOString();

/** The last `count` ISO weeks up to and including the one holding `today`, oldest first; `key` is the Monday. */
export function lastWeeks(today: string, count: number): CountWindow[] {
  const current = bucketStart(today, 'week');
  const first = daysBefore(current, 7 * (count - 1));
  const out: CountWindow[] = [];
  for (let week = first; week <= current; week = nextBucket(week, 'week'))
    out.push({ key: week, gte: startOf(week), lte: endBefore(nextBucket(week, 'week')) });
  return out;
}

/** Age bands in whole days before `now` (e.g. [0, 7, 14, 30] → under 7 days, 7–13, 14–29, 30 and more), youngest first. */
export function ageBands(now: Date, edges: number[]): CountWindow[] {
  return edges.map((from, i) => {
    const to = edges[i + 1];
    return {
      key: to == null ? `${from}+` : `${from}-${to - 1}`,
      // Older than `from` days: taken effect at or before now − from days; younger than `to` days: after now − to days.
      lte: new Date(now.getTime() - from * DAY_MS).toISOString(),
      gte: to == null ? undefined : new Date(now.getTime() - to * DAY_MS + 1).toISOString(),
    };
  });
}
