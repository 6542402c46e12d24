/** Back to draft before it goes out (to change it, or to stop a schedule): asked once, as it needs approval again. */
import { useState } from 'react';
import WithdrawIcon from '@mui/icons-material/Undo';
import { Button, Confirm, useRecordContext } from 'react-admin';
import type { NoticeRecord } from '../../domain/notices';
import { useRecordAction } from '../common/useRecordAction';
import { isVersionedMove } from './moves';

export function WithdrawButton() {
  const record = useRecordContext<NoticeRecord>();
  const { run, isPending } = useRecordAction('notices', isVersionedMove);
  const [open, setOpen] = useState(false);
  if (!record) return null;
  const content = record.status === 'scheduled' ? 'td.notices.dialog.withdraw_scheduled_hint' : 'td.notices.dialog.withdraw_hint';
  return (
    <>
      <Button label="td.notices.actions.withdraw" onClick={() => setOpen(true)}>
        <WithdrawIcon />
      </Button>
      <Confirm
        isOpen={open}
        loading={isPending}
        title="td.notices.dialog.withdraw_title"
        titleTranslateOptions={{ id: record.id }}
        content={content}
        confirm="td.notices.actions.withdraw"
        onConfirm={async () => {
          await run({ action: 'withdraw', success: 'td.notices.done.withdrawn' });
          setOpen(false);
        }}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
