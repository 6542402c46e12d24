import { Typography } from '@mui/material';
import { ReferenceField, useGetResourceLabel, useRecordContext, useTranslate, type TranslateFunction } from 'react-admin';
import { parts } from '../i18n/en';

/** Actions with a label; others (added later on the server) still filter and show by their code. */
export const AUDIT_ACTION_CHOICES = Object.keys(parts.admin.td.auditAction).map((id) => ({ id, name: `td.auditAction.${id}` }));

/** Resources that write to the audit trail so far. */
const AUDITED_RESOURCES = ['cases', 'penalties', 'appeals', 'penalty-policies', 'users', 'categories', 'violation-types', 'warehouses', 'sessions'];

export function useAuditResourceChoices() {
  const label = useGetResourceLabel();
  return AUDITED_RESOURCES.map((id) => ({ id, name: label(id, 2) }));
}

/** "Confirmed", "Penalized": an action's label; a status move without its own label reads "Status: <status>". */
export function auditActionLabel(action: string, translate: TranslateFunction): string {
  const [verb, status] = action.split(':');
  const fallback = verb === 'transition' && status ? translate('td.audit.statusTo', { status: translate(`td.caseStatus.${status}`, { _: status }) }) : action;
  return translate(`td.auditAction.${action}`, { _: fallback });
}

export function AuditActionField(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record?.action) return null;
  return (
    <Typography component="span" variant="body2">
      {auditActionLabel(record.action, translate)}
    </Typography>
  );
}

/** "Case", "User", … for the entry's resource. */
export function ResourceNameField(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const label = useGetResourceLabel();
  return record?.resource ? (
    <Typography component="span" variant="body2">
      {label(record.resource, 1)}
    </Typography>
  ) : null;
}

/** Who did it; entries without an actor come from the system itself (e.g. scheduled jobs). */
export function ActorField(_props: { source?: string; label?: string }) {
  return <ReferenceField source="actorId" reference="users" emptyText="td.audit.system" />;
}
