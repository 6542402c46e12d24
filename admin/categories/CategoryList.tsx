import { ReferenceInput, SelectInput } from 'react-admin';
import { searchFilter } from '../common/filters';
import { ResourceList } from '../common/list/ResourceList';
import { CategoryTable } from './CategoryTable';

const TOP_LEVEL = { parentId: null };

const filters = [
  searchFilter,
  <ReferenceInput key="parentId" source="parentId" reference="categories" filter={TOP_LEVEL}>
    <SelectInput />
  </ReferenceInput>,
];

export default function CategoryList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'id', order: 'ASC' }} perPage={50}>
      <CategoryTable />
    </ResourceList>
  );
}
