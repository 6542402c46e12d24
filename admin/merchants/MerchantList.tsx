/** Merchants (read-only, from the platform): biggest first, searchable by nickname or platform id. */
import { DataTable, SelectInput } from 'react-admin';
import { MERCHANT_STATUSES, type MerchantRecord } from '../../domain/merchants';
import { DateTimeField } from '../common/DateTimeField';
import { enumChoices } from '../common/enums';
import { EnumChip } from '../common/enumFields';
import { CategoryField } from '../common/fields';
import { searchFilter } from '../common/filters';
import { CategoryInput } from '../common/inputs';
import { RecordTable, type CardTexts } from '../common/list/RecordTable';
import { ResourceList } from '../common/list/ResourceList';
import { LinkColumn } from '../common/list/RowLink';
import { FollowersField } from './FollowersField';

const merchantFilters = [
  searchFilter,
  <CategoryInput key="categoryId" source="categoryId" />,
  <SelectInput key="status" source="status" choices={enumChoices('merchantStatus', MERCHANT_STATUSES)} />,
];

const card: CardTexts<MerchantRecord> = {
  primary: (m) => `${m.nickname} (${m.id})`,
  tertiary: () => <EnumChip namespace="merchantStatus" source="status" />,
  secondary: (
    <>
      <CategoryField /> · <FollowersField />
    </>
  ),
};

export const MerchantList = () => (
  <ResourceList sort={{ field: 'followerCount', order: 'DESC' }} filters={merchantFilters}>
    <RecordTable card={card} bulkActionButtons={false}>
      <DataTable.Col source="id" />
      <LinkColumn source="nickname" />
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
    </RecordTable>
  </ResourceList>
);
