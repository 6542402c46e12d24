/** A case: details, evidence (and its penalty) on the left, its timeline (and notes) on the right. */
import { Box } from '@mui/material';
import { ReferenceManyField, useRecordContext } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import { Section } from '../common/Section';
import { PenaltyTable } from '../penalties/PenaltyTable';
import { AddNoteButton, CaseShowActions } from './CaseActions';
import { CaseDetails } from './CaseDetails';
import { EvidenceList } from './evidence/EvidenceList';
import { CaseTimeline } from './timeline/CaseTimeline';
import { GuardedShow } from '../common/GuardedShow';
import { CaseInspectionPanel } from '../inspections/CaseInspectionPanel';

export const CaseShow = () => (
  <GuardedShow actions={<CaseShowActions />} component="div">
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Section>
          <CaseDetails />
        </Section>
        <CaseInspectionPanel />
        <Section title="td.cases.sections.evidence">
          <EvidenceList />
        </Section>
        <PenaltiesCitingThisCase />
      </Box>
      <Section title="td.cases.sections.timeline" action={<AddNoteButton />}>
        <TimelineOfThisCase />
      </Section>
    </Box>
  </GuardedShow>
);

const TimelineOfThisCase = () => {
  const record = useRecordContext<CaseRecord>();
  return record ? <CaseTimeline filter={{ caseId: record.id }} order="ASC" /> : null;
};

/** Once penalized, the penalty (or, after a rejected ban and a new one, penalties) citing the case. */
const PenaltiesCitingThisCase = () => {
  const record = useRecordContext<CaseRecord>();
  if (record?.status !== 'penalized') return null;
  return (
    <Section title="td.cases.sections.penalties">
      <ReferenceManyField reference="penalties" target="caseId" sort={{ field: 'createdAt', order: 'DESC' }}>
        <PenaltyTable hideMerchant />
      </ReferenceManyField>
    </Section>
  );
};
