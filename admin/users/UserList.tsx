import { BooleanField, DataTable, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { EnumChipField, ROLE_COLORS } from '../common/enums';
import { DateTimeField } from '../common/DateTimeField';
import { activeFilter, searchFilter } from '../common/filters';
import { ROLE_CHOICES } from './userForm';

const filters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  activeFilter,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
];

export default function UserList() {
  return (
    <List filters={filters} sort={{ field: 'name', order: 'ASC' }} perPage={25}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" />
        <DataTable.Col source="email" />
        <DataTable.Col source="role">
          <EnumChipField source="role" namespace="role" colors={ROLE_COLORS} />
        </DataTable.Col>
        <DataTable.Col source="warehouseId">
          <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        </DataTable.Col>
        <DataTable.Col source="active" field={BooleanField} />
        <DataTable.Col source="lastLoginAt">
          <DateTimeField source="lastLoginAt" />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
