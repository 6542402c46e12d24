/** Every penalty issued, newest first, filterable; managers' approval queue is one of its saved views. */
import { List, useCanAccess } from 'react-admin';
import { ListActions } from '../common/ListActions';
import { DraftNoticeButton } from '../notices/DraftNoticeButton';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyListAside } from './PenaltyListAside';
import { PenaltyTable } from './PenaltyTable';

export default function PenaltyList() {
  // Those who write notices select penalties to draft one from.
  const { canAccess: mayDraftNotices } = useCanAccess({ resource: 'notices', action: 'create' });
  return (
    <List sort={{ field: 'createdAt', order: 'DESC' }} perPage={25} filters={penaltyFilters} actions={<ListActions />} aside={<PenaltyListAside />}>
      <PenaltyTable bulkActions={mayDraftNotices ? <DraftNoticeButton /> : false} />
    </List>
  );
}
