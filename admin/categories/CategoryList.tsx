import { DataTable, List, ReferenceField, ReferenceInput, SelectInput } from 'react-admin';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { searchFilter } from '../common/filters';
import { ListActions } from '../common/ListActions';

const TOP_LEVEL = { parentId: null };

const filters = [
  searchFilter,
  <ReferenceInput key="parentId" source="parentId" reference="categories" filter={TOP_LEVEL}>
    <SelectInput />
  </ReferenceInput>,
];

export default function CategoryList() {
  return (
    <List filters={filters} sort={{ field: 'id', order: 'ASC' }} perPage={50} actions={<ListActions />}>
      <DataTable>
        <LocalizedNameColumn />
        <DataTable.Col source="code" />
        <DataTable.Col source="parentId">
          <ReferenceField source="parentId" reference="categories" link={false} />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
