import { Alert, AlertTitle, Box } from '@mui/material';
import { useTranslate } from 'react-admin';
import { DateTimeField } from './DateTimeField';
import { UserNameField } from './fields';
import { Quote } from './Quote';

interface DecisionAlertProps {
  severity: 'success' | 'warning' | 'info';
  /** i18n key of the heading. */
  title: string;
  /** Fields of the record in context: who decided, when. */
  by: string;
  at: string;
  note?: string | null;
}

/** A decision taken on the record in context (approved, rejected, revoked, upheld, overturned): who, when, why. */
export function DecisionAlert({ severity, title, by, at, note }: DecisionAlertProps) {
  const translate = useTranslate();
  return (
    <Alert severity={severity} variant="outlined">
      <AlertTitle>{translate(title)}</AlertTitle>
      <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <UserNameField source={by} /> · <DateTimeField source={at} />
      </Box>
      {note && <Quote>{note}</Quote>}
    </Alert>
  );
}
