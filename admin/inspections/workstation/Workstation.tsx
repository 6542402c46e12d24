/**
 * The inspector's workstation (their landing page): scan a parcel, see what it should be, take the
 * next step with the keyboard alone, "Next parcel" (n) back to the scan field; beside it, the
 * warehouse's queue and its oldest work. "/" goes to the scan field from anywhere on the page.
 */
import { useCallback, useEffect, useRef } from 'react';
import { Box, Card, CardContent, Typography } from '@mui/material';
import { AccessDenied, RecordContextProvider, ReferenceField, Title, useCanAccess, useTranslate } from 'react-admin';
import { useSearchParams } from 'react-router-dom';
import { warehouseScope } from '../../../domain/inspections';
import { LocalizedNameField } from '../../common/localizedName';
import { useShortcuts } from '../../common/shortcuts/useShortcuts';
import { useStaffUser } from '../../common/useActor';
import { ParcelDesk } from './ParcelDesk';
import { ScanBar } from './ScanBar';
import { AgeingWork, TodaysQueue } from './WarehouseQueue';

/** The workstation reads the warehouse's parcels: for whoever may list them (others are told so, and nothing is asked). */
export default function Workstation() {
  const { canAccess, isPending } = useCanAccess({ resource: 'inspections', action: 'list' });
  if (isPending) return null;
  return canAccess ? <Bench /> : <AccessDenied />;
}

function Bench() {
  const translate = useTranslate();
  const user = useStaffUser();
  const [params, setParams] = useSearchParams();
  const parcelId = Number(params.get('parcel')) || null;
  const scan = useRef<HTMLInputElement>(null);
  const focusScan = useCallback(() => {
    scan.current?.focus();
    scan.current?.select();
  }, []);
  const open = (id: number) => setParams({ parcel: String(id) });
  const next = () => {
    setParams({});
    focusScan();
  };
  // A parcel put away (Next parcel, Back): the scan field is ready for the next one.
  useEffect(() => {
    if (!parcelId) focusScan();
  }, [parcelId, focusScan]);
  useShortcuts([
    { key: '/', description: 'td.workstation.focus_scan', run: focusScan },
    { key: 'n', description: 'td.workstation.next_parcel', run: next },
  ]);
  const scoped = !!user && warehouseScope(user) !== null;
  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="td.workstation.title" />
      <Box sx={{ display: 'flex', alignItems: 'baseline', flexWrap: 'wrap', gap: 1, mb: 2 }}>
        <Typography variant="h5" component="h1">
          {translate('td.workstation.title')}
        </Typography>
        {user?.warehouseId != null && (
          <RecordContextProvider value={user}>
            <ReferenceField source="warehouseId" reference="warehouses" link={false}>
              <LocalizedNameField variant="subtitle1" color="text.secondary" />
            </ReferenceField>
          </RecordContextProvider>
        )}
      </Box>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: 'minmax(0, 1fr)', lg: 'minmax(0, 2fr) minmax(280px, 1fr)' }, gap: 2, alignItems: 'start' }}>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <Card>
            <CardContent>
              <ScanBar ref={scan} scoped={scoped} onFound={open} />
            </CardContent>
          </Card>
          {parcelId ? (
            <ParcelDesk key={parcelId} inspectionId={parcelId} onNext={next} />
          ) : (
            <Typography variant="body2" color="text.secondary" sx={{ px: 1 }}>
              {translate('td.workstation.empty')}
            </Typography>
          )}
        </Box>
        <Box sx={{ display: 'grid', gap: 2, minWidth: 0 }}>
          <TodaysQueue />
          <AgeingWork onOpen={open} />
        </Box>
      </Box>
    </Box>
  );
}
