/**
 * The moves on a notice, each offered only when the signed-in user may make it now (the machine
 * and the role table of domain/notices.ts, which the server enforces): the author never sees
 * Approve or Send back on their own notice.
 */
import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import CorrectIcon from '@mui/icons-material/EditNote';
import RejectIcon from '@mui/icons-material/Reply';
import RetractIcon from '@mui/icons-material/Block';
import SubmitIcon from '@mui/icons-material/Send';
import { EditButton, TopToolbar, useCanAccess, useRecordContext, useRedirect } from 'react-admin';
import { allowedMoves, isCorrectable, isEditable, type NoticeRecord } from '../../domain/notices';
import { ActionPromptButton, type ActionPromptButtonProps } from '../common/PromptButton';
import { useActor } from '../common/useActor';
import { isVersionedMove } from './moves';
import { PublishButton } from './PublishButton';
import { useLinkedNotices } from './useLinkedNotices';
import { WithdrawButton } from './WithdrawButton';

const REASON_MIN = 5;

export function NoticeShowActions() {
  const record = useRecordContext<NoticeRecord>();
  const actor = useActor();
  const { canAccess: mayEdit } = useCanAccess({ resource: 'notices', action: 'edit' });
  const { canAccess: mayCorrect } = useCanAccess({ resource: 'notices', action: 'create' });
  const { correctedBy } = useLinkedNotices(record);
  const redirect = useRedirect();
  if (!record || !actor) return <TopToolbar />;
  const moves = allowedMoves(actor, record);
  return (
    <TopToolbar>
      {isEditable(record) && mayEdit && <EditButton />}
      {moves.includes('submit') && (
        <NoticePromptButton
          name="submit"
          icon={<SubmitIcon />}
          variant="contained"
          optional
          fieldLabel="td.notices.dialog.note"
          request={(note) => ({ action: 'submit', data: { note }, success: 'td.notices.done.submitted' })}
        />
      )}
      {moves.includes('approve') && (
        <NoticePromptButton
          name="approve"
          icon={<ApproveIcon />}
          color="success"
          variant="contained"
          optional
          fieldLabel="td.notices.dialog.note"
          request={(note) => ({ action: 'approve', data: { note }, success: 'td.notices.done.approved' })}
        />
      )}
      {moves.includes('reject') && (
        <NoticePromptButton
          name="reject"
          icon={<RejectIcon />}
          color="warning"
          fieldLabel="td.notices.dialog.what_to_change"
          request={(note) => ({ action: 'reject', data: { note }, success: 'td.notices.done.rejected' })}
        />
      )}
      {moves.includes('publish') && <PublishButton />}
      {moves.includes('withdraw') && <WithdrawButton />}
      {moves.includes('retract') && (
        <NoticePromptButton
          name="retract"
          icon={<RetractIcon />}
          color="error"
          minLength={REASON_MIN}
          fieldLabel="resources.notices.fields.retractionReason"
          request={(reason) => ({ action: 'retract', data: { reason }, success: 'td.notices.done.retracted' })}
        />
      )}
      {isCorrectable(record) && mayCorrect && !correctedBy && (
        <NoticePromptButton
          name="correct"
          icon={<CorrectIcon />}
          minLength={REASON_MIN}
          fieldLabel="resources.notices.fields.correctionReason"
          request={(reason, idempotencyKey) => ({
            action: 'correct',
            data: { reason },
            idempotencyKey,
            success: 'td.notices.done.corrected',
            onDone: (draft: NoticeRecord) => redirect('edit', 'notices', draft.id),
          })}
        />
      )}
    </TopToolbar>
  );
}

const NoticePromptButton = (props: Omit<ActionPromptButtonProps, 'resource' | 'messages' | 'versioned'>) => (
  <ActionPromptButton resource="notices" messages="td.notices" versioned={isVersionedMove} {...props} />
);
