import { Box, Typography } from '@mui/material';
import { useLocaleState, useRecordContext } from 'react-admin';
import { formatDate, formatDateTime, intlLocale } from './format';

interface DateTimeFieldProps {
  source: string;
  /** The date without the time. */
  dateOnly?: boolean;
  /** For tables: the time below the date, in grey, so the column stays narrow. */
  compact?: boolean;
  /** Read by <DataTable.Col> and <Labeled>. */
  label?: string;
  sortable?: boolean;
}

/** The one date field: the chosen language's style (25 Nov 2026, 14:05 / 2026年11月25日 14:05), "—" when empty. */
export function DateTimeField({ source, dateOnly = false, compact = false }: DateTimeFieldProps) {
  const record = useRecordContext();
  const [locale] = useLocaleState();
  const value = record?.[source];
  if (!value)
    return (
      <Typography component="span" variant="body2">
        —
      </Typography>
    );
  if (dateOnly || !compact)
    return (
      <Typography component="span" variant="body2" color="inherit">
        {dateOnly ? formatDate(value, locale) : formatDateTime(value, locale)}
      </Typography>
    );
  const date = new Date(value);
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexDirection: 'column', whiteSpace: 'nowrap' }}>
      <Typography component="span" variant="body2" color="inherit">
        {formatDate(date, locale)}
      </Typography>
      <Typography component="span" variant="caption" color="inherit" sx={{ opacity: 0.7 }}>
        {date.toLocaleTimeString(intlLocale(locale), { timeStyle: 'short' })}
      </Typography>
    </Box>
  );
}
