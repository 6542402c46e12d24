/**
 * Enums are stored as codes and labelled under `td.<namespace>.<code>` (e.g. `td.severity.high`),
 * the namespaces domain/messages.ts `enumParams` names too.
 */
import { useTranslate } from 'react-admin';

export type EnumNamespace =
  | 'caseStatus'
  | 'severity'
  | 'source'
  | 'evidenceKind'
  | 'merchantStatus'
  | 'penaltyType'
  | 'penaltyStatus'
  | 'appealStatus'
  | 'noticeStatus'
  | 'noticeMove'
  | 'inspectionStatus'
  | 'inspectionResult'
  | 'inspectionMove'
  | 'inspectionEventKind'
  | 'photoKind'
  | 'role';

/** Choices for a select: react-admin translates each choice's name, the label's key. */
export const enumChoices = (namespace: EnumNamespace, values: readonly string[]) => values.map((id) => ({ id, name: `td.${namespace}.${id}` }));

/** The label of a code; a code added later on the server shows as it is. */
export function useEnumLabel(namespace: EnumNamespace) {
  const translate = useTranslate();
  return (code: string) => translate(`td.${namespace}.${code}`, { _: code });
}
