import { BooleanField, DataTable, TextInput } from 'react-admin';
import type { WarehouseRecord } from '../../domain/reference';
import { activeFilter, searchFilter } from '../common/filters';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { LocalizedNameColumn } from '../common/LocalizedNameColumn';
import { LocalizedNameField } from '../common/localizedName';

const filters = [searchFilter, activeFilter, <TextInput key="city" source="city" />];

const card: CardTexts<WarehouseRecord> = {
  primary: <LocalizedNameField />,
  tertiary: (w) => w.code,
  secondary: (w) => `${w.city} · ${w.agency}`,
};

export default function WarehouseList() {
  return (
    <ResourceList filters={filters} sort={{ field: 'id', order: 'ASC' }}>
      <RecordTable card={card} link="edit" bulkActionButtons={false}>
        <DataTable.Col source="code" />
        <LocalizedNameColumn />
        <DataTable.Col source="city" />
        <DataTable.Col source="agency" />
        <DataTable.NumberCol source="dailyCapacity" />
        <DataTable.Col source="active" field={BooleanField} />
      </RecordTable>
    </ResourceList>
  );
}
