import { AutocompleteInput, DataTable, DateInput, ReferenceInput, SelectInput, TextField } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { IdColumn } from '../common/list/RowLink';
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

/** On a phone: "#812 · Confirmed"; below, who, on what, when. */
const card: CardTexts = {
  primary: (entry) => (
    <>
      #{entry.id} · <AuditActionField />
    </>
  ),
  secondary: (entry) => (
    <>
      <ActorField /> · <ResourceNameField /> {entry.resourceId} · <DateTimeField source="at" />
    </>
  ),
};

export default function AuditList() {
  const filters = useFilters();
  return (
    <ResourceList filters={filters} sort={{ field: 'id', order: 'DESC' }} perPage={50}>
      <RecordTable card={card} bulkActionButtons={false}>
        <IdColumn />
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
      </RecordTable>
    </ResourceList>
  );
}
