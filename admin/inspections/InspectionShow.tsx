/** An inspection: the parcel and its verdict, declared against measured, its photos on the left; its log on the right. */
import { Box } from '@mui/material';
import { useRecordContext } from 'react-admin';
import type { InspectionRecord } from '../../domain/inspections';
import { GuardedShow } from '../common/GuardedShow';
import { Section } from '../common/Section';
import { InspectionShowActions } from './InspectionActions';
import { InspectionDetails } from './InspectionDetails';
import { InspectionPhotos } from './InspectionPhotos';
import { InspectionTimeline } from './InspectionTimeline';
import { RecordedComparison } from './RecordedComparison';

export default function InspectionShow() {
  return (
    <GuardedShow actions={<InspectionShowActions />} component="div">
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 3fr) minmax(0, 2fr)' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <Section>
            <InspectionDetails />
          </Section>
          <Section title="td.inspections.sections.comparison">
            <ComparisonOfThis />
          </Section>
          <Section title="td.inspections.sections.photos">
            <PhotosOfThis />
          </Section>
        </Box>
        <Section title="td.inspections.sections.timeline">
          <TimelineOfThis />
        </Section>
      </Box>
    </GuardedShow>
  );
}

const ComparisonOfThis = () => {
  const record = useRecordContext<InspectionRecord>();
  return record ? <RecordedComparison inspection={record} /> : null;
};

const PhotosOfThis = () => {
  const record = useRecordContext<InspectionRecord>();
  return record ? <InspectionPhotos inspection={record} /> : null;
};

const TimelineOfThis = () => {
  const record = useRecordContext<InspectionRecord>();
  return record ? <InspectionTimeline inspectionId={record.id} /> : null;
};
