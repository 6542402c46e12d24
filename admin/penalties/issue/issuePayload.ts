/** The issue-penalty form's values ↔ the API's body and field errors (pure). */
import { isTimedPenalty, type PenaltyType } from '../../../domain/penalties';
import type { Suggestion } from '../../../domain/policy';

const DAY_MS = 86_400_000;

export interface IssueValues {
  type: PenaltyType;
  startsAt: string | Date;
  durationDays?: number | null;
  /** Yuan, as people type it; the API takes integer cents. */
  fine?: number | null;
  reason: string;
}

export function endsAt(startsAt: string | Date | undefined, durationDays?: number | null): Date | null {
  if (!startsAt || !durationDays) return null;
  const start = new Date(startsAt).getTime();
  return Number.isNaN(start) ? null : new Date(start + durationDays * DAY_MS);
}

/** The form starts from the ladder's suggestion (a warning when there is none). */
export function defaultsFrom(suggestion: Suggestion | undefined): IssueValues {
  return { type: suggestion?.type ?? 'warning', startsAt: new Date(), durationDays: suggestion?.durationDays ?? null, fine: null, reason: '' };
}

export function toPenaltyPayload(values: IssueValues, merchantId: number, caseIds: number[]) {
  const start = new Date(values.startsAt ?? Date.now());
  return {
    merchantId,
    caseIds,
    type: values.type,
    startsAt: start.toISOString(),
    endsAt: isTimedPenalty(values.type) ? (endsAt(start, values.durationDays)?.toISOString() ?? null) : null,
    fineCents: values.type === 'fine' && values.fine != null ? Math.round(values.fine * 100) : null,
    reason: values.reason.trim(),
  };
}

/** The API's field names → the form's. */
const FORM_FIELD: Record<string, keyof IssueValues> = { type: 'type', startsAt: 'startsAt', endsAt: 'durationDays', fineCents: 'fine', reason: 'reason' };

/** Server field errors (400 `errors`) for the form's inputs, and whatever fits no input. */
export function splitServerErrors(errors: Record<string, string> | undefined) {
  const form: Record<string, string> = {};
  const other: string[] = [];
  for (const [field, why] of Object.entries(errors ?? {})) {
    if (FORM_FIELD[field]) form[FORM_FIELD[field]] = why;
    else other.push(field === '_' ? why : `${field}: ${why}`);
  }
  return { form, other };
}
