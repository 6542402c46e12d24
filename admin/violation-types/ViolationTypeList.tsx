import { DataTable, SelectInput, useCanAccess } from 'react-admin';
import { SEVERITIES } from '../../domain/cases';
import type { ViolationTypeRecord } from '../../domain/reference';
import { enumChoices } from '../common/enums';
import { EnumChip } from '../common/enumFields';
import { searchFilter } from '../common/filters';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { LocalizedNameField } from '../common/localizedName';
import { PolicyPointsField } from './PolicyPoints';

const filters = [searchFilter, <SelectInput key="severity" source="severity" choices={enumChoices('severity', SEVERITIES)} />];

const card: CardTexts<ViolationTypeRecord> = {
  primary: <LocalizedNameField />,
  tertiary: () => <EnumChip namespace="severity" source="severity" />,
  secondary: (t) => t.code,
};

export default function ViolationTypeList() {
  // Only roles that read the penalty policy see the points it gives each type.
  const { canAccess: readsPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  return (
    <ResourceList filters={filters} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <RecordTable card={card} link="edit" bulkActionButtons={false}>
        <LocalizedNameColumn />
        <DataTable.Col source="code" />
        <DataTable.Col source="severity">
          <EnumChip namespace="severity" source="severity" />
        </DataTable.Col>
        {readsPolicy && <DataTable.Col source="points" disableSort align="right" field={PolicyPointsField} />}
      </RecordTable>
    </ResourceList>
  );
}
