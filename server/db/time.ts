/**
 * One timestamp format everywhere: ISO-8601 UTC with milliseconds (`2026-11-25T08:00:00.000Z`).
 * SQLite stores it as text, so text order is time order only if every writer uses these helpers.
 */
export const nowIso = (): string => new Date().toISOString();

const CANONICAL = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function toIso(value: unknown): string | null {
  if (value == null || value === '') return null;
  // SQLite hands back what we wrote: already canonical, no need to parse (hot on every list row).
  if (typeof value === 'string' && CANONICAL.test(value)) return value;
  if (value instanceof Date) return value.toISOString();
  const d = new Date(value as string | number);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export const addHours = (iso: string | Date, hours: number): string => new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
