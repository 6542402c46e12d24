/** Pick the reviewer (or manager) a case goes to. Used by the case page and the queue's bulk action. */
import { useState } from 'react';
import { Button, Dialog, DialogActions, DialogContent, DialogTitle, MenuItem, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { UserRecord } from '../../domain/staff';
import { useEnumLabel } from '../common/enums';
import { ASSIGNABLE } from './inputs';

interface AssigneeDialogProps {
  open: boolean;
  title: string;
  /** The current assignee, preselected. */
  current?: number | null;
  onClose: () => void;
  onSubmit: (assignee: UserRecord) => void;
}

export function AssigneeDialog({ open, title, current, onClose, onSubmit }: AssigneeDialogProps) {
  const translate = useTranslate();
  const roleLabel = useEnumLabel('role');
  const { data: people = [] } = useGetList<UserRecord>(
    'users',
    { filter: ASSIGNABLE, sort: { field: 'name', order: 'ASC' }, pagination: { page: 1, perPage: 200 } },
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
              {p.name} · {roleLabel(p.role)}
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
