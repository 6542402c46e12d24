/** The policy form ↔ the API (pure): prefilled from the version in force, one points input per violation type. */
import type { LadderStep, PolicyRecord } from '../../domain/policy';

export interface PolicyValues {
  windowDays: number;
  appealWindowDays: number;
  points: Record<string, number | null>;
  ladder: { minPoints: number | null; type: string; durationDays: number | null | '' }[];
  directBanTypes: string[];
  note: string;
}

/** The next version starts as a copy of the one in force; a violation type it does not price yet starts at 0. */
export function policyDefaults(current: PolicyRecord, codes: string[]): PolicyValues {
  return {
    windowDays: current.windowDays,
    appealWindowDays: current.appealWindowDays,
    points: Object.fromEntries(codes.map((code) => [code, current.points[code] ?? 0])),
    ladder: current.ladder.map((s) => ({ ...s })),
    directBanTypes: current.directBanTypes.filter((code) => codes.includes(code)),
    note: '',
  };
}

/** Empty durations are "none" (null); the server sorts the ladder. */
export function toPolicyPayload(values: PolicyValues) {
  return {
    ...values,
    points: Object.fromEntries(Object.entries(values.points).map(([code, n]) => [code, Number(n ?? 0)])),
    ladder: values.ladder.map(
      (s): LadderStep => ({
        minPoints: Number(s.minPoints ?? 0),
        type: s.type as LadderStep['type'],
        durationDays: s.durationDays === '' || s.durationDays == null ? null : Number(s.durationDays),
      }),
    ),
    note: values.note?.trim() || null,
  };
}
