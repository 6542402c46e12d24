/** Where the penalty stands: waiting for approval, approved or rejected (and by whom), revoked (and why). */
import { Alert, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { canDecidePenalty, type PenaltyRecord } from '../../domain/penalties';
import { DecisionAlert } from '../common/DecisionAlert';
import { useActor } from '../common/useActor';

export function PenaltyOutcome() {
  const record = useRecordContext<PenaltyRecord>();
  const actor = useActor();
  const translate = useTranslate();
  if (!record) return null;
  const waiting = record.status === 'pending_approval';
  const waitingFor = record.issuedById === actor?.id ? 'pending_own' : actor && canDecidePenalty(actor, record) ? 'pending_yours' : 'pending';
  const rejected = record.status === 'rejected';
  return (
    <Stack spacing={1}>
      {waiting && (
        <Alert severity="info" variant="outlined">
          {translate(`td.penalties.outcome.${waitingFor}`)}
        </Alert>
      )}
      {record.decidedAt && (
        <DecisionAlert
          severity={rejected ? 'warning' : 'success'}
          title={`td.penalties.outcome.${rejected ? 'rejected' : 'approved'}`}
          by="approvedById"
          at="decidedAt"
          note={record.decisionNote}
        />
      )}
      {record.revokedAt && <DecisionAlert severity="info" title="td.penalties.outcome.revoked" by="revokedById" at="revokedAt" note={record.revokeReason} />}
    </Stack>
  );
}
