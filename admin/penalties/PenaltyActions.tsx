/**
 * The decisions on a penalty, each shown only when the signed-in user may take it now (the rules
 * the server enforces, from domain/penalties.ts): approve or reject a ban someone else
 * issued, revoke a penalty that was in force.
 */
import ApproveIcon from '@mui/icons-material/CheckCircleOutline';
import RejectIcon from '@mui/icons-material/HighlightOff';
import RevokeIcon from '@mui/icons-material/LockOpen';
import { TopToolbar, useRecordContext } from 'react-admin';
import { canDecidePenalty, canRevokePenalty, type PenaltyRecord } from '../../domain/penalties';
import { ActionPromptButton, type ActionPromptButtonProps } from '../common/PromptButton';
import { useActor } from '../common/useActor';

export function PenaltyShowActions() {
  const record = useRecordContext<PenaltyRecord>();
  const actor = useActor();
  if (!record || !actor) return <TopToolbar />;
  const decide = canDecidePenalty(actor, record);
  return (
    <TopToolbar>
      {decide && (
        <PenaltyPromptButton
          name="approve"
          icon={<ApproveIcon />}
          color="success"
          variant="contained"
          optional
          fieldLabel="td.penalties.dialog.note"
          request={(note) => ({ action: 'approve', data: { note }, success: 'td.penalties.done.approved' })}
        />
      )}
      {decide && (
        <PenaltyPromptButton
          name="reject"
          icon={<RejectIcon />}
          color="error"
          fieldLabel="td.penalties.dialog.note"
          request={(note) => ({ action: 'reject', data: { note }, success: 'td.penalties.done.rejected' })}
        />
      )}
      {canRevokePenalty(actor, record) && (
        <PenaltyPromptButton
          name="revoke"
          icon={<RevokeIcon />}
          color="warning"
          minLength={5}
          fieldLabel="resources.penalties.fields.revokeReason"
          request={(reason) => ({ action: 'revoke', data: { reason }, success: 'td.penalties.done.revoked' })}
        />
      )}
    </TopToolbar>
  );
}

const PenaltyPromptButton = (props: Omit<ActionPromptButtonProps, 'resource' | 'messages'>) => (
  <ActionPromptButton resource="penalties" messages="td.penalties" {...props} />
);
