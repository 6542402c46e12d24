/**
 * Publish an approved notice now, or schedule it (`publishAt`, a date-time in the reader's time
 * zone); a scheduled one can be published now or rescheduled. A time in the past, or more than a
 * year ahead, is refused here as the server would refuse it.
 */
import { useState } from 'react';
import PublishIcon from '@mui/icons-material/Publish';
import {
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  TextField,
} from '@mui/material';
import { Button, useRecordContext, useTranslate } from 'react-admin';
import { MAX_SCHEDULE_DAYS, publishAtProblem, type NoticeRecord } from '../../domain/notices';
import { useDateFormat } from '../common/format';
import { useRecordAction } from '../common/useRecordAction';
import { isVersionedMove } from './moves';

/** A Date as a `datetime-local` input's value (the reader's time zone, to the minute). */
const localInputValue = (d: Date) => new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);

/** Tomorrow at 09:00, the reader's time: when notices usually go out. */
function tomorrowMorning(): Date {
  const d = new Date();
  d.setDate(d.getDate() + 1);
  d.setHours(9, 0, 0, 0);
  return d;
}

/** "UTC+08:00": the zone the picker's time is read in. */
function zoneName(): string {
  const minutes = -new Date().getTimezoneOffset();
  const sign = minutes >= 0 ? '+' : '-';
  const abs = Math.abs(minutes);
  return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

export function PublishButton() {
  const record = useRecordContext<NoticeRecord>();
  const translate = useTranslate();
  const { dateTime } = useDateFormat();
  const { run } = useRecordAction('notices', isVersionedMove);
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'now' | 'later'>('now');
  const [at, setAt] = useState('');
  const [pending, setPending] = useState(false);
  if (!record) return null;
  const scheduled = record.status === 'scheduled';

  const openDialog = () => {
    setMode(scheduled ? 'later' : 'now');
    setAt(localInputValue(record.publishAt && scheduled ? new Date(record.publishAt) : tomorrowMorning()));
    setOpen(true);
  };
  const when = mode === 'later' && at ? new Date(at) : null;
  const problem = mode === 'later' ? (!when || Number.isNaN(when.getTime()) ? 'missing' : publishAtProblem(when, new Date())) : null;
  const problemText =
    problem === 'missing' ? translate('ra.validation.required') : problem && translate(`td.errors.notices.publish_at_${problem}`, { days: MAX_SCHEDULE_DAYS });

  const submit = async () => {
    if (problem) return;
    setPending(true);
    const done = await run(
      when
        ? { action: 'publish', data: { publishAt: when.toISOString() }, success: 'td.notices.done.scheduled', messageArgs: { date: dateTime(when) } }
        : { action: 'publish', data: {}, success: 'td.notices.done.published' },
    );
    setPending(false);
    if (done) setOpen(false);
  };

  return (
    <>
      <Button label={scheduled ? 'td.notices.actions.reschedule' : 'td.notices.actions.publish'} variant="contained" color="success" onClick={openDialog}>
        <PublishIcon />
      </Button>
      <Dialog open={open} onClose={() => setOpen(false)} fullWidth maxWidth="xs">
        <DialogTitle>{translate('td.notices.dialog.publish_title', { title: record.title })}</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 1 }}>{translate('td.notices.dialog.publish_hint', { path: `/notices/${record.slug}` })}</DialogContentText>
          <RadioGroup value={mode} onChange={(e) => setMode(e.target.value as 'now' | 'later')}>
            <FormControlLabel value="now" control={<Radio />} label={translate('td.notices.dialog.publish_now')} />
            <FormControlLabel value="later" control={<Radio />} label={translate('td.notices.dialog.publish_later')} />
          </RadioGroup>
          {mode === 'later' && (
            <TextField
              type="datetime-local"
              label={translate('resources.notices.fields.publishAt')}
              value={at}
              onChange={(e) => setAt(e.target.value)}
              error={!!problem}
              helperText={problemText || translate('td.notices.dialog.time_zone', { zone: zoneName() })}
              fullWidth
              margin="dense"
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: localInputValue(new Date()) } }}
            />
          )}
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)}>{translate('ra.action.cancel')}</MuiButton>
          <MuiButton variant="contained" color="success" disabled={!!problem || pending} onClick={submit}>
            {translate(mode === 'later' ? 'td.notices.dialog.schedule_submit' : 'td.notices.dialog.publish_now_submit')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
}
