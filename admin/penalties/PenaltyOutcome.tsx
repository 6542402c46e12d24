/** Where the penalty stands: waiting for approval, approved or rejected (and by whom), revoked (and why). */
import type { ReactNode } from 'react';
import { Alert, AlertTitle, Box, Stack } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { Quote } from '../cases/Quote';
import { DateTimeField, UserNameField } from '../cases/fields';
import { canDecidePenalty } from '../providers/enforcement';
import { useActor } from '../cases/useActor';
import type { PenaltyRecord } from './types';

export function PenaltyOutcome() {
  const record = useRecordContext<PenaltyRecord>();
  const actor = useActor();
  if (!record) return null;
  const waiting = record.status === 'pending_approval';
  const ownBan = waiting && !!actor && record.issuedById === actor.id;
  return (
    <Stack spacing={1}>
      {waiting && (
        <Alert severity="info" variant="outlined">
          <Message id={ownBan ? 'pending_own' : actor && canDecidePenalty(actor, record) ? 'pending_yours' : 'pending'} />
        </Alert>
      )}
      {record.decidedAt && (
        <Outcome severity={record.status === 'rejected' ? 'warning' : 'success'} title={record.status === 'rejected' ? 'rejected' : 'approved'} by="approvedById" at="decidedAt" note={record.decisionNote} />
      )}
      {record.revokedAt && <Outcome severity="info" title="revoked" by="revokedById" at="revokedAt" note={record.revokeReason} />}
    </Stack>
  );
}

function Message({ id }: { id: string }) {
  const translate = useTranslate();
  return <>{translate(`td.penalties.outcome.${id}`)}</>;
}

interface OutcomeProps { severity: 'success' | 'warning' | 'info'; title: string; by: string; at: string; note: string | null }

function Outcome({ severity, title, by, at, note }: OutcomeProps): ReactNode {
  const translate = useTranslate();
  return (
    <Alert severity={severity} variant="outlined">
      <AlertTitle>{translate(`td.penalties.outcome.${title}`)}</AlertTitle>
      <Box sx={{ display: 'flex', gap: 0.5, alignItems: 'baseline', flexWrap: 'wrap' }}>
        <UserNameField source={by} /> · <DateTimeField source={at} />
      </Box>
      {note && <Quote>{note}</Quote>}
    </Alert>
  );
}
