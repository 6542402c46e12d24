/**
 * Lists and objects of an audited record in words (pure): a case's evidence, a penalty's cited
 * cases, a policy's points per violation type, its ladder and its direct-ban types. Anything else
 * structured stays compact JSON.
 */
import type { TranslateFunction } from 'react-admin';
import type { EvidenceItem } from '../../domain/cases';
import type { LadderStep } from '../../domain/policy';

export interface Words {
  translate: TranslateFunction;
  /** A violation type's name by its code. */
  nameOf: (code: string) => string;
}

const isRecordOf = (value: object): value is Record<string, unknown> => !Array.isArray(value);

function ladderStep({ minPoints, type, durationDays }: LadderStep, translate: TranslateFunction): string {
  const penalty = translate(`td.penaltyType.${type}`, { _: type });
  const duration = durationDays ? ` (${translate('td.policies.days', { smart_count: durationDays })})` : '';
  return `${translate('td.policies.ladder.from', { from: minPoints })}: ${penalty}${duration}`;
}

export function wordStructured(field: string, value: object, { translate, nameOf }: Words): string | null {
  if (Array.isArray(value)) {
    if (field === 'caseIds') return value.map((id) => `#${id}`).join(', ');
    if (field === 'directBanTypes') return value.map((code) => nameOf(String(code))).join(translate('td.common.listSeparator'));
    if (field === 'evidence')
      return (value as EvidenceItem[])
        .map((e) => `${translate(`td.evidenceKind.${e.kind}`, { _: e.kind })}: ${[e.text, e.url].filter(Boolean).join(' ')}`)
        .join('\n');
    if (field === 'ladder') return (value as LadderStep[]).map((step) => ladderStep(step, translate)).join('\n');
  } else if (field === 'points' && isRecordOf(value)) {
    return Object.entries(value)
      .map(([code, points]) => `${nameOf(code)}: ${points}`)
      .join('\n');
  }
  return null;
}

/** One JSON value per line for arrays of records, else one line: `[3021, 3022]`, `{"a":1}`. */
export function compactJson(value: object): string {
  if (Array.isArray(value)) {
    if (value.some((v) => v !== null && typeof v === 'object')) return value.map((v) => JSON.stringify(v)).join('\n');
    return `[${value.map((v) => JSON.stringify(v)).join(', ')}]`;
  }
  return JSON.stringify(value);
}
