import { BooleanField, DataTable, List, ReferenceField, ReferenceInput, SelectInput, useCanAccess } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { activeFilter, searchFilter } from '../common/filters';
import { ListActions } from '../common/ListActions';
import { ROLE_CHOICES } from './userForm';

const directoryFilters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
];

/**
 * The staff directory. Everyone reads names, roles and warehouses; emails, sign-ins and account
 * state are admins' only (the server neither sends nor filters or sorts them for anyone else).
 */
export default function UserList() {
  const { canAccess: readsPrivate } = useCanAccess({ resource: 'users', action: 'readPrivate' });
  return (
    <List
      filters={readsPrivate ? [...directoryFilters, activeFilter] : directoryFilters}
      sort={{ field: 'name', order: 'ASC' }}
      perPage={25}
      actions={<ListActions />}
    >
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="name" />
        {readsPrivate && <DataTable.Col source="email" />}
        <DataTable.Col source="role">
          <EnumChip namespace="role" source="role" />
        </DataTable.Col>
        <DataTable.Col source="warehouseId">
          <ReferenceField source="warehouseId" reference="warehouses" link={false} />
        </DataTable.Col>
        {readsPrivate && <DataTable.Col source="active" field={BooleanField} />}
        {readsPrivate && (
          <DataTable.Col source="lastLoginAt">
            <DateTimeField source="lastLoginAt" />
          </DataTable.Col>
        )}
      </DataTable>
    </List>
  );
}
