import { Box, Chip, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { useCurrentPolicy } from '../common/usePenaltyPolicy';

/** "Version 3", marked "In force" when it is the newest. */
export function PolicyVersionField({ variant = 'body2' }: { source?: string; label?: string; variant?: 'body2' | 'h5' }) {
  const record = useRecordContext();
  const translate = useTranslate();
  const { policy } = useCurrentPolicy();
  if (!record) return null;
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 1 }}>
      <Typography component="span" variant={variant}>
        {translate('td.policies.version', { id: record.id })}
      </Typography>
      {policy?.id === record.id && <Chip size="small" color="success" label={translate('td.policies.in_force')} />}
    </Box>
  );
}
