/** What the parcel should be: its code, the product, the merchant and the declared material, weight and price. */
import { Box, Link as MuiLink, Typography } from '@mui/material';
import OpenIcon from '@mui/icons-material/OpenInNew';
import { Labeled, Link, RecordContextProvider, useCreatePath, useLocaleState, useTranslate } from 'react-admin';
import type { InspectionRecord } from '../../../domain/inspections';
import type { OrderRecord } from '../../../domain/orders';
import { EnumChip } from '../../common/enumFields';
import { MerchantField } from '../../common/fields';
import { formatCny } from '../../common/format';
import { TrackingCode, useGramsLabel, useMaterialLabel } from '../fields';

export function ParcelHeader({ inspection, order }: { inspection: InspectionRecord; order: OrderRecord | undefined }) {
  const translate = useTranslate();
  const createPath = useCreatePath();
  const [locale] = useLocaleState();
  const material = useMaterialLabel();
  const grams = useGramsLabel();
  const big = { fontSize: 20, fontWeight: 600 } as const;
  return (
    <RecordContextProvider value={inspection}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h2" sx={{ mr: 1 }}>
          <TrackingCode code={order?.trackingCode} />
        </Typography>
        <EnumChip namespace="inspectionStatus" source="status" />
        <Box sx={{ flex: 1 }} />
        <MuiLink
          component={Link}
          to={createPath({ resource: 'inspections', type: 'show', id: inspection.id })}
          variant="body2"
          sx={{ display: 'inline-flex', gap: 0.5, alignItems: 'center' }}
        >
          {translate('td.inspections.title', { id: inspection.id })}
          <OpenIcon sx={{ fontSize: 14 }} />
        </MuiLink>
      </Box>
      <Typography variant="subtitle1" sx={{ mt: 0.5, overflowWrap: 'anywhere' }}>
        {order?.productTitle}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(4, minmax(0, 1fr))' }, gap: 1, mt: 1 }}>
        <Labeled label="td.inspections.comparison.declared_material">
          <Typography sx={big}>{material(order?.declaredMaterial)}</Typography>
        </Labeled>
        <Labeled label="td.inspections.comparison.declared_weight">
          <Typography sx={big}>{grams(order?.declaredWeightGrams)}</Typography>
        </Labeled>
        <Labeled label="resources.orders.fields.priceCents">
          <Typography variant="body1">{order ? formatCny(order.priceCents, locale) : '—'}</Typography>
        </Labeled>
        <Labeled source="merchantId" resource="inspections">
          <MerchantField />
        </Labeled>
      </Box>
    </RecordContextProvider>
  );
}
