import { DataTable, ReferenceField, TextField } from 'react-admin';
import type { InspectionRecord } from '../../domain/inspections';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { MerchantField } from '../common/fields';
import { shownFrom } from '../common/list/columns';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { IdColumn } from '../common/list/RowLink';
import { FailureReasonField, MaterialField, ParcelCodeField, WarehouseField } from './fields';

const cells = { '& .MuiTableCell-root': { px: 1 } };
/** Beside the aside: the product from 1,500 px; with a warehouse column (all warehouses), the measured material from 1,600 px. */
const product = shownFrom(1500);
const wide = shownFrom(1600);

/** On a phone: "#812 · ABCDE-FGHJK", its status; below, the merchant and the reason of a failure. */
const card: CardTexts<InspectionRecord> = {
  primary: (i) => (
    <>
      #{i.id} · <ParcelCodeField />
    </>
  ),
  tertiary: () => <EnumChip namespace="inspectionStatus" source="status" />,
  secondary: (i) => (
    <>
      <MerchantField link={false} />
      {i.failureReason && (
        <>
          {' · '}
          <FailureReasonField />
        </>
      )}
    </>
  ),
};

interface InspectionTableProps {
  /** On a merchant's page: no merchant column. */
  hideMerchant?: boolean;
  hideWarehouse?: boolean;
}

/** The inspection columns, in the list and on a merchant's or an order's page. Rows open the inspection. */
export const InspectionTable = ({ hideMerchant = false, hideWarehouse = false }: InspectionTableProps) => (
  <RecordTable card={card} bulkActionButtons={false} sx={cells}>
    <IdColumn />
    <DataTable.Col source="orderId" label="resources.orders.fields.trackingCode" disableSort>
      <ParcelCodeField />
    </DataTable.Col>
    <DataTable.Col source="productTitle" label="resources.orders.fields.productTitle" disableSort sx={hideMerchant ? undefined : product}>
      <ReferenceField source="orderId" reference="orders" link={false}>
        <TextField source="productTitle" sx={{ display: 'block', maxWidth: 220, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }} />
      </ReferenceField>
    </DataTable.Col>
    {!hideMerchant && (
      <DataTable.Col source="merchantId">
        <MerchantField />
      </DataTable.Col>
    )}
    {!hideWarehouse && (
      <DataTable.Col source="warehouseId">
        <WarehouseField />
      </DataTable.Col>
    )}
    <DataTable.Col source="status">
      <EnumChip namespace="inspectionStatus" source="status" />
    </DataTable.Col>
    <DataTable.Col source="measuredMaterial" sx={hideWarehouse ? undefined : wide}>
      <MaterialField source="measuredMaterial" />
    </DataTable.Col>
    <DataTable.Col source="failureReason">
      <FailureReasonField />
    </DataTable.Col>
    <DataTable.Col source="receivedAt">
      <DateTimeField source="receivedAt" compact />
    </DataTable.Col>
    <DataTable.Col source="verdictAt">
      <DateTimeField source="verdictAt" compact />
    </DataTable.Col>
  </RecordTable>
);
