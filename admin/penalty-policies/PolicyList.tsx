/** The policy's versions, newest (the one in force) first; admins add the next one. */
import { DataTable } from 'react-admin';
import type { PolicyRecord } from '../../domain/policy';
import { DateTimeField } from '../common/DateTimeField';
import { UserNameField } from '../common/fields';
import { ListActions } from '../common/list/ListActions';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { RowLink } from '../common/list/RowLink';
import { PolicyVersionField } from './PolicyVersionField';

const card: CardTexts<PolicyRecord> = {
  primary: <PolicyVersionField />,
  secondary: (
    <>
      <DateTimeField source="createdAt" /> · <UserNameField source="createdById" />
    </>
  ),
};

export default function PolicyList() {
  return (
    <ResourceList sort={{ field: 'id', order: 'DESC' }} actions={<ListActions createLabel="td.policies.new_version" />}>
      <RecordTable card={card} bulkActionButtons={false}>
        <DataTable.Col source="id">
          <RowLink>
            <PolicyVersionField />
          </RowLink>
        </DataTable.Col>
        <DataTable.Col source="createdAt">
          <DateTimeField source="createdAt" compact />
        </DataTable.Col>
        <DataTable.Col source="createdById">
          <UserNameField source="createdById" />
        </DataTable.Col>
        <DataTable.NumberCol source="windowDays" disableSort />
        <DataTable.NumberCol source="appealWindowDays" disableSort />
        <DataTable.Col source="note" disableSort />
      </RecordTable>
    </ResourceList>
  );
}
