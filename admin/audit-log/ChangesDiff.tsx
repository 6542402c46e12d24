import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { AuditValue } from './auditValues';

type Values = Record<string, unknown> | null | undefined;
interface Changes {
  before?: Values;
  after?: Values;
}

function parseChanges(raw: unknown): Changes {
  if (typeof raw !== 'string') return (raw as Changes) ?? {};
  try {
    return JSON.parse(raw) as Changes;
  } catch {
    return {};
  }
}

/**
 * `changes` is `{ before, after }` holding only what changed (whole records on create and
 * delete): one row per field, the old value on red, the new one on green. Field names are the
 * resource's field labels; values read as in the rest of the app (see ./auditValues).
 */
export function ChangesDiff(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const { before, after } = parseChanges(record.changes);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (!fields.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('td.audit.noChanges')}
      </Typography>
    );
  const fieldLabel = (field: string) => translate(`resources.${record.resource}.fields.${field}`, { _: field });
  return (
    <Table size="small" sx={{ maxWidth: 960 }}>
      <TableHead>
        <TableRow>
          <TableCell>{translate('td.audit.field')}</TableCell>
          {before && <TableCell>{translate('td.audit.before')}</TableCell>}
          {after && <TableCell>{translate('td.audit.after')}</TableCell>}
        </TableRow>
      </TableHead>
      <TableBody>
        {fields.map((field) => (
          <TableRow key={field}>
            <TableCell sx={{ fontWeight: 500, verticalAlign: 'top' }}>{fieldLabel(field)}</TableCell>
            {before && (
              <TableCell sx={{ bgcolor: after ? 'rgba(211, 47, 47, 0.06)' : undefined, verticalAlign: 'top' }}>
                <AuditValue resource={record.resource} field={field} value={before[field]} />
              </TableCell>
            )}
            {after && (
              <TableCell sx={{ bgcolor: before ? 'rgba(46, 125, 50, 0.08)' : undefined, verticalAlign: 'top' }}>
                <AuditValue resource={record.resource} field={field} value={after[field]} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
