import { DataTable, List, SelectInput } from 'react-admin';
import { SEVERITIES } from '../../domain/cases';
import { EnumChipField, SEVERITY_COLORS, enumChoices } from '../common/enums';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { searchFilter } from '../common/filters';

const filters = [searchFilter, <SelectInput key="severity" source="severity" choices={enumChoices(SEVERITIES, 'severity')} />];

export default function ViolationTypeList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <DataTable>
        <LocalizedNameColumn />
        <DataTable.Col source="code" />
        <DataTable.Col source="severity">
          <EnumChipField source="severity" namespace="severity" colors={SEVERITY_COLORS} />
        </DataTable.Col>
        <DataTable.NumberCol source="points" />
      </DataTable>
    </List>
  );
}
