/** A merchant: profile and why its status, its penalties and points, its cases and their activity (for those who may read them). */
import { Box, Typography } from '@mui/material';
import { Labeled, NumberField, TextField, useCanAccess, useRecordContext } from 'react-admin';
import type { MerchantRecord } from '../../domain/merchants';
import { CaseTable } from '../cases/CaseTable';
import { CaseTimeline } from '../cases/timeline/CaseTimeline';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { CategoryField } from '../common/fields';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { FollowersField } from './FollowersField';
import { MerchantPenalties, MerchantPointsSection } from './MerchantPenalties';
import { StatusReason } from './StatusReason';
import { GuardedShow } from '../common/GuardedShow';
import { MerchantInspections } from '../inspections/MerchantInspections';

export const MerchantShow = () => {
  const { canAccess: mayReadCases } = useCanAccess({ resource: 'cases', action: 'list' });
  const { canAccess: mayReadPenalties } = useCanAccess({ resource: 'penalties', action: 'list' });
  // The points chart's window is the policy's, which comms do not read.
  const { canAccess: mayReadPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  const withPoints = mayReadPenalties && mayReadPolicy;
  const { canAccess: mayReadInspections } = useCanAccess({ resource: 'inspections', action: 'list' });
  return (
    <GuardedShow component="div">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: withPoints ? '3fr 2fr' : '1fr' }, gap: 2, alignItems: 'stretch' }}>
          <Section>
            <MerchantProfile />
            {mayReadPenalties && <StatusReason />}
          </Section>
          {withPoints && <MerchantPointsSection />}
        </Box>
        {mayReadPenalties && (
          <Section title="td.merchants.penalties">
            <MerchantPenalties />
          </Section>
        )}
        {mayReadInspections && (
          <Section title="td.inspections.merchant.title">
            <MerchantInspections />
          </Section>
        )}
        {mayReadCases && (
          <Section title="td.merchants.cases">
            <MerchantCases />
          </Section>
        )}
        {mayReadCases && (
          <Section title="td.merchants.activity">
            <MerchantActivity />
          </Section>
        )}
      </Box>
    </GuardedShow>
  );
};

function MerchantProfile() {
  const record = useRecordContext<MerchantRecord>();
  if (!record) return null;
  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, mb: 2 }}>
        <Typography variant="h5" component="h2">
          {record.nickname}
        </Typography>
        <EnumChip namespace="merchantStatus" source="status" />
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled>
          <TextField source="id" />
        </Labeled>
        <Labeled source="followerCount">
          <FollowersField />
        </Labeled>
        <Labeled>
          <CategoryField source="categoryId" />
        </Labeled>
        <Labeled>
          <NumberField source="violationPoints" />
        </Labeled>
        <Labeled>
          <NumberField source="openCaseCount" />
        </Labeled>
        <Labeled>
          <DateTimeField source="joinedAt" dateOnly />
        </Labeled>
      </Box>
    </>
  );
}

const MerchantCases = () => (
  <RelatedList reference="cases" target="merchantId" sort={{ field: 'openedAt', order: 'DESC' }} empty="td.merchants.no_cases">
    <CaseTable hideMerchant />
  </RelatedList>
);

const MerchantActivity = () => {
  const record = useRecordContext<MerchantRecord>();
  return record ? <CaseTimeline filter={{ merchantId: record.id }} order="DESC" limit={50} showCase /> : null;
};
