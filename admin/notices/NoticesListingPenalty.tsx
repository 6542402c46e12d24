/** On a penalty's page: the notices that list it (drafts included), so comms see whether and where it was announced. */
import { DataTable } from 'react-admin';
import { DateTimeField } from '../common/DateTimeField';
import { EnumChip } from '../common/enumFields';
import { RelatedList } from '../common/RelatedList';

export const NoticesListingPenalty = () => (
  <RelatedList reference="notices" target="penaltyId" sort={{ field: 'updatedAt', order: 'DESC' }} empty="td.notices.not_announced" paginate={false}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="title" />
      <DataTable.Col source="status">
        <EnumChip namespace="noticeStatus" source="status" />
      </DataTable.Col>
      <DataTable.Col source="publishedAt">
        <DateTimeField source="publishedAt" compact />
      </DataTable.Col>
    </DataTable>
  </RelatedList>
);
