import { Box, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useFormatDateTime } from '../common/DateTimeField';

type Values = Record<string, unknown> | null | undefined;
interface Changes { before?: Values; after?: Values }

function parseChanges(raw: unknown): Changes {
  if (typeof raw !== 'string') return (raw as Changes) ?? {};
  try {
    return JSON.parse(raw) as Changes;
  } catch {
    return {};
  }
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

function displayValue(value: unknown, formatDate: (iso: string) => string): string {
  if (typeof value === 'object') return JSON.stringify(value, null, 2);
  if (typeof value === 'string' && ISO_DATE.test(value)) return formatDate(value);
  return String(value);
}

function Value({ value }: { value: unknown }) {
  const formatDate = useFormatDateTime();
  if (value === undefined || value === null) return <Typography component="span" color="text.disabled">—</Typography>;
  return (
    <Box component="span" sx={{ fontFamily: 'monospace', fontSize: 13, whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
      {displayValue(value, formatDate)}
    </Box>
  );
}

/**
 * `changes` is `{ before, after }` holding only what changed (whole records on create and
 * delete): one row per field, the old value on red, the new one on green.
 */
export function ChangesDiff(_props: { source?: string; label?: string }) {
  const record = useRecordContext();
  const translate = useTranslate();
  if (!record) return null;
  const { before, after } = parseChanges(record.changes);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  if (!fields.length) return <Typography variant="body2" color="text.secondary">{translate('td.audit.noChanges')}</Typography>;
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
                <Value value={before[field]} />
              </TableCell>
            )}
            {after && (
              <TableCell sx={{ bgcolor: before ? 'rgba(46, 125, 50, 0.08)' : undefined, verticalAlign: 'top' }}>
                <Value value={after[field]} />
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
