/** Pick the reviewer (or manager) a case goes to. Used by the case page and the queue's bulk action. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { CASE_WORKER_FILTER } from './inputs';

export interface Assignee {
  id: number;
  name: string;
}

interface AssigneeDialogProps {
  open: boolean;
  title: string;
  /** The current assignee, preselected. */
  current?: number | null;
  onClose: () => void;
  onSubmit: (assignee: Assignee) => void;
}

export function AssigneeDialog({ open, title, current, onClose, onSubmit }: AssigneeDialogProps) {
  const translate = useTranslate();
  const { data: people = [] } = useGetList<Assignee & { role: string }>(
    'users',
    { filter: CASE_WORKER_FILTER, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
    { enabled: open },
  );
  const [chosen, setChosen] = useState<number | ''>(current ?? '');
  const person = people.find((p) => p.id === chosen);

  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="xs">
      <DialogTitle>{title}</DialogTitle>
      <DialogContent>
        <TextField
          select
          fullWidth
          margin="dense"
          label={translate('td.cases.dialog.assignee')}
          value={person ? chosen : ''}
          onChange={(e) => setChosen(Number(e.target.value))}
        >
          {people.map((p) => (
            <MenuItem key={p.id} value={p.id}>
              {p.name} · {translate(`td.role.${p.role}`, { _: p.role })}
            </MenuItem>
          ))}
        </TextField>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{translate('ra.action.cancel')}</Button>
        <Button variant="contained" disabled={!person} onClick={() => person && onSubmit(person)}>
          {translate('td.cases.actions.assign')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
