/**
 * One timestamp format everywhere: ISO-8601 UTC with milliseconds (`2026-11-25T08:00:00.000Z`).
 * SQLite stores it as text, so text order is time order only if every writer uses these helpers.
 */
export const nowIso = (): string => new Date().toISOString();

export function toIso(value: unknown): string | null {
  if (value == null || value === '') return null;
  if (value instanceof Date) return value.toISOString();
  const d = new Date(value as string | number);
  return Number.isNaN(d.getTime()) ? null : d.toISOString();
}

export const addHours = (iso: string | Date, hours: number): string =>
  new Date(new Date(iso).getTime() + hours * 3_600_000).toISOString();
