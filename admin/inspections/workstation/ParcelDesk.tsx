/**
 * The parcel on the desk: what it should be, the next step, its photos. After a verdict, what was
 * recorded (and the case a failure opened) with "Next parcel" focused: Enter goes back to the scan.
 */
import { useState } from 'react';
import { Alert, AlertTitle, Box, Button, Card, CardContent, Skeleton, Typography } from '@mui/material';
import NextIcon from '@mui/icons-material/SkipNext';
import { useGetOne, useTranslate } from 'react-admin';
import { PHOTO_STATUSES, type InspectionRecord } from '../../../domain/inspections';
import { Section } from '../../common/Section';
import { CaseOpenedLink, useViolationTypeName } from '../fields';
import { InspectionPhotos } from '../InspectionPhotos';
import { useParcelOrder } from '../useParcelOrder';
import { Kbd, ParcelSteps } from './ParcelSteps';
import { ParcelHeader } from './ParcelHeader';

export function ParcelDesk({ inspectionId, onNext }: { inspectionId: number; onNext: () => void }) {
  const translate = useTranslate();
  const { data: inspection, error } = useGetOne<InspectionRecord>('inspections', { id: inspectionId });
  const { data: order } = useParcelOrder(inspection?.orderId);
  const [decided, setDecided] = useState<InspectionRecord | null>(null);
  if (error) return <Alert severity="error">{(error as Error).message}</Alert>;
  if (!inspection || !order) return <Skeleton variant="rounded" height={240} />;
  return (
    <Box sx={{ display: 'grid', gap: 2 }}>
      <Card>
        <CardContent>
          <ParcelHeader inspection={inspection} order={order} />
        </CardContent>
      </Card>
      <Section title={decided ? 'td.workstation.recorded' : 'td.workstation.next_step'}>
        {decided ? <Decided inspection={decided} onNext={onNext} /> : <ParcelSteps inspection={inspection} order={order} onDecided={setDecided} />}
      </Section>
      {(PHOTO_STATUSES.includes(inspection.status) || decided) && (
        <Section title="td.inspections.sections.photos">
          <InspectionPhotos inspection={inspection} />
        </Section>
      )}
      {!decided && (
        <Box>
          <Button startIcon={<NextIcon />} onClick={onNext}>
            {translate('td.workstation.next_parcel')}
            <Kbd>n</Kbd>
          </Button>
        </Box>
      )}
    </Box>
  );
}

/** The verdict as recorded; a failure names the case it opened. */
function Decided({ inspection, onNext }: { inspection: InspectionRecord; onNext: () => void }) {
  const translate = useTranslate();
  const reasonName = useViolationTypeName();
  const failed = inspection.result === 'failed';
  return (
    <Box sx={{ display: 'grid', gap: 2, justifyItems: 'start' }}>
      <Alert severity={failed ? 'error' : 'success'} sx={{ width: '100%', boxSizing: 'border-box' }}>
        <AlertTitle>
          {translate(failed ? 'td.workstation.recorded_fail' : 'td.workstation.recorded_pass', {
            reason: reasonName(inspection.failureReason),
            no: inspection.certificateNo ?? '',
          })}
        </AlertTitle>
        {inspection.caseIds.map((id) => (
          <Typography key={id} variant="body2">
            <CaseOpenedLink id={id} />
          </Typography>
        ))}
      </Alert>
      <Button autoFocus variant="contained" size="large" startIcon={<NextIcon />} onClick={onNext}>
        {translate('td.workstation.next_parcel')}
        <Kbd>n</Kbd>
      </Button>
    </Box>
  );
}
