import { BooleanField, DataTable, List, TextInput } from 'react-admin';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { activeFilter, searchFilter } from '../common/filters';
import { ListActions } from '../common/ListActions';

const filters = [searchFilter, activeFilter, <TextInput key="city" source="city" />];

export default function WarehouseList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} actions={<ListActions />}>
      <DataTable>
        <DataTable.Col source="code" />
        <LocalizedNameColumn />
        <DataTable.Col source="city" />
        <DataTable.Col source="agency" />
        <DataTable.NumberCol source="dailyCapacity" />
        <DataTable.Col source="active" field={BooleanField} />
      </DataTable>
    </List>
  );
}
