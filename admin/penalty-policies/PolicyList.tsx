/** The policy's versions, newest (the one in force) first; admins add the next one. */
import { DataTable, List } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { UserNameField } from '../common/fields';
import { ListActions } from '../common/ListActions';
import { PolicyVersionField } from './PolicyVersionField';

export default function PolicyList() {
  return (
    <List sort={{ field: 'id', order: 'DESC' }} perPage={25} actions={<ListActions createLabel="td.policies.new_version" />}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <DataTable.Col source="id" field={PolicyVersionField} />
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" compact />
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
