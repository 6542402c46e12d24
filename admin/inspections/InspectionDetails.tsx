/** The head of an inspection page: the parcel, where it is, and what its verdict recorded (certificate, seal, the case it opened). */
import { Box, Link as MuiLink, Stack, Typography } from '@mui/material';
import { Labeled, Link, TextField, useCreatePath, useRecordContext, useTranslate } from 'react-admin';
import type { InspectionRecord } from '../../domain/inspections';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { MerchantField, UserNameField } from '../common/fields';
import { CaseOpenedLink, FailureReasonField, TrackingCode, WarehouseField } from './fields';
import { useParcelOrder } from './useParcelOrder';

export function InspectionDetails() {
  const record = useRecordContext<InspectionRecord>();
  const translate = useTranslate();
  const createPath = useCreatePath();
  const { data: order } = useParcelOrder(record?.orderId);
  if (!record) return null;
  return (
    <Stack spacing={2}>
      <Box sx={{ display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: 1 }}>
        <Typography variant="h5" component="h2" sx={{ mr: 1 }}>
          {translate('td.inspections.title', { id: record.id })}
        </Typography>
        <EnumChip namespace="inspectionStatus" source="status" />
        {/* Once the parcel has left, its status no longer says how the inspection went. */}
        {['shipped', 'returned'].includes(record.status) && <EnumChip namespace="inspectionResult" source="result" />}
      </Box>
      {order && (
        <Typography variant="subtitle1" sx={{ overflowWrap: 'anywhere' }}>
          {order.productTitle}
        </Typography>
      )}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr 1fr', sm: 'repeat(3, 1fr)' }, gap: 1 }}>
        <Labeled source="orderId">
          <Link to={createPath({ resource: 'orders', type: 'show', id: record.orderId })}>{record.orderId}</Link>
        </Labeled>
        <Labeled label="resources.orders.fields.trackingCode">
          <TrackingCode code={order?.trackingCode} />
        </Labeled>
        <Labeled>
          <MerchantField source="merchantId" />
        </Labeled>
        <Labeled>
          <WarehouseField source="warehouseId" link="show" />
        </Labeled>
        <Labeled>
          <UserNameField source="inspectorId" />
        </Labeled>
        <Labeled>
          <DateTimeField source="receivedAt" />
        </Labeled>
        <Labeled>
          <DateTimeField source="verdictAt" />
        </Labeled>
        <Labeled>
          <TextField source="certificateNo" emptyText="—" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        <Labeled>
          <TextField source="sealNo" emptyText="—" sx={{ fontFamily: 'monospace' }} />
        </Labeled>
        {record.failureReason && (
          <Labeled>
            <FailureReasonField source="failureReason" />
          </Labeled>
        )}
        {record.caseIds.length > 0 && (
          <Labeled label="td.inspections.opened_case">
            <Box>
              {record.caseIds.map((id) => (
                <CaseOpenedLink key={id} id={id} />
              ))}
            </Box>
          </Labeled>
        )}
        {record.shippedAt && (
          <Labeled>
            <DateTimeField source="shippedAt" />
          </Labeled>
        )}
        {record.returnedAt && (
          <Labeled>
            <DateTimeField source="returnedAt" />
          </Labeled>
        )}
      </Box>
      {order && (
        <Typography variant="body2" color="text.secondary">
          <MuiLink href={`/track/${order.trackingCode}`} target="_blank" rel="noopener">
            {translate('td.orders.buyer_page')}
          </MuiLink>
        </Typography>
      )}
    </Stack>
  );
}
