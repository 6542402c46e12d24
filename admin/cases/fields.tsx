/** Fields of a case: its due date (red when overdue) and the overdue marker. */
import { Box, Chip, Tooltip } from '@mui/material';
import AlarmIcon from '@mui/icons-material/Alarm';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import { DateTimeField } from '../common/DateTimeField';
import type { FieldProps } from '../common/fields';

/** The due date, in red with an alarm when the case is past its SLA (`overdue`, computed by the server). */
export function DueField({ compact }: FieldProps & { compact?: boolean }) {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  const overdue = !!record?.overdue;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5, color: overdue ? 'error.main' : undefined }}>
      {overdue && (
        <Tooltip title={translate('td.cases.overdue')}>
          <AlarmIcon fontSize="small" aria-label={translate('td.cases.overdue')} />
        </Tooltip>
      )}
      <DateTimeField source="dueAt" compact={compact} />
    </Box>
  );
}

/** The red "Overdue" chip of a case's heading, shown only when it is past its SLA. */
export function OverdueChip() {
  const record = useRecordContext<CaseRecord>();
  const translate = useTranslate();
  if (!record?.overdue) return null;
  return <Chip size="small" color="error" icon={<AlarmIcon />} label={translate('td.cases.overdue')} />;
}
