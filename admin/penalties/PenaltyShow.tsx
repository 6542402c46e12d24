/** A penalty: details and outcome on the left, the merchant's appeals against it on the right. */
import { Box } from '@mui/material';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { AppealTable } from '../appeals/AppealTable';
import { RecordAppealButton } from '../appeals/RecordAppealButton';
import { PenaltyShowActions } from './PenaltyActions';
import { PenaltyDetails } from './PenaltyDetails';
import { PenaltyOutcome } from './PenaltyOutcome';
import { GuardedShow } from '../common/GuardedShow';

export default function PenaltyShow() {
  return (
    <GuardedShow actions={<PenaltyShowActions />} component="div">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <Section>
          <PenaltyDetails />
          <Box sx={{ mt: 2 }}>
            <PenaltyOutcome />
          </Box>
        </Section>
        <Section title="td.penalties.appeals" action={<RecordAppealButton />}>
          <Appeals />
        </Section>
      </Box>
    </GuardedShow>
  );
}

function Appeals() {
  return (
    <RelatedList reference="appeals" target="penaltyId" sort={{ field: 'filedAt', order: 'DESC' }} empty="td.penalties.no_appeals" paginate={false}>
      <AppealTable onPenalty />
    </RelatedList>
  );
}
