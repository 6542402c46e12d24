/** Merchants (read-only, from the platform): biggest first, searchable by nickname or platform id. */
import { DataTable, List, SearchInput, SelectInput } from 'react-admin';
import { MerchantStatusChip } from '../cases/chips';
import { CategoryField, DateTimeField } from '../cases/fields';
import { CategoryInput, enumChoices } from '../cases/inputs';
import { FollowersField } from './FollowersField';

export const MERCHANT_STATUSES = ['active', 'restricted', 'suspended', 'banned'] as const;

const merchantFilters = [
  <SearchInput key="q" source="q" alwaysOn />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <SelectInput key="status" source="status" choices={enumChoices('merchantStatus', MERCHANT_STATUSES)} />,
];

export const MerchantList = () => (
  <List sort={{ field: 'followerCount', order: 'DESC' }} perPage={25} filters={merchantFilters}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="nickname" />
      <DataTable.Col source="followerCount" field={FollowersField} align="right" sortByOrder="DESC" />
      <DataTable.Col source="categoryId">
        <CategoryField />
      </DataTable.Col>
      <DataTable.Col source="status" field={MerchantStatusChip} />
      <DataTable.NumberCol source="violationPoints" sortByOrder="DESC" />
      <DataTable.NumberCol source="openCaseCount" sortByOrder="DESC" />
      <DataTable.Col source="joinedAt">
        <DateTimeField source="joinedAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
