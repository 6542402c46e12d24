/**
 * A penalty: details and outcome on the left; on the right, for those who read them, the merchant's
 * appeals against it and the notices that list it.
 */
import { Box } from '@mui/material';
import { useCanAccess } from 'react-admin';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { AppealTable } from '../appeals/AppealTable';
import { RecordAppealButton } from '../appeals/RecordAppealButton';
import { NoticesListingPenalty } from '../notices/NoticesListingPenalty';
import { PenaltyShowActions } from './PenaltyActions';
import { PenaltyDetails } from './PenaltyDetails';
import { PenaltyOutcome } from './PenaltyOutcome';
import { GuardedShow } from '../common/GuardedShow';

export default function PenaltyShow() {
  const { canAccess: mayReadAppeals } = useCanAccess({ resource: 'appeals', action: 'list' });
  const { canAccess: mayReadNotices } = useCanAccess({ resource: 'notices', action: 'list' });
  return (
    <GuardedShow actions={<PenaltyShowActions />} component="div">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
        <Section>
          <PenaltyDetails />
          <Box sx={{ mt: 2 }}>
            <PenaltyOutcome />
          </Box>
        </Section>
        <Box sx={{ display: 'grid', gap: 2 }}>
          {mayReadAppeals && (
            <Section title="td.penalties.appeals" action={<RecordAppealButton />}>
              <Appeals />
            </Section>
          )}
          {mayReadNotices && (
            <Section title="td.notices.announced_in">
              <NoticesListingPenalty />
            </Section>
          )}
        </Box>
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
