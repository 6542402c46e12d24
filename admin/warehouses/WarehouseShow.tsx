import { BooleanField, DataTable, NumberField, ReferenceManyField, Show, SimpleShowLayout, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';

/** A warehouse and the inspectors who work there. */
export default function WarehouseShow() {
  return (
    <Show>
      <SimpleShowLayout>
        <TextField source="code" />
        <TextField source="name" />
        <TextField source="nameZh" />
        <TextField source="city" />
        <TextField source="agency" />
        <NumberField source="dailyCapacity" />
        <BooleanField source="active" />
        <DateTimeField source="updatedAt" />
        <ReferenceManyField reference="users" target="warehouseId" sort={{ field: 'name', order: 'ASC' }} label="td.warehouses.inspectors">
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="name" />
            <DataTable.Col source="email" />
            <DataTable.Col source="active" field={BooleanField} />
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
