import { BooleanField, DataTable, Labeled, NumberField, ReferenceManyField, TextField, useCanAccess } from 'react-admin';
import { ReferenceShow } from '../common/ReferenceShow';
import { Section } from '../common/Section';

/** A warehouse and the inspectors who work there (their emails and account state for admins only). */
export default function WarehouseShow() {
  const { canAccess: readsPrivate } = useCanAccess({ resource: 'users', action: 'readPrivate' });
  return (
    <ReferenceShow
      fields={
        <>
          <Labeled>
            <TextField source="city" />
          </Labeled>
          <Labeled>
            <TextField source="agency" />
          </Labeled>
          <Labeled>
            <NumberField source="dailyCapacity" />
          </Labeled>
          <Labeled>
            <BooleanField source="active" />
          </Labeled>
        </>
      }
    >
      <Section title="td.warehouses.inspectors">
        <ReferenceManyField reference="users" target="warehouseId" sort={{ field: 'name', order: 'ASC' }}>
          <DataTable bulkActionButtons={false} rowClick={false}>
            <DataTable.Col source="name" />
            {readsPrivate && <DataTable.Col source="email" />}
            {readsPrivate && <DataTable.Col source="active" field={BooleanField} />}
          </DataTable>
        </ReferenceManyField>
      </Section>
    </ReferenceShow>
  );
}
