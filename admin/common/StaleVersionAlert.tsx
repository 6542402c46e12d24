import { Alert, Button } from '@mui/material';
import { useEditContext, useInput, useTranslate } from 'react-admin';

/**
 * Edited records carry `version`; the server answers a stale one with 409 and
 * `errors.version`. No input shows that field, so say it here and offer to reload
 * (the form then shows the other person's changes).
 */
export function StaleVersionAlert() {
  const translate = useTranslate();
  const { refetch } = useEditContext();
  const { fieldState } = useInput({ source: 'version' });
  if (!fieldState.error) return null;
  return (
    <Alert
      severity="warning"
      sx={{ width: '100%', mb: 1 }}
      action={
        <Button color="inherit" size="small" onClick={() => refetch()}>
          {translate('td.common.reload')}
        </Button>
      }
    >
      {translate('td.common.staleVersion')}
    </Alert>
  );
}
