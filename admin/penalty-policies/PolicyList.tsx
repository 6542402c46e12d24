/** The policy's versions, newest (the one in force) first; admins add the next one. */
import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { CompactDateTimeField, UserNameField } from '../cases/fields';
import { PolicyVersionField } from './PolicyVersionField';

export default function PolicyList() {
  return (
    <List
      sort={{ field: 'id', order: 'DESC' }}
      perPage={25}
      actions={
        <TopToolbar>
          <CreateButton label="td.policies.new_version" />
        </TopToolbar>
      }
    >
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" field={PolicyVersionField} />
        <DataTable.Col source="createdAt">
          <CompactDateTimeField source="createdAt" />
        </DataTable.Col>
        <DataTable.Col source="createdById">
          <UserNameField source="createdById" />
        </DataTable.Col>
        <DataTable.NumberCol source="windowDays" disableSort />
        <DataTable.NumberCol source="appealWindowDays" disableSort />
        <DataTable.Col source="note" disableSort />
      </DataTable>
    </List>
  );
}
