/** Staff list of orders routed to the warehouses, newest first; an inspector's holds only their warehouse (the server scopes it). */
import { DataTable, DateInput, TextField } from 'react-admin';
import { warehouseScope } from '../../domain/inspections';
import type { OrderRecord } from '../../domain/orders';
import { DateTimeField } from '../common/DateTimeField';
import { MerchantField, MoneyField } from '../common/fields';
import { searchFilter } from '../common/filters';
import { CategoryInput, MerchantInput } from '../common/inputs';
import { shownFrom } from '../common/list/columns';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { LinkColumn } from '../common/list/RowLink';
import { useStaffUser } from '../common/useActor';
import { GramsField, MaterialField, TrackingCodeField, WarehouseField } from '../inspections/fields';
import { MaterialInput, WarehouseInput } from '../inspections/inputs';

const filters = (allWarehouses: boolean) => [
  searchFilter,
  <MerchantInput key="merchantId" source="merchantId" />,
  ...(allWarehouses ? [<WarehouseInput key="warehouseId" source="warehouseId" />] : []),
  <MaterialInput key="declaredMaterial" source="declaredMaterial" />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <DateInput key="placedAt_gte" source="placedAt_gte" />,
  <DateInput key="placedAt_lte" source="placedAt_lte" />,
];

const card: CardTexts<OrderRecord> = {
  primary: (o) => o.productTitle,
  tertiary: () => <TrackingCodeField />,
  secondary: () => (
    <>
      <MaterialField source="declaredMaterial" /> · <GramsField source="declaredWeightGrams" /> · <MoneyField source="priceCents" />
    </>
  ),
};

const title = { display: 'block', maxWidth: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' } as const;
const wide = shownFrom(1500);

export default function OrderList() {
  const user = useStaffUser();
  const allWarehouses = !user || warehouseScope(user) === null;
  return (
    <ResourceList sort={{ field: 'placedAt', order: 'DESC' }} filters={filters(allWarehouses)}>
      <RecordTable card={card} bulkActionButtons={false} sx={{ '& .MuiTableCell-root': { px: 1 } }}>
        <LinkColumn source="id" />
        <DataTable.Col source="trackingCode" disableSort>
          <TrackingCodeField />
        </DataTable.Col>
        <DataTable.Col source="productTitle">
          <TextField source="productTitle" sx={title} />
        </DataTable.Col>
        <DataTable.Col source="merchantId">
          <MerchantField />
        </DataTable.Col>
        <DataTable.Col source="declaredMaterial">
          <MaterialField source="declaredMaterial" />
        </DataTable.Col>
        <DataTable.Col source="declaredWeightGrams" align="right">
          <GramsField source="declaredWeightGrams" />
        </DataTable.Col>
        <DataTable.Col source="priceCents" align="right">
          <MoneyField source="priceCents" />
        </DataTable.Col>
        {allWarehouses && (
          <DataTable.Col source="warehouseId" sx={wide}>
            <WarehouseField />
          </DataTable.Col>
        )}
        <DataTable.Col source="placedAt">
          <DateTimeField source="placedAt" compact />
        </DataTable.Col>
      </RecordTable>
    </ResourceList>
  );
}
