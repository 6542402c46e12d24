import { BooleanField, DataTable, NumberField, ReferenceManyField, Show, SimpleShowLayout, TextField, useCanAccess } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';

/** A warehouse and the inspectors who work there (their emails and account state for admins only). */
export default function WarehouseShow() {
  const { canAccess: readsPrivate } = useCanAccess({ resource: 'users', action: 'readPrivate' });
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
            {readsPrivate && <DataTable.Col source="email" />}
            {readsPrivate && <DataTable.Col source="active" field={BooleanField} />}
          </DataTable>
        </ReferenceManyField>
      </SimpleShowLayout>
    </Show>
  );
}
