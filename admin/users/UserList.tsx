import { BooleanField, DataTable, ReferenceField, ReferenceInput, SelectInput, useCanAccess } from 'react-admin';
import type { UserRecord } from '../../domain/staff';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { activeFilter, searchFilter } from '../common/filters';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { LinkColumn } from '../common/list/RowLink';
import { ROLE_CHOICES } from './userForm';

const directoryFilters = [
  searchFilter,
  <SelectInput key="role" source="role" choices={ROLE_CHOICES} />,
  <ReferenceInput key="warehouseId" source="warehouseId" reference="warehouses" />,
];

const card: CardTexts<UserRecord> = {
  primary: (u) => u.name,
  tertiary: () => <EnumChip namespace="role" source="role" />,
  secondary: <ReferenceField source="warehouseId" reference="warehouses" link={false} emptyText=" " />,
};

/**
 * The staff directory. Everyone reads names, roles and warehouses; emails, sign-ins and account
 * state are admins' only (the server neither sends nor filters or sorts them for anyone else).
 * Rows open the account's form for admins; the directory has no other page.
 */
export default function UserList() {
  const { canAccess: readsPrivate } = useCanAccess({ resource: 'users', action: 'readPrivate' });
  return (
    <ResourceList filters={readsPrivate ? [...directoryFilters, activeFilter] : directoryFilters} sort={{ field: 'name', order: 'ASC' }}>
      <RecordTable card={card} bulkActionButtons={false}>
        <LinkColumn source="name" />
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
      </RecordTable>
    </ResourceList>
  );
}
