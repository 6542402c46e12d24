/**
 * On a case opened by a failed inspection: that inspection, declared against measured, the reason
 * and the photos, linking to its page. The case's own evidence repeats the figures as text; here
 * they are the live record, photos included.
 */
import { Box, Typography } from '@mui/material';
import { Link, RecordContextProvider, useCreatePath, useGetOne, useRecordContext, useTranslate } from 'react-admin';
import type { CaseRecord } from '../../domain/cases';
import type { InspectionRecord } from '../../domain/inspections';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { Section } from '../common/Section';
import { InspectionPhotos } from './InspectionPhotos';
import { RecordedComparison } from './RecordedComparison';
import { WarehouseField } from './fields';

export function CaseInspectionPanel() {
  const record = useRecordContext<CaseRecord>();
  if (record?.source !== 'inspection' || record.inspectionId == null) return null;
  return <InspectionOfCase id={record.inspectionId} />;
}

function InspectionOfCase({ id }: { id: number }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: inspection } = useGetOne<InspectionRecord>('inspections', { id });
  const link = (
    <Link to={createPath({ resource: 'inspections', type: 'show', id })} variant="body2">
      {translate('td.inspections.open_inspection', { id })}
    </Link>
  );
  return (
    <Section title="td.inspections.sections.of_case" action={link}>
      {inspection && (
        <RecordContextProvider value={inspection}>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 1.5 }}>
            <EnumChip namespace="inspectionStatus" source="status" />
            <Typography variant="body2" color="text.secondary" component="span">
              <WarehouseField /> · <DateTimeField source="verdictAt" />
            </Typography>
          </Box>
          <RecordedComparison inspection={inspection} />
          <Typography variant="subtitle2" sx={{ mt: 2, mb: 1 }}>
            {translate('td.inspections.sections.photos')}
          </Typography>
          <InspectionPhotos inspection={inspection} attach={false} />
        </RecordContextProvider>
      )}
    </Section>
  );
}
