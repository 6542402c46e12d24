/** A case: details and evidence on the left, its timeline (and notes) on the right. */
import { Box } from '@mui/material';
import { Show, useRecordContext } from 'react-admin';
import { AddNoteButton, CaseShowActions } from './CaseActions';
import { CaseDetails } from './CaseDetails';
import { CaseTimeline } from './CaseTimeline';
import { EvidenceList } from './EvidenceList';
import { Section } from './Section';

export const CaseShow = () => (
  <Show actions={<CaseShowActions />} component="div">
    <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '3fr 2fr' }, gap: 2, alignItems: 'start' }}>
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Section><CaseDetails /></Section>
        <Section title="td.cases.sections.evidence"><EvidenceList /></Section>
      </Box>
      <Section title="td.cases.sections.timeline" action={<AddNoteButton />}>
        <TimelineOfThisCase />
      </Section>
    </Box>
  </Show>
);

const TimelineOfThisCase = () => {
  const record = useRecordContext();
  return record ? <CaseTimeline filter={{ caseId: record.id }} order="ASC" /> : null;
};
