/** Merchants (read-only, from the platform): biggest first, searchable by nickname or platform id. */
import { DataTable, List, SelectInput } from 'react-admin';
import { MERCHANT_STATUSES } from '../../domain/merchants';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { EnumChip } from '../common/enumFields';
import { CategoryField } from '../common/fields';
import { searchFilter } from '../common/filters';
import { CategoryInput } from '../common/inputs';
import { ListActions } from '../common/ListActions';
import { FollowersField } from './FollowersField';

const merchantFilters = [
  searchFilter,
  <CategoryInput key="categoryId" source="categoryId" />,
  <SelectInput key="status" source="status" choices={enumChoices('merchantStatus', MERCHANT_STATUSES)} />,
];

export const MerchantList = () => (
  <List sort={{ field: 'followerCount', order: 'DESC' }} perPage={25} filters={merchantFilters} actions={<ListActions />}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <DataTable.Col source="nickname" />
      <DataTable.Col source="followerCount" field={FollowersField} align="right" sortByOrder="DESC" />
      <DataTable.Col source="categoryId">
        <CategoryField />
      </DataTable.Col>
      <DataTable.Col source="status">
        <EnumChip namespace="merchantStatus" source="status" />
      </DataTable.Col>
      <DataTable.NumberCol source="violationPoints" sortByOrder="DESC" />
      <DataTable.NumberCol source="openCaseCount" sortByOrder="DESC" />
      <DataTable.Col source="joinedAt">
        <DateTimeField source="joinedAt" dateOnly />
      </DataTable.Col>
    </DataTable>
  </List>
);
