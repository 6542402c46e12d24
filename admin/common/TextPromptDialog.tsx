/**
 * A dialog asking for one piece of text (a resolution, a note, a reason) before an action runs.
 * With `nextLabel` it also offers the action and the next record of the queue ("Confirm & next"),
 * which Ctrl+Enter (⌘+Enter) chooses: the keyboard path through a queue.
 */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';

export interface TextPromptDialogProps {
  open: boolean;
  title: string;
  hint?: string;
  label: string;
  submitLabel: string;
  /** The label of "submit, then open the next record"; without it there is one submit button. */
  nextLabel?: string;
  submitColor?: 'primary' | 'error' | 'warning' | 'success';
  /** The text may be left empty (e.g. an approval note). */
  optional?: boolean;
  /** The server's minimum length, checked here first (with `helperText` saying so). */
  minLength?: number;
  helperText?: string;
  isPending?: boolean;
  onClose: () => void;
  onSubmit: (text: string, next: boolean) => void;
}

export function TextPromptDialog({
  open,
  title,
  hint,
  label,
  submitLabel,
  nextLabel,
  submitColor = 'primary',
  optional = false,
  minLength = 1,
  helperText,
  isPending,
  onClose,
  onSubmit,
}: TextPromptDialogProps) {
  const translate = useTranslate();
  const [text, setText] = useState('');
  const ready = (optional || text.trim().length >= minLength) && !isPending;
  const submit = (next: boolean) => {
    if (ready) onSubmit(text.trim(), next);
  };

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" slotProps={{ transition: { onExited: () => setText('') } }}>
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        {hint && <DialogContentText sx={{ mb: 1 }}>{hint}</DialogContentText>}
        <TextField
          autoFocus
          required={!optional}
          fullWidth
          multiline
          minRows={3}
          margin="dense"
          label={label}
          helperText={helperText}
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.metaKey || e.ctrlKey)) submit(!!nextLabel);
          }}
        />
      </DialogContent>
      <DialogActions sx={{ flexWrap: 'wrap', rowGap: 1 }}>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant={nextLabel ? 'outlined' : 'contained'} color={submitColor} disabled={!ready} onClick={() => submit(false)}>
          {submitLabel}
        </Button>
        {nextLabel && (
          <Button variant="contained" color={submitColor} disabled={!ready} onClick={() => submit(true)} title={translate('td.shortcuts.ctrl_enter')}>
            {nextLabel}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  );
}
