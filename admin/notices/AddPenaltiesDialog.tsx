/**
 * Add penalties to a draft: the issued penalties not listed yet, by default those no published
 * notice lists (what comms still owe) in the notice's category and period; either bound can be
 * lifted to pick a late one.
 */
import { useState } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  LinearProgress,
  List,
  ListItem,
  ListItemButton,
  ListItemIcon,
  ListItemText,
  Switch,
} from '@mui/material';
import { RecordContextProvider, ReferenceField, useGetList, useTranslate } from 'react-admin';
import { COUNTING_STATUSES, type PenaltyRecord } from '../../domain/penalties';
import { dayOf } from '../../domain/notices';
import { EnumChip } from '../common/enumFields';
import { useDateFormat } from '../common/format';
import { categoryOf } from './noticePayload';
import { FIRST_TAKING_EFFECT } from './queues';

export interface NoticeScopeValues {
  categoryId: number | string | null | undefined;
  periodStart: string;
  periodEnd: string;
}

interface AddPenaltiesDialogProps {
  open: boolean;
  scope: NoticeScopeValues;
  listed: number[];
  onClose: () => void;
  onAdd: (penaltyIds: number[]) => void;
}

const MAX_SHOWN = 100;

export function AddPenaltiesDialog({ open, scope, listed, onClose, onAdd }: AddPenaltiesDialogProps) {
  const translate = useTranslate();
  const { date } = useDateFormat();
  const [inScope, setInScope] = useState(true);
  const [unannounced, setUnannounced] = useState(true);
  const [chosen, setChosen] = useState<number[]>([]);
  const category = categoryOf(scope.categoryId);
  const filter = {
    status: COUNTING_STATUSES,
    ...(unannounced ? { announced: false } : {}),
    ...(inScope && category != null ? { categoryId: category } : {}),
    ...(inScope && scope.periodStart && scope.periodEnd ? { startsAt_gte: dayOf(scope.periodStart), startsAt_lte: dayOf(scope.periodEnd) } : {}),
  };
  const {
    data = [],
    total = 0,
    isPending,
    error,
  } = useGetList<PenaltyRecord>('penalties', { filter, sort: FIRST_TAKING_EFFECT, pagination: { page: 1, perPage: MAX_SHOWN } }, { enabled: open });
  const candidates = data.filter((p) => !listed.includes(p.id));
  const toggle = (id: number) => setChosen((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id]));
  const close = () => {
    setChosen([]);
    onClose();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="sm">
      <DialogTitle>{translate('td.notices.add.title')}</DialogTitle>
      <DialogContent dividers sx={{ p: 0 }}>
        <FormControlLabel
          sx={{ px: 2, pt: 1 }}
          control={<Switch checked={inScope} onChange={(e) => setInScope(e.target.checked)} />}
          label={translate('td.notices.add.in_scope')}
        />
        <FormControlLabel
          sx={{ px: 2 }}
          control={<Switch checked={unannounced} onChange={(e) => setUnannounced(e.target.checked)} />}
          label={translate('td.notices.add.unannounced')}
        />
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {!isPending && !candidates.length && (
          <Alert severity="info" sx={{ m: 2 }}>
            {translate('td.notices.add.none')}
          </Alert>
        )}
        <List dense>
          {candidates.map((p) => (
            <RecordContextProvider key={p.id} value={p}>
              <ListItem disablePadding>
                <ListItemButton onClick={() => toggle(p.id)}>
                  <ListItemIcon>
                    <Checkbox edge="start" checked={chosen.includes(p.id)} tabIndex={-1} slotProps={{ input: { 'aria-label': `#${p.id}` } }} />
                  </ListItemIcon>
                  <ListItemText
                    primary={<ReferenceField source="merchantId" reference="merchants" link={false} />}
                    secondary={`#${p.id} · ${date(p.startsAt)}`}
                    slotProps={{ primary: { component: 'span' } }}
                  />
                  <EnumChip namespace="penaltyType" source="type" />
                </ListItemButton>
              </ListItem>
            </RecordContextProvider>
          ))}
        </List>
        {total > MAX_SHOWN && (
          <Alert severity="info" sx={{ m: 2 }}>
            {translate('td.notices.add.more', { shown: MAX_SHOWN, smart_count: total })}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={close}>{translate('ra.action.cancel')}</Button>
        <Button
          variant="contained"
          disabled={!chosen.length}
          onClick={() => {
            onAdd(chosen);
            close();
          }}
        >
          {translate('td.notices.add.submit', { smart_count: chosen.length })}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
