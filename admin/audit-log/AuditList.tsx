import { AutocompleteInput, DataTable, DateInput, List, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { ListActions } from '../common/ListActions';
import { ActorField, AUDIT_ACTION_CHOICES, AuditActionField, ResourceNameField, useAuditResourceChoices } from './auditFields';

function useFilters() {
  const resources = useAuditResourceChoices();
  return [
    <SelectInput key="resource" source="resource" choices={resources} translateChoice={false} alwaysOn />,
    <ReferenceInput key="actorId" source="actorId" reference="users">
      <AutocompleteInput />
    </ReferenceInput>,
    <SelectInput key="action" source="action" choices={AUDIT_ACTION_CHOICES} />,
    <DateInput key="at_gte" source="at_gte" />,
    <DateInput key="at_lte" source="at_lte" />,
  ];
}

export default function AuditList() {
  const filters = useFilters();
  return (
    <List filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={50} actions={<ListActions />}>
      <DataTable bulkActionButtons={false}>
        <DataTable.Col source="id" />
        <DataTable.Col source="at">
          <DateTimeField source="at" />
        </DataTable.Col>
        <DataTable.Col source="actorId">
          <ActorField />
        </DataTable.Col>
        <DataTable.Col source="action">
          <AuditActionField />
        </DataTable.Col>
        <DataTable.Col source="resource">
          <ResourceNameField />
        </DataTable.Col>
        <DataTable.Col source="resourceId" disableSort field={TextField} />
        <DataTable.Col source="ip" disableSort />
      </DataTable>
    </List>
  );
}
