import { DataTable, List, SelectInput, useCanAccess } from 'react-admin';
import { SEVERITIES } from '../../domain/cases';
import { enumChoices } from '../common/enums';
import { EnumChip } from '../common/enumFields';
import { searchFilter } from '../common/filters';
import { ListActions } from '../common/ListActions';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { PolicyPointsField } from './PolicyPoints';

const filters = [searchFilter, <SelectInput key="severity" source="severity" choices={enumChoices('severity', SEVERITIES)} />];

export default function ViolationTypeList() {
  // Only roles that read the penalty policy see the points it gives each type.
  const { canAccess: readsPolicy } = useCanAccess({ resource: 'penalty-policies', action: 'show' });
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} perPage={50} actions={<ListActions />}>
      <DataTable>
        <LocalizedNameColumn />
        <DataTable.Col source="code" />
        <DataTable.Col source="severity">
          <EnumChip namespace="severity" source="severity" />
        </DataTable.Col>
        {readsPolicy && <DataTable.Col source="points" disableSort align="right" field={PolicyPointsField} />}
      </DataTable>
    </List>
  );
}
