/**
 * Record the merchant's appeal against the penalty in context (staff file it for them), while the
 * penalty is or was in force; the server also checks the appeal window and that none is pending.
 */
import AppealIcon from '@mui/icons-material/RecordVoiceOver';
import { useCanAccess, useCreate, useNotify, useRecordContext, useRefresh, type HttpError } from 'react-admin';
import { effectiveStatus, isIssued, type PenaltyRecord } from '../../domain/penalties';
import { PromptButton } from '../common/PromptButton';

export function RecordAppealButton() {
  const penalty = useRecordContext<PenaltyRecord>();
  const { canAccess } = useCanAccess({ resource: 'appeals', action: 'create' });
  const [create] = useCreate();
  const notify = useNotify();
  const refresh = useRefresh();
  if (!penalty || !canAccess || !isIssued(effectiveStatus(penalty))) return null;

  const record = async (statement: string, idempotencyKey: string) => {
    try {
      await create('appeals', { data: { penaltyId: penalty.id, statement }, meta: { idempotencyKey } }, { returnPromise: true });
      notify('td.appeals.done.recorded', { type: 'success', messageArgs: { id: penalty.id } });
      refresh();
      return true;
    } catch (error) {
      const { message, status } = error as HttpError;
      notify(message, { type: 'error', multiLine: true });
      return status === 409; // window closed or already under appeal: nothing to retry
    }
  };
  return (
    <PromptButton
      label="td.appeals.actions.record"
      title="td.appeals.dialog.record_title"
      hint="td.appeals.dialog.record_hint"
      fieldLabel="resources.appeals.fields.statement"
      icon={<AppealIcon />}
      minLength={10}
      onSubmit={record}
    />
  );
}
