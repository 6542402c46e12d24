/** The policy's reasoning (structured by the server: domain/policy.ts SuggestionReason) worded in the reader's language. */
import type { TranslateFunction } from 'react-admin';
import type { BanRefusal } from '../../../domain/penalties';
import type { SuggestionReason } from '../../../domain/policy';

export interface ReasonWords {
  translate: TranslateFunction;
  /** A violation type's name by its code. */
  nameOf: (code: string) => string;
  date: (iso: string) => string;
}

/** "Live-stream suspension for 7 days", "Warning". */
export function verdictOf(type: string, durationDays: number | null, translate: TranslateFunction): string {
  const label = translate(`td.penaltyType.${type}`, { _: type });
  return durationDays ? translate('td.penalties.suggestion.for_days', { type: label, smart_count: durationDays }) : label;
}

/** "A", "A and B", "A, B and C" (A、B、C). */
function joinList(items: string[], translate: TranslateFunction): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(translate('td.common.listSeparator'))}${translate('td.penalties.suggestion.and')}${items.at(-1)}`;
}

export const isRefusal = (reason: SuggestionReason): reason is { code: BanRefusal } => reason.code === 'already_banned' || reason.code === 'ban_pending';

export function wordReason(reason: SuggestionReason, { translate, nameOf, date }: ReasonWords): string {
  const say = (key: string, args?: Record<string, unknown>) => translate(`td.penalties.suggestion.${key}`, args);
  switch (reason.code) {
    case 'counted':
      return say('counted', { smart_count: reason.count, points: reason.points, since: date(reason.since) });
    case 'added': {
      const violations = reason.violations.map((v) =>
        say(v.cases > 1 ? 'violation_cases' : 'violation', { name: nameOf(v.code), cases: v.cases, points: v.points }),
      );
      return say('added', { violations: joinList(violations, translate), added: reason.added, total: reason.total });
    }
    case 'direct_ban':
      return say('direct_ban', { violation: nameOf(reason.violation), policy: reason.policyId });
    case 'step':
      return say('step', { total: reason.total, verdict: verdictOf(reason.type, reason.durationDays, translate), policy: reason.policyId });
    default:
      return say(reason.code);
  }
}
