/** The two notes of a move, never confused: what the buyer reads on the tracking page, and what only staff read. */
import type { ReactNode } from 'react';
import { Box, TextField } from '@mui/material';
import PublicIcon from '@mui/icons-material/Public';
import LockIcon from '@mui/icons-material/LockOutlined';
import { useTranslate } from 'react-admin';

interface NotesInputsProps {
  publicNote: string;
  internalNote: string;
  onChange: (notes: { publicNote?: string; internalNote?: string }) => void;
  errors?: Record<string, string>;
  /** Ctrl+Enter in the internal note (several lines) submits the form. */
  onSubmitShortcut?: () => void;
}

export function NotesInputs({ publicNote, internalNote, onChange, errors = {}, onSubmitShortcut }: NotesInputsProps) {
  const translate = useTranslate();
  const frame = (colour: string) => ({ borderLeft: 3, borderColor: colour, pl: 1.5 });
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2 }}>
      <Box sx={frame('info.main')}>
        <TextField
          fullWidth
          label={translate('td.inspections.notes.public_input')}
          value={publicNote}
          onChange={(e) => onChange({ publicNote: e.target.value })}
          error={!!errors.publicNote}
          helperText={
            errors.publicNote ?? <Hint icon={<PublicIcon color="info" sx={{ fontSize: 14 }} />} text={translate('td.inspections.notes.public_hint')} />
          }
          slotProps={{ htmlInput: { maxLength: 500 } }}
        />
      </Box>
      <Box sx={frame('warning.main')}>
        <TextField
          fullWidth
          multiline
          minRows={1}
          maxRows={4}
          label={translate('td.inspections.notes.internal_input')}
          value={internalNote}
          onChange={(e) => onChange({ internalNote: e.target.value })}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onSubmitShortcut) {
              e.preventDefault();
              onSubmitShortcut();
            }
          }}
          error={!!errors.internalNote}
          helperText={
            errors.internalNote ?? <Hint icon={<LockIcon color="warning" sx={{ fontSize: 14 }} />} text={translate('td.inspections.notes.internal_hint')} />
          }
          slotProps={{ htmlInput: { maxLength: 4000 } }}
        />
      </Box>
    </Box>
  );
}

const Hint = ({ icon, text }: { icon: ReactNode; text: string }) => (
  <Box component="span" sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
    {icon}
    {text}
  </Box>
);
