/** An appeal and its decision page: the statement, the penalty appealed, and the managers' decision. */
import { Box, Stack, Typography } from '@mui/material';
import { Labeled, RecordContextProvider, ResourceContextProvider, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { AppealRecord } from '../../domain/appeals';
import type { PenaltyRecord } from '../../domain/penalties';
import { DateTimeField } from '../common/DateTimeField';
import { DecisionAlert } from '../common/DecisionAlert';
import { EnumChip } from '../common/enumFields';
import { UserNameField } from '../common/fields';
import { Quote } from '../common/Quote';
import { Section } from '../common/Section';
import { PenaltyDetails } from '../penalties/PenaltyDetails';
import { PenaltyOutcome } from '../penalties/PenaltyOutcome';
import { AppealActions } from './AppealActions';
import { GuardedShow } from '../common/GuardedShow';

export default function AppealShow() {
  return (
    <GuardedShow actions={<AppealActions />} component="div">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '2fr 3fr' }, gap: 2, alignItems: 'start' }}>
        <Section>
          <AppealDetails />
        </Section>
        <Section title="td.appeals.penalty">
          <AppealedPenalty />
        </Section>
      </Box>
    </GuardedShow>
  );
}

function AppealDetails() {
  const appeal = useRecordContext<AppealRecord>();
  const translate = useTranslate();
  if (!appeal) return null;
  const overturned = appeal.status === 'overturned';
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1 }}>
        <Typography variant="h5" component="h2">
          {translate('td.appeals.title', { id: appeal.id })}
        </Typography>
        <EnumChip namespace="appealStatus" source="status" />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 1 }}>
        <Labeled>
          <DateTimeField source="filedAt" />
        </Labeled>
        <Labeled>
          <UserNameField source="filedById" />
        </Labeled>
      </Box>
      <Labeled source="statement" fullWidth>
        <Quote>{appeal.statement}</Quote>
      </Labeled>
      {appeal.decidedAt && (
        <DecisionAlert
          severity={overturned ? 'success' : 'info'}
          title={`td.appeals.outcome.${appeal.status}`}
          by="decidedById"
          at="decidedAt"
          note={appeal.decisionNote}
        />
      )}
    </Stack>
  );
}

function AppealedPenalty() {
  const appeal = useRecordContext<AppealRecord>();
  const { data: penalty } = useGetOne<PenaltyRecord>('penalties', { id: appeal?.penaltyId }, { enabled: !!appeal });
  if (!penalty) return null;
  return (
    <ResourceContextProvider value="penalties">
      <RecordContextProvider value={penalty}>
        <PenaltyDetails link />
        <Box sx={{ mt: 2 }}>
          <PenaltyOutcome />
        </Box>
      </RecordContextProvider>
    </ResourceContextProvider>
  );
}
