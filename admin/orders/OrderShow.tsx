/** An order: what the merchant declared and the price, where it goes, the buyer's tracking page, and its inspection. */
import { Box, Link as MuiLink, Typography } from '@mui/material';
import OpenIcon from '@mui/icons-material/OpenInNew';
import { Labeled, useRecordContext, useTranslate } from 'react-admin';
import type { OrderRecord } from '../../domain/orders';
import { DateTimeField } from '../common/DateTimeField';
import { CategoryField, MerchantField, MoneyField } from '../common/fields';
import { GuardedShow } from '../common/GuardedShow';
import { RelatedList } from '../common/RelatedList';
import { Section } from '../common/Section';
import { GramsField, MaterialField, TrackingCodeField, WarehouseField } from '../inspections/fields';
import { InspectionTable } from '../inspections/InspectionTable';

export default function OrderShow() {
  return (
    <GuardedShow component="div">
      <Box sx={{ display: 'grid', gap: 2 }}>
        <Section>
          <OrderDetails />
        </Section>
        <Section title="td.orders.inspection">
          <RelatedList reference="inspections" target="orderId" sort={{ field: 'id', order: 'DESC' }} empty="td.orders.no_inspection" paginate={false}>
            <InspectionTable hideMerchant />
          </RelatedList>
        </Section>
      </Box>
    </GuardedShow>
  );
}

function OrderDetails() {
  const record = useRecordContext<OrderRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <>
      <Typography variant="h5" component="h2" sx={{ overflowWrap: 'anywhere' }}>
        {record.productTitle}
      </Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
        {translate('td.orders.title', { id: record.id })}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled>
          <MaterialField source="declaredMaterial" />
        </Labeled>
        <Labeled>
          <GramsField source="declaredWeightGrams" />
        </Labeled>
        <Labeled>
          <MoneyField source="priceCents" />
        </Labeled>
        <Labeled>
          <MerchantField source="merchantId" />
        </Labeled>
        <Labeled>
          <CategoryField source="categoryId" />
        </Labeled>
        <Labeled>
          <WarehouseField source="warehouseId" link="show" />
        </Labeled>
        <Labeled>
          <DateTimeField source="placedAt" />
        </Labeled>
        <Labeled source="trackingCode">
          <Box sx={{ display: 'flex', alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
            <TrackingCodeField />
            <MuiLink
              href={`/track/${record.trackingCode}`}
              target="_blank"
              rel="noopener"
              variant="body2"
              sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}
            >
              {translate('td.orders.buyer_page')}
              <OpenIcon sx={{ fontSize: 14 }} />
            </MuiLink>
          </Box>
        </Labeled>
      </Box>
    </>
  );
}
