/** A dialog asking for one piece of text (a resolution, a note) before an action runs. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

interface TextPromptDialogProps {
  open: boolean;
  title: string;
  hint?: string;
  label: string;
  submitLabel: string;
  submitColor?: 'primary' | 'error' | 'warning' | 'success';
  isPending?: boolean;
  onClose: () => void;
  onSubmit: (text: string) => void;
}

export function TextPromptDialog({ open, title, hint, label, submitLabel, submitColor = 'primary', isPending, onClose, onSubmit }: TextPromptDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const ready = text.trim().length > 0 && !isPending;
  const submit = () => { if (ready) onSubmit(text.trim()); };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setText('') } }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {hint && <DialogContentText sx={{ mb: 1 }}>{hint}</DialogContentText>}
        <TextField
          autoFocus
          required
          fullWidth
          multiline
          minRows={3}
          margin="dense"
          label={label}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => { if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(); }}
        />
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" color={submitColor} disabled={!ready} onClick={submit}>{submitLabel}</Button>
      </DialogActions>
    </Dialog>
  );
}
