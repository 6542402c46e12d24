/** Every notice, last edited first; drafts, the approval queue and the scheduled ones are saved views. */
import { DateInput } from 'react-admin';
import { NOTICE_STATUSES } from '../../domain/notices';
import { searchFilter } from '../common/filters';
import { CategoryInput, EnumArrayInput } from '../common/inputs';
import { ListActions } from '../common/list/ListActions';
import { ResourceList } from '../common/list/ResourceList';
import { NoticeListAside } from './NoticeListAside';
import { NoticeTable } from './NoticeTable';
import { LAST_EDITED } from './queues';

const noticeFilters = [
  searchFilter,
  <EnumArrayInput key="status" source="status" namespace="noticeStatus" values={NOTICE_STATUSES} />,
  <CategoryInput key="categoryId" source="categoryId" />,
  <DateInput key="periodStart_gte" source="periodStart_gte" />,
  <DateInput key="periodEnd_lte" source="periodEnd_lte" />,
];

export default function NoticeList() {
  return (
    <ResourceList sort={LAST_EDITED} filters={noticeFilters} actions={<ListActions createLabel="td.notices.new" />} aside={<NoticeListAside />}>
      <NoticeTable />
    </ResourceList>
  );
}
