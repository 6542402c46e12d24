/** Every penalty issued, newest first, filterable; managers' approval queue is one of its saved views. */
import { useCanAccess } from 'react-admin';
import { ResourceList } from '../common/list/ResourceList';
import { DraftNoticeButton } from '../notices/DraftNoticeButton';
import { penaltyFilters } from './penaltyFilters';
import { PenaltyListAside } from './PenaltyListAside';
import { PenaltyTable } from './PenaltyTable';

export default function PenaltyList() {
  // Those who write notices select penalties to draft one from.
  const { canAccess: mayDraftNotices } = useCanAccess({ resource: 'notices', action: 'create' });
  return (
    <ResourceList sort={{ field: 'createdAt', order: 'DESC' }} filters={penaltyFilters} aside={<PenaltyListAside />}>
      <PenaltyTable bulkActions={mayDraftNotices ? <DraftNoticeButton /> : false} />
    </ResourceList>
  );
}
